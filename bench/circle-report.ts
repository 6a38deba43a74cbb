// SPDX-License-Identifier: EUPL-1.2
/**
 * The figures of `npm run bench:circle` as text: the table against issue 14's targets (item 8), the
 * JSON of the run and bench/results/circle-latest.md with the match queries' plans (ADR 0034 quotes
 * them). Only writes down what bench/circle.ts measured.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Figures } from './circle-measure.ts';

/** Everything one run measured. */
export interface CircleReport {
  readonly at: string;
  readonly git: { commit: string; dirty: boolean };
  readonly machine: string;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly scale: { young: number; signals: number; parents: number; organisations: number };
  readonly databaseSize: string;
  readonly load: { pseudonymsSeconds: number; copySeconds: number; indexSeconds: number; analyzeSeconds: number };
  readonly floor: Figures;
  readonly chained: Figures;
  readonly pending: Figures;
  readonly keyState: Figures;
  readonly serviceWithoutNotifier: Figures;
  readonly service: Figures & { matchesPerCall: number };
  readonly bulk: Figures & { created: number; batch: number };
  readonly lookup: Figures;
  readonly lookupService: Figures;
  readonly plans: readonly string[];
  readonly seal: { rows: number; seconds: number };
  readonly verify: { ok: boolean; checked: number; seconds: number };
}

const ms = (n: number): string => `${n.toFixed(2)} ms`;
const rate = (n: number): string => `${Math.round(n).toLocaleString('en-GB')}/s`;
const pass = (ok: boolean): string => (ok ? 'pass' : '**FAIL**');

/** The table: each measurement, its target and whether it is met. */
export function circleTable(r: CircleReport): string {
  const row = (what: string, f: Figures, target: string, ok: boolean | null) =>
    `| ${what} | ${f.concurrency} | ${f.calls.toLocaleString('en-GB')} | ${rate(f.perSecond)} | ${ms(f.p50Ms)} | ${ms(f.p99Ms)} | ${f.errors} | ${target} | ${ok === null ? '–' : pass(ok)} |`;
  return [
    '| Measurement | Callers | Calls | Throughput | p50 | p99 | Errors | Target | |',
    '| --- | --: | --: | --: | --: | --: | --: | --- | --- |',
    row('(a) floor: bare INSERT of a signal row, autocommit', r.floor, 'the floor', null),
    row('(a′) INSERT + audit row chained at once (chain lock)', r.chained, 'the lock’s cost', null),
    row('(a′) INSERT + audit row pending (sealer)', r.pending, 'the lock’s cost', null),
    row(
      '(a″) INSERT after the key-state lock (shared advisory lock + read)',
      r.keyState,
      'the share lock’s cost',
      null,
    ),
    row('(b) registerSignal + match, service layer', r.service, 'p99 ≤ 10 ms', r.service.p99Ms <= 10),
    row('(b) registerSignal + match, service layer', r.service, '≥ 1,000/s', r.service.perSecond >= 1000),
    row('(b′) the same without the match e-mail (no notifier)', r.serviceWithoutNotifier, '–', null),
    row(
      `(c) bulk API, ${r.bulk.batch} per call (throughput in signals)`,
      r.bulk,
      '≥ 10,000 signals/s',
      r.bulk.perSecond >= 10_000,
    ),
    row('(d) match lookup (repository matchesFor), 1 caller', r.lookup, 'p99 ≤ 5 ms', r.lookup.p99Ms <= 5),
    row(
      '(d) findMatches (policy + lookup + audit), 10 callers',
      r.lookupService,
      'p99 ≤ 5 ms',
      r.lookupService.p99Ms <= 5,
    ),
  ].join('\n');
}

/** Writes circle-<time>.json and circle-latest.md; returns the table and the files. */
export function writeCircleReport(dir: string, r: CircleReport): { table: string; files: string[] } {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `circle-${r.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  const table = circleTable(r);
  const md = [
    '# The circle at national scale (npm run bench:circle)',
    '',
    `Run ${r.at} on ${r.machine}, commit ${r.git.commit.slice(0, 10)}${r.git.dirty ? ' (dirty)' : ''}.`,
    `Machine load: before ${r.loadBefore}; after ${r.loadAfter}. The machine is shared: expect noise.`,
    '',
    `Scale: ${r.scale.young.toLocaleString('en-GB')} young people, ${r.scale.signals.toLocaleString('en-GB')} signals, ` +
      `${r.scale.parents.toLocaleString('en-GB')} parents' pseudonyms, ${r.scale.organisations} organisations; database ${r.databaseSize}.`,
    `Load: pseudonyms ${r.load.pseudonymsSeconds.toFixed(0)} s, COPY ${r.load.copySeconds.toFixed(0)} s, ` +
      `keys and indexes ${r.load.indexSeconds.toFixed(0)} s, VACUUM ANALYZE ${r.load.analyzeSeconds.toFixed(0)} s.`,
    '',
    table,
    '',
    `Registrations matched ${r.service.matchesPerCall.toFixed(2)} other signals each on average; the bulk API created ${r.bulk.created.toLocaleString('en-GB')} signals.`,
    `Afterwards the sealer chained ${r.seal.rows.toLocaleString('en-GB')} pending audit rows in ${r.seal.seconds.toFixed(1)} s; ` +
      `the chain verified ${r.verify.ok ? 'intact' : 'BROKEN'} (${r.verify.checked.toLocaleString('en-GB')} rows, ${r.verify.seconds.toFixed(1)} s).`,
    '',
    '## The match queries, EXPLAIN (ANALYZE, BUFFERS)',
    '',
    ...r.plans.flatMap((p) => ['```', p, '```', '']),
  ].join('\n');
  const latest = path.join(dir, 'circle-latest.md');
  fs.writeFileSync(latest, md);
  return { table, files: [json, latest] };
}
