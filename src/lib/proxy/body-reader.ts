/**
 * Reads an upstream response body under limits: a byte budget, an idle timeout between chunks,
 * and the overall deadline of the run; the reader's disconnect ends it too. When a limit trips,
 * the upstream fetch is aborted (closing the socket) and the next read reports why as a
 * BodyFault. `dispose()` clears every timer and listener; it is safe to call more than once.
 */

export type BodyFaultKind = 'idle_timeout' | 'total_timeout' | 'too_large' | 'broken' | 'client_gone';

export class BodyFault extends Error {
	readonly kind: BodyFaultKind;
	constructor(kind: BodyFaultKind) {
		super(`upstream body: ${kind}`);
		this.name = 'BodyFault';
		this.kind = kind;
	}
}

export interface BodyLimits {
	maxBytes: number;
	idleTimeoutMs: number;
	/** Milliseconds left until the run's total deadline. */
	remainingMs: number;
}

export class LimitedBodyReader {
	private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
	private readonly abortUpstream: () => void;
	private readonly limits: BodyLimits;
	private fault: BodyFaultKind | null = null;
	private idleTimer: ReturnType<typeof setTimeout> | undefined;
	private totalTimer: ReturnType<typeof setTimeout> | undefined;
	private disposed = false;
	private bytes = 0;

	constructor(body: ReadableStream<Uint8Array>, abortUpstream: () => void, limits: BodyLimits) {
		this.reader = body.getReader();
		this.abortUpstream = abortUpstream;
		this.limits = limits;
		this.totalTimer = setTimeout(() => this.trip('total_timeout'), Math.max(0, limits.remainingMs));
	}

	get bytesRead(): number {
		return this.bytes;
	}

	/** Next chunk, `null` at the end; throws BodyFault when a limit trips or the body breaks. */
	async read(): Promise<Uint8Array | null> {
		if (this.fault) throw new BodyFault(this.fault);
		this.idleTimer = setTimeout(() => this.trip('idle_timeout'), this.limits.idleTimeoutMs);
		let result: ReadableStreamReadResult<Uint8Array>;
		try {
			result = await this.reader.read();
		} catch {
			throw new BodyFault(this.fault ?? 'broken');
		} finally {
			clearTimeout(this.idleTimer);
		}
		// A cancel from trip() resolves a pending read as done: report the real reason.
		if (this.fault) throw new BodyFault(this.fault);
		if (result.done) {
			this.dispose();
			return null;
		}
		this.bytes += result.value.byteLength;
		if (this.bytes > this.limits.maxBytes) {
			this.trip('too_large');
			throw new BodyFault('too_large');
		}
		return result.value;
	}

	/** Stops reading for `kind` (e.g. the reader left): aborts upstream and frees everything. */
	trip(kind: BodyFaultKind): void {
		if (this.fault) return;
		this.fault = kind;
		this.abortUpstream();
		this.reader.cancel().catch(() => {});
		this.dispose();
	}

	dispose(): void {
		if (this.disposed) return;
		this.disposed = true;
		clearTimeout(this.idleTimer);
		clearTimeout(this.totalTimer);
	}
}
