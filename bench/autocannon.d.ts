// SPDX-License-Identifier: EUPL-1.2
/**
 * The part of autocannon 9's programmatic API the benchmarks use (the package ships no types and
 * @types/autocannon is not installed). Latencies are in milliseconds, requests in requests/second.
 */
declare module 'autocannon' {
  /** Percentile statistics as autocannon reports them. */
  export interface Histogram {
    readonly average: number;
    readonly mean: number;
    readonly stddev: number;
    readonly min: number;
    readonly max: number;
    readonly total: number;
    readonly p50: number;
    readonly p90: number;
    readonly p97_5: number;
    readonly p99: number;
  }

  /** Options of one autocannon run. */
  export interface Options {
    readonly url: string;
    readonly connections?: number;
    /** Seconds. */
    readonly duration?: number;
    readonly method?: string;
    readonly headers?: Record<string, string>;
    readonly body?: string;
    /** Seconds before a request counts as a timeout. */
    readonly timeout?: number;
    readonly pipelining?: number;
  }

  /** The outcome of one run. */
  export interface Result {
    readonly url: string;
    readonly duration: number;
    readonly errors: number;
    readonly timeouts: number;
    readonly mismatches: number;
    readonly non2xx: number;
    readonly resets: number;
    readonly '2xx': number;
    readonly statusCodeStats: Record<string, { count: number }>;
    readonly latency: Histogram;
    readonly requests: Histogram & { readonly sent: number };
    readonly throughput: Histogram;
  }

  /** A run in progress: a thenable event emitter that resolves with the result. */
  export interface Instance extends PromiseLike<Result> {
    stop(): void;
  }

  /** Starts a run. */
  function autocannon(options: Options): Instance;
  export default autocannon;
}
