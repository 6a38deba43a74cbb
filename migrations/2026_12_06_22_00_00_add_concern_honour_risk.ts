// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The answer to the question every concern asks with its first signal (ADR 0027, docs/domain.md §9): are there signs of
 * honour-related violence, forced marriage, female genital mutilation or abandonment abroad? `yes`,
 * `no` or `unknown`; null means not asked yet (every concern opened before this migration, and a
 * concern opened from another one's household until its first signal). Frozen: the list is copied.
 */
const ANSWERS = ['yes', 'no', 'unknown'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('concern')
    .addColumn('honour_risk', 'text', (c) => c.check(sql`honour_risk in (${sql.join(ANSWERS.map((a) => sql.lit(a)))})`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('concern').dropColumn('honour_risk').execute();
}
