// temporary profiling harness (not committed)
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
import * as repo from '#src/modules/concerns/concern.repository.ts';
const [id, n = '500'] = process.argv.slice(2);
const database = await openDatabase(loadConfig());
const t: number[] = [];
for (let i = 0; i < Number(n); i++) { const t0 = performance.now(); await repo.listEntries(database.db, [id!]); t.push(performance.now() - t0); }
t.sort((a, b) => a - b);
console.log('listEntries min', t[0]!.toFixed(2), 'p25', t[t.length >> 2]!.toFixed(2), 'p50', t[t.length >> 1]!.toFixed(2));
await database.close();
