// Azure's content-filter annotations, always "safe" in the mock. Prompt results carry a
// jailbreak check; completion results carry the protected-material checks (spec schemas
// contentFilterPromptResults and contentFilterChoiceResults).

const SAFE = { filtered: false, severity: 'safe' } as const;
const NOT_DETECTED = { filtered: false, detected: false } as const;

export function promptFilterResults(): unknown[] {
	return [
		{
			prompt_index: 0,
			content_filter_results: {
				hate: SAFE,
				jailbreak: NOT_DETECTED,
				self_harm: SAFE,
				sexual: SAFE,
				violence: SAFE,
			},
		},
	];
}

export function choiceFilterResults(): Record<string, unknown> {
	return {
		hate: SAFE,
		protected_material_code: NOT_DETECTED,
		protected_material_text: NOT_DETECTED,
		self_harm: SAFE,
		sexual: SAFE,
		violence: SAFE,
	};
}
