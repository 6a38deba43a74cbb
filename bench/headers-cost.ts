// SPDX-License-Identifier: EUPL-1.2
/**
 * What security headers cost per request: a bare Fastify route vs the same route with
 * @fastify/helmet (CSP nonces on, and for reference off) vs the same route with Kring's own hook
 * (`registerSecurityHeaders`). Backs ADR 0008 (own security headers instead of helmet).
 *
 * Each variant is a separate child process (bench/headers-server.ts) on 127.0.0.1. Every run: 2 s
 * unrecorded warm-up, then BENCH_DURATION seconds (10) with BENCH_CONNECTIONS (50); the variants are
 * interleaved per round, BENCH_ROUNDS (1) rounds, median across rounds.
 *
 * Usage: node --import tsx bench/headers-cost.ts
 * Prints a Markdown report and writes it to bench/results/headers-cost.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../scripts/pg-cluster.ts';
import type { HeaderVariant } from './headers-server.ts';
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
  type Sample,
  startNode,
  stopLoad,
  WARMUP_SECONDS,
  waitForHttp,
} from './lib.ts';

const VARIANTS: readonly { id: HeaderVariant; label: string }[] = [
  { id: 'bare', label: 'bare Fastify' },
  { id: 'helmet-nonce', label: '+ @fastify/helmet 13, CSP nonces' },
  { id: 'helmet', label: '+ @fastify/helmet 13, fixed CSP (reference)' },
  { id: 'kring', label: "+ Kring's registerSecurityHeaders" },
];

const cleanup = new Cleanup();

async function main(): Promise<number> {
  const duration = envInt('BENCH_DURATION', 10);
  const connections = envInt('BENCH_CONNECTIONS', 50);
  const rounds = envInt('BENCH_ROUNDS', 1);
  process.on('SIGINT', stopLoad);
  process.on('SIGTERM', stopLoad);
  cleanup.install();
  const git = await gitState();
  const startedAt = new Date();
  const loadAtStart = loadNote();

  const servers = new Map<HeaderVariant, { child: NodeChild; url: string; headers: string[]; headerBytes: number }>();
  for (const v of VARIANTS) {
    const port = await freePort();
    const url = `http://${LOOPBACK}:${port}/page`;
    const child = startNode(
      cleanup,
      `headers ${v.id}`,
      'bench/headers-server.ts',
      [v.id, String(port)],
      childEnv({ NODE_ENV: 'production' }),
    );
    await waitForHttp(url, child, 60_000);
    const res = await fetch(url);
    await res.text();
    const names = [...res.headers.keys()].filter(
      (h) => !['date', 'connection', 'keep-alive', 'content-length', 'content-type'].includes(h),
    );
    const headerBytes = [...res.headers.entries()].reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
    servers.set(v.id, { child, url, headers: names, headerBytes });
  }

  const samples = new Map<HeaderVariant, Sample[]>(VARIANTS.map((v) => [v.id, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const v of VARIANTS) {
      const sample = await measure(servers.get(v.id)!.url, { duration, connections });
      samples.get(v.id)!.push(sample);
      process.stderr.write(
        `round ${round}/${rounds} ${v.id}: ${Math.round(sample.reqPerSec)} req/s, p99 ${sample.p99Ms} ms\n`,
      );
    }
  }
  await cleanup.runAll();

  const med = (id: HeaderVariant, f: (s: Sample) => number): number => median(samples.get(id)!.map(f));
  const bare = med('bare', (s) => s.reqPerSec);
  const helmetNonce = med('helmet-nonce', (s) => s.reqPerSec);
  const kring = med('kring', (s) => s.reqPerSec);
  const failures = VARIANTS.flatMap((v) =>
    samples.get(v.id)!.some((s) => s.errors + s.non2xx + s.warmupFailures > 0) ? [v.id] : [],
  );

  const rows = VARIANTS.map((v) => {
    const s = servers.get(v.id)!;
    const rps = med(v.id, (x) => x.reqPerSec);
    const perRound = samples
      .get(v.id)!
      .map((x) => Math.round(x.reqPerSec).toLocaleString('en-US'))
      .join(' / ');
    return `| ${v.label} | ${Math.round(rps).toLocaleString('en-US')} | ${perRound} | ${med(v.id, (x) => x.p50Ms)} | ${med(v.id, (x) => x.p99Ms)} | ${(rps / bare).toFixed(2)} | ${s.headers.length} | ${s.headerBytes} |`;
  });
  const report = [
    '# Cost of security headers: bare Fastify vs @fastify/helmet vs Kring’s hook',
    '',
    `Run ${startedAt.toISOString()} with \`node --import tsx bench/headers-cost.ts\`` +
      ` (BENCH_ROUNDS=${rounds}, BENCH_DURATION=${duration}, BENCH_CONNECTIONS=${connections}),` +
      ` commit \`${git.commit}\`${git.dirty ? ' plus local changes' : ''}.`,
    `Machine: ${machine()}; autocannon shares the cores with the server under test.`,
    `Other work on the machine: ${loadAtStart} at the start, ${loadNote()} at the end.`,
    '',
    'One route, `GET /page`, sending the same fixed ~5 KB HTML string; each variant is its own child process',
    `on 127.0.0.1. Each run: ${WARMUP_SECONDS} s unrecorded warm-up, ${duration} s measured, ${connections} connections;`,
    'variants interleaved per round; req/s, p50 and p99 are medians across rounds.',
    'The helmet variants are configured from src/plugins/security-headers.ts to send Kring’s header set with',
    'Kring’s values (headers helmet has no option for are set in the route handler); with nonces, helmet also',
    'adds a style-src nonce. Header count and bytes below show the sets match.',
    '',
    '| variant | req/s (median) | req/s per round | p50 ms | p99 ms | ÷ bare | security headers | header bytes |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Kring’s hook ÷ helmet with CSP nonces: **${(kring / helmetNonce).toFixed(2)}×** the throughput.`,
    '',
    failures.length === 0
      ? 'No errors or non-2xx responses.'
      : `Errors or non-2xx responses in: ${failures.join(', ')}.`,
    '',
  ].join('\n');
  process.stdout.write(`\n${report}`);
  const out = path.join(REPO_ROOT, 'bench', 'results', 'headers-cost.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report);
  process.stderr.write(`\nWrote ${path.relative(REPO_ROOT, out)}\n`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    process.stderr.write(`headers-cost failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    await cleanup.runAll();
    process.exit(1);
  },
);
