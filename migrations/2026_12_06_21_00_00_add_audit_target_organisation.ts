// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The organisation an audited object belongs to, when that is not the actor's: set on the rows of
 * refused object access (`object.denied`, `route.denied`; ADR 0024), so that the privacy officer of
 * the organisation whose dossier was tried sees the attempt too. Null on every other row; the hash
 * chain covers it only when it is set, so rows written before this column verify as before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_event').addColumn('target_organisation_id', 'text').execute();
  await db.schema
    .createIndex('audit_event_target_organisation_idx')
    .on('audit_event')
    .columns(['target_organisation_id', 'id'])
    .where(sql.ref('target_organisation_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_event_target_organisation_idx').execute();
  await db.schema.alterTable('audit_event').dropColumn('target_organisation_id').execute();
}
