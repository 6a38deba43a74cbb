// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The circle's API clients (issue 14 item 7, ADR 0033): a source system of one organisation that
 * registers, withdraws and lists that organisation's signals over /api/v1/circle.
 *
 * - `token_hash`: the SHA-256 (hex) of a random 32-byte token, shown once; never the token.
 * - `scopes`: what the client may do, from a fixed list.
 * - `rotated_at`: when the token was last replaced (the old one stops working at once);
 *   `revoked_at`: when the client was switched off for good.
 *
 * Frozen: the scope list is copied here.
 */
const SCOPES = ['circle:register', 'circle:withdraw', 'circle:read'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('circle_api_client')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique().check(sql`token_hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('scopes', sql`text[]`, (c) =>
      c.notNull().check(sql`scopes <@ array[${sql.join(SCOPES.map((s) => sql.lit(s)))}]::text[]`),
    )
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('rotated_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('circle_api_client_organisation_idx')
    .on('circle_api_client')
    .columns(['organisation_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('circle_api_client').execute();
}
