// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The circle (issue 14, ADR 0031): a Verwijsindex-style register of signals. Who, never what.
 *
 * - `circle_signal`: the active signals only. The young person as a pseudonym of the BSN (a chain of
 *   HMAC-SHA-256, key version and value; the BSN itself is never stored), the date of birth, the
 *   organisation and the registering professional with how to reach them, the day it was made and
 *   the day it ends by the calendar, and whether the parents and the young person were informed (or
 *   why that was postponed, from a fixed list). No reason, no content, no name.
 * - `circle_signal_parent`: the parents' pseudonyms of a signal, for family matches only.
 * - `circle_signal_tombstone`: what remains of an ended signal, with no column for a pseudonym or a
 *   date of birth.
 * - `circle_key_state`: the key version the stored pseudonyms are at, and a key check (the chain
 *   over a constant that is no BSN), never a key.
 *
 * A pseudonym is 43 characters of base64url: the check refuses anything else, a BSN included.
 * Frozen: lists are copied here.
 */
const INFORMING = ['informed', 'postponed', 'notRequired'];
const POSTPONE_REASONS = ['notReasonablyPossible', 'notInInterest'];
const END_REASONS = ['withdrawn', 'death', 'maxDuration', 'age23'];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));
const ISO_DATE = sql.lit('^[0-9]{4}-[0-9]{2}-[0-9]{2}$');
const PSEUDONYM = sql.lit('^[A-Za-z0-9_-]{43}$');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('circle_signal')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('registered_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    // How the others reach the registering professional, as they gave it.
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_role', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('pseudonym_version', 'integer', (c) => c.notNull().check(sql`pseudonym_version >= 1`))
    .addColumn('pseudonym', 'text', (c) => c.notNull().check(sql`pseudonym ~ ${PSEUDONYM}`))
    .addColumn('date_of_birth', 'text', (c) => c.notNull().check(sql`date_of_birth ~ ${ISO_DATE}`))
    .addColumn('registered_at', 'timestamptz', (c) => c.notNull())
    // The registration's day in Amsterdam, compared with the municipality's period.
    .addColumn('registered_on', 'text', (c) => c.notNull().check(sql`registered_on ~ ${ISO_DATE}`))
    // The day it ends by the calendar: two years (or the municipality's period), or the 23rd birthday.
    .addColumn('expires_on', 'text', (c) => c.notNull().check(sql`expires_on ~ ${ISO_DATE}`))
    .addColumn('parents_informing', 'text', (c) => c.notNull().check(sql`parents_informing in (${list(INFORMING)})`))
    .addColumn('parents_postponed_reason', 'text', (c) =>
      c.check(sql`parents_postponed_reason in (${list(POSTPONE_REASONS)})`),
    )
    .addColumn('young_person_informing', 'text', (c) =>
      c.notNull().check(sql`young_person_informing in (${list(INFORMING)})`),
    )
    .addColumn('young_person_postponed_reason', 'text', (c) =>
      c.check(sql`young_person_postponed_reason in (${list(POSTPONE_REASONS)})`),
    )
    .addCheckConstraint(
      'circle_signal_postponed_has_reason',
      sql`((parents_informing = 'postponed') = (parents_postponed_reason is not null))
      and ((young_person_informing = 'postponed') = (young_person_postponed_reason is not null))`,
    )
    .addCheckConstraint('circle_signal_contact', sql`contact_phone <> '' or contact_email <> ''`)
    .execute();
  // The client match and one active signal per organisation and young person.
  await db.schema
    .createIndex('circle_signal_pseudonym_organisation_unique')
    .on('circle_signal')
    .columns(['pseudonym', 'organisation_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('circle_signal_organisation_idx')
    .on('circle_signal')
    .columns(['organisation_id', 'registered_at'])
    .execute();
  // The daily sweep.
  await db.schema.createIndex('circle_signal_expires_idx').on('circle_signal').column('expires_on').execute();
  await db.schema.createIndex('circle_signal_registered_on_idx').on('circle_signal').column('registered_on').execute();

  await db.schema
    .createTable('circle_signal_parent')
    .addColumn('signal_id', 'uuid', (c) => c.notNull().references('circle_signal.id').onDelete('cascade'))
    .addColumn('pseudonym_version', 'integer', (c) => c.notNull().check(sql`pseudonym_version >= 1`))
    .addColumn('pseudonym', 'text', (c) => c.notNull().check(sql`pseudonym ~ ${PSEUDONYM}`))
    .addPrimaryKeyConstraint('circle_signal_parent_pk', ['signal_id', 'pseudonym'])
    .execute();
  // The family match.
  await db.schema
    .createIndex('circle_signal_parent_pseudonym_idx')
    .on('circle_signal_parent')
    .column('pseudonym')
    .execute();

  await db.schema
    .createTable('circle_signal_tombstone')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('registered_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('registered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz', (c) => c.notNull())
    .addColumn('end_reason', 'text', (c) => c.notNull().check(sql`end_reason in (${list(END_REASONS)})`))
    // Null: ended by the daily job.
    .addColumn('ended_by', 'uuid', (c) => c.references('app_user.id'))
    .execute();
  await db.schema
    .createIndex('circle_signal_tombstone_organisation_idx')
    .on('circle_signal_tombstone')
    .columns(['organisation_id', 'ended_at'])
    .execute();

  await db.schema
    .createTable('circle_key_state')
    .addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('key_check', 'text', (c) => c.notNull().check(sql`key_check ~ ${PSEUDONYM}`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('circle_key_state').execute();
  await db.schema.dropTable('circle_signal_tombstone').execute();
  await db.schema.dropTable('circle_signal_parent').execute();
  await db.schema.dropTable('circle_signal').execute();
}
