// The few parts of autocannon's programmatic API that bench/proxy-load.ts uses (the package ships
// no types and @types/autocannon is not installed).
declare module 'autocannon' {
	interface Options {
		url: string;
		method?: string;
		headers?: Record<string, string>;
		body?: string;
		connections?: number;
		duration?: number;
	}
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
	}
	interface Result {
		requests: Histogram;
		latency: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
	}
	function autocannon(options: Options): Promise<Result>;
	export default autocannon;
}
