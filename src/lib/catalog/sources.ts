/**
 * The pages the catalog's facts come from, each with the day it was last read. A fact that cites
 * one of these is only as fresh as its `checkedOn`: `npm run freshness` lists those older than the
 * configured age.
 */
import type { Source } from './types.ts';

const CHECKED = '2026-12-01';

export const SOURCES = {
	retirementSchedule: {
		url: 'https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule',
		title: 'Model retirement schedule - Microsoft Foundry (page dated 2026-09-02)',
		checkedOn: CHECKED,
	},
	retirementScheduleJuly: {
		url: 'https://github.com/MicrosoftDocs/azure-ai-docs/blob/main/articles/foundry/openai/includes/concepts-model-retirement-schedule-content.md',
		title: 'Model retirement schedule, earlier revision (ms.date 2026-07-07)',
		checkedOn: CHECKED,
	},
	retiredModels: {
		url: 'https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models',
		title: 'Retired Azure OpenAI models in Microsoft Foundry (page dated 2026-04-23)',
		checkedOn: CHECKED,
	},
	lifecyclePolicy: {
		url: 'https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirements',
		title: 'Microsoft Foundry Models lifecycle and support policy',
		checkedOn: CHECKED,
	},
	reasoningModels: {
		url: 'https://learn.microsoft.com/azure/foundry/openai/how-to/reasoning',
		title: 'Azure OpenAI reasoning models',
		checkedOn: CHECKED,
	},
	apiVersionLifecycle: {
		url: 'https://learn.microsoft.com/azure/foundry/openai/api-version-lifecycle',
		title: 'Azure OpenAI in Microsoft Foundry Models v1 API (API version lifecycle, page dated 2026-03-19)',
		checkedOn: CHECKED,
	},
	apiReference: {
		url: 'https://learn.microsoft.com/azure/ai-foundry/openai/reference',
		title: 'Azure OpenAI data plane inference reference (latest GA v1, latest preview v1 preview)',
		checkedOn: CHECKED,
	},
	previewLifecycle: {
		url: 'https://learn.microsoft.com/azure/ai-services/openai/api-version-deprecation',
		title: 'Azure OpenAI API preview lifecycle (earlier page, before the v1 API)',
		checkedOn: CHECKED,
	},
	inferenceSpecs: {
		url: 'https://github.com/Azure/azure-rest-api-specs/tree/main/specification/cognitiveservices/data-plane/AzureOpenAI/inference',
		title: 'Azure OpenAI inference specs, stable/ and preview/ version folders',
		checkedOn: CHECKED,
	},
	deploymentTypes: {
		url: 'https://learn.microsoft.com/azure/foundry/foundry-models/concepts/deployment-types',
		title: 'Deployment types for Microsoft Foundry Models',
		checkedOn: CHECKED,
	},
	maxTokensError: {
		url: 'https://github.com/griptape-ai/ComfyUI-Griptape/issues/312',
		title: '400 unsupported_parameter for max_tokens on gpt-5 (also fish2018/YPrompt#26, ITSpecialist111/ai_automation_suggester#38)',
		checkedOn: CHECKED,
	},
	temperatureError: {
		url: 'https://github.com/gabrii/Cursor-Azure-GPT-5/issues/33',
		title: '400 unsupported_value for temperature on Azure GPT-5 (also holoviz/lumen#1087, johny-b/llmcomp#69)',
		checkedOn: CHECKED,
	},
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
