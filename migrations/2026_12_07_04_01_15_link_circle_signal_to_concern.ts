// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';

/**
 * A signal registered from a concern dossier remembers that dossier (issue 14), so that the concern
 * page shows the circle's state for its person ("registered on …", "N others involved") without
 * copying anything from the circle into the dossier or from the dossier into the circle: only the
 * organisation's own dossier's id, which ends with the signal (a tombstone has no such column).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('circle_signal')
    .addColumn('concern_id', 'uuid', (c) => c.references('concern.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('circle_signal_concern_idx')
    .on('circle_signal')
    .columns(['organisation_id', 'concern_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('circle_signal_concern_idx').execute();
  await db.schema.alterTable('circle_signal').dropColumn('concern_id').execute();
}
