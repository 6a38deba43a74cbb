// SPDX-License-Identifier: EUPL-1.2
/**
 * The routes `npm run bench` measures. Add a route by adding an entry to BENCH_ROUTES; a route that
 * does not answer 200 when the benchmark starts is skipped and reported, not failed.
 */

/** The database Kring runs on in a benchmark target. */
export type BenchTarget = 'pglite' | 'postgres';

/**
 * What a route is. `public` pages fall under BENCH_ASSERT=1 (Kring must reach at least half of the
 * floor's throughput); `operations` and `authenticated` routes are reported only.
 */
export type RouteKind = 'public' | 'operations' | 'authenticated';

/** What a route's setup function gets: a running, ready Kring on one target. */
export interface SetupContext {
  readonly target: BenchTarget;
  /** http://127.0.0.1:<port> of the Kring under test. */
  readonly baseUrl: string;
  /**
   * The PostgreSQL URL on the postgres target, undefined on pglite. On pglite the data dir is locked
   * by the running Kring, so setup there can only go through HTTP (log in, submit forms…).
   */
  readonly databaseUrl: string | undefined;
  /** Kring's KRING_DATA_DIR for this target. */
  readonly dataDir: string;
}

/** What setup may add to the request: a different path (an id it created), headers, cookies. */
export interface PreparedRequest {
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as one `Cookie` header, e.g. `{ kring_session: '…' }`. */
  readonly cookies?: Readonly<Record<string, string>>;
}

/** One benchmarked route. Only GET for now. */
export interface BenchRoute {
  /** Path (may carry a query string); the floor serves the same bytes at the same path. */
  readonly path: string;
  readonly kind: RouteKind;
  /** Shown in the table instead of the path (useful when setup rewrites the path). */
  readonly label?: string;
  /** Request headers sent to Kring and the floor alike. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Cookies sent to Kring and the floor alike. */
  readonly cookies?: Readonly<Record<string, string>>;
  /**
   * Runs once per target after Kring answers /readyz and before the route's bytes are fetched, e.g.
   * to log in and return the session cookie, or to create 200 entries and return the page's path.
   * Its result is merged over `path`, `headers` and `cookies`.
   */
  readonly setup?: (context: SetupContext) => Promise<PreparedRequest | undefined>;
}

/** The routes measured by `npm run bench`, in table order. */
export const BENCH_ROUTES: readonly BenchRoute[] = [
  { path: '/', kind: 'public' },
  { path: '/en', kind: 'public' },
  { path: '/signalen', kind: 'public' },
  { path: '/wat-kan-ik-doen', kind: 'public' },
  { path: '/voor-professionals', kind: 'public' },
  { path: '/contact', kind: 'public' },
  { path: '/veilig-browsen', kind: 'public' },
  { path: '/healthz', kind: 'operations' },
];
