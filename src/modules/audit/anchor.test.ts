// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit anchor (issue 11, finding 6; ADR 0024), on both engines: signed checkpoints of the
 * chain's head in a file outside the database, and the check of the log's end against the latest
 * one. The lines are checked with a MAC computed here, independently of the code under test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '#src/app.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { AttachmentStore } from '#src/modules/concerns/attachments/store.ts';
import { checkpointLine, checkpointMac } from '#test/checkpoint.ts';
import { createTestApp, createTestDatabase, testConfig } from '#test/setup.ts';
import { AuditAnchor, verifyAuditTrail } from './anchor.ts';
import { recordAuditEvent, verifyAuditLog } from './record-audit-event.ts';

const KEY = 'anchor-test-audit-key-0123456789abcdef';
const AT = new Date('2026-12-06T21:00:00.000Z');

let handle: DatabaseHandle;
let dir: string;
let file: string;
let errors: string[];

beforeEach(async () => {
  handle = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-anchor-test-'));
  file = path.join(dir, 'elsewhere', 'audit-anchor.jsonl');
  errors = [];
});
afterEach(async () => {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function record(n: number, db = handle.db, key = KEY): Promise<void> {
  for (let i = 0; i < n; i++) {
    await db
      .transaction()
      .execute((trx) =>
        recordAuditEvent(trx, key, { type: 'auth.sign_in', action: 'E', outcome: 'success', purpose: 'sign-in' }, AT),
      );
  }
}

function anchor(): AuditAnchor {
  return new AuditAnchor({
    db: handle.db,
    file,
    auditKey: KEY,
    clock: () => AT,
    log: { info: () => undefined, error: (_obj, msg) => errors.push(msg) },
  });
}

async function head(db = handle.db): Promise<{ id: string; hash: string }> {
  const row = await db
    .selectFrom('audit_event')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return { id: String(row.id), hash: row.hash ?? '' };
}

function lines(): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

describe('writing checkpoints', () => {
  it('writes a signed checkpoint of the head to a 0600 file, and only when the head moved', async () => {
    const a = anchor();
    expect(await a.checkpoint()).toBe('empty');
    expect(fs.existsSync(file)).toBe(false);

    await record(3);
    expect(await a.checkpoint()).toBe('written');
    const first = await head();
    expect(JSON.parse(lines()[0]!)).toEqual({
      v: 1,
      seq: first.id,
      hash: first.hash,
      at: '2026-12-06T21:00:00.000Z',
      mac: checkpointMac(KEY, first.id, first.hash, '2026-12-06T21:00:00.000Z'),
    });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    expect(await a.checkpoint()).toBe('unchanged');
    expect(lines()).toHaveLength(1);
    await record(1);
    expect(await a.checkpoint()).toBe('written');
    expect(lines()).toHaveLength(2);
    expect(JSON.parse(lines()[1]!).seq).toBe((await head()).id);
    expect(errors).toEqual([]);
  });
});

describe('checking the end of the log', () => {
  it('finds the last 50 rows deleted with the triggers bypassed (session_replication_role = replica)', async () => {
    await record(60);
    const a = anchor();
    await a.checkpoint();
    const checkpointed = await head();
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({
      ok: true,
      checked: 60,
      anchor: { seq: checkpointed.id, hash: checkpointed.hash },
    });

    // A superuser switches the triggers off for one transaction and cuts the tail.
    await handle.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`delete from audit_event where id > ${Number(checkpointed.id) - 50}`.execute(trx);
    });
    // The chain alone still verifies: what is left is a valid chain.
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 10 });
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({
      ok: false,
      reason: 'truncated',
      brokenAt: checkpointed.id,
    });

    // Rows appended afterwards chain on to the cut log; the anchor does not move over the gap.
    await record(5);
    expect(await verifyAuditLog(handle.db, KEY)).toMatchObject({ ok: true, checked: 15 });
    expect(await a.checkpoint()).toBe('refused');
    expect(errors).toHaveLength(1);
    expect(lines()).toHaveLength(1);
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('without a checkpoint the chain is checked and the end is not (a warning, not a break)', async () => {
    await record(2);
    expect(await verifyAuditTrail(handle.db, KEY, file)).toEqual({
      ok: true,
      checked: 2,
      lastHash: (await head()).hash,
      anchor: null,
    });
  });

  it('refuses a checkpoint that is not genuine, and one that names another hash', async () => {
    await record(3);
    const { id, hash } = await head();
    fs.mkdirSync(path.dirname(file), { recursive: true });

    // Signed with another key.
    fs.writeFileSync(file, checkpointLine('z'.repeat(40), id, hash, AT.toISOString()));
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({ ok: false, reason: 'forged' });
    // A genuine line changed afterwards.
    fs.writeFileSync(file, checkpointLine(KEY, id, hash, AT.toISOString()).replace(`"seq":"${id}"`, '"seq":"1"'));
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({ ok: false, reason: 'forged' });
    // Garbage after a genuine line: the last line counts.
    fs.writeFileSync(file, `${checkpointLine(KEY, id, hash, AT.toISOString())}not a checkpoint\n`);
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({ ok: false, reason: 'forged' });
    // The writer does not write over a forgery either.
    expect(await anchor().checkpoint()).toBe('refused');

    // Genuine, but the row it names has another hash.
    fs.writeFileSync(file, checkpointLine(KEY, id, 'f'.repeat(64), AT.toISOString()));
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({
      ok: false,
      reason: 'mismatch',
      brokenAt: id,
    });
    // Genuine and matching.
    fs.writeFileSync(file, checkpointLine(KEY, id, hash, AT.toISOString()));
    expect(await verifyAuditTrail(handle.db, KEY, file)).toMatchObject({ ok: true, anchor: { seq: id } });
  });
});

describe('the running app', () => {
  it('writes the last checkpoint when it closes, before the database goes', async () => {
    // The timer is a minute: only the close can write this one.
    const t = await createTestApp({ anchorAudit: true, env: { KRING_AUDIT_ANCHOR: file } });
    await record(3, t.database.db, t.app.kring.keys.auditKey);
    const last = await head(t.database.db);
    expect(fs.existsSync(file)).toBe(false);
    await t.close();
    expect(lines()).toHaveLength(1);
    expect(JSON.parse(lines()[0]!)).toMatchObject({ seq: last.id, hash: last.hash });
  });

  it('writes a checkpoint on its timer while the head moves', async () => {
    const t = await createTestApp({ anchorAudit: { intervalMs: 50 }, env: { KRING_AUDIT_ANCHOR: file } });
    try {
      await record(2, t.database.db, t.app.kring.keys.auditKey);
      const { id } = await head(t.database.db);
      await expect.poll(() => fs.existsSync(file) && lines().at(-1), { timeout: 5000 }).toContain(`"seq":"${id}"`);
    } finally {
      await t.close();
    }
  });

  it('writes one at start when the log has rows', async () => {
    await record(2);
    const { id } = await head();
    const app = await buildApp({
      config: testConfig({ KRING_AUDIT_ANCHOR: file }),
      database: handle,
      logger: false,
      anchorAudit: true,
      attachments: new AttachmentStore(dir),
    });
    try {
      expect(JSON.parse(lines()[0]!)).toMatchObject({ seq: id });
    } finally {
      await app.close();
    }
  });
});
