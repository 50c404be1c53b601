/**
 * Values guides may render from the catalog instead of hard-coding them (`:catalog[key]`), so the
 * guide text and the connection panel cannot disagree.
 */
import { GA_API_VERSION, PREVIEW_API_VERSION } from './api-versions.ts';
import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL } from './models.ts';

export const RECOMMENDED_VALUES = {
	'ga-api-version': GA_API_VERSION,
	'preview-api-version': PREVIEW_API_VERSION,
	'default-chat-model': DEFAULT_CHAT_MODEL.name,
	'default-chat-model-version': DEFAULT_CHAT_MODEL.version,
	'default-embedding-model': DEFAULT_EMBEDDING_MODEL.name,
} as const satisfies Record<string, string>;

export type RecommendedKey = keyof typeof RECOMMENDED_VALUES;

export function recommendedValue(key: string): string | undefined {
	return Object.hasOwn(RECOMMENDED_VALUES, key) ? RECOMMENDED_VALUES[key as RecommendedKey] : undefined;
}
