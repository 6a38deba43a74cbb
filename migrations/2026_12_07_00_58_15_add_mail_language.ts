// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The language Kring writes e-mail to a person in (Dutch unless they chose English on their account
 * page): notices, reminders and the intake's deadline come from the message files in that language.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('app_user')
    .addColumn('mail_locale', 'text', (c) => c.notNull().defaultTo('nl').check(sql`mail_locale in ('nl', 'en')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('app_user').dropColumn('mail_locale').execute();
}
