// SPDX-License-Identifier: EUPL-1.2
/** Whether the database answers (the readiness probe). */
import { type Kysely, sql } from 'kysely';

/**
 * Runs the smallest query there is; rejects when the database does not answer.
 * @param db any Kysely instance
 */
export async function pingDatabase<DB>(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
