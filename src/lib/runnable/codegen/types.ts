/** Types shared by the code generators (re-exported from ../codegen.ts for the run panel). */
import type { Operation } from '../../catalog/index.ts';

export type CodeLanguage = 'curl' | 'node-fetch' | 'python-requests' | 'js-openai' | 'ts-openai' | 'python-openai' | 'csharp-openai' | 'java-openai';

export type RunTarget = { kind: 'azure'; endpoint: string; deployment: string; apiVersion: string; authType: 'api-key' | 'bearer' } | { kind: 'mock'; deployment: string; apiVersion: string };

/** Operations come from the catalog (src/lib/catalog/operations.ts). */
export type CodeOperation = Operation;
