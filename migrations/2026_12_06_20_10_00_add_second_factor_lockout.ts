// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';

/**
 * Wrong second-factor codes counted per account, across sign-ins and languages, and the time until
 * which the second factor is locked after too many (issue 11, finding 7).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('app_user')
    .addColumn('failed_codes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('codes_locked_until', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('app_user').dropColumn('failed_codes').dropColumn('codes_locked_until').execute();
}
