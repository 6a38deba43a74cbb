// SPDX-License-Identifier: EUPL-1.2
/** Everything a database holds, as text: every row of every table, and the job queue (leak scans). */
import { type Kysely, sql } from 'kysely';
import type { Database } from '#src/db/database.ts';

/** Every row of every public table and of pg-boss's job table, each as its text form. */
export async function databaseText(db: Kysely<Database>): Promise<string> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(
    db,
  );
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ r: string }>`select t::text as r from ${sql.table(table_name)} t`.execute(db);
    parts.push(...rows.rows.map((x) => x.r));
  }
  const jobs = await sql<{ r: string }>`select t::text as r from pgboss.job t`.execute(db).catch(() => ({
    rows: [] as { r: string }[],
  }));
  parts.push(...jobs.rows.map((x) => x.r));
  return parts.join('\n');
}
