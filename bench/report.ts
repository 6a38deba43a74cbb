// SPDX-License-Identifier: EUPL-1.2
/**
 * The bench's figures as text: the results' types, the markdown table, the latency budgets and
 * bench/results/latest.md (run.ts measures; this file only writes down what it measured).
 */
import type { Sample } from './lib.ts';
import type { BenchTarget, RouteKind } from './routes.ts';

/** Median figures of one side (Kring or floor) across rounds, plus the rounds themselves. */
export interface SideResult {
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly warmupFailures: number;
  readonly rounds: readonly Sample[];
}

export interface RouteResult {
  readonly target: BenchTarget;
  readonly route: string;
  readonly path: string;
  readonly kind: RouteKind;
  readonly connections: number;
  readonly p99BudgetMs: number | undefined;
  readonly bodyBytes: number;
  readonly kring: SideResult;
  readonly floor: SideResult;
  /** median Kring req/s ÷ median floor req/s */
  readonly ratio: number;
  readonly roundRatios: readonly number[];
}

export interface Skipped {
  readonly target: BenchTarget;
  readonly route: string;
  readonly reason: string;
  /**
   * Fails the run: a 5xx at start (Kring is broken there), or any failure of a route with a seed or a
   * check (its data was made for it). A plain 404 is an unfinished page.
   */
  readonly fails: boolean;
}

export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
export const fmtMs = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function table(results: readonly RouteResult[]): string {
  const head = [
    'target',
    'route',
    'conn.',
    'Kring req/s',
    'p50 ms',
    'p99 ms',
    'floor req/s',
    'floor p99 ms',
    'Kring/floor',
    'Kring errors / non-2xx',
  ];
  const rows = results.map((r) => [
    r.target,
    `\`${r.route}\``,
    String(r.connections),
    fmtInt(r.kring.reqPerSec),
    fmtMs(r.kring.p50Ms),
    fmtMs(r.kring.p99Ms),
    fmtInt(r.floor.reqPerSec),
    fmtMs(r.floor.p99Ms),
    r.ratio.toFixed(2),
    `${r.kring.errors} / ${r.kring.non2xx}`,
  ]);
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const align = head.map((_, i) => (i < 2 ? '---' : '---:'));
  return [line(head), line(align), ...rows.map(line)].join('\n');
}

/** One line per result with a p99 budget: met or not. */
export function budgets(results: readonly RouteResult[]): string[] {
  return results
    .filter((r) => r.p99BudgetMs !== undefined)
    .map(
      (r) =>
        `${r.target} \`${r.route}\` at ${r.connections} connections: p99 ${fmtMs(r.kring.p99Ms)} ms ` +
        `(floor ${fmtMs(r.floor.p99Ms)} ms), budget ${r.p99BudgetMs} ms: ` +
        `${r.kring.p99Ms <= r.p99BudgetMs! ? 'met' : 'EXCEEDED'}; Kring/floor req/s ${r.ratio.toFixed(2)}, ` +
        `p50 ${fmtMs(r.kring.p50Ms)} ms, ${fmtInt(r.kring.reqPerSec)} req/s, ${fmtInt(r.bodyBytes)} bytes per page.`,
    );
}

/** What latest.md reports about a run. */
export interface RunSummary {
  readonly startedAt: Date;
  readonly git: { readonly commit: string; readonly dirty: boolean };
  readonly loadAtStart: string;
  readonly loadAtEnd: string;
  readonly settings: {
    readonly connections: number;
    readonly duration: number;
    readonly rounds: number;
    readonly targets: readonly string[];
  };
  readonly results: readonly RouteResult[];
  readonly budgetLines: readonly string[];
  readonly skipped: readonly Skipped[];
  readonly failures: readonly string[];
  readonly stamp: string;
  readonly machine: string;
  readonly warmupSeconds: number;
}

/** The text of bench/results/latest.md. */
export function latestMarkdown(run: RunSummary): string {
  const { startedAt, git, loadAtStart, loadAtEnd, settings, results, budgetLines, skipped, failures, stamp } = run;
  const skippedMd =
    skipped.length === 0
      ? 'none'
      : [...new Set(skipped.map((s) => `\`${s.route}\` (${s.reason})`))].join(', ') +
        (settings.targets.length > 1 ? ' (per target: see the JSON)' : '');
  return [
    '# Kring throughput: latest `npm run bench`',
    '',
    `Run ${startedAt.toISOString()} on commit \`${git.commit}\`${git.dirty ? ' plus local changes in src/ or package files' : ''}.`,
    `Machine: ${run.machine}. Load generator (autocannon 9, in the bench process), Kring, the floor and`,
    'PostgreSQL all share these cores, so absolute numbers are low and noisy; the ratio is what matters.',
    `Other work on the machine skews both sides: ${loadAtStart} at the start, ${loadAtEnd} at the end.`,
    '',
    `Method: per target, Kring runs as a separate \`NODE_ENV=production LOG_LEVEL=warn\` process on 127.0.0.1`,
    '(PGlite in a fresh data dir, or a throwaway PostgreSQL cluster via DATABASE_URL). The floor is a bare',
    'Fastify process (no plugins, no logger) serving the bytes Kring returned for each route as a fixed',
    `string with the same content-type. Each run: ${settings.connections} connections (unless the route sets its own,`,
    `column conn.), ${run.warmupSeconds} s unrecorded warm-up, ${settings.duration} s measured;`,
    `floor and Kring interleaved per route, ${settings.rounds} round(s), median across rounds. req/s is`,
    "autocannon's mean of per-second counts; latencies are autocannon's (1 ms resolution).",
    'Routes with data (the concern page) are seeded before Kring starts, by their script under bench/, with',
    "the app's own services on the same data dir or database and the same keys; their first answer is checked",
    '(200, and e.g. the number of entries) before anything is measured. Signed-in routes send a session cookie.',
    '',
    table(results),
    '',
    ...(budgetLines.length > 0
      ? ['Latency budgets (p99 of Kring, median across rounds):', '', ...budgetLines.map((l) => `- ${l}`), '']
      : []),
    `Skipped (not 200 at start): ${skippedMd}.`,
    '',
    failures.length === 0 ? 'No failures.' : `Failures:\n\n${failures.map((f) => `- ${f}`).join('\n')}`,
    '',
    `Raw figures: \`bench/results/${stamp}.json\` (not committed).`,
    '',
  ].join('\n');
}
