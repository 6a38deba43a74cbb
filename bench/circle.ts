// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench:circle` (issue 14 item 8, ADR 0034): the circle at national scale on PostgreSQL.
 *
 * A throwaway cluster (scripts/pg-cluster.ts), Kring's migrations, then 3.5 million young people and
 * 10 million signals loaded with COPY (bench/circle-population.ts), indexes built, VACUUM ANALYZE. In
 * the same run it measures (bench/circle-measure.ts): the bare-insert floor, what the audit chain's
 * lock costs, registration + match through the service layer at 20 callers, bulk registration
 * through the HTTP API, and the match lookup; and it records the match queries' plans. It prints the
 * table against the targets and writes bench/results/circle-<time>.json and circle-latest.md.
 *
 * Usage: npm run bench:circle [-- --young 35000 --signals 100000] (the default is national scale).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { buildApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import type { RequestContext } from '#src/core/context.ts';
import { deriveKey } from '#src/core/secrets.ts';
import { seededRandom } from '#src/core/seeded-random.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { sealAuditLog, verifyAuditLog } from '#src/modules/audit/index.ts';
import { createApiClient } from '#src/modules/circle/api-client.service.ts';
import { activeOn, initialKeyState } from '#src/modules/circle/circle.internal.ts';
import { matchesFor } from '#src/modules/circle/circle.repository.ts';
import { findMatches, registerSignal } from '#src/modules/circle/circle.service.ts';
import { circleMailNotifier } from '#src/modules/circle/circle-notifier.ts';
import { AttachmentStore } from '#src/modules/concerns/attachments/store.ts';
import { MAIL_JOB } from '#src/modules/concerns/notifier.ts';
import { startPgCluster } from '../scripts/pg-cluster.ts';
import { bareInsert, captureMatchQueries, concurrently, explain, insertWithAudit } from './circle-measure.ts';
import { buildPopulation, copySignals } from './circle-population.ts';
import { type CircleReport, writeCircleReport } from './circle-report.ts';
import { dropForLoad, restoreAfterLoad, seedOrganisations, tuneCluster } from './circle-setup.ts';
import { Cleanup, gitState, loadNote, machine, REPO_ROOT } from './lib.ts';

const { values: args } = parseArgs({
  options: {
    young: { type: 'string', default: '3500000' },
    signals: { type: 'string', default: '10000000' },
    organisations: { type: 'string', default: '300' },
    calls: { type: 'string', default: '20000' },
    batches: { type: 'string', default: '60' },
  },
});
const YOUNG = Number(args.young);
const SIGNALS = Number(args.signals);
const ORGS = Number(args.organisations);
const CALLS = Number(args.calls);
const BATCHES = Number(args.batches);
const BATCH = 1000;
const CONCURRENCY = 20;
const MAX_MS = 60_000;

const log = (line: string): void => {
  process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};
const time = async <T>(what: string, run: () => Promise<T>): Promise<{ value: T; seconds: number }> => {
  const start = performance.now();
  const value = await run();
  const seconds = (performance.now() - start) / 1000;
  log(`${what}: ${seconds.toFixed(1)} s`);
  return { value, seconds };
};

async function main(): Promise<void> {
  for (const [name, n] of Object.entries({ YOUNG, SIGNALS, ORGS, CALLS, BATCHES })) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  }
  if (SIGNALS / YOUNG > ORGS / 7) throw new Error('too few organisations for that many signals per young person');
  const loadBefore = loadNote();
  // The code that runs is the code at the start (the working copy may move on during a long run).
  const git = await gitState();
  log(`circle bench: ${YOUNG} young people, ${SIGNALS} signals, ${ORGS} organisations; ${loadBefore}`);
  const cluster = await startPgCluster();
  cleanup.add('stop the cluster', () => cluster.stop());
  await tuneCluster(cluster);

  const pool = new pg.Pool({ connectionString: cluster.url, max: CONCURRENCY + 10 });
  pool.on('error', (err) => log(`idle connection lost: ${err.message}`));
  cleanup.add('close the pool', () => pool.end());
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-circle-bench-'));
  cleanup.add('remove the temp dir', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: cluster.url,
    KRING_DATA_DIR: tmp,
    KRING_AUDIT_ANCHOR: path.join(tmp, 'anchor.jsonl'),
  });
  const now = new Date();
  const today = amsterdamIsoDate(now);
  const random = seededRandom(20261207);

  // Organisations: the population's, and one each for the floor, the service and the bulk API.
  const orgs = (await seedOrganisations(db, 'Bench organisation', ORGS, now)).map((o) => o.professional);
  const [floorOrg, serviceOrg, bulkOrg] = await seedOrganisations(db, 'Bench measured', 3, now, ['administrator']);

  // The load.
  const saved = await dropForLoad(pool);
  const population = await time(`pseudonyms of ${YOUNG} young people and their parents`, async () =>
    buildPopulation(config.circleKeys, YOUNG, now, random),
  );
  const load = await time('COPY of the signals and their parents', () =>
    copySignals(
      cluster.url,
      population.value,
      orgs.map((o) => ({ id: o.organisationId, userId: o.userId })),
      SIGNALS,
      now,
      random,
    ),
  );
  log(`  ${load.value.signals} signals, ${load.value.parents} parents' pseudonyms`);
  const indexes = await time('keys, indexes and foreign keys', () => restoreAfterLoad(pool, saved));
  const analyze = await time('VACUUM ANALYZE', () => pool.query('vacuum analyze'));
  const size = await pool.query<{ size: string }>(
    'select pg_size_pretty(pg_database_size(current_database())) as size',
  );

  const app = await buildApp({
    config,
    database: { db, kind: 'postgres', close: async () => undefined },
    logger: false,
    circleApiRateLimit: 1_000_000,
    attachments: new AttachmentStore(path.join(tmp, 'attachments')),
  });
  cleanup.add('close the app', () => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const keys = {
    auditKey: config.auditKey,
    totpKey: deriveKey(config.secretKey, 'totp-secret'),
    pseudonymKey: deriveKey(config.auditKey, 'subject-pseudonym'),
  };
  const ctxOf = (actor: (typeof orgs)[number]): RequestContext => ({
    actor,
    db,
    keys,
    requestId: crypto.randomUUID(),
    now: new Date(),
    accessPoint: 'bench',
  });
  const settings = app.kring.circle;
  const expiresOn = `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`;
  const target = {
    organisationId: floorOrg!.professional.organisationId,
    userId: floorOrg!.professional.userId,
    today,
    expiresOn,
  };

  // Each measured registration takes another young person of the population (so it matches).
  const pop = population.value;
  const step = [7919, 7927, 7933].find((s) => YOUNG % s !== 0 && gcd(YOUNG, s) === 1)!;
  const person = (n: number) => {
    const i = (n * step + 12345) % YOUNG;
    const parents = pop.parentBsns.slice(pop.parentStart[i]!, pop.parentStart[i]! + pop.parentCount[i]!);
    return { bsn: pop.bsns[i]!, dateOfBirth: pop.dateOfBirth[i]!, parentBsns: parents };
  };
  const input = (n: number, email: string) => ({
    ...person(n),
    contact: { name: 'Prof', role: 'mentor', phone: '0341-123456', email },
    informing: { parents: { informing: 'informed' as const }, youngPerson: { informing: 'informed' as const } },
  });

  log('(a) the bare-insert floor');
  const floor = await bareInsert(pool, target, CONCURRENCY, CALLS, MAX_MS);
  log('(a′) insert + audit row chained at once (the chain lock), and pending (the sealer)');
  const chained = await insertWithAudit(db, config.auditKey, target, false, CONCURRENCY, CALLS, MAX_MS);
  const pending = await insertWithAudit(db, config.auditKey, target, true, CONCURRENCY, CALLS, MAX_MS);
  const keyState = await insertWithAudit(
    db,
    config.auditKey,
    target,
    'keyStateOnly',
    CONCURRENCY,
    CALLS,
    MAX_MS,
    initialKeyState(config.circleKeys),
  );

  log('(b) registerSignal through the service layer');
  const notifier = circleMailNotifier(app.kring.jobs, config.publicUrl, MAIL_JOB);
  let matched = 0;
  let registered = 0;
  const service = await concurrently(CONCURRENCY, CALLS, MAX_MS, async (n) => {
    const ctx = ctxOf(serviceOrg!.professional);
    const result = await registerSignal(ctx, settings, input(n, ctx.actor!.email), notifier);
    matched += result.matches;
    registered++;
  });

  const quiet = await concurrently(CONCURRENCY, Math.floor(CALLS / 2), MAX_MS, async (n) => {
    const ctx = ctxOf(serviceOrg!.professional);
    await registerSignal(ctx, settings, input(CALLS + 200 + n, ctx.actor!.email));
  });

  log('(c) bulk registration through the API');
  const bulkAdmin = bulkOrg!.others[0]!;
  // A second factor proven just now (making a client asks for one in the last five minutes).
  const client = await createApiClient(ctxOf({ ...bulkAdmin, factorAt: new Date() }), {
    name: 'Bench bulk',
    scopes: ['circle:register'],
  });
  const offset = 2 * CALLS + 1000;
  let bulkCreated = 0;
  const bulk = await concurrently(
    2,
    BATCHES,
    MAX_MS * 2,
    async (n) => {
      const signals = Array.from({ length: BATCH }, (_, k) =>
        input(offset + n * BATCH + k, bulkOrg!.professional.email),
      );
      const res = await fetch(`${base}/api/v1/circle/signals/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ signals }),
      });
      if (res.status !== 200) throw new Error(`batch answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      bulkCreated += ((await res.json()) as { created: number }).created;
    },
    { warmup: 2, units: BATCH },
  );

  log('(d) the match lookup');
  const sample = load.value.sample;
  const active = activeOn(ctxOf(orgs[0]!), settings);
  const lookup = await concurrently(1, 2000, MAX_MS, (n) => matchesFor(db, [sample[n % sample.length]!.id], active), {
    warmup: 200,
  });
  const byActor = new Map(orgs.map((o) => [o.organisationId, o]));
  const lookupService = await concurrently(10, 5000, MAX_MS, (n) => {
    const s = sample[n % sample.length]!;
    return findMatches(ctxOf(byActor.get(s.organisationId)!), settings, s.id);
  });
  const plans: string[] = [];
  for (const query of await captureMatchQueries(pool, [sample[0]!.id], active)) {
    plans.push(`${query.sql}\n\n${await explain(pool, query)}`);
  }
  // A bulk registration looks up the matches of up to 1,000 new signals at once.
  const thousand = sample.slice(0, 1000).map((s) => s.id);
  for (const query of (await captureMatchQueries(pool, thousand, active)).slice(0, 2)) {
    const plan = await explain(pool, query);
    plans.push(`The same for ${thousand.length} signals at once (a bulk registration's lookup):\n\n${plan}`);
  }

  log('sealing the pending audit rows, then verifying the chain');
  const sealing = await time('seal', () => sealAuditLog(db, config.auditKey));
  const verified = await time('verify', () => verifyAuditLog(db, config.auditKey, 10_000));

  const report: CircleReport = {
    at: new Date().toISOString(),
    git,
    machine: machine(),
    loadBefore,
    loadAfter: loadNote(),
    scale: { young: YOUNG, signals: load.value.signals, parents: load.value.parents, organisations: ORGS },
    databaseSize: size.rows[0]!.size,
    load: {
      pseudonymsSeconds: population.seconds,
      copySeconds: load.seconds,
      indexSeconds: indexes.seconds,
      analyzeSeconds: analyze.seconds,
    },
    floor,
    chained,
    pending,
    keyState,
    serviceWithoutNotifier: quiet,
    service: { ...service, matchesPerCall: matched / Math.max(1, registered) },
    bulk: { ...bulk, created: bulkCreated, batch: BATCH },
    lookup,
    lookupService,
    plans,
    seal: { rows: sealing.value, seconds: sealing.seconds },
    verify: { ...verified.value, seconds: verified.seconds },
  };
  const written = writeCircleReport(path.join(REPO_ROOT, 'bench', 'results'), report);
  process.stdout.write(`\n${written.table}\n\nWritten: ${written.files.join(', ')}\n`);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

const cleanup = new Cleanup();
cleanup.install();
main()
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanup.runAll());
