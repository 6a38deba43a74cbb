// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit log in the database (both engines): rows commit with their action or not at all, the
 * chain verifies, the database refuses UPDATE, DELETE and TRUNCATE, and a change made by hand
 * (with the trigger switched off, as a database administrator could) is detected by the verifier.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { createTestDatabase } from '#test/setup.ts';
import { type AuditEventInput, recordAuditEvent, verifyAuditLog } from './record-audit-event.ts';

const KEY = 'test-audit-key-0123456789abcdef0123';
const NOW = new Date('2026-11-25T12:34:56.789Z');
const read: AuditEventInput = {
  type: 'concern.read',
  action: 'R',
  outcome: 'success',
  purpose: 'care',
  userId: 'u-1',
  role: 'professional',
  organisationId: 'org-a',
  objectType: 'concern',
  objectId: 'c-1',
  subjectPseudonym: 'p-1',
  accessPoint: 'web',
  requestId: 'req-1',
};

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => handle.close());

async function record(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await handle.db.transaction().execute((trx) => recordAuditEvent(trx, KEY, { ...read, objectId: `c-${i}` }, NOW));
  }
}

describe('recordAuditEvent', () => {
  it('writes a complete row with UTC millisecond time, and the chain verifies', async () => {
    await record(3);
    const rows = await handle.db.selectFrom('audit_event').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(3);
    expect(new Date(rows[0]!.event_date_time).toISOString()).toBe('2026-11-25T12:34:56.789Z');
    expect(rows[0]).toMatchObject({
      event_action_code: 'R',
      event_type_code: 'concern.read',
      event_outcome_indicator: 0,
      user_id: 'u-1',
      role_id_code: 'professional',
      organisation_id: 'org-a',
      purpose_of_use: 'care',
    });
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 3 });
  });

  it('rolls back with the action it belongs to', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await recordAuditEvent(trx, KEY, read, NOW);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await handle.db.selectFrom('audit_event').selectAll().execute()).toEqual([]);
    await record(1);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 1 });
  });

  it('keeps one chain when transactions append at the same time', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        handle.db.transaction().execute((trx) => recordAuditEvent(trx, KEY, { ...read, objectId: `p-${i}` }, NOW)),
      ),
    );
    expect(await verifyAuditLog(handle.db, KEY, 5)).toMatchObject({ ok: true, checked: 12 });
  });
});

describe('the database keeps the log append-only', () => {
  it.each([
    ['UPDATE', sql`update audit_event set user_id = 'x'`],
    ['DELETE', sql`delete from audit_event`],
    ['TRUNCATE', sql`truncate audit_event`],
  ])('%s is refused', async (_op, statement) => {
    await record(2);
    await expect(statement.execute(handle.db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 2 });
  });

  /** Switches the trigger off, as a database administrator could, and returns the id of the nth row. */
  async function bypassTriggerAt(index: number): Promise<string> {
    await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(handle.db);
    const row = await handle.db
      .selectFrom('audit_event')
      .select('id')
      .orderBy('id')
      .offset(index)
      .limit(1)
      .executeTakeFirstOrThrow();
    return String(row.id);
  }

  it('a change made by hand past the trigger is detected by the verifier', async () => {
    await record(5);
    const third = await bypassTriggerAt(2);
    await sql`update audit_event set user_id = 'someone-else' where id = ${third}`.execute(handle.db);
    const result = await verifyAuditLog(handle.db, KEY);
    expect(result).toMatchObject({ ok: false, reason: 'content', brokenAt: third });
  });

  it('the target organisation of a refusal is stored, and changing it by hand is detected (ADR 0024)', async () => {
    await record(2);
    await handle.db
      .transaction()
      .execute((trx) =>
        recordAuditEvent(
          trx,
          KEY,
          { ...read, type: 'object.denied', outcome: 'denied', targetOrganisationId: 'org-b' },
          NOW,
        ),
      );
    await record(1);
    const refusal = await handle.db
      .selectFrom('audit_event')
      .selectAll()
      .where('event_type_code', '=', 'object.denied')
      .executeTakeFirstOrThrow();
    expect(refusal).toMatchObject({ event_outcome_indicator: 4, target_organisation_id: 'org-b' });
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 4 });
    await bypassTriggerAt(0);
    await sql`update audit_event set target_organisation_id = 'org-c' where id = ${refusal.id}`.execute(handle.db);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({
      ok: false,
      reason: 'content',
      brokenAt: String(refusal.id),
    });
  });

  it('a row deleted by hand is detected by the verifier', async () => {
    await record(4);
    const second = await bypassTriggerAt(1);
    await sql`delete from audit_event where id = ${second}`.execute(handle.db);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: false, reason: 'link' });
  });
});
