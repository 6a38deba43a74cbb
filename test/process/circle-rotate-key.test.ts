// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run circle:rotate-key` on an embedded database (ADR 0031): after a new key version is put in
 * front of KRING_CIRCLE_KEY, every stored pseudonym moves to it (audited with counts); a second run
 * changes nothing; a configuration whose old key was changed is refused, naming versions only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#src/db/create-db.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { registerSignal } from '#src/modules/circle/index.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { circleKeys, contextFor, createMember } from '#test/fixtures/circle.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-circle-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const [BOY] = distinctBsns(1, 4242) as [string];
const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

function rotate(dataDir: string, keys: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/modules/circle/rotate-cli.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      KRING_DATA_DIR: dataDir,
      KRING_AUDIT_ANCHOR: path.join(tmp, 'anchor.jsonl'),
      KRING_CIRCLE_KEY: keys,
    },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run circle:rotate-key', () => {
  it('re-keys to the newest version, then has nothing to do; a changed old key is refused', async () => {
    const dataDir = path.join(tmp, 'data');
    const handle = await openDatabase({ dataDir });
    await migrateToLatest(handle.db);
    const femke = await createMember(
      handle.db,
      { name: 'School R', type: 'school' },
      { name: 'F', role: 'professional' },
    );
    await registerSignal(
      contextFor(handle.db, femke),
      { keys: circleKeys(0x01), maxMonths: 24 },
      {
        bsn: BOY,
        dateOfBirth: '2013-04-02',
        parentBsns: [],
        contact: { name: 'F', role: 'mentor', phone: '0341-123456', email: '' },
        informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
      },
    );
    const before = await handle.db.selectFrom('circle_signal').select(['pseudonym', 'pseudonym_version']).execute();
    await handle.close();
    expect(before.map((r) => r.pseudonym_version)).toEqual([1]);

    const first = rotate(dataDir, `v2:${key(2)},v1:${key(1)}`);
    expect(first.out).toContain('from key version 1 to 2: 1 signals and 0 parents re-keyed');
    expect(first.status).toBe(0);
    const second = rotate(dataDir, `v2:${key(2)},v1:${key(1)}`);
    expect(second.out).toContain('at key version 2 already');
    expect(second.status).toBe(0);
    const wrong = rotate(dataDir, `v2:${key(9)},v1:${key(1)}`);
    expect(wrong.status).toBe(1);
    expect(wrong.out).toContain('does not reproduce the key check of version 2');
    expect(wrong.out).not.toContain(BOY);

    const after = await openDatabase({ dataDir });
    try {
      const rows = await after.db.selectFrom('circle_signal').select(['pseudonym', 'pseudonym_version']).execute();
      expect(rows.map((r) => r.pseudonym_version)).toEqual([2]);
      expect(rows[0]!.pseudonym).not.toBe(before[0]!.pseudonym);
      const audit = await after.db
        .selectFrom('audit_event')
        .select(['participant_object_id', 'network_access_point_id'])
        .where('event_type_code', '=', 'circle.keys.rotate')
        .execute();
      expect(audit).toEqual([
        { participant_object_id: 'v1->v2: 1 signals, 0 parents', network_access_point_id: 'cli' },
        { participant_object_id: 'v2->v2: 0 signals, 0 parents', network_access_point_id: 'cli' },
      ]);
    } finally {
      await after.close();
    }
  }, 120_000);
});
