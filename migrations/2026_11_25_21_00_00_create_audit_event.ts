// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The NEN 7513 / BIO 8.15 audit log: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE),
 * hash-chained rows. Column names follow the Logius "Logboek dataverwerkingen" NEN 7513 extension,
 * in snake_case.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('event_id', 'uuid', (c) => c.notNull().unique().defaultTo(sql`gen_random_uuid()`))
    .addColumn('event_date_time', 'timestamptz', (c) => c.notNull())
    .addColumn('event_action_code', 'text', (c) =>
      c.notNull().check(sql`event_action_code in ('C', 'R', 'U', 'D', 'E')`),
    )
    .addColumn('event_type_code', 'text', (c) => c.notNull())
    .addColumn('event_outcome_indicator', 'smallint', (c) =>
      c.notNull().check(sql`event_outcome_indicator in (0, 4, 8, 12)`),
    )
    .addColumn('user_id', 'text')
    .addColumn('role_id_code', 'text')
    .addColumn('organisation_id', 'text')
    .addColumn('on_behalf_of_user_id', 'text')
    .addColumn('purpose_of_use', 'text', (c) => c.notNull())
    .addColumn('network_access_point_id', 'text')
    .addColumn('participant_object_type_code', 'text')
    .addColumn('participant_object_id', 'text')
    .addColumn('data_subject_pseudonym', 'text')
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_event_subject_idx')
    .on('audit_event')
    .columns(['data_subject_pseudonym', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_event_object_idx')
    .on('audit_event')
    .columns(['participant_object_type_code', 'participant_object_id'])
    .execute();
  await sql`
    create function audit_event_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only()`.execute(db);
  await sql`
    create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_event').execute();
  await sql`drop function audit_event_append_only()`.execute(db);
}
