/**
 * Rate limiting per client. `RateLimiter` is the seam: the in-memory token bucket below suits a
 * single long-running server; serverless or multi-instance deployments plug in a shared store
 * (Redis, Upstash, Cloudflare KV / Durable Objects); see SECURITY.md.
 */

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
	/** Takes one request from `key`'s allowance at time `nowMs`. */
	take(key: string, nowMs: number): RateDecision | Promise<RateDecision>;
}

interface Bucket {
	tokens: number;
	updatedMs: number;
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
	private readonly perMs: number;
	private readonly burst: number;
	private readonly maxKeys: number;

	constructor(options: TokenBucketOptions) {
		this.perMs = options.perMinute / 60_000;
		this.burst = options.burst;
		this.maxKeys = options.maxKeys ?? 10_000;
	}

	take(key: string, nowMs: number): RateDecision {
		const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedMs: nowMs };
		const elapsed = Math.max(0, nowMs - bucket.updatedMs);
		bucket.tokens = Math.min(this.burst, bucket.tokens + elapsed * this.perMs);
		bucket.updatedMs = nowMs;
		// Re-insert so Map order is least-recently-seen first, for eviction.
		this.buckets.delete(key);
		this.buckets.set(key, bucket);
		this.evict();
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return { allowed: true, remaining: Math.floor(bucket.tokens) };
		}
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
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
