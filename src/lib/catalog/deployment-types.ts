/**
 * Deployment types: chosen per deployment (the `--sku-name` of `az cognitiveservices account
 * deployment create`), not per resource. Each decides where prompts are processed and how capacity
 * is billed; data at rest stays in the resource's Azure geography for all of them.
 */
import { SOURCES } from './sources.ts';
import type { Source } from './types.ts';

export interface DeploymentTypeEntry {
	/** The SKU name in code and the CLI. */
	sku: string;
	label: string;
	billing: 'pay-per-token' | 'reserved capacity' | 'batch' | 'developer';
	/** Where inferencing may happen. */
	processing: 'any Azure region' | 'within the data zone (EU or US)' | 'the resource’s Azure geography';
	/** What a busy region means for this type. */
	failover: string;
	sources: readonly Source[];
}

const sources = [SOURCES.deploymentTypes];
const GLOBAL_ROUTING = 'Traffic is routed to the data center with the best availability, so a busy region does not stop it.';
const ZONE_ROUTING = 'Traffic is routed within the data zone; a busy region in the zone is routed around.';
const REGIONAL = 'No routing beyond the geography: fail over with a second deployment in another region.';

export const DEPLOYMENT_TYPE_ENTRIES: readonly DeploymentTypeEntry[] = [
	{ sku: 'GlobalStandard', label: 'Global Standard', billing: 'pay-per-token', processing: 'any Azure region', failover: GLOBAL_ROUTING, sources },
	{ sku: 'DataZoneStandard', label: 'Data Zone Standard', billing: 'pay-per-token', processing: 'within the data zone (EU or US)', failover: ZONE_ROUTING, sources },
	{ sku: 'Standard', label: 'Standard (regional)', billing: 'pay-per-token', processing: 'the resource’s Azure geography', failover: REGIONAL, sources },
	{ sku: 'GlobalProvisionedManaged', label: 'Global Provisioned', billing: 'reserved capacity', processing: 'any Azure region', failover: GLOBAL_ROUTING, sources },
	{ sku: 'DataZoneProvisionedManaged', label: 'Data Zone Provisioned', billing: 'reserved capacity', processing: 'within the data zone (EU or US)', failover: ZONE_ROUTING, sources },
	{ sku: 'ProvisionedManaged', label: 'Regional Provisioned', billing: 'reserved capacity', processing: 'the resource’s Azure geography', failover: REGIONAL, sources },
	{ sku: 'GlobalBatch', label: 'Global Batch', billing: 'batch', processing: 'any Azure region', failover: GLOBAL_ROUTING, sources },
	{ sku: 'DataZoneBatch', label: 'Data Zone Batch', billing: 'batch', processing: 'within the data zone (EU or US)', failover: ZONE_ROUTING, sources },
	{ sku: 'Developer', label: 'Developer (fine-tuned model evaluation)', billing: 'developer', processing: 'any Azure region', failover: GLOBAL_ROUTING, sources },
];

/** Microsoft's recommended starting point. */
export const RECOMMENDED_DEPLOYMENT_TYPE = 'GlobalStandard';
