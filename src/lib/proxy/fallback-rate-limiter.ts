/**
 * The failure policy of every shared rate-limit store, in one place: when the shared store cannot
 * answer (Redis down, a Durable Object erroring), the proxy FAILS OPEN TO LOCAL LIMITS. Each
 * instance then limits on its own, with the in-memory token bucket, until the store answers again;
 * nobody is ever unlimited, and runnable examples keep working. The change is logged once each way
 * (without client addresses). Failing closed would turn a Redis outage into a docs outage, while
 * the budget it protects is only multiplied by the number of instances for that time.
 */
import type { RateDecision, RateLimiter } from './rate-limiter.ts';

export interface FallbackOptions {
	/** Names the store in log lines, e.g. "Redis at 127.0.0.1:6379" (never with a password). */
	storeName: string;
	log?: (line: string) => void;
}

export class FallbackRateLimiter implements RateLimiter {
	private readonly shared: RateLimiter;
	private readonly local: RateLimiter;
	private readonly options: FallbackOptions;
	private degraded = false;

	constructor(shared: RateLimiter, local: RateLimiter, options: FallbackOptions) {
		this.shared = shared;
		this.local = local;
		this.options = options;
	}

	/** True while the shared store is failing and the local bucket decides. */
	get usingLocalLimits(): boolean {
		return this.degraded;
	}

	async take(key: string, nowMs: number): Promise<RateDecision> {
		try {
			const decision = await this.shared.take(key, nowMs);
			if (this.degraded) {
				this.degraded = false;
				this.log(`[api/run] The rate-limit store (${this.options.storeName}) answers again: the limit is shared across instances again.`);
			}
			return decision;
		} catch (error) {
			if (!this.degraded) {
				this.degraded = true;
				const reason = error instanceof Error ? error.message : String(error);
				this.log(`[api/run] The rate-limit store (${this.options.storeName}) is unreachable (${reason}); each instance now limits on its own until it answers. Check that the store is running.`);
			}
			return this.local.take(key, nowMs);
		}
	}

	private log(line: string): void {
		(this.options.log ?? console.warn)(line);
	}
}
