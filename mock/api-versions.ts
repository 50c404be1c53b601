// The api-version values the mock accepts come from the catalog: every version it lists that is
// not retired today. The dated routes take dated versions only; the v1 routes take `v1` (the
// default) or `preview`, as the v1 API does.

import { isAcceptedApiVersion, isV1ApiVersion as isV1 } from '../src/lib/catalog/index.ts';

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

export function isDatedApiVersion(value: string): boolean {
	return !isV1(value) && isAcceptedApiVersion(value, today());
}

export function isV1ApiVersion(value: string): boolean {
	return isV1(value);
}
