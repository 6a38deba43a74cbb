// temporary profiling harness (not committed)
import { sql } from 'kysely';
import { loadConfig } from '#src/config.ts';
import { deriveKey } from '#src/core/secrets.ts';
import { openDatabase } from '#src/db/create-db.ts';
import * as repo from '#src/modules/concerns/concern.repository.ts';
import { getConcern } from '#src/modules/concerns/concern.service.ts';
import { resolveSession } from '#src/modules/identity/identity.service.ts';
import { audit } from '#src/modules/audit/audit.ts';

const [id, token, n = '40'] = process.argv.slice(2);
const config = loadConfig();
const database = await openDatabase(config);
const db = database.db;
const keys = { auditKey: config.auditKey, totpKey: deriveKey(config.secretKey, 'totp-secret'), pseudonymKey: deriveKey(config.auditKey, 'subject-pseudonym') };
const base = { db, keys, requestId: 'x', now: new Date(), accessPoint: 'web', actor: null };
const session = await resolveSession(base, token!);
const ctx = { ...base, actor: session!.actor };
async function time(label: string, f: () => Promise<unknown>) {
  const t: number[] = [];
  for (let i = 0; i < Number(n); i++) { const t0 = performance.now(); await f(); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(28), 'min', t[0]!.toFixed(2), 'p50', t[t.length >> 1]!.toFixed(2), 'max', t.at(-1)!.toFixed(2));
}
await time('resolveSession', () => resolveSession({ ...base, now: new Date() }, token!));
await time('getConcern', () => getConcern({ ...ctx, now: new Date() }, id!));
await time('findConcern', () => repo.findConcern(db, id!));
await time('listEntries', () => repo.listEntries(db, [id!]));
const c = (await repo.findConcern(db, id!))!;
await time('listHousehold', () => repo.listHousehold(db, c.personId));
await time('listAttachments', () => repo.listAttachments(db, id!));
await time('listConsultations', () => repo.listConsultations(db, id!));
await time('colleagues', () => repo.colleagues(db, c.organisationId, ['professional', 'volunteer', 'safeguardingLead']));
await time('audit (own trx)', () => db.transaction().execute((trx) => audit(trx, { ...ctx, now: new Date() }, { type: 'concern.read', action: 'R', purpose: 'care', outcome: 'success', subject: { kind: 'person', id: c.personId }, objectType: 'concern', objectId: id! })));
await time('empty trx', () => db.transaction().execute(async (trx) => { await sql`select 1`.execute(trx); }));
await time('raw entries query', () => database.pglite!.query(`select e.id, e.concern_id, e.seq, e.kind, e.author_id, u.display_name, e.created_at, e.occurred_at, e.corrects_id, e.data from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1 order by e.created_at, e.seq`, [id]));
await time('raw entries no data', () => database.pglite!.query(`select e.id, e.seq from concern_entry e where e.concern_id = $1 order by e.created_at, e.seq`, [id]));
await time('raw entries data::text', () => database.pglite!.query(`select e.data::text from concern_entry e where e.concern_id = $1`, [id]));
for (const q of [
  `explain analyze select e.id, e.concern_id, e.seq, e.kind, e.author_id, u.display_name, e.created_at, e.occurred_at, e.corrects_id, e.data from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = '${id}' order by e.created_at, e.seq`,
  `explain analyze select * from audit_event order by id desc limit 1`,
]) {
  const r = await database.pglite!.query<{ 'QUERY PLAN': string }>(q);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
}
await database.close();
