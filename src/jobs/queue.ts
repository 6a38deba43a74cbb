// SPDX-License-Identifier: EUPL-1.2
/**
 * Background jobs: a small wrapper around pg-boss 10 (the last release for Node 20), in the schema
 * `pgboss` of Kring's own database, on both engines (stack.md §3).
 *
 * - PostgreSQL: pg-boss gets its own small pool from `connectionString` (main: `config.databaseUrl`),
 *   or, without one, shares Kysely's pool.
 * - PGlite: one session shared by everything, so pg-boss runs through the Kysely dialect's
 *   connection mutex (the "serialized adapter"): each pg-boss statement waits until no Kysely
 *   transaction holds the session, so it can never land inside, and vanish with, an app transaction
 *   that is later rolled back. Parameterless SQL goes through `exec()`, because pg-boss sends
 *   multi-statement `BEGIN; …; COMMIT;` blocks when it creates or migrates its schema.
 *
 * Two ways to put a job on a queue:
 * - `enqueue(trx, …)`: transactional, through the caller's Kysely transaction. The job exists only if
 *   that transaction commits. Use this from services ("mail when the request is saved").
 * - `sendNow(…)`: outside any transaction, committed at once.
 *
 * THE DEADLOCK TRAP (PGlite): never `await queue.sendNow()` while your code is inside a Kysely
 * transaction (`db.transaction().execute(async (trx) => { await queue.sendNow(…) })`). The
 * transaction holds the session's mutex, sendNow waits for the mutex, the transaction waits for
 * sendNow: both hang for ever. Use `enqueue(trx, …)` inside a transaction, or call `sendNow` after it.
 * On PostgreSQL the same code merely uses a second connection, so a test on PostgreSQL alone will
 * not catch it.
 */
import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import { safeErrorMessage } from '#src/log.ts';

/** The schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = 'pgboss';

/** Where the queue reports problems (pino, `app.log`, or anything with these methods). */
export interface JobLog {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** pg-boss's per-job options (priority, startAfter, singletonKey, retryLimit, …), without `db`. */
export type JobOptions = Omit<PgBoss.SendOptions, 'db'>;

/** Options of createJobQueue. */
export interface JobQueueOptions {
  /** The open database (src/db/create-db.ts): the queue lives in it. */
  readonly database: DatabaseHandle;
  /**
   * PostgreSQL only: pg-boss opens its own pool (max 3 connections) on this URL. Without it pg-boss
   * shares Kysely's pool. Ignored on PGlite.
   */
  readonly connectionString?: string | undefined;
  readonly log?: JobLog | undefined;
  /** Queues that are only sent to (queues given to work() or schedule() are created anyway). */
  readonly queues?: readonly string[] | undefined;
  /** How often an idle worker looks for jobs, in seconds (default 2, at least 0.5). */
  readonly pollingIntervalSeconds?: number | undefined;
  /** How long stop() waits for running jobs before giving up on them, in ms (default 5000). */
  readonly stopTimeoutMs?: number | undefined;
}

/** Background jobs on the application's database. */
export interface JobQueue {
  /** Creates pg-boss's schema (first time) and every known queue, then starts workers and schedules. */
  start(): Promise<void>;
  /**
   * Stops polling and scheduling, waits (at most `stopTimeoutMs`) for running jobs and pg-boss's
   * last statements, then returns. Call it before the database closes. Safe to call twice.
   */
  stop(): Promise<void>;
  /**
   * Runs `handler` for each job of a queue, one at a time. A handler that throws fails the job
   * (pg-boss retries it, 2 times by default). Before start() the handler is kept until start().
   */
  work<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void>;
  /** Sends an empty job to a queue on a cron schedule (pg-boss schedule; UTC unless `tz`). */
  schedule(name: string, cron: string, options?: { tz?: string }): Promise<void>;
  /**
   * Puts a job on a queue inside the caller's transaction: it exists only if `trx` commits.
   * @returns the job id, or null when pg-boss skipped it (singleton/throttling options)
   * @throws {UnknownQueueError} for a queue this JobQueue does not know
   */
  enqueue<T extends object>(
    trx: Transaction<Database>,
    name: string,
    data: T,
    options?: JobOptions,
  ): Promise<string | null>;
  /**
   * Puts several jobs on one queue inside the caller's transaction, in one statement (a bulk
   * registration's match e-mails): they exist only if `trx` commits.
   * @throws {UnknownQueueError} for a queue this JobQueue does not know
   */
  enqueueMany<T extends object>(trx: Transaction<Database>, name: string, data: readonly T[]): Promise<void>;
  /**
   * Puts a job on a queue now, outside any transaction. On PGlite: never await this inside a
   * transaction (it deadlocks; see the module documentation); use enqueue(trx, …) there.
   * @returns the job id, or null when pg-boss skipped it (singleton/throttling options)
   * @throws {UnknownQueueError} for a queue this JobQueue does not know
   */
  sendNow<T extends object>(name: string, data: T, options?: JobOptions): Promise<string | null>;
}

/** A job was sent to a queue that was never declared (it would be dropped silently by pg-boss). */
export class UnknownQueueError extends Error {
  constructor(name: string) {
    super(`unknown job queue "${name}": declare it in createJobQueue({ queues }), work() or schedule()`);
    this.name = 'UnknownQueueError';
  }
}

type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

/** pg-boss through Kysely: a transaction's connection, or (PostgreSQL) any pooled connection. */
function kyselyExecutor(db: Kysely<Database> | Transaction<Database>): ExecuteSql {
  return async (text, values) => db.executeQuery(CompiledQuery.raw(text, values ?? []));
}

/** pg-boss on PGlite through the dialect's connection mutex (stack.md §3). */
function serializedPgliteExecutor(db: Kysely<Database>, pglite: PGlite): ExecuteSql {
  const run = async (text: string, values?: unknown[]): Promise<{ rows: unknown[] }> => {
    if (!values?.length) {
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    }
    return pglite.query(text, values);
  };
  return (text, values) => db.connection().execute(() => run(text, values));
}

/**
 * Creates the job queue on the application's database. Nothing touches the database before start().
 * @param options the database and settings
 * @returns a stopped queue
 */
export function createJobQueue(options: JobQueueOptions): JobQueue {
  const { database, log } = options;
  const stopTimeoutMs = options.stopTimeoutMs ?? 5000;
  const inflight = new Set<Promise<unknown>>();
  let activeHandlers = 0;

  /** Every statement pg-boss runs on its own is tracked, so stop() can wait for the last ones. */
  const track = (execute: ExecuteSql): PgBoss.Db => ({
    executeSql(text, values) {
      const p = execute(text, values);
      inflight.add(p);
      const forget = () => inflight.delete(p);
      p.then(forget, forget);
      return p;
    },
  });

  let db: PgBoss.ConstructorOptions;
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('createJobQueue: the PGlite handle has no PGlite instance');
    db = { db: track(serializedPgliteExecutor(database.db, database.pglite)) };
  } else if (options.connectionString) {
    db = { connectionString: options.connectionString, max: 3, application_name: 'kring-jobs' };
  } else {
    db = { db: track(kyselyExecutor(database.db)) };
  }

  const boss = new PgBoss({
    ...db,
    schema: JOB_SCHEMA,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
  });
  boss.on('error', (err) => {
    // Only the message: pg-boss errors can carry SQL parameters (job data).
    log?.error({ err: { message: safeErrorMessage(err) } }, 'job queue error');
  });

  const known = new Set(options.queues ?? []);
  const handlers = new Map<string, (data: object) => Promise<void>>();
  const schedules = new Map<string, { cron: string; tz?: string | undefined }>();
  let state: 'stopped' | 'starting' | 'started' | 'stopping' = 'stopped';
  let starting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  const startWorker = async (name: string, handler: (data: object) => Promise<void>): Promise<void> => {
    await boss.work<object>(name, { batchSize: 1 }, async (jobs) => {
      for (const job of jobs) {
        activeHandlers++;
        try {
          await handler(job.data);
        } catch (err) {
          log?.error({ queue: name, jobId: job.id, err: { message: safeErrorMessage(err) } }, 'job failed');
          throw err;
        } finally {
          activeHandlers--;
        }
      }
    });
  };

  const assertKnown = (name: string): void => {
    if (!known.has(name)) throw new UnknownQueueError(name);
  };

  /** Waits until no handler runs and no pg-boss statement is pending, or the deadline passes. */
  const settle = async (deadline: number): Promise<void> => {
    while ((activeHandlers > 0 || inflight.size > 0) && Date.now() < deadline) {
      const wait = new Promise((resolve) => setTimeout(resolve, 50));
      await Promise.race([Promise.allSettled([...inflight]), wait]);
      await wait;
    }
    if (activeHandlers > 0) log?.warn({ jobs: activeHandlers }, 'job queue stopped with jobs still running');
  };

  return {
    async start() {
      if (state === 'started') return;
      if (state === 'starting') return starting;
      if (state === 'stopping') throw new Error('the job queue is stopping');
      state = 'starting';
      starting = (async () => {
        try {
          await boss.start();
          for (const name of known) await boss.createQueue(name);
          for (const [name, handler] of handlers) await startWorker(name, handler);
          for (const [name, s] of schedules) await boss.schedule(name, s.cron, {}, s.tz ? { tz: s.tz } : {});
          state = 'started';
        } catch (err) {
          state = 'stopped';
          await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
          throw err;
        }
      })();
      return starting;
    },

    async stop() {
      if (state === 'starting') await starting?.catch(() => undefined);
      if (state === 'stopped') return;
      if (state !== 'stopping') {
        state = 'stopping';
        stopping = (async () => {
          const deadline = Date.now() + stopTimeoutMs;
          try {
            await boss.stop({ graceful: true, wait: true, close: true, timeout: stopTimeoutMs });
          } catch (err) {
            log?.error({ err: { message: safeErrorMessage(err) } }, 'job queue did not stop cleanly');
          }
          await settle(deadline);
          state = 'stopped';
        })();
      }
      return stopping;
    },

    async work(name, handler) {
      if (handlers.has(name)) throw new Error(`job queue "${name}" already has a worker`);
      if (state === 'starting') await starting?.catch(() => undefined);
      known.add(name);
      const h = handler as (data: object) => Promise<void>;
      handlers.set(name, h);
      if (state === 'started') {
        await boss.createQueue(name);
        await startWorker(name, h);
      }
    },

    async schedule(name, cron, scheduleOptions = {}) {
      if (state === 'starting') await starting?.catch(() => undefined);
      known.add(name);
      schedules.set(name, { cron, tz: scheduleOptions.tz });
      if (state === 'started') {
        await boss.createQueue(name);
        await boss.schedule(name, cron, {}, scheduleOptions.tz ? { tz: scheduleOptions.tz } : {});
      }
    },

    async enqueueMany(trx, name, data) {
      assertKnown(name);
      if (data.length === 0) return;
      await boss.insert(
        data.map((d) => ({ name, data: d })),
        { db: { executeSql: kyselyExecutor(trx) } },
      );
    },
    async enqueue(trx, name, data, jobOptions = {}) {
      assertKnown(name);
      return boss.send(name, data, { ...jobOptions, db: { executeSql: kyselyExecutor(trx) } });
    },

    async sendNow(name, data, jobOptions = {}) {
      assertKnown(name);
      return boss.send(name, data, jobOptions);
    },
  };
}
