// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench`: Kring's throughput per route against a floor, on PGlite and on PostgreSQL.
 *
 * Per target: run the routes' seed scripts on a fresh data dir (on postgres a throwaway cluster from
 * scripts/pg-cluster.ts), start Kring on it as a separate production process (free port, 127.0.0.1),
 * wait for /readyz, fetch each route once (and run its check), then start a bare Fastify process
 * (bench/floor-server.ts) serving those very bytes at the same paths. Each route is then driven with autocannon, floor and Kring interleaved per round, each run a
 * 2 s unrecorded warm-up plus the measured run; the report gives the median across rounds.
 *
 * Settings (environment): BENCH_DURATION seconds (10), BENCH_CONNECTIONS (50; a route may fix its
 * own), BENCH_ROUNDS (1), BENCH_TARGETS (pglite,postgres), BENCH_ROUTES (comma-separated paths as
 * written in bench/routes.ts, e.g. `/zorgen/:id`; default all), BENCH_ASSERT=1 (fail when a public
 * page reaches < 0.5 of its floor, or a route's p99 exceeds its budget).
 *
 * Output: a table on stdout, bench/results/<timestamp>.json and, when every route ran on both
 * targets, bench/results/latest.md (committed: it documents the figures).
 * Exit status: 1 when any Kring request failed (error, timeout or non-2xx; a 5xx when a route is first
 * fetched counts too, while a 404 only skips the route, unless the route has a seed or a check: then
 * anything but a 200 that passes the check fails), when a seed or a target did not start, or under
 * BENCH_ASSERT=1 when a public page's ratio is below 0.5 or a route's p99 is over its budget.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, type PgCluster, startPgCluster } from '../scripts/pg-cluster.ts';
import type { FloorSpec } from './floor-server.ts';
import {
  Cleanup,
  childEnv,
  envInt,
  gitState,
  LOOPBACK,
  loadNote,
  machine,
  measure,
  median,
  type NodeChild,
  REPO_ROOT,
  runNode,
  type Sample,
  startNode,
  stopLoad,
  WARMUP_SECONDS,
  waitForHttp,
} from './lib.ts';
import {
  budgets,
  fmtInt,
  fmtMs,
  latestMarkdown,
  type RouteResult,
  type SideResult,
  type Skipped,
  table,
} from './report.ts';
import { BENCH_ROUTES, type BenchRoute, type BenchTarget, type PreparedRequest } from './routes.ts';

/** Below this Kring/floor ratio a public page fails under BENCH_ASSERT=1. */
const MIN_PUBLIC_RATIO = 0.5;
const READY_TIMEOUT_MS = 180_000;
const SEED_TIMEOUT_MS = 300_000;

/** Child processes, the cluster and temp dirs of this run; undone at the end, on errors and Ctrl-C. */
const cleanup = new Cleanup();

interface Settings {
  readonly duration: number;
  readonly connections: number;
  readonly rounds: number;
  readonly assert: boolean;
  readonly targets: readonly BenchTarget[];
  readonly routes: readonly BenchRoute[];
}

/** A route that answered 200 on a target, with everything needed to drive it. */
interface PreparedRoute {
  readonly route: BenchRoute;
  readonly label: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly connections: number;
  readonly contentType: string;
  readonly body: string;
}

function readSettings(): Settings {
  const targets = (process.env.BENCH_TARGETS ?? 'pglite,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const t of targets) {
    if (t !== 'pglite' && t !== 'postgres') throw new Error(`BENCH_TARGETS: unknown target "${t}" (pglite, postgres)`);
  }
  const only = process.env.BENCH_ROUTES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const routes = only?.length
    ? BENCH_ROUTES.filter((r) => only.includes(r.path) || (r.label !== undefined && only.includes(r.label)))
    : BENCH_ROUTES;
  if (routes.length === 0) throw new Error(`BENCH_ROUTES matches no route in bench/routes.ts`);
  return {
    duration: envInt('BENCH_DURATION', 10),
    connections: envInt('BENCH_CONNECTIONS', 50),
    rounds: envInt('BENCH_ROUNDS', 1),
    assert: process.env.BENCH_ASSERT === '1',
    targets: targets as BenchTarget[],
    routes,
  };
}

function side(samples: readonly Sample[]): SideResult {
  const sum = (f: (s: Sample) => number): number => samples.reduce((n, s) => n + f(s), 0);
  return {
    reqPerSec: median(samples.map((s) => s.reqPerSec)),
    p50Ms: median(samples.map((s) => s.p50Ms)),
    p99Ms: median(samples.map((s) => s.p99Ms)),
    errors: sum((s) => s.errors),
    non2xx: sum((s) => s.non2xx),
    warmupFailures: sum((s) => s.warmupFailures),
    rounds: samples,
  };
}

function cookieHeader(cookies: Readonly<Record<string, string>>): string {
  return Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/**
 * Runs a route's seed script with Kring's environment, before Kring starts.
 * @returns the PreparedRequest of its last stdout line
 */
async function seed(route: BenchRoute, env: NodeJS.ProcessEnv): Promise<PreparedRequest> {
  const { script, args = [] } = route.seed!;
  const started = Date.now();
  const out = await runNode(cleanup, script, args, env, SEED_TIMEOUT_MS);
  const last = out.trim().split('\n').at(-1) ?? '';
  let prepared: PreparedRequest;
  try {
    prepared = JSON.parse(last) as PreparedRequest;
  } catch {
    throw new Error(`${script} did not end with a PreparedRequest as JSON: ${JSON.stringify(last.slice(0, 200))}`);
  }
  process.stdout.write(`seeded ${route.label ?? route.path} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return prepared;
}

/** Runs setup, fetches the route once, and keeps it only when it answers 200 (and passes its check). */
async function prepare(
  route: BenchRoute,
  seeded: PreparedRequest | undefined,
  defaultConnections: number,
  context: { target: BenchTarget; baseUrl: string; databaseUrl: string | undefined; dataDir: string },
): Promise<PreparedRoute | { skipped: string; fails: boolean }> {
  const extra = route.setup ? await route.setup(context) : undefined;
  const routePath = extra?.path ?? seeded?.path ?? route.path;
  const headers: Record<string, string> = { ...route.headers, ...seeded?.headers, ...extra?.headers };
  const cookies = { ...route.cookies, ...seeded?.cookies, ...extra?.cookies };
  if (Object.keys(cookies).length > 0) headers.cookie = cookieHeader(cookies);
  const res = await fetch(`${context.baseUrl}${routePath}`, {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  const body = await res.text();
  const madeFor = route.seed !== undefined || route.check !== undefined;
  if (res.status !== 200) {
    const where = res.headers.get('location');
    return {
      skipped: `answered ${res.status}${where ? ` (to ${where})` : ''}`,
      fails: res.status >= 500 || madeFor,
    };
  }
  const problem = route.check?.(body);
  if (problem) return { skipped: `check failed: ${problem}`, fails: true };
  return {
    route,
    label: route.label ?? route.path,
    path: routePath,
    headers,
    connections: route.connections ?? defaultConnections,
    contentType: res.headers.get('content-type') ?? 'application/octet-stream',
    body,
  };
}

async function runTarget(
  target: BenchTarget,
  settings: Settings,
  workDir: string,
  results: RouteResult[],
  skipped: Skipped[],
): Promise<void> {
  process.stdout.write(`\n=== ${target} ===\n`);
  let cluster: PgCluster | undefined;
  let stopCluster: (() => Promise<void>) | undefined;
  if (target === 'postgres') {
    cluster = await startPgCluster();
    const started = cluster;
    stopCluster = cleanup.add('stop PostgreSQL cluster', () => started.stop());
    process.stdout.write(`PostgreSQL cluster on 127.0.0.1:${cluster.port}\n`);
  }
  const dataDir = fs.mkdtempSync(path.join(workDir, `data-${target}-`));
  const kringPort = await freePort();
  const baseUrl = `http://${LOOPBACK}:${kringPort}`;
  let kring: NodeChild | undefined;
  let floor: NodeChild | undefined;
  // Kring's environment; the seed scripts get the same (same database, same audit and secret keys).
  const kringEnv = childEnv({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    // Production refuses to start without these; throwaway keys per run, a mail server never used.
    KRING_AUDIT_KEY: randomBytes(32).toString('hex'),
    KRING_SECRET_KEY: randomBytes(32).toString('hex'),
    KRING_CIRCLE_KEY: `v1:${randomBytes(32).toString('base64')}`,
    KRING_SMTP_URL: 'smtp://127.0.0.1:1',
    KRING_DATA_DIR: dataDir,
    KRING_AUDIT_ANCHOR: `${dataDir}-audit-anchor.jsonl`,
    PORT: String(kringPort),
    HOST: LOOPBACK,
    ...(cluster ? { DATABASE_URL: cluster.url } : {}),
  });
  try {
    const seeded = new Map<BenchRoute, PreparedRequest>();
    for (const route of settings.routes) {
      if (route.seed) seeded.set(route, await seed(route, kringEnv));
    }
    kring = startNode(cleanup, `kring ${target}`, 'src/main.ts', [], kringEnv);
    const started = Date.now();
    await waitForHttp(`${baseUrl}/readyz`, kring, READY_TIMEOUT_MS);
    process.stdout.write(`Kring ready on ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    const prepared: PreparedRoute[] = [];
    for (const route of settings.routes) {
      const outcome = await prepare(route, seeded.get(route), settings.connections, {
        target,
        baseUrl,
        databaseUrl: cluster?.url,
        dataDir,
      });
      if ('skipped' in outcome) {
        skipped.push({ target, route: route.label ?? route.path, reason: outcome.skipped, fails: outcome.fails });
        process.stdout.write(`skip ${route.label ?? route.path}: ${outcome.skipped}\n`);
      } else {
        prepared.push(outcome);
      }
    }
    if (prepared.length === 0) return;

    const spec: FloorSpec = {
      routes: prepared.map((p) => ({
        path: new URL(p.path, baseUrl).pathname,
        contentType: p.contentType,
        body: p.body,
      })),
    };
    const specFile = path.join(workDir, `floor-${target}.json`);
    fs.writeFileSync(specFile, JSON.stringify(spec));
    const floorPort = await freePort();
    const floorUrl = `http://${LOOPBACK}:${floorPort}`;
    floor = startNode(cleanup, `floor ${target}`, 'bench/floor-server.ts', [specFile, String(floorPort)], {
      ...childEnv({ NODE_ENV: 'production' }),
    });
    await waitForHttp(`${floorUrl}${prepared[0]!.path}`, floor, 60_000);
    for (const p of prepared) {
      const res = await fetch(`${floorUrl}${p.path}`, { headers: p.headers });
      const body = await res.text();
      if (body !== p.body || res.headers.get('content-type') !== p.contentType) {
        throw new Error(`floor does not serve Kring's bytes for ${p.path}`);
      }
    }

    const { duration, rounds } = settings;
    for (const p of prepared) {
      const { connections } = p;
      const kringSamples: Sample[] = [];
      const floorSamples: Sample[] = [];
      for (let round = 1; round <= rounds; round++) {
        for (const which of ['floor', 'kring'] as const) {
          const url = `${which === 'floor' ? floorUrl : baseUrl}${p.path}`;
          const sample = await measure(url, { duration, connections, headers: p.headers });
          for (const server of [kring, floor]) {
            const exit = server.unexpectedExit();
            if (exit) throw new Error(`${server.name} ${exit} during ${p.label} round ${round} (${which} run)`);
          }
          (which === 'floor' ? floorSamples : kringSamples).push(sample);
          const problems = sample.errors + sample.non2xx;
          process.stdout.write(
            `${target} ${p.label} round ${round}/${rounds} ${which.padEnd(5)} (${connections} conn.): ` +
              `${fmtInt(sample.reqPerSec)} req/s, ` +
              `p50 ${fmtMs(sample.p50Ms)} ms, p99 ${fmtMs(sample.p99Ms)} ms` +
              (problems > 0 ? `, ${sample.errors} errors, ${sample.non2xx} non-2xx` : '') +
              '\n',
          );
        }
      }
      const kringSide = side(kringSamples);
      const floorSide = side(floorSamples);
      results.push({
        target,
        route: p.label,
        path: p.path,
        kind: p.route.kind,
        connections,
        p99BudgetMs: p.route.p99BudgetMs,
        bodyBytes: Buffer.byteLength(p.body),
        kring: kringSide,
        floor: floorSide,
        ratio: kringSide.reqPerSec / floorSide.reqPerSec,
        roundRatios: kringSamples.map((k, i) => k.reqPerSec / floorSamples[i]!.reqPerSec),
      });
    }
  } finally {
    await floor?.stop();
    await kring?.stop();
    if (kring && kring.lineCount() > 0) {
      process.stdout.write(`note: kring ${target} wrote ${kring.lineCount()} log lines at LOG_LEVEL=warn\n`);
    }
    await stopCluster?.();
  }
}

async function main(): Promise<number> {
  const settings = readSettings();
  process.on('SIGINT', stopLoad);
  process.on('SIGTERM', stopLoad);
  cleanup.install();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-bench-'));
  cleanup.add('remove temporary files', () => fs.rmSync(workDir, { recursive: true, force: true }));

  const startedAt = new Date();
  const loadAtStart = loadNote();
  const git = await gitState();
  const perRun = WARMUP_SECONDS + settings.duration;
  const estimate = settings.targets.length * settings.routes.length * settings.rounds * 2 * perRun;
  const ownConnections = settings.routes.filter((r) => r.connections !== undefined).length;
  process.stdout.write(
    `Kring benchmark: ${settings.targets.join(' + ')}, ${settings.routes.length} routes, ${settings.rounds} round(s), ` +
      `${settings.connections} connections${ownConnections > 0 ? ` (${ownConnections} route(s) their own)` : ''}, ` +
      `${WARMUP_SECONDS} s warm-up + ${settings.duration} s per run ` +
      `(at least ${Math.ceil(estimate / 60)} min of load).\n${machine()}, commit ${git.commit}${git.dirty ? ' + local changes' : ''}\n`,
  );

  const results: RouteResult[] = [];
  const skipped: Skipped[] = [];
  const failures: string[] = [];
  try {
    for (const target of settings.targets) {
      try {
        await runTarget(target, settings, workDir, results, skipped);
      } catch (err) {
        failures.push(`${target}: ${err instanceof Error ? err.message : String(err)}`);
        process.stderr.write(`${target} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      }
    }
  } finally {
    await cleanup.runAll();
  }

  for (const s of skipped) {
    if (s.fails) failures.push(`${s.target} ${s.route}: ${s.reason} when probed at start`);
  }
  for (const r of results) {
    const bad = r.kring.errors + r.kring.non2xx + r.kring.warmupFailures;
    if (bad > 0) {
      failures.push(
        `${r.target} ${r.route}: ${r.kring.errors} errors, ${r.kring.non2xx} non-2xx, ` +
          `${r.kring.warmupFailures} failed during warm-up`,
      );
    }
    if (settings.assert && r.kind === 'public' && r.ratio < MIN_PUBLIC_RATIO) {
      failures.push(`${r.target} ${r.route}: Kring/floor ${r.ratio.toFixed(2)} < ${MIN_PUBLIC_RATIO}`);
    }
    if (settings.assert && r.p99BudgetMs !== undefined && r.kring.p99Ms > r.p99BudgetMs) {
      failures.push(`${r.target} ${r.route}: p99 ${fmtMs(r.kring.p99Ms)} ms > budget ${r.p99BudgetMs} ms`);
    }
  }

  const finishedAt = new Date();
  const loadAtEnd = loadNote();
  const md = table(results);
  const budgetLines = budgets(results);
  process.stdout.write(`\n${md}\n`);
  if (budgetLines.length > 0) process.stdout.write(`\n${budgetLines.join('\n')}\n`);
  if (skipped.length > 0) {
    process.stdout.write(
      `\nSkipped (not 200 at start): ${skipped.map((s) => `${s.target} ${s.route} (${s.reason})`).join(', ')}\n`,
    );
  }

  const resultsDir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const stamp = startedAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  const json = {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    commit: git.commit,
    localChanges: git.dirty,
    machine: machine(),
    loadAtStart,
    loadAtEnd,
    settings: {
      duration: settings.duration,
      warmup: WARMUP_SECONDS,
      connections: settings.connections,
      rounds: settings.rounds,
      targets: settings.targets,
      assert: settings.assert,
    },
    skipped,
    failures,
    results,
  };
  const jsonFile = path.join(resultsDir, `${stamp}.json`);
  fs.writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);

  const latest = latestMarkdown({
    startedAt,
    git,
    loadAtStart,
    loadAtEnd,
    settings,
    results,
    budgetLines,
    skipped,
    failures,
    stamp,
    machine: machine(),
    warmupSeconds: WARMUP_SECONDS,
  });
  // latest.md is committed and documents the figures: only a run of every route on every target updates it.
  const fullRun = settings.routes.length === BENCH_ROUTES.length && settings.targets.length === 2;
  if (fullRun) fs.writeFileSync(path.join(resultsDir, 'latest.md'), latest);
  process.stdout.write(
    `\nWrote ${path.relative(REPO_ROOT, jsonFile)}` +
      (fullRun
        ? ' and bench/results/latest.md\n'
        : ' (latest.md not updated: BENCH_ROUTES/BENCH_TARGETS ran a subset)\n'),
  );

  if (failures.length > 0) {
    process.stdout.write(`\nBenchmark FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write('\nBenchmark finished without failures.\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    await cleanup.runAll();
    process.exit(1);
  },
);
