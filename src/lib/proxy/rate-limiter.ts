/**
 * Rate limiting per client. `RateLimiter` is the store interface: the in-memory token bucket below
 * suits a single long-running server (the default); several Node instances share a Redis store
 * (redis-rate-limiter.ts) and Cloudflare Workers a Durable Object per client
 * (durable-object-rate-limiter.ts), which runs the same bucket arithmetic (`takeToken`). See
 * SECURITY.md, "Rate limiting across instances".
 */

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
	/** Takes one request from `key`'s allowance at time `nowMs`. */
	take(key: string, nowMs: number): RateDecision | Promise<RateDecision>;
}

export interface Bucket {
	tokens: number;
	updatedMs: number;
}

export interface BucketRate {
	perMinute: number;
	burst: number;
}

/**
 * One step of the token bucket: refill `bucket` (a fresh one starts full) up to `now`, then take a
 * token if there is one. Pure, so the in-memory store and the Durable Object store share it.
 */
export function takeToken(bucket: Bucket | undefined, nowMs: number, rate: BucketRate): { bucket: Bucket; decision: RateDecision } {
	const perMs = rate.perMinute / 60_000;
	const current = bucket ?? { tokens: rate.burst, updatedMs: nowMs };
	const elapsed = Math.max(0, nowMs - current.updatedMs);
	const next = { tokens: Math.min(rate.burst, current.tokens + elapsed * perMs), updatedMs: nowMs };
	if (next.tokens >= 1) {
		next.tokens -= 1;
		return { bucket: next, decision: { allowed: true, remaining: Math.floor(next.tokens) } };
	}
	return { bucket: next, decision: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - next.tokens) / perMs / 1000)) } };
}

export interface TokenBucketOptions {
	/** Sustained rate. */
	perMinute: number;
	/** Requests allowed at once after a quiet period. */
	burst: number;
	/** Most clients tracked; the least recently seen are forgotten first (memory bound). */
	maxKeys?: number;
}

/** Token bucket per key: `burst` tokens, refilled at `perMinute` per minute. */
export class TokenBucketLimiter implements RateLimiter {
	private readonly buckets = new Map<string, Bucket>();
	private readonly rate: BucketRate;
	private readonly maxKeys: number;

	constructor(options: TokenBucketOptions) {
		this.rate = { perMinute: options.perMinute, burst: options.burst };
		this.maxKeys = options.maxKeys ?? 10_000;
	}

	take(key: string, nowMs: number): RateDecision {
		const { bucket, decision } = takeToken(this.buckets.get(key), nowMs, this.rate);
		// Re-insert so Map order is least-recently-seen first, for eviction.
		this.buckets.delete(key);
		this.buckets.set(key, bucket);
		this.evict();
		return decision;
	}

	/** Number of clients currently tracked (for tests and metrics). */
	get size(): number {
		return this.buckets.size;
	}

	private evict(): void {
		while (this.buckets.size > this.maxKeys) {
			const oldest = this.buckets.keys().next().value;
			if (oldest === undefined) return;
			this.buckets.delete(oldest);
		}
	}
}
