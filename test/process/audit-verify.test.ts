// SPDX-License-Identifier: EUPL-1.2
/** `npm run audit:verify` on an embedded database: intact, then broken after a change made by hand. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#src/db/create-db.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { recordAuditEvent } from '#src/modules/audit/record-audit-event.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-audit-'));
const KEY = 'process-test-audit-key-0123456789abcdef';
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function verify(): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/modules/audit/verify-cli.ts'], {
    env: { ...process.env, NODE_ENV: 'development', KRING_DATA_DIR: dataDir, KRING_AUDIT_KEY: KEY },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run audit:verify', () => {
  it('says the log is intact, and finds a row changed by hand', async () => {
    const db = await openDatabase({ dataDir });
    await migrateToLatest(db.db);
    for (let i = 0; i < 3; i++) {
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

    const intact = verify();
    expect(intact.out).toContain('intact: 3 rows checked');
    expect(intact.status).toBe(0);

    const again = await openDatabase({ dataDir });
    await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(again.db);
    await sql`update audit_event set event_outcome_indicator = 4 where id = (select min(id) + 1 from audit_event)`.execute(
      again.db,
    );
    await again.close();

    const broken = verify();
    expect(broken.out).toMatch(/BROKEN at row \d+ \(its content was changed\); 1 rows before it are intact/);
    expect(broken.status).toBe(2);
  }, 60_000);
});
