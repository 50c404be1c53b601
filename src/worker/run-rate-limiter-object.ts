/**
 * The Durable Object behind the Worker's rate limit: one instance per client key, holding that
 * client's token bucket in its storage. Calls to one object run one at a time (its input gate),
 * so read-modify-write needs no lock. An alarm deletes a bucket once it would be full again, so
 * storage holds only clients seen recently (the Durable Object counterpart of the in-memory
 * store's 10 000-client bound).
 */
import { DurableObject } from 'cloudflare:workers';
import { takeToken, type Bucket, type BucketRate, type RateDecision } from '../lib/proxy/rate-limiter.ts';

export class RunRateLimiter extends DurableObject {
	async take(nowMs: number, rate: BucketRate): Promise<RateDecision> {
		const stored = await this.ctx.storage.get<Bucket>('bucket');
		const { bucket, decision } = takeToken(stored, nowMs, rate);
		await this.ctx.storage.put('bucket', bucket);
		// Time until the bucket is full again; afterwards a fresh bucket is the same thing.
		const refillMs = ((rate.burst - bucket.tokens) / rate.perMinute) * 60_000;
		await this.ctx.storage.setAlarm(Date.now() + Math.ceil(refillMs) + 1_000);
		return decision;
	}

	async alarm(): Promise<void> {
		await this.ctx.storage.deleteAll();
	}
}
