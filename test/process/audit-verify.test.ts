// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run audit:verify` on an embedded database: intact, then broken after a change made by hand;
 * and (issue 11, finding 6; ADR 0024) broken when the end of the log was cut off past the triggers,
 * found against the signed checkpoint outside the database.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#src/db/create-db.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { recordAuditEvent } from '#src/modules/audit/record-audit-event.ts';
import { checkpointLine } from '#test/checkpoint.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-audit-'));
const KEY = 'process-test-audit-key-0123456789abcdef';
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function verify(dataDir: string, anchor: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/modules/audit/verify-cli.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      KRING_DATA_DIR: dataDir,
      KRING_AUDIT_KEY: KEY,
      KRING_AUDIT_ANCHOR: anchor,
    },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A data directory with `n` audit rows. */
async function logWith(name: string, n: number): Promise<string> {
  const dataDir = path.join(tmp, name);
  const db = await openDatabase({ dataDir });
  await migrateToLatest(db.db);
  for (let i = 0; i < n; i++) {
    await db.db
      .transaction()
      .execute((trx) =>
        recordAuditEvent(
          trx,
          KEY,
          { type: 'auth.sign_in', action: 'E', outcome: 'success', purpose: 'sign-in' },
          new Date(),
        ),
      );
  }
  await db.close();
  return dataDir;
}

function checkpoint(seq: string, hash: string, at: string, key = KEY): string {
  return checkpointLine(key, seq, hash, at);
}

describe('npm run audit:verify', () => {
  it('says the log is intact, and finds a row changed by hand', async () => {
    const dataDir = await logWith('changed', 3);
    const anchor = path.join(tmp, 'changed-anchor.jsonl');

    const intact = verify(dataDir, anchor);
    expect(intact.out).toContain('intact: 3 rows checked');

    const again = await openDatabase({ dataDir });
    await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(again.db);
    await sql`update audit_event set event_outcome_indicator = 4 where id = (select min(id) + 1 from audit_event)`.execute(
      again.db,
    );
    await again.close();

    const broken = verify(dataDir, anchor);
    expect(broken.out).toMatch(/BROKEN at row \d+ \(its content was changed\); 1 rows before it are intact/);
    expect(broken.status).toBe(2);
  }, 60_000);

  it('finds the last 50 rows deleted past the triggers, against the checkpoint outside the database', async () => {
    const dataDir = await logWith('truncated', 60);
    const anchor = path.join(tmp, 'truncated-anchor.jsonl');
    const db = await openDatabase({ dataDir });
    const head = await db.db
      .selectFrom('audit_event')
      .select(['id', 'hash'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db.close();
    fs.writeFileSync(anchor, checkpoint(String(head.id), head.hash ?? '', '2026-12-06T21:00:00.000Z'), { mode: 0o600 });

    const intact = verify(dataDir, anchor);
    expect(intact.out).toContain('intact: 60 rows checked');
    expect(intact.status).toBe(0);

    // Someone with the database's superuser switches the triggers off for the session and cuts the tail.
    const cut = await openDatabase({ dataDir });
    await sql`set session_replication_role = replica`.execute(cut.db);
    await sql`delete from audit_event where id > ${Number(head.id) - 50}`.execute(cut.db);
    await sql`set session_replication_role = default`.execute(cut.db);
    await cut.close();

    const broken = verify(dataDir, anchor);
    expect(broken.out).toContain('BROKEN');
    expect(broken.out).toContain(
      `the end of the log was removed: the checkpoint of 2026-12-06T21:00:00.000Z names row ${head.id}`,
    );
    expect(broken.status).toBe(2);
    // Before the cut, the end of the log was confirmed against the checkpoint.
    expect(intact.out).toContain(`checkpoint of 2026-12-06T21:00:00.000Z (row ${head.id})`);
  }, 60_000);

  it('refuses a checkpoint that is not genuine, and warns when there is none', async () => {
    const dataDir = await logWith('forged', 2);
    const anchor = path.join(tmp, 'forged-anchor.jsonl');

    const none = verify(dataDir, anchor);
    expect(none.out).toContain('intact: 2 rows checked');
    expect(none.out).toContain('WARNING: no checkpoint');
    expect(none.status).toBe(3);

    const db = await openDatabase({ dataDir });
    const head = await db.db
      .selectFrom('audit_event')
      .select(['id', 'hash'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db.close();
    // Signed with another key: a forgery (or a checkpoint of another log).
    fs.writeFileSync(anchor, checkpoint(String(head.id), head.hash ?? '', '2026-12-06T21:00:00.000Z', 'x'.repeat(40)));
    const forged = verify(dataDir, anchor);
    expect(forged.out).toContain('BROKEN');
    expect(forged.out).toContain('checkpoint is not genuine');
    expect(forged.status).toBe(2);
  }, 60_000);
});
