// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The network's meetings (issue 15, ADR 0038): a meeting the municipality's editor plans, the people
 * who register for it (personal data, removed a set time after the meeting) and the actions agreed.
 *
 * - `meeting.starts_at` / `ends_at`: moments (timestamptz) made from a date and times in Europe/Amsterdam.
 * - `meeting_registration.status`: `confirmed` (has a place) or `waiting` (on the waiting list, in
 *   `seq` order); a cancelled registration is deleted. One registration per e-mail address per meeting.
 * - `cancel_hash`: the SHA-256 (hex) of the cancel link's token; never the token.
 * - `announcement_article_id`, `retrospective_article_id`: the news articles linked (no foreign key:
 *   the news module owns its table).
 *
 * - `meeting_action.due_on`: an ISO date as text (like the circle's plan); `seq` keeps the order recorded.
 *
 * Frozen: the lists of roles and statuses are copied here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 200`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('place_address', 'text', (c) => c.notNull())
    .addColumn('agenda', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity between 1 and 5000`))
    .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('announcement_article_id', 'uuid')
    .addColumn('retrospective_article_id', 'uuid')
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('meeting_ends_after_start', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('meeting_starts_idx').on('meeting').column('starts_at').execute();

  await db.schema
    .createTable('meeting_registration')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('resident', 'volunteer', 'professional')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('confirmed', 'waiting')`))
    .addColumn('cancel_hash', 'text', (c) => c.notNull().unique().check(sql`cancel_hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('meeting_registration_email_once', ['meeting_id', 'email'])
    .execute();

  await db.schema
    .createTable('meeting_action')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.check(sql`due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
    .addColumn('done', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_action_meeting_idx').on('meeting_action').column('meeting_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_action').execute();
  await db.schema.dropTable('meeting_registration').execute();
  await db.schema.dropTable('meeting').execute();
}
