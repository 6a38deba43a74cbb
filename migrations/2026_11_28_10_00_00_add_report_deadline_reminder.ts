// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';

/**
 * When the overdue safety assessment of a report (or an unanswered advice request) was brought to the
 * intake's attention: one reminder per report, claimed by setting this (issue 5).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('vt_report').addColumn('due_reminded_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('vt_report').dropColumn('due_reminded_at').execute();
}
