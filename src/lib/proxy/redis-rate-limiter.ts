/**
 * The rate-limit store for several Node instances: one budget per client in Redis, through
 * rate-limiter-flexible (atomic INCR + expiry in one Lua call) and ioredis.
 *
 * The in-memory store is a token bucket of `burst` tokens refilled at `perMinute`; here the same
 * budget is a fixed window of `burst` requests per `burst / perMinute` minutes (10 per 20 s at the
 * defaults): the same sustained rate and the same largest burst after a quiet spell, except that a
 * client can spend two windows back to back across a window boundary.
 *
 * Redis must never stall a run: commands are not queued while disconnected (enableOfflineQueue
 * off) and time out after `commandTimeoutMs`; a failure is handled by FallbackRateLimiter.
 */
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateDecision, RateLimiter } from './rate-limiter.ts';

export interface RedisRateLimiterOptions {
	redisUrl: string;
	perMinute: number;
	burst: number;
	/** Prefix of the keys in Redis, so several sites can share one Redis. */
	keyPrefix?: string;
	commandTimeoutMs?: number;
	/** How long the first request waits for the first connection (later ones never wait). */
	firstConnectWaitMs?: number;
}

/** host:port of a Redis URL, for log lines: never its user name or password. */
export function redisDisplayName(redisUrl: string): string {
	const url = new URL(redisUrl);
	return `Redis at ${url.hostname}:${url.port || '6379'}`;
}

export class RedisRateLimiter implements RateLimiter {
	readonly client: Redis;
	private readonly limiter: RateLimiterRedis;
	private readonly firstContact: Promise<void>;

	constructor(options: RedisRateLimiterOptions) {
		this.client = new Redis(options.redisUrl, {
			enableOfflineQueue: false,
			commandTimeout: options.commandTimeoutMs ?? 500,
			connectTimeout: 2_000,
			maxRetriesPerRequest: 0,
			// Reconnect forever, at most every 2 s: the store comes back by itself after an outage.
			retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
		});
		const waitMs = options.firstConnectWaitMs ?? 2_000;
		this.firstContact = new Promise<void>((settle) => {
			const timer = setTimeout(settle, waitMs);
			const done = () => {
				clearTimeout(timer);
				settle();
			};
			this.client.once('ready', done);
			this.client.once('error', done);
		});
		// An 'error' listener is required (ioredis reports unhandled ones); failures surface in take().
		this.client.on('error', () => {});
		const duration = Math.max(1, Math.round((options.burst * 60) / options.perMinute));
		this.limiter = new RateLimiterRedis({
			storeClient: this.client,
			keyPrefix: options.keyPrefix ?? 'llm-guides:run',
			points: options.burst,
			duration,
			rejectIfRedisNotReady: true,
		});
	}

	async take(key: string, _nowMs: number): Promise<RateDecision> {
		await this.firstContact;
		try {
			const result = await this.limiter.consume(key);
			return { allowed: true, remaining: result.remainingPoints };
		} catch (outcome) {
			// rate-limiter-flexible rejects with a RateLimiterRes when the budget is spent, with an Error when Redis failed.
			if (outcome instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
			throw outcome instanceof Error ? outcome : new Error(String(outcome));
		}
	}

	close(): Promise<void> {
		return this.client.quit().then(
			() => undefined,
			() => this.client.disconnect(),
		);
	}
}
