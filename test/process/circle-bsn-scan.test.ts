// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 14, "done when": a scan of a full database dump, the data directory and the logs finds no BSN
 * in clear. Kring (buildApp, its logger at trace into a captured stream) runs on a database whose files
 * this test owns: on the PostgreSQL run a cluster of its own (scripts/pg-cluster.ts; the suite's shared
 * cluster holds other files' databases), on the PGlite run an embedded database in a data directory
 * on disk (KRING_DATA_DIR). Professionals register young people with their parents on the page and
 * through the API, including submissions that come back (a date that does not exist, a second
 * registration, a BSN that fails the 11-proef, a BSN sent as a number), a match with its e-mails, and
 * withdrawals. Then: CHECKPOINT, a dump (pg_dump of the whole database, plain SQL, by the server's own
 * major version; on PGlite every row of every table as text), and a scan for each BSN in every written
 * form through the dump, every file under the data directory as raw bytes (WAL included), the server
 * log, the audit anchor, the captured log, every response (body and headers) and every e-mail.
 *
 * The control: before the walk the test itself writes three other BSNs (plain, 1234.56.789 and
 * 1234 56 789) into a table of the same database, and a log line through the app's logger. The same
 * scan must find exactly those in the dump, the data files and the log, so a scan that reads nothing
 * cannot pass. The dump shows what typed or compressed storage hides from the raw bytes; the raw bytes
 * show what the dump cannot (dead rows, the WAL, the server's log).
 *
 * Each engine's run of the suite does its own variant once (the suite runs test/ on PGlite, then on
 * PostgreSQL).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#src/app.ts';
import { type DatabaseHandle, openDatabase } from '#src/db/create-db.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { createApiClient } from '#src/modules/circle/api-client.service.ts';
import { Agent, fixtureEmail, seedFixtures, serviceContext } from '#test/agent.ts';
import { bsnForms, type Hit, labels, needlesFor, scan, scanTree } from '#test/bsn-scan.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { testConfig, testDatabaseKind } from '#test/setup.ts';
import { findPgBin, type PgCluster, startPgCluster } from '../../scripts/pg-cluster.ts';

const ENGINE = testDatabaseKind();
const [BOY, MOTHER, FATHER, GIRL, MOTHER2, FATHER2, CONTROL_1, CONTROL_2, CONTROL_3] = distinctBsns(9, 271828) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
/** Nine digits typed as a BSN that fail the 11-proef (the last digit changed): not kept either. */
const TYPO = `${BOY.slice(0, 8)}${(Number(BOY[8]) + 1) % 10}`;
const KRING = { BOY, MOTHER, FATHER, GIRL, MOTHER2, FATHER2, TYPO };
const CONTROL = { CONTROL_1, CONTROL_2, CONTROL_3 };
const NEEDLES = needlesFor({ ...KRING, ...CONTROL });
/** What the test itself wrote into the control table: each control BSN in one form. */
const CONTROL_WRITTEN = [CONTROL_1, bsnForms(CONTROL_2).dotted!, bsnForms(CONTROL_3).spaced!];
const CONTROL_LABELS = ['CONTROL_1 plain', 'CONTROL_2 dotted', 'CONTROL_3 spaced'];
const ALL = ['circle:register', 'circle:withdraw', 'circle:read'];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-bsn-scan-'));
const kringDataDir = path.join(tmp, 'kring-data');
const anchor = path.join(tmp, 'audit-anchor.jsonl');
let cluster: PgCluster | undefined;
let databaseUrl: string | undefined;
let handle: DatabaseHandle | undefined;
let app: FastifyInstance | undefined;

const logLines: string[] = [];
const responses: string[] = [];
const mails: string[] = [];
let dump = '';
let pgDumpVersion = '';
let serverVersion = '';

/** Keeps what came back (status, headers with Location, body) for the scan. */
function keep(res: LightMyRequestResponse): LightMyRequestResponse {
  responses.push(`${res.statusCode} ${JSON.stringify(res.headers)}\n${res.body}`);
  return res;
}

beforeAll(async () => {
  fs.mkdirSync(kringDataDir);
  if (ENGINE === 'postgres') {
    cluster = await startPgCluster();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE kring');
    serverVersion = String((await admin.query('SHOW server_version_num')).rows[0].server_version_num);
    await admin.end();
    databaseUrl = cluster.url.replace(/\/postgres$/, '/kring');
  }
  handle = await openDatabase({ databaseUrl, dataDir: kringDataDir });
  await migrateToLatest(handle.db);
  await sql`create table scan_control (note text not null)`.execute(handle.db);
  for (const note of CONTROL_WRITTEN) await sql`insert into scan_control (note) values (${note})`.execute(handle.db);

  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const config = testConfig({
    KRING_DATA_DIR: kringDataDir,
    KRING_AUDIT_ANCHOR: anchor,
    LOG_LEVEL: 'trace',
    ...(databaseUrl && { DATABASE_URL: databaseUrl }),
  });
  app = await buildApp({
    config,
    database: handle,
    logger: { level: 'trace', stream },
    jobPollingSeconds: 0.5,
    anchorAudit: true,
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await handle?.close();
  cluster?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The register form as a browser sends it. */
function form(over: Record<string, string>): Record<string, string> {
  return {
    zorg: '',
    bsn: '',
    'dateOfBirth-day': '2',
    'dateOfBirth-month': '4',
    'dateOfBirth-year': '2013',
    parentBsn1: '',
    parentBsn2: '',
    contactName: 'Femke de Vries',
    contactRole: 'Zorgcoördinator',
    contactPhone: '0341-123456',
    contactEmail: 'femke@lyceum.example',
    parentsInforming: 'informed',
    youngPersonInforming: 'informed',
    ...over,
  };
}

/** A registration as a source system sends it. */
function apiRegistration(org: 'A' | 'B', over: Record<string, unknown>) {
  return {
    dateOfBirth: '2012-11-05',
    contact: { name: 'Prof', role: 'mentor', phone: '0341-123456', email: fixtureEmail(org, 'professional') },
    informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
    ...over,
  };
}

/** The walk: registrations, echoed forms and problems, matches, lists and withdrawals. */
async function walk(app: FastifyInstance): Promise<void> {
  const fx = await seedFixtures(app.kring.database.db, app.kring.config);
  const femke = await new Agent(app).signIn(fixtureEmail('A', 'professional'));
  const joost = await new Agent(app).signIn(fixtureEmail('B', 'professional'));
  const dotted = bsnForms(BOY).dotted!;

  // On the page: a date that does not exist (the form comes back), a BSN failing the 11-proef, then
  // the boy with both parents, the same again (already registered), and another school (a match).
  keep(await femke.get('/kring/aanmelden'));
  const badDate = keep(
    await femke.post(
      '/kring/aanmelden',
      form({ bsn: BOY, parentBsn1: MOTHER, parentBsn2: FATHER, 'dateOfBirth-day': '31', 'dateOfBirth-month': '2' }),
    ),
  );
  expect(badDate.statusCode).toBe(400);
  expect(badDate.body).toContain('femke@lyceum.example');
  expect(keep(await femke.post('/kring/aanmelden', form({ bsn: TYPO, parentBsn1: MOTHER }))).statusCode).toBe(400);
  const made = keep(
    await femke.post('/kring/aanmelden', form({ bsn: dotted, parentBsn1: MOTHER, parentBsn2: FATHER })),
  );
  expect(made.statusCode, made.body).toBe(303);
  const femkeSignal = String(made.headers.location).slice('/kring/'.length, '/kring/'.length + 36);
  keep(await femke.get(String(made.headers.location)));
  const again = keep(await femke.post('/kring/aanmelden', form({ bsn: BOY, parentBsn1: FATHER })));
  expect(again.statusCode).toBe(400);
  const matched = keep(
    await joost.post(
      '/kring/aanmelden',
      form({ bsn: bsnForms(BOY)['spaced 4+5']!, parentBsn1: bsnForms(MOTHER).hyphenated!, contactName: 'Joost Smit' }),
    ),
  );
  expect(matched.statusCode, matched.body).toBe(303);
  // The match on the page: a content-free e-mail to each of the two professionals.
  await expect.poll(() => (app.kring.mailer.outbox ?? []).length, { timeout: 15_000 }).toBe(2);
  keep(await joost.get(String(matched.headers.location)));
  keep(await joost.get('/kring'));
  keep(await femke.get(`/kring/${femkeSignal}`));

  // Through the API: the girl with both parents, the same again, a date that does not exist, a BSN
  // sent as a number, a BSN failing the 11-proef, and a match from the other school.
  const tokenA = (
    await createApiClient(await serviceContext(app, fx, 'A', 'administrator'), { name: 'LVS A', scopes: ALL })
  ).token;
  const tokenB = (
    await createApiClient(await serviceContext(app, fx, 'B', 'administrator'), { name: 'LVS B', scopes: ALL })
  ).token;
  const api = async (token: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
    keep(
      await app.inject({
        method,
        url: `/api/v1/circle${url}`,
        headers: { authorization: `Bearer ${token}`, 'kring-professional': fixtureEmail('A', 'professional') },
        ...(body !== undefined && { payload: body as object }),
      }),
    );
  const girl = await api(
    tokenA,
    'POST',
    '/signals',
    apiRegistration('A', { bsn: GIRL, parentBsns: [MOTHER2, FATHER2] }),
  );
  expect(girl.statusCode, girl.body).toBe(201);
  const girlSignal = (girl.json() as { id: string }).id;
  expect((await api(tokenA, 'POST', '/signals', apiRegistration('A', { bsn: GIRL }))).statusCode).toBe(400);
  const wrongDate = apiRegistration('A', { bsn: GIRL, parentBsns: [MOTHER2], dateOfBirth: '2012-02-30' });
  expect((await api(tokenA, 'POST', '/signals', wrongDate)).statusCode).toBe(400);
  const asNumber = apiRegistration('A', { bsn: Number(GIRL), parentBsns: [Number(FATHER2)] });
  expect((await api(tokenA, 'POST', '/signals', asNumber)).statusCode).toBe(400);
  expect((await api(tokenA, 'POST', '/signals', apiRegistration('A', { bsn: TYPO }))).statusCode).toBe(400);
  const other = await api(tokenB, 'POST', '/signals', apiRegistration('B', { bsn: bsnForms(GIRL).dotted! }));
  expect(other.statusCode, other.body).toBe(201);
  expect((other.json() as { matches: number }).matches).toBe(1);
  expect((await api(tokenA, 'GET', '/signals')).statusCode).toBe(200);

  // Both school A's signals are withdrawn (tombstones); every e-mail sent is kept for the scan.
  const ended = keep(await femke.post(`/kring/${femkeSignal}/beeindigen`, { reason: 'withdrawn' }));
  expect(ended.statusCode).toBe(303);
  const withdrawn = await api(tokenA, 'POST', `/signals/${girlSignal}/withdrawal`, {
    professional: fixtureEmail('A', 'professional'),
  });
  expect(withdrawn.statusCode).toBe(204);
  mails.push(...(app.kring.mailer.outbox ?? []).map((m) => JSON.stringify(m)));
}

/** After the app stopped: CHECKPOINT and the dump, then the database is closed (PGlite) or left running. */
async function finish(): Promise<void> {
  await sql`CHECKPOINT`.execute(handle!.db);
  if (cluster) {
    const pgDump = path.join(findPgBin()!, 'pg_dump');
    pgDumpVersion = execFileSync(pgDump, ['--version'], { encoding: 'utf8' });
    dump = execFileSync(pgDump, ['--dbname', databaseUrl!, '--format', 'plain', '--no-owner'], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
  } else {
    // PGlite has no pg_dump: every row of every table of every schema (pg-boss's too), as text.
    const tables = await sql<{ s: string; t: string }>`
      select table_schema as s, table_name as t from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(handle!.db);
    const parts: string[] = [];
    for (const { s, t } of tables.rows) {
      const rows = await sql<{ r: string }>`select x::text as r from ${sql.table(`${s}.${t}`)} x`.execute(handle!.db);
      parts.push(`-- ${s}.${t}`, ...rows.rows.map((x) => x.r));
    }
    dump = parts.join('\n');
  }
  await handle!.close();
}

/** Hits of the control BSNs (expected) and of Kring's BSNs (never expected), apart. */
function split(hits: readonly Hit[]): { control: string[]; kring: Hit[] } {
  return {
    control: labels(hits.filter((h) => h.label.startsWith('CONTROL_'))),
    kring: hits.filter((h) => !h.label.startsWith('CONTROL_')),
  };
}

describe(`no BSN in clear after the circle's walk (${ENGINE === 'postgres' ? 'a PostgreSQL cluster of its own' : 'PGlite in a data directory on disk'})`, () => {
  it('the walk: registrations on the page and through the API, forms and problems back, matches, withdrawals', async () => {
    await walk(app!);
    app!.log.info(`scan control ${CONTROL_1}`);
    await app!.close();
    app = undefined;
    await finish();
  }, 120_000);

  it('the dump holds the control and no BSN of the walk', () => {
    if (cluster) {
      // pg_dump of the server's own major version (pg_dump refuses a newer server, and an older
      // pg_dump than the server is not guaranteed to read everything).
      const major = /PostgreSQL\)? (\d+)/.exec(pgDumpVersion)?.[1];
      expect(major).toBe(String(Math.floor(Number(serverVersion) / 10_000)));
      expect(dump).toContain('CREATE TABLE public.circle_signal');
    }
    expect(dump).toContain('circle.signal.register');
    expect(dump).toMatch(/circle_signal_tombstone/);
    const { control, kring } = split(scan('dump', dump, NEEDLES));
    expect(kring).toEqual([]);
    expect(control).toEqual(CONTROL_LABELS);
  });

  it('the data directory, WAL included, byte for byte: the control and no BSN of the walk', () => {
    // PostgreSQL: the cluster's folder (data directory and server log); Kring's data directory
    // (attachments; on PGlite the database itself); and the audit anchor next to it.
    const trees = [...(cluster ? [cluster.dir] : []), kringDataDir].map((dir) => scanTree(dir, NEEDLES));
    const files = trees.flatMap((t) => t.files);
    expect(
      files.some((f) => /(^|\/)pg_wal\/[0-9A-F]{24}$/.test(f)),
      'a WAL segment was read',
    ).toBe(true);
    expect(
      files.some((f) => /(^|\/)base\/\d+\/\d+$/.test(f)),
      'table files were read',
    ).toBe(true);
    const hits = [...trees.flatMap((t) => t.hits), ...scan('audit anchor', fs.readFileSync(anchor), NEEDLES)];
    const { control, kring } = split(hits);
    expect(kring).toEqual([]);
    expect(control).toEqual(CONTROL_LABELS);
    // The control rows were found in a WAL segment too, not only in the table's file.
    expect(labels(hits.filter((h) => /pg_wal\//.test(h.source)))).toEqual(CONTROL_LABELS);
  });

  it('the log at trace: the control line and no BSN of the walk', () => {
    // At debug and below every request logs its completion; the API's refusals are logged too.
    const completed = logLines.filter((l) => l.includes('"msg":"request completed"'));
    expect(completed.length).toBeGreaterThanOrEqual(responses.length);
    expect(logLines.filter((l) => l.includes('"code":"REQUEST_VALIDATION"')).length).toBeGreaterThanOrEqual(4);
    const { control, kring } = split(scan('log', logLines.join(''), NEEDLES));
    expect(kring).toEqual([]);
    expect(control).toEqual(['CONTROL_1 plain']);
  });

  it('every response (status, headers with Location, body) and every e-mail: no BSN', () => {
    expect(responses.length).toBeGreaterThan(15);
    expect(mails.length).toBeGreaterThanOrEqual(2);
    const hits = [
      ...responses.flatMap((r, i) => scan(`response ${i}`, r, NEEDLES)),
      ...mails.flatMap((m, i) => scan(`mail ${i}`, m, NEEDLES)),
    ];
    expect(hits).toEqual([]);
  });
});
