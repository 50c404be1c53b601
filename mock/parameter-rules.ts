// Applies a model's parameter rules (from the catalog) to a chat request body, the way the
// service does before it generates anything: a reasoning model refuses `max_tokens` and any
// non-default `temperature`/`top_p` with a 400.

import { parameterRulesFor } from '../src/lib/catalog/index.ts';
import { unsupportedParameter, unsupportedValue, type ErrorAnswer } from './azure-errors.ts';

/** The 400 the service sends for this body on this model, or null when the body is acceptable. */
export function checkParameterRules(model: string, body: Record<string, unknown>): ErrorAnswer | null {
	const rules = parameterRulesFor(model);
	for (const rule of rules.unsupported) {
		if (body[rule.param] !== undefined && body[rule.param] !== null) return unsupportedParameter(rule.param, rule.use ?? 'a supported parameter');
	}
	for (const rule of rules.defaultOnly) {
		const value = body[rule.param];
		if (typeof value === 'number' && value !== rule.value) return unsupportedValue(rule.param, value, rule.value);
	}
	return null;
}
