// SPDX-License-Identifier: EUPL-1.2
/**
 * A registration waits for a rotation (ADR 0031, ADR 0034): while a rotation holds the key state,
 * a registration that starts does not read the old version and write pseudonyms at it; it waits,
 * and writes at the version the rotation committed. On PostgreSQL the two transactions really run at
 * once (the registration blocks on the key-state lock); PGlite runs one transaction at a time, so
 * there the same order is kept by the engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { CircleSettings } from '#src/modules/circle/circle.internal.ts';
import { initialKeyState } from '#src/modules/circle/circle.internal.ts';
import { lockKeyState, setKeyState } from '#src/modules/circle/circle.repository.ts';
import { registerSignal } from '#src/modules/circle/index.ts';
import { keyCheck } from '#src/modules/circle/pseudonym.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { circleKeys, contextFor, createMember, signalInput } from '#test/fixtures/circle.ts';
import { createTestDatabase } from '#test/setup.ts';

const [FIRST, SECOND] = distinctBsns(2, 3131) as [string, string];
const v1: CircleSettings = { keys: circleKeys(0x01), maxMonths: 24 };
const v2: CircleSettings = { ...v1, keys: circleKeys(0x01, 0x02) };
const now = new Date('2026-11-02T08:00:00Z');

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
}, 60_000);
afterAll(() => handle.close());

describe('the key-state lock', () => {
  it('a registration during a rotation waits for it, then writes at the rotated version', async () => {
    const db = handle.db;
    const prof = await createMember(
      db,
      { name: 'Jeugdzorg', type: 'youthCare' },
      { name: 'Joost', role: 'professional' },
    );
    await registerSignal(contextFor(db, prof, now), v1, signalInput(prof, FIRST));

    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let rotating!: () => void;
    const holding = new Promise<void>((resolve) => {
      rotating = resolve;
    });
    // A rotation's transaction: the key state taken exclusively and moved to version 2, held open.
    const rotation = db.transaction().execute(async (trx) => {
      const state = await lockKeyState(trx, 'update', initialKeyState(v1.keys), now);
      expect(state.version).toBe(1);
      await setKeyState(trx, { version: 2, keyCheck: keyCheck(v2.keys, 2) }, now);
      rotating();
      await released;
    });
    await holding;

    let done = false;
    const registration = registerSignal(contextFor(db, prof, now), v2, signalInput(prof, SECOND)).then((r) => {
      done = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(false);
    release();
    await rotation;
    const { id } = await registration;
    const row = await db
      .selectFrom('circle_signal')
      .select('pseudonym_version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.pseudonym_version).toBe(2);
  });
});
