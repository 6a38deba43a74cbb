// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's facts for the statistics (issue 15, ADR 0039): one row per team formed at a match in a
 * period, with only when it formed and when contact between its members was first recorded. No
 * pseudonym, no organisation, no person.
 */
import { type Handle, tablesOf } from '#src/db/handle.ts';
import type { CircleTables } from './circle.table.ts';

const own = tablesOf<CircleTables>();

/** One match (a team) as the statistics see it. */
export interface MatchFact {
  readonly formedAt: Date;
  readonly contactAt: Date | null;
}

/**
 * The teams formed in [from, to).
 * @param db the connection
 * @param from the first instant
 * @param to the instant after the last
 */
export async function matchFacts(db: Handle, from: Date, to: Date): Promise<MatchFact[]> {
  const rows = await own(db)
    .selectFrom('circle_team')
    .select(['formed_at', 'contact_recorded_at'])
    .where('formed_at', '>=', from)
    .where('formed_at', '<', to)
    .execute();
  return rows.map((r) => ({ formedAt: r.formed_at, contactAt: r.contact_recorded_at }));
}
