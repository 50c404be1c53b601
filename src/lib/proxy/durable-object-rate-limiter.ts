/**
 * The rate-limit store on Cloudflare Workers: one Durable Object per client key (RunRateLimiter,
 * src/worker/run-rate-limiter-object.ts). A Durable Object with a given name exists once in the
 * whole Cloudflare network and handles its calls one at a time, so every isolate in every
 * location spends from the same bucket, exactly. The types are the few members used here, so the
 * core needs no Workers type package.
 */
import type { BucketRate, RateDecision, RateLimiter } from './rate-limiter.ts';

export interface RateLimitObjectStub {
	take(nowMs: number, rate: BucketRate): Promise<RateDecision>;
}

export interface RateLimitNamespace {
	idFromName(name: string): unknown;
	get(id: unknown): RateLimitObjectStub;
}

export class DurableObjectRateLimiter implements RateLimiter {
	private readonly namespace: RateLimitNamespace;
	private readonly rate: BucketRate;

	constructor(namespace: RateLimitNamespace, rate: BucketRate) {
		this.namespace = namespace;
		this.rate = rate;
	}

	take(key: string, nowMs: number): Promise<RateDecision> {
		return this.namespace.get(this.namespace.idFromName(key)).take(nowMs, this.rate);
	}
}
