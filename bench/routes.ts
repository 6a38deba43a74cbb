// SPDX-License-Identifier: EUPL-1.2
/**
 * The routes `npm run bench` measures. Add a route by adding an entry to BENCH_ROUTES; a route that
 * does not answer 200 when the benchmark starts is skipped and reported, not failed (unless it has a
 * seed or a check: then its data was made for it, and anything but a passing 200 fails the run).
 */
import { ENTRIES_ON_PAGE } from '#src/modules/concerns/concern.service.ts';

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
   * by the running Kring, so setup there can only go through HTTP (log in, submit forms…); data that
   * must be written directly is written by a `seed` script before Kring starts.
   */
  readonly databaseUrl: string | undefined;
  /** Kring's KRING_DATA_DIR for this target. */
  readonly dataDir: string;
}

/** What setup may add to the request: a different path (an id it created), headers, cookies. */
export interface PreparedRequest {
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as one `Cookie` header, e.g. `{ 'kring-session': '…' }`. */
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
  /**
   * A script run once per target BEFORE Kring starts (PGlite allows one process on its data dir),
   * with Kring's own environment: the same KRING_DATA_DIR or DATABASE_URL and the same keys. Its last
   * line of stdout is a PreparedRequest as JSON, merged like setup's (setup's result wins).
   */
  readonly seed?: { readonly script: string; readonly args?: readonly string[] };
  /**
   * Checks Kring's first answer before anything is measured (e.g. that the page shows the seeded
   * data, not a sign-in page): returns what is wrong, or undefined. A failed check fails the run.
   */
  readonly check?: (body: string) => string | undefined;
  /** Concurrent connections for this route (Kring and floor alike) instead of BENCH_CONNECTIONS. */
  readonly connections?: number;
  /** The budget for Kring's p99 in ms: shown per target; under BENCH_ASSERT=1 exceeding it fails. */
  readonly p99BudgetMs?: number;
}

/** The entries of the benchmarked concern dossier (the `opened` entry included). */

const CONCERN_ENTRIES = 200;

/** How many entries a concern page lists (each one is an `<li class="kring-entry kring-entry--…">`). */
export function countEntries(html: string): number {
  return html.split('class="kring-entry ').length - 1;
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
  // Issue 5: the resident's route (the form page renders per request: it sets the form token).
  { path: '/zorgen-over-iemand', kind: 'public' },
  { path: '/zorgen-over-iemand/wat-kan-ik-doen', kind: 'public' },
  { path: '/zorgen-over-iemand/formulier', kind: 'public' },
  // The network's public pages (issue 15): read from the database on every request.
  { path: '/partners', kind: 'public' },
  { path: '/nieuws', kind: 'public' },
  { path: '/bijeenkomsten', kind: 'public' },
  { path: '/statistieken', kind: 'public' },
  { path: '/healthz', kind: 'operations' },
  {
    // Issue 4: the concern page of a dossier with 200 entries, signed in, ≤ 50 ms p99 at 20 users on PGlite.
    // Every view writes its NEN 7513 audit row (hash-chained) in the read's transaction: that is measured too.
    path: '/zorgen/:id',
    label: `/zorgen/:id (${CONCERN_ENTRIES} entries, signed in)`,
    kind: 'authenticated',
    seed: { script: 'bench/seed-concern.ts', args: [String(CONCERN_ENTRIES)] },
    // The page shows the latest ENTRIES_ON_PAGE of the 200 (all of them in the chronology), the body
    // map with every injury, and says how many there are.
    check: (body) => {
      const n = countEntries(body);
      if (n !== ENTRIES_ON_PAGE) return `shows ${n} entries instead of the latest ${ENTRIES_ON_PAGE}`;
      return body.includes(`van ${CONCERN_ENTRIES} regels`) ? undefined : `does not say there are ${CONCERN_ENTRIES}`;
    },
    connections: 20,
    p99BudgetMs: 50,
  },
];
