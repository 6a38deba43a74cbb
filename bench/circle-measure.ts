// SPDX-License-Identifier: EUPL-1.2
/**
 * The measurements of `npm run bench:circle` (ADR 0034), each on the loaded database of the same run:
 * the bare-insert floor, the cost of the audit chain's lock, registration through the service layer,
 * bulk registration through the HTTP API, and the match lookup; plus EXPLAIN (ANALYZE, BUFFERS) of the
 * match queries as Kring sends them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import type { Database } from '#src/db/database.ts';
import { recordAuditEvent } from '#src/modules/audit/record-audit-event.ts';
import * as circleRepo from '#src/modules/circle/circle.repository.ts';

/** Latencies and throughput of one measured run. */
export interface Figures {
  readonly calls: number;
  readonly errors: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly concurrency: number;
}

/** The p-th percentile (0–100) of latencies, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Runs `call(n)` for n = 0, 1, … from `concurrency` callers at once until `count` calls are done or
 * `maxMs` has passed; a short unrecorded warm-up of `warmup` calls first.
 * @param units how many units (signals) one call handles, for the per-second figure
 */
export async function concurrently(
  concurrency: number,
  count: number,
  maxMs: number,
  call: (n: number) => Promise<unknown>,
  options: { warmup?: number; units?: number } = {},
): Promise<Figures> {
  let next = 0;
  const warmup = options.warmup ?? Math.min(200, Math.floor(count / 10));
  const runners = async (limit: number, latencies: number[] | undefined, deadline: number) => {
    let errors = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < limit && Date.now() < deadline) {
          const n = next++;
          const start = performance.now();
          try {
            await call(n);
            latencies?.push(performance.now() - start);
          } catch (err) {
            errors++;
            if (errors <= 3) process.stderr.write(`  error: ${(err as Error).message}\n`);
          }
        }
      }),
    );
    return errors;
  };
  await runners(warmup, undefined, Date.now() + maxMs);
  const latencies: number[] = [];
  const start = performance.now();
  const errors = await runners(warmup + count, latencies, Date.now() + maxMs);
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    calls: latencies.length,
    errors,
    seconds,
    perSecond: (latencies.length * (options.units ?? 1)) / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    concurrency,
  };
}

/** A pseudonym that is no young person's: 32 random bytes, base64url (43 characters). */
export function randomPseudonym(): string {
  return randomBytes(32).toString('base64url');
}

const INSERT_SIGNAL = `insert into circle_signal (organisation_id, registered_by, contact_name, contact_role, contact_phone,
  contact_email, pseudonym_version, pseudonym, date_of_birth, registered_at, registered_on, expires_on,
  parents_informing, young_person_informing)
  values ($1, $2, 'Prof', 'mentor', '0341-123456', 'prof@bench.example', 1, $3, '2013-04-02', now(), $4, $5,
  'informed', 'informed')`;

/** The row a bare insert writes: what a registration stores, for an organisation of its own. */
export interface FloorTarget {
  readonly organisationId: string;
  readonly userId: string;
  readonly today: string;
  readonly expiresOn: string;
}

/** (a) The floor: one plain INSERT of a signal row per call, autocommit; no audit, no match. */
export function bareInsert(pool: pg.Pool, target: FloorTarget, concurrency: number, count: number, maxMs: number) {
  return concurrently(concurrency, count, maxMs, () =>
    pool.query(INSERT_SIGNAL, [
      target.organisationId,
      target.userId,
      randomPseudonym(),
      target.today,
      target.expiresOn,
    ]),
  );
}

/**
 * (a′) The insert with an audit row in its transaction: chained at once (the chain lock held to the
 * commit) or pending (ADR 0034). The difference is what the lock costs at this concurrency.
 */
export function insertWithAudit(
  db: Kysely<Database>,
  auditKey: string,
  target: FloorTarget,
  deferChain: boolean | 'keyStateOnly',
  concurrency: number,
  count: number,
  maxMs: number,
  keyState?: circleRepo.KeyState,
) {
  return concurrently(concurrency, count, maxMs, () =>
    db.transaction().execute(async (trx) => {
      if (deferChain === 'keyStateOnly') {
        // What registerSignal does first: the key-state lock (shared) and the row's read.
        await circleRepo.lockKeyState(trx, 'share', keyState!, new Date());
      }
      await sql`insert into circle_signal (organisation_id, registered_by, contact_name, contact_role,
        contact_phone, contact_email, pseudonym_version, pseudonym, date_of_birth, registered_at, registered_on,
        expires_on, parents_informing, young_person_informing)
        values (${target.organisationId}, ${target.userId}, 'Prof', 'mentor', '0341-123456', 'prof@bench.example',
        1, ${randomPseudonym()}, '2013-04-02', now(), ${target.today}, ${target.expiresOn}, 'informed', 'informed')`.execute(
        trx,
      );
      if (deferChain === 'keyStateOnly') return;
      await recordAuditEvent(
        trx,
        auditKey,
        {
          type: 'circle.signal.register',
          action: 'C',
          outcome: 'success',
          purpose: 'care',
          userId: target.userId,
          organisationId: target.organisationId,
          objectType: 'circle_signal',
          objectId: randomUUID(),
          deferChain,
        },
        new Date(),
      );
    }),
  );
}

/** The queries Kring sends for one match lookup, captured with their parameters. */
export async function captureMatchQueries(
  pool: pg.Pool,
  signalIds: readonly string[],
  active: circleRepo.ActiveOn,
): Promise<{ sql: string; parameters: readonly unknown[] }[]> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await circleRepo.matchesFor(db, signalIds, active);
  return captured;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured query. */
export async function explain(pool: pg.Pool, query: { sql: string; parameters: readonly unknown[] }): Promise<string> {
  const result = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, [
    ...query.parameters,
  ]);
  return result.rows.map((r) => r['QUERY PLAN']).join('\n');
}
