// SPDX-License-Identifier: EUPL-1.2
/**
 * The owner of the circle's signals, for the audit rows of refused access (ADR 0024): the
 * organisation only (of an active signal, its tombstone, or an API client). A signal names no person the audit log knows (the young person is a pseudonym).
 */
import { tablesOf } from '#src/db/handle.ts';
import type { ObjectOwners } from '#src/modules/audit/index.ts';
import type { CircleTables } from './circle.table.ts';

/** This module's tables: the only ones its queries may name. */
const own = tablesOf<CircleTables>();

/**
 * The owners of the circle's objects, for the audit rows of refused access (ADR 0024): an API client,
 * and a signal (active, or its tombstone).
 */
export const circleObjectOwners: ObjectOwners = {
  circle_signal: async (db, id) => {
    const active = await own(db)
      .selectFrom('circle_signal')
      .select('organisation_id')
      .where('id', '=', id)
      .executeTakeFirst();
    const row =
      active ??
      (await own(db)
        .selectFrom('circle_signal_tombstone')
        .select('organisation_id')
        .where('id', '=', id)
        .executeTakeFirst());
    return row && { organisationId: row.organisation_id };
  },
  // A team is several organisations' work; its refusals go to the organisation that signalled first.
  circle_team: async (db, id) => {
    const row = await own(db)
      .selectFrom('circle_team_member as m')
      .innerJoin('circle_signal as s', 's.id', 'm.signal_id')
      .select('s.organisation_id')
      .where('m.team_id', '=', id)
      .orderBy('s.registered_at')
      .orderBy('s.id')
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id };
  },
  // An action of a plan belongs to its team, and so to the organisation that signalled first.
  circle_plan_action: async (db, id) => {
    const row = await own(db)
      .selectFrom('circle_plan_action as a')
      .innerJoin('circle_team_member as m', 'm.team_id', 'a.team_id')
      .innerJoin('circle_signal as s', 's.id', 'm.signal_id')
      .select('s.organisation_id')
      .where('a.id', '=', id)
      .orderBy('s.registered_at')
      .orderBy('s.id')
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id };
  },
  circle_api_client: async (db, id) => {
    const row = await own(db)
      .selectFrom('circle_api_client')
      .select('organisation_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id };
  },
};
