// temporary check (not committed)
import { isDeepStrictEqual } from 'node:util';
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
import * as repo from '#src/modules/concerns/concern.repository.ts';
const [id] = process.argv.slice(2);
const database = await openDatabase(loadConfig());
const db = database.db;
const rows = await db.selectFrom('concern_entry as e').innerJoin('app_user as u', 'u.id', 'e.author_id')
  .select(['e.id','e.concern_id','e.seq','e.kind','e.author_id','u.display_name','e.created_at','e.occurred_at','e.corrects_id','e.data'])
  .where('e.concern_id', 'in', [id!]).orderBy('e.created_at').orderBy('e.seq').execute();
const old = rows.map((r) => ({ id: r.id, concernId: r.concern_id, seq: r.seq, kind: r.kind, data: r.data, authorId: r.author_id, authorName: r.display_name, createdAt: r.created_at, occurredAt: r.occurred_at, correctsId: r.corrects_id }));
const now = await repo.listEntries(db, [id!]);
console.log('equal', isDeepStrictEqual(old, now), old.length, now.length, JSON.stringify(Object.keys(old[0]!)) === JSON.stringify(Object.keys(now[0]!)));
console.log('empty', JSON.stringify(await repo.listEntries(db, ['00000000-0000-0000-0000-000000000000'])));
await database.close();
