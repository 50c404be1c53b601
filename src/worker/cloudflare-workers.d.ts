/**
 * The few members of the Workers runtime module this project uses, for type-checking outside
 * the Worker build (the full @cloudflare/workers-types would replace the DOM's fetch types).
 */
declare module 'cloudflare:workers' {
	export const env: Record<string, unknown>;
	interface DurableObjectStorage {
		get<T>(key: string): Promise<T | undefined>;
		put<T>(key: string, value: T): Promise<void>;
		setAlarm(scheduledTimeMs: number): Promise<void>;
		deleteAll(): Promise<void>;
	}
	interface DurableObjectState {
		readonly storage: DurableObjectStorage;
	}
	export abstract class DurableObject<Env = unknown> {
		protected readonly ctx: DurableObjectState;
		protected readonly env: Env;
		constructor(ctx: DurableObjectState, env: Env);
	}
}
