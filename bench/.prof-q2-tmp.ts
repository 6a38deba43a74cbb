// temporary profiling harness (not committed)
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
const [id, n = '200'] = process.argv.slice(2);
const database = await openDatabase(loadConfig());
const pg = database.pglite!;
async function time(label: string, f: () => Promise<unknown>) {
  const t: number[] = [];
  for (let i = 0; i < Number(n); i++) { const t0 = performance.now(); await f(); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(28), 'min', t[0]!.toFixed(2), 'p25', t[t.length >> 2]!.toFixed(2), 'p50', t[t.length >> 1]!.toFixed(2));
}
const A = `select e.id, e.concern_id, e.seq, e.kind, e.author_id, u.display_name, e.created_at, e.occurred_at, e.corrects_id, e.data from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1 order by e.created_at, e.seq`;
const B = `select coalesce(json_agg(json_build_object('id', e.id, 'concern_id', e.concern_id, 'seq', e.seq, 'kind', e.kind, 'author_id', e.author_id, 'display_name', u.display_name, 'created_at', e.created_at, 'occurred_at', e.occurred_at, 'corrects_id', e.corrects_id, 'data', e.data) order by e.created_at, e.seq), '[]') as rows from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1`;
const C = `select coalesce(json_agg(json_build_object('id', e.id, 'concern_id', e.concern_id, 'seq', e.seq, 'kind', e.kind, 'author_id', e.author_id, 'display_name', u.display_name, 'created_at', e.created_at, 'occurred_at', e.occurred_at, 'corrects_id', e.corrects_id, 'data', e.data) order by e.created_at, e.seq), '[]')::text as rows from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1`;
for (let k = 0; k < 3; k++) {
  await time('A rows', () => pg.query(A, [id]));
  await time('B json_agg', () => pg.query(B, [id]));
  await time('C json_agg::text + parse', async () => { const r = await pg.query<{ rows: string }>(C, [id]); JSON.parse(r.rows[0]!.rows); });
}
const a = await pg.query<Record<string, unknown>>(A, [id]);
const b = await pg.query<{ rows: Array<Record<string, unknown>> }>(B, [id]);
console.log(JSON.stringify(a.rows[5]).slice(0, 400));
console.log(JSON.stringify(b.rows[0]!.rows[5]).slice(0, 400));
await database.close();
