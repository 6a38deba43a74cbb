// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * Reports and advice requests to Veilig Thuis (issue 5).
 *
 * - `vt_report`: one report (melding) or advice request, received by a Veilig Thuis organisation,
 *   from a professional (linked to the reporter's concern) or from a resident (receipt code, stored
 *   as a SHA-256 hash only). Its content is a snapshot made when it was sent (`snapshot`); the
 *   intake's work on it is in `vt_report_event`.
 * - `vt_reporter`: who reported, kept apart from the report (domain.md §1.7: Veilig Thuis keeps a
 *   reporter's identity from the family). Only the intake of the receiving Veilig Thuis reads it.
 * - `vt_report_subject`: the radar keys (normalised name, date of birth, address) of the people a
 *   report is about, so earlier reports about the same person or household are found. Advice
 *   requests carry no identifying data, so they have none.
 * - `vt_report_event`: append-only, like concern entries.
 *
 * No column holds an IP address or a user agent (security.md T20). Frozen: lists are copied here.
 */
const KINDS = ['advice', 'report'];
const SOURCES = ['professional', 'resident'];
const STATUSES = ['received', 'assessing', 'monitoring', 'investigating', 'closed'];
const OUTCOMES = ['adviceGiven', 'handedOver', 'safetyConditions', 'investigation', 'closed'];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));
const ISO_DATE = sql.lit('^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('vt_report')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // A short number the intake can say on the phone.
    .addColumn('number', 'integer', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('veilig_thuis_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${list(KINDS)})`))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in (${list(SOURCES)})`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in (${list(STATUSES)})`))
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in (${list(OUTCOMES)})`))
    // The reporter judged the situation acutely unsafe (afwegingskader question 2, acute).
    .addColumn('acute_by_reporter', 'boolean', (c) => c.notNull().defaultTo(false))
    // The intake's triage: null until triaged; true = immediate action.
    .addColumn('acute', 'boolean')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    // The safety assessment is due 5 working days after receipt (Uitvoeringsbesluit Wmo 2015 art. 4.1.7).
    .addColumn('due_on', 'text', (c) => c.notNull().check(sql`due_on ~ ${ISO_DATE}`))
    .addColumn('assigned_to', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('triaged_at', 'timestamptz')
    .addColumn('assessed_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    // A professional's report: the concern it came from and who sent it (for the feedback).
    .addColumn('concern_id', 'uuid', (c) => c.references('concern.id'))
    .addColumn('reporter_organisation_id', 'uuid', (c) => c.references('organisation.id'))
    .addColumn('reporter_user_id', 'uuid', (c) => c.references('app_user.id'))
    // A resident's report: SHA-256 of the receipt code (the code itself is never stored).
    .addColumn('receipt_hash', 'text', (c) => c.unique())
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'vt_report_source_link',
      sql`(source = 'resident' and receipt_hash is not null and concern_id is null and reporter_user_id is null)
       or (source = 'professional' and receipt_hash is null and reporter_user_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('vt_report_inbox_idx')
    .on('vt_report')
    .columns(['veilig_thuis_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('vt_report_concern_idx')
    .on('vt_report')
    .column('concern_id')
    .where(sql.ref('concern_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('vt_reporter')
    .addColumn('report_id', 'uuid', (c) => c.primaryKey().references('vt_report.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    // The reporter asks to stay unknown to the family, and why (domain.md §1.7).
    .addColumn('stays_unknown', 'boolean', (c) => c.notNull())
    .addColumn('stays_unknown_reason', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('vt_report_subject')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('vt_report.id'))
    .addColumn('veilig_thuis_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('name_key', 'text')
    .addColumn('date_of_birth', 'text', (c) => c.check(sql`date_of_birth ~ ${ISO_DATE}`))
    .addColumn('address_key', 'text')
    .execute();
  await db.schema
    .createIndex('vt_report_subject_name_idx')
    .on('vt_report_subject')
    .columns(['veilig_thuis_id', 'name_key'])
    .execute();
  await db.schema
    .createIndex('vt_report_subject_address_idx')
    .on('vt_report_subject')
    .columns(['veilig_thuis_id', 'address_key'])
    .execute();
  await db.schema.createIndex('vt_report_subject_report_idx').on('vt_report_subject').column('report_id').execute();

  await db.schema
    .createTable('vt_report_event')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('vt_report.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // Null: the resident (who has no account).
    .addColumn('author_id', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addUniqueConstraint('vt_report_event_seq_unique', ['report_id', 'seq'])
    .execute();
  await sql`
    create function vt_report_event_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'vt_report_event is append-only';
    end $$`.execute(db);
  await sql`
    create trigger vt_report_event_no_update_delete before update or delete on vt_report_event
    for each row execute function vt_report_event_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('vt_report_event').execute();
  await sql`drop function vt_report_event_append_only()`.execute(db);
  await db.schema.dropTable('vt_report_subject').execute();
  await db.schema.dropTable('vt_reporter').execute();
  await db.schema.dropTable('vt_report').execute();
}
