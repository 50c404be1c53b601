/** Token usage in words, for chat completions (prompt / completion) and Responses (input / output / reasoning) alike. */
export interface UsageNumbers {
	prompt_tokens?: number;
	completion_tokens?: number;
	input_tokens?: number;
	output_tokens?: number;
	reasoning_tokens?: number;
	total_tokens?: number;
}

export function usageText(u: UsageNumbers): string {
	const parts: [number | undefined, string][] = [
		[u.prompt_tokens, 'prompt'],
		[u.completion_tokens, 'completion'],
		[u.input_tokens, 'input'],
		[u.output_tokens, 'output'],
		[u.reasoning_tokens, 'of them reasoning'],
		[u.total_tokens, 'total'],
	];
	return parts
		.filter(([n]) => n !== undefined)
		.map(([n, label]) => `${n} ${label}`)
		.join(' · ');
}
