// temporary profiling harness (not committed)
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
const [id, n = '60'] = process.argv.slice(2);
const database = await openDatabase(loadConfig());
const pg = database.pglite!;
async function time(label: string, q: string) {
  const t: number[] = [];
  for (let i = 0; i < Number(n); i++) { const t0 = performance.now(); await pg.query(q, [id]); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(28), 'min', t[0]!.toFixed(2), 'p25', t[t.length >> 2]!.toFixed(2), 'p50', t[t.length >> 1]!.toFixed(2));
}
const cols = 'e.id, e.concern_id, e.seq, e.kind, e.author_id, e.created_at, e.occurred_at, e.corrects_id';
for (let k = 0; k < 2; k++) {
await time('full', `select ${cols}, u.display_name, e.data from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1 order by e.created_at, e.seq`);
await time('no order', `select ${cols}, u.display_name, e.data from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1`);
await time('no join', `select ${cols}, e.data from concern_entry e where e.concern_id = $1 order by e.created_at, e.seq`);
await time('no data', `select ${cols}, u.display_name from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1 order by e.created_at, e.seq`);
await time('data::text', `select ${cols}, u.display_name, e.data::text from concern_entry e join app_user u on u.id = e.author_id where e.concern_id = $1 order by e.created_at, e.seq`);
await time('only data', `select e.data from concern_entry e where e.concern_id = $1`);
await time('only data::text', `select e.data::text from concern_entry e where e.concern_id = $1`);
await time('only timestamps', `select e.created_at, e.occurred_at from concern_entry e where e.concern_id = $1`);
await time('only uuids', `select e.id, e.concern_id, e.author_id, e.corrects_id from concern_entry e where e.concern_id = $1`);
}
await database.close();
