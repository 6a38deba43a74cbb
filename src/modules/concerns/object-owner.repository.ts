// SPDX-License-Identifier: EUPL-1.2
/**
 * The owners of the concern module's objects, for the audit rows of refused access (ADR 0024): the
 * organisation, and the person the object is about.
 */
import { tablesOf } from '#src/db/handle.ts';
import type { ObjectOwners } from '#src/modules/audit/index.ts';
import type { ConcernsTables } from './concern.table.ts';

/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ConcernsTables>();

export const concernObjectOwners: ObjectOwners = {
  concern: async (db, id) => {
    const row = await own(db)
      .selectFrom('concern')
      .select(['organisation_id', 'person_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id, subject: { kind: 'person', id: row.person_id } };
  },
  concern_attachment: async (db, id) => {
    const row = await own(db)
      .selectFrom('concern_attachment')
      .innerJoin('concern', 'concern.id', 'concern_attachment.concern_id')
      .select(['concern.organisation_id', 'concern.person_id'])
      .where('concern_attachment.id', '=', id)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id, subject: { kind: 'person', id: row.person_id } };
  },
  household_member: async (db, id) => {
    const row = await own(db)
      .selectFrom('household_member')
      .innerJoin('person', 'person.id', 'household_member.person_id')
      .select(['person.organisation_id', 'person.id as person_id'])
      .where('household_member.id', '=', id)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id, subject: { kind: 'person', id: row.person_id } };
  },
  person: async (db, id) => {
    const row = await own(db).selectFrom('person').select('organisation_id').where('id', '=', id).executeTakeFirst();
    return row && { organisationId: row.organisation_id, subject: { kind: 'person', id } };
  },
};
