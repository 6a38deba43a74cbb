// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's daily job (ADR 0031): scheduled once a day in Amsterdam, worked by the sweep, which
 * ends a signal past the municipality's period once (a second run ends nothing) with an audit row
 * that names the signal and no person.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '#src/core/authz.ts';
import { serviceKeys } from '#src/core/keys.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import { CIRCLE_SWEEP_JOB, registerCircleSweep, runCircleSweep } from '#src/modules/circle/circle-jobs.ts';
import { type CircleSettings, registerSignal } from '#src/modules/circle/index.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { circleKeys, contextFor, createMember } from '#test/fixtures/circle.ts';
import { createTestDatabase } from '#test/setup.ts';

const [BOY, GIRL] = distinctBsns(2, 777) as [string, string];
const settings: CircleSettings = { keys: circleKeys(0x05), maxMonths: 6 };
const keys = serviceKeys({ auditKey: 'k'.repeat(32), secretKey: 's'.repeat(32) });

let handle: DatabaseHandle;
let db: Kysely<Database>;
let femke: Actor;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  femke = await createMember(db, { name: 'School J', type: 'school' }, { name: 'Femke J', role: 'professional' });
}, 60_000);
afterAll(() => handle.close());

function register(bsn: string, when: string) {
  return registerSignal(contextFor(db, femke, new Date(when)), settings, {
    bsn,
    dateOfBirth: '2013-04-02',
    contact: { name: 'Femke J', role: 'zorgcoördinator', phone: '0341-123456', email: '' },
    informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
  });
}

describe('the circle’s daily sweep job', () => {
  it('is scheduled daily at 00:10 Amsterdam time and ends an expired signal once, audited', async () => {
    const old = await register(BOY, '2026-01-05T09:00:00Z');
    const fresh = await register(GIRL, '2026-06-20T09:00:00Z');
    let worker: ((data: object) => Promise<void>) | undefined;
    const queue = {
      schedule: vi.fn(async () => undefined),
      work: vi.fn(async (_name: string, handler: (data: object) => Promise<void>) => {
        worker = handler;
      }),
    } as unknown as JobQueue;
    const log = { info: vi.fn() };
    const now = new Date('2026-07-10T22:10:00Z');
    await registerCircleSweep(queue, () => ({ db, now, keys, settings, log }));
    expect(queue.schedule).toHaveBeenCalledWith(CIRCLE_SWEEP_JOB, '10 0 * * *', { tz: 'Europe/Amsterdam' });
    expect(queue.work).toHaveBeenCalledWith(CIRCLE_SWEEP_JOB, expect.any(Function));

    await worker!({});
    const left = await db.selectFrom('circle_signal').select('id').execute();
    expect(left.map((r) => r.id)).toEqual([fresh.id]);
    const tomb = await db.selectFrom('circle_signal_tombstone').selectAll().execute();
    expect(tomb.map((t) => [t.id, t.end_reason])).toEqual([[old.id, 'maxDuration']]);
    expect(log.info).toHaveBeenCalledWith({ ended: 1, byReason: { maxDuration: 1 } }, 'circle signals ended');

    // Idempotent: the second run ends nothing and writes no row.
    const again = await runCircleSweep({ db, now, keys, settings });
    expect(again.ended).toBe(0);
    const rows = await db
      .selectFrom('audit_event')
      .select(['event_type_code', 'participant_object_id', 'network_access_point_id', 'user_id'])
      .where('event_type_code', 'like', 'circle.signal.expire%')
      .execute();
    expect(rows).toEqual([
      {
        event_type_code: 'circle.signal.expire.maxDuration',
        participant_object_id: old.id,
        network_access_point_id: 'job',
        user_id: null,
      },
    ]);
  });
});
