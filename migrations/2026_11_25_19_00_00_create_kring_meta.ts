// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/** Installation facts: schema-independent key/value pairs (demo seed marker, instance id). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kring_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('kring_meta').execute();
}
