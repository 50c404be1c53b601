/**
 * The catalog: the only place the site states facts about the Azure OpenAI service (api-versions,
 * operations and routes, models and their rules, deployment types, the mock's deployments). Pure
 * TypeScript: no Astro, no DOM, no Node built-ins, so the browser, the proxy, the mock and the
 * build all read the same facts.
 */
export * from './types.ts';
export * from './sources.ts';
export * from './api-versions.ts';
export * from './operations.ts';
export * from './models.ts';
export * from './deployment-types.ts';
export * from './mock-deployments.ts';
export * from './judge.ts';
export * from './recommended.ts';
export * from './auth.ts';
