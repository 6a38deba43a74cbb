// SPDX-License-Identifier: EUPL-1.2
/**
 * Rows written pending and chained by the sealer (ADR 0034), on both engines: every committed row
 * ends up in one chain, none from a rolled-back action, no fork; a pending row is reported as
 * pending, never as a break; a sealed row changed, unsealed or moved by hand is detected; and the
 * database lets only sealing through the append-only trigger.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { createTestDatabase } from '#test/setup.ts';
import { sealAuditLog, sealBatch } from './audit-sealer.ts';
import { type AuditEventInput, recordAuditEvent, verifyAuditLog } from './record-audit-event.ts';

const KEY = 'test-audit-key-0123456789abcdef0123';
const NOW = new Date('2026-12-07T06:30:00.123Z');
const read: AuditEventInput = {
  type: 'circle.match.read',
  action: 'R',
  outcome: 'success',
  purpose: 'care',
  userId: 'u-1',
  organisationId: 'org-a',
  objectType: 'circle_signal',
};

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => handle.close());

/** Writes one row in a transaction of its own: pending (deferred) or chained at once. */
function write(objectId: string, deferChain: boolean): Promise<string> {
  return handle.db.transaction().execute((trx) => recordAuditEvent(trx, KEY, { ...read, objectId, deferChain }, NOW));
}

/** The rows in chain order, with the pending ones (no place) last, in id order. */
async function rows() {
  const all = await handle.db.selectFrom('audit_event').selectAll().orderBy('id').execute();
  return all.map((r) => ({ ...r, id: String(r.id), chain_seq: r.chain_seq === null ? null : String(r.chain_seq) }));
}

describe('the audit sealer', () => {
  it('writes a pending row without a place or hashes, reported as pending until it is sealed', async () => {
    await write('a', false);
    const pendingId = await write('b', true);
    const [, pending] = await rows();
    expect(pending).toMatchObject({ event_id: pendingId, chain_seq: null, prev_hash: null, hash: null });

    const before = await verifyAuditLog(handle.db, KEY);
    expect(before).toMatchObject({ ok: true, checked: 1, pending: { count: 1, oldest: NOW } });

    expect(await sealAuditLog(handle.db, KEY)).toBe(1);
    const after = await verifyAuditLog(handle.db, KEY);
    expect(after).toEqual({ ok: true, checked: 2, lastHash: (await rows())[1]!.hash });
    expect((await rows()).map((r) => r.chain_seq)).toEqual(['1', '2']);
  });

  it('puts every committed row of concurrent writers in one chain: none lost, none rolled back, no fork', async () => {
    const committed: string[] = [];
    const writes = Array.from({ length: 30 }, async (_, i) => {
      const defer = i % 3 !== 0;
      if (i % 7 === 6) {
        // An action that fails: its audit row must never be chained.
        await handle.db
          .transaction()
          .execute(async (trx) => {
            await recordAuditEvent(trx, KEY, { ...read, objectId: `failed-${i}`, deferChain: defer }, NOW);
            throw new Error('the action failed');
          })
          .catch(() => undefined);
        return;
      }
      committed.push(await write(`ok-${i}`, defer));
    });
    // The sealer runs while the writers write, in small batches.
    const sealing = Array.from({ length: 5 }, () => sealBatch(handle.db, KEY, 4));
    await Promise.all([...writes, ...sealing]);
    await sealAuditLog(handle.db, KEY, 3);

    const all = await rows();
    expect(all.map((r) => r.event_id).sort()).toEqual([...committed].sort());
    expect(all.some((r) => r.participant_object_id?.startsWith('failed-'))).toBe(false);
    const places = all.map((r) => Number(r.chain_seq)).sort((a, b) => a - b);
    expect(places).toEqual(Array.from({ length: committed.length }, (_, i) => i + 1));
    expect(await verifyAuditLog(handle.db, KEY, 7)).toEqual({
      ok: true,
      checked: committed.length,
      lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('chains a row written at once after the rows sealed before it', async () => {
    await write('p1', true);
    await write('p2', true);
    await sealAuditLog(handle.db, KEY);
    await write('now', false);
    await write('p3', true);
    const all = await rows();
    expect(all.map((r) => [r.participant_object_id, r.chain_seq])).toEqual([
      ['p1', '1'],
      ['p2', '2'],
      ['now', '3'],
      ['p3', null],
    ]);
    expect(all[2]!.prev_hash).toBe(all[1]!.hash);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 3, pending: { count: 1 } });
  });
});

describe('the database lets only sealing through', () => {
  it('refuses changing a pending row, deleting it, and changing a sealed row', async () => {
    await write('p', true);
    await expect(sql`update audit_event set user_id = 'x'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_event set chain_seq = 1, prev_hash = 'a', hash = 'b', user_id = 'x'`.execute(handle.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event`.execute(handle.db)).rejects.toThrow(/append-only/);
    await sealAuditLog(handle.db, KEY);
    await expect(sql`update audit_event set hash = repeat('0', 64)`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_event set chain_seq = null, prev_hash = null, hash = null`.execute(handle.db),
    ).rejects.toThrow(/append-only/);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 1 });
  });

  /** Switches the trigger off, as a database administrator could. */
  const bypass = () => sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(handle.db);

  it('detects a sealed row changed by hand', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await write(id, true);
    await sealAuditLog(handle.db, KEY);
    const third = (await rows())[2]!.id;
    await bypass();
    await sql`update audit_event set user_id = 'someone-else' where id = ${third}`.execute(handle.db);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: false, reason: 'content', brokenAt: third });
  });

  it('detects a sealed row unsealed by hand (made to look pending)', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await write(id, true);
    await sealAuditLog(handle.db, KEY);
    const all = await rows();
    await bypass();
    await sql`update audit_event set chain_seq = null, prev_hash = null, hash = null where id = ${all[1]!.id}`.execute(
      handle.db,
    );
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: false, reason: 'link', brokenAt: all[2]!.id });
  });

  it('detects two sealed rows swapped in the chain', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await write(id, true);
    await sealAuditLog(handle.db, KEY);
    const all = await rows();
    await bypass();
    await sql`update audit_event set chain_seq = -1 where id = ${all[2]!.id}`.execute(handle.db);
    await sql`update audit_event set chain_seq = 3 where id = ${all[3]!.id}`.execute(handle.db);
    await sql`update audit_event set chain_seq = 4 where id = ${all[2]!.id}`.execute(handle.db);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: false, reason: 'link', brokenAt: all[3]!.id });
  });
});
