// SPDX-License-Identifier: EUPL-1.2
/**
 * The job queue on the test database (PGlite, or PostgreSQL with KRING_TEST_DATABASE_URL): the
 * scenario of docs/engineering-notes.md §stack-3. A job enqueued in a committed transaction runs; one enqueued in a
 * rolled-back transaction never exists; a job sent while an unrelated transaction is open survives
 * that transaction's rollback (on PGlite this is what the serialized adapter is for).
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { createTestDatabase, testDatabaseKind } from '#test/setup.ts';
import { createJobQueue, type JobQueue, UnknownQueueError } from './queue.ts';

interface Payload {
  readonly tag: string;
}

class Rollback extends Error {}

/** The ways the queue can reach this run's engine. */
const VARIANTS =
  testDatabaseKind() === 'pglite'
    ? (['PGlite, serialized adapter'] as const)
    : (['PostgreSQL, Kysely pool', 'PostgreSQL, own pool'] as const);

let handle: DatabaseHandle | undefined;
let queue: JobQueue | undefined;
afterEach(async () => {
  await queue?.stop();
  await handle?.close();
  queue = undefined;
  handle = undefined;
});

/** The URL of this test's own PostgreSQL database (for pg-boss's own pool). */
async function connectionStringOf(database: DatabaseHandle): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
  const url = new URL(inject('postgresTemplate')!.url);
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}

async function setUp(variant: (typeof VARIANTS)[number]): Promise<{ db: DatabaseHandle['db']; q: JobQueue }> {
  handle = await createTestDatabase();
  queue = createJobQueue({
    database: handle,
    connectionString: variant === 'PostgreSQL, own pool' ? await connectionStringOf(handle) : undefined,
    pollingIntervalSeconds: 0.5,
    queues: ['idle'],
  });
  return { db: handle.db, q: queue };
}

async function jobsTagged(db: DatabaseHandle['db'], tag: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pgboss.job where name = 'test' and data->>'tag' = ${tag}`.execute(db);
  return rows[0]!.n;
}

describe.each(VARIANTS)('job queue (%s)', (variant) => {
  it('runs a job from a committed transaction, never one from a rolled-back transaction, and keeps a job sent during an unrelated rollback', async () => {
    const { db, q } = await setUp(variant);
    const seen: string[] = [];
    await q.work<Payload>('test', async (data) => {
      seen.push(data.tag);
    });
    await q.start();

    // 1. Enqueued in a transaction that rolls back: the job goes with it.
    await expect(
      db.transaction().execute(async (trx) => {
        expect(await q.enqueue(trx, 'test', { tag: 'rolled-back' })).toEqual(expect.any(String));
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);

    // 2. Enqueued in a transaction that commits.
    await db.transaction().execute(async (trx) => {
      await q.enqueue(trx, 'test', { tag: 'committed' });
    });

    // 3. Sent outside while an unrelated transaction is open, which then rolls back. Not awaited
    //    inside the transaction: on PGlite that would deadlock (it waits for the session).
    let outside: Promise<string | null> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        outside = q.sendNow('test', { tag: 'outside' });
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await outside).toEqual(expect.any(String));

    await vi.waitFor(() => expect([...seen].sort()).toEqual(['committed', 'outside']), { timeout: 15_000 });
    expect(await jobsTagged(db, 'rolled-back')).toBe(0);
    expect(seen).not.toContain('rolled-back');
  });

  it('puts several jobs in one statement, only when the transaction commits', async () => {
    const { db, q } = await setUp(variant);
    const seen: string[] = [];
    await q.work<Payload>('test', async (data) => {
      seen.push(data.tag);
    });
    await q.start();
    await expect(
      db.transaction().execute(async (trx) => {
        await q.enqueueMany(trx, 'test', [{ tag: 'gone-1' }, { tag: 'gone-2' }]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    await db.transaction().execute((trx) => q.enqueueMany(trx, 'test', [{ tag: 'many-1' }, { tag: 'many-2' }]));
    await expect(db.transaction().execute((trx) => q.enqueueMany(trx, 'nowhere', [{}]))).rejects.toBeInstanceOf(
      UnknownQueueError,
    );
    await vi.waitFor(() => expect([...seen].sort()).toEqual(['many-1', 'many-2']), { timeout: 15_000 });
    expect(await jobsTagged(db, 'gone-1')).toBe(0);
  });

  it('stop() waits for a running job and resolves', async () => {
    const { q } = await setUp(variant);
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      release = resolve;
    });
    const finished: string[] = [];
    await q.start();
    // A worker added after start() creates its queue at once.
    await q.work<Payload>('test', async (data) => {
      release();
      await new Promise((resolve) => setTimeout(resolve, 300));
      finished.push(data.tag);
    });
    await q.sendNow('test', { tag: 'slow' });
    await started;
    await expect(q.stop()).resolves.toBeUndefined();
    expect(finished).toEqual(['slow']);
    await expect(q.stop()).resolves.toBeUndefined();
  });

  it('keeps cron schedules in the pgboss schema', async () => {
    const { db, q } = await setUp(variant);
    await q.schedule('every-quarter', '*/15 * * * *');
    await q.start();
    const { rows } = await sql<{ name: string; cron: string }>`select name, cron from pgboss.schedule`.execute(db);
    expect(rows).toEqual([{ name: 'every-quarter', cron: '*/15 * * * *' }]);
  });

  it('refuses a queue it does not know, instead of dropping the job', async () => {
    const { db, q } = await setUp(variant);
    await q.start();
    await expect(q.sendNow('nowhere', {})).rejects.toBeInstanceOf(UnknownQueueError);
    await expect(db.transaction().execute((trx) => q.enqueue(trx, 'nowhere', {}))).rejects.toBeInstanceOf(
      UnknownQueueError,
    );
    // A queue declared in the options exists.
    expect(await q.sendNow('idle', { tag: 'x' })).toEqual(expect.any(String));
  });
});
