// SPDX-License-Identifier: EUPL-1.2
/** The owners of the identity module's objects, for the audit rows of refused access (ADR 0024). */
import { tablesOf } from '#src/db/handle.ts';
import type { ObjectOwners } from '#src/modules/audit/index.ts';
import type { IdentityTables } from './identity.table.ts';

/** This module's tables: the only ones its queries may name. */
const own = tablesOf<IdentityTables>();

export const identityObjectOwners: ObjectOwners = {
  user: async (db, id) => {
    // A user may belong to several organisations: the oldest membership names the organisation;
    // the user as data subject puts the attempt in their per-person overview, which the privacy
    // officer of each of their organisations can open.
    const row = await own(db)
      .selectFrom('membership')
      .select('organisation_id')
      .where('user_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id, subject: { kind: 'user', id } };
  },
  membership: async (db, id) => {
    const row = await own(db)
      .selectFrom('membership')
      .select(['organisation_id', 'user_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id, subject: { kind: 'user', id: row.user_id } };
  },
  invitation: async (db, id) => {
    const row = await own(db)
      .selectFrom('invitation')
      .select('organisation_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id };
  },
  organisation: async (db, id) => {
    const row = await own(db).selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst();
    return row && { organisationId: row.id };
  },
};
