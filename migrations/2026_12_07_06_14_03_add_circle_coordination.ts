// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * Working together after a match (issue 14 item 4, ADR 0035).
 *
 * - `circle_team`: the professionals around one young person or family: the signals that match each
 *   other, directly or through one another. When it formed, when contact between them was first
 *   recorded, and when the want of contact was flagged (after 10 working days).
 * - `circle_team_member`: a signal's place in a team (one team per signal). It goes with the signal
 *   when that ends (`on delete cascade`): an ended signal is in no team.
 * - `circle_coordination`: append-only, who proposed which signal's professional as coordinator and
 *   who accepted or declined; the rule of the municipality proposes with `by_user` null.
 * - `circle_consent`: the consent of the parents or the young person that allows the plan to be
 *   shared, with its date and scope.
 * - `circle_plan_action`: the shared plan's agreed actions, each with an owner (a member signal), a
 *   due date and progress.
 *
 * Coordination, consent and actions name signals by id without a foreign key: the id outlives the
 * signal in its tombstone. They go with their team. Frozen: lists are copied here.
 */
const ISO_DATE = sql.lit('^[0-9]{4}-[0-9]{2}-[0-9]{2}$');
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('circle_team')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('formed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('contact_recorded_at', 'timestamptz')
    .addColumn('contact_recorded_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('no_contact_flagged_at', 'timestamptz')
    .execute();
  // The daily flag looks for teams without contact.
  await db.schema.createIndex('circle_team_formed_idx').on('circle_team').column('formed_at').execute();

  await db.schema
    .createTable('circle_team_member')
    .addColumn('signal_id', 'uuid', (c) => c.primaryKey().references('circle_signal.id').onDelete('cascade'))
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('circle_team.id').onDelete('cascade'))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('circle_team_member_team_idx').on('circle_team_member').column('team_id').execute();

  await db.schema
    .createTable('circle_coordination')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('circle_team.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in (${list(['proposed', 'accepted', 'declined'])})`))
    .addColumn('signal_id', 'uuid', (c) => c.notNull())
    .addColumn('by_user', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('circle_coordination_team_idx')
    .on('circle_coordination')
    .columns(['team_id', 'id'])
    .execute();

  await db.schema
    .createTable('circle_consent')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('circle_team.id').onDelete('cascade'))
    .addColumn('given_by', 'text', (c) =>
      c.notNull().check(sql`given_by in (${list(['parents', 'youngPerson', 'both'])})`),
    )
    .addColumn('given_on', 'text', (c) => c.notNull().check(sql`given_on ~ ${ISO_DATE}`))
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`length(scope) between 1 and 500`))
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('circle_consent_team_idx').on('circle_consent').column('team_id').execute();

  await db.schema
    .createTable('circle_plan_action')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('circle_team.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull().check(sql`length(description) between 1 and 500`))
    .addColumn('owner_signal_id', 'uuid', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull().check(sql`due_on ~ ${ISO_DATE}`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in (${list(['open', 'done'])})`))
    .addColumn('progress', 'text', (c) => c.notNull().defaultTo('').check(sql`length(progress) <= 500`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('circle_plan_action_team_idx')
    .on('circle_plan_action')
    .columns(['team_id', 'due_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['circle_plan_action', 'circle_consent', 'circle_coordination', 'circle_team_member']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable('circle_team').execute();
}
