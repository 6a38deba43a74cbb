// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The concern dossier (issue 4): the people a concern is about, their households, the concerns
 * (one per person and worry, owned by an organisation), the colleagues explicitly added to a
 * concern, the append-only entries (every observation, consultation, conversation, weighing and
 * decision; a correction is a new entry pointing to the one it corrects), consultation requests
 * (for the 5-working-day reminder) and attachments (files live outside the database, named by a
 * server id). Calendar dates are ISO text (`YYYY-MM-DD`): identical on PGlite and PostgreSQL and
 * free of time-zone shifts. Frozen: the lists in the checks are copied, not imported.
 */
const STATUSES = ['signals', 'consultation', 'conversation', 'weighing', 'deciding', 'helping', 'report', 'closed'];
const AGE_GROUPS = ['child', 'adult', 'older'];
const SECTORS = ['education', 'childcare', 'healthCare', 'youthCare', 'socialWork', 'sport'];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));
const ISO_DATE = sql.lit('^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.check(sql`date_of_birth ~ ${ISO_DATE}`))
    .addColumn('age_group', 'text', (c) => c.notNull().check(sql`age_group in (${list(AGE_GROUPS)})`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('person_organisation_idx').on('person').column('organisation_id').execute();

  await db.schema
    .createTable('concern')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in (${list(STATUSES)})`))
    .addColumn('sector', 'text', (c) => c.notNull().check(sql`sector in (${list(SECTORS)})`))
    // The concern this one was opened from (kindcheck: a child in the household of the first person).
    .addColumn('parent_id', 'uuid', (c) => c.references('concern.id'))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    // The agreed check date of the help (afwegingskader question 5).
    .addColumn('check_date', 'text', (c) => c.check(sql`check_date ~ ${ISO_DATE}`))
    .addColumn('check_reminded_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('entry_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('concern_organisation_status_idx')
    .on('concern')
    .columns(['organisation_id', 'status'])
    .execute();
  await db.schema.createIndex('concern_person_idx').on('concern').column('person_id').execute();

  await db.schema
    .createTable('concern_member')
    .addColumn('concern_id', 'uuid', (c) => c.notNull().references('concern.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('added_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('concern_member_pk', ['concern_id', 'user_id'])
    .execute();
  await db.schema.createIndex('concern_member_user_idx').on('concern_member').column('user_id').execute();

  await db.schema
    .createTable('household_member')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.check(sql`date_of_birth ~ ${ISO_DATE}`))
    .addColumn('age_years', 'integer', (c) => c.check(sql`age_years between 0 and 130`))
    // The person this member became when a concern was opened for them (kindcheck).
    .addColumn('linked_person_id', 'uuid', (c) => c.references('person.id'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('household_member_person_idx').on('household_member').column('person_id').execute();

  await db.schema
    .createTable('concern_entry')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('concern_id', 'uuid', (c) => c.notNull().references('concern.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    // When it happened (an observation), if not when it was written down.
    .addColumn('occurred_at', 'timestamptz')
    // Whether a time of day was given (else only the date of occurred_at counts).
    .addColumn('occurred_time_known', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('corrects_id', 'uuid', (c) => c.references('concern_entry.id'))
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addUniqueConstraint('concern_entry_seq_unique', ['concern_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('concern_entry_corrects_idx')
    .on('concern_entry')
    .column('corrects_id')
    .where(sql.ref('corrects_id'), 'is not', null)
    .execute();
  // Append-only: a correction is a new entry; nothing is changed or removed in place.
  await sql`
    create function concern_entry_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'concern_entry is append-only';
    end $$`.execute(db);
  await sql`
    create trigger concern_entry_no_update_delete before update or delete on concern_entry
    for each row execute function concern_entry_append_only()`.execute(db);

  await db.schema
    .createTable('consultation_request')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('concern_id', 'uuid', (c) => c.notNull().references('concern.id'))
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    // A chosen aandachtsfunctionaris, or null for any of the organisation's.
    .addColumn('lead_id', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    // Five working days after the request: unanswered by then → reminder.
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('reminded_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('consultation_request_concern_idx')
    .on('consultation_request')
    .column('concern_id')
    .execute();

  await db.schema
    .createTable('concern_attachment')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('concern_id', 'uuid', (c) => c.notNull().references('concern.id'))
    .addColumn('entry_id', 'uuid', (c) => c.notNull().references('concern_entry.id'))
    // The file's name in the attachment store: a server-made UUID, never user input.
    .addColumn('stored_id', 'text', (c) => c.notNull().unique())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('concern_attachment_concern_idx').on('concern_attachment').column('concern_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('concern_attachment').execute();
  await db.schema.dropTable('consultation_request').execute();
  await db.schema.dropTable('concern_entry').execute();
  await sql`drop function concern_entry_append_only()`.execute(db);
  await db.schema.dropTable('household_member').execute();
  await db.schema.dropTable('concern_member').execute();
  await db.schema.dropTable('concern').execute();
  await db.schema.dropTable('person').execute();
}
