// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy officer's read model (NEN 7513 access overview): the organisation's audit log with
 * filters, one person's overview, and what it links (the reports about a person, the reporters who
 * asked to stay unknown to the family, the names of persons and members). It reads across modules on
 * purpose, and only reads: audit_event (the audit kernel's), person/concern (concerns), vt_report and
 * its reporter (reports), app_user/membership/organisation (identity). Documented in
 * docs/architecture.md ("The privacy module's read model").
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '#src/db/database.ts';
import type { AuditEventRow } from '#src/modules/audit/index.ts';

// Reading the log (the privacy officer's pages). Users and organisations are joined by text: the
// audit columns are text (they outlive the rows they point at), the identity ids are uuid.

/** One row of the organisation's log, with the user's name and e-mail where the user still exists. */
export interface AuditLogEntry {
  readonly id: string;
  readonly time: Date;
  readonly action: AuditEventRow['event_action_code'];
  readonly type: string;
  readonly outcome: AuditEventRow['event_outcome_indicator'];
  readonly userId: string | null;
  readonly userName: string | null;
  readonly userEmail: string | null;
  readonly role: string | null;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly purpose: string;
  /** The organisation the actor acted for, and its name where it still exists. */
  readonly organisationId: string | null;
  readonly organisationName: string | null;
}

/** What the organisation's log is filtered on. */
export interface AuditLogFilter {
  /**
   * Rows of this organisation, sign-in rows (no organisation yet) of its members, and refusals of
   * another organisation's actor to reach this organisation's objects (ADR 0024).
   */
  readonly organisationId: string;
  readonly userId?: string;
  /** Event type code starts with this (matched literally: % and _ are escaped). */
  readonly typePrefix?: string;
  /** At or after. */
  readonly from?: Date;
  /** Before (exclusive). */
  readonly until?: Date;
  /** Keyset: rows with a smaller id. */
  readonly before?: string;
  readonly limit: number;
}

/** Escapes a LIKE pattern so that it matches literally (backslash is PostgreSQL's default escape). */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The organisation's audit rows, newest first.
 * @param db database or transaction
 * @param filter the scope, filters and page
 */
export async function listAuditEvents(db: Kysely<Database>, filter: AuditLogFilter): Promise<AuditLogEntry[]> {
  const { organisationId } = filter;
  let query = db
    .selectFrom('audit_event')
    .leftJoin('app_user', (join) => join.on(sql<boolean>`app_user.id::text = audit_event.user_id`))
    .leftJoin('organisation', (join) => join.on(sql<boolean>`organisation.id::text = audit_event.organisation_id`))
    .select([
      'audit_event.id',
      'audit_event.event_date_time',
      'audit_event.event_action_code',
      'audit_event.event_type_code',
      'audit_event.event_outcome_indicator',
      'audit_event.user_id',
      'app_user.display_name',
      'app_user.email',
      'audit_event.role_id_code',
      'audit_event.participant_object_type_code',
      'audit_event.participant_object_id',
      'audit_event.purpose_of_use',
      'audit_event.organisation_id',
      'organisation.name as organisation_name',
    ])
    .where((eb) =>
      eb.or([
        eb('audit_event.organisation_id', '=', organisationId),
        eb('audit_event.target_organisation_id', '=', organisationId),
        eb.and([
          eb('audit_event.organisation_id', 'is', null),
          eb(
            'audit_event.user_id',
            'in',
            eb
              .selectFrom('membership')
              .select(sql<string>`membership.user_id::text`.as('member_id'))
              .where('membership.organisation_id', '=', organisationId),
          ),
        ]),
      ]),
    );
  if (filter.userId !== undefined) query = query.where('audit_event.user_id', '=', filter.userId);
  if (filter.typePrefix) query = query.where('audit_event.event_type_code', 'like', likePrefix(filter.typePrefix));
  if (filter.from) query = query.where('audit_event.event_date_time', '>=', filter.from);
  if (filter.until) query = query.where('audit_event.event_date_time', '<', filter.until);
  if (filter.before !== undefined) query = query.where('audit_event.id', '<', filter.before);
  const rows = await query.orderBy('audit_event.id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: String(r.id),
    time: new Date(r.event_date_time),
    action: r.event_action_code,
    type: r.event_type_code,
    outcome: r.event_outcome_indicator,
    userId: r.user_id,
    userName: r.display_name,
    userEmail: r.email,
    role: r.role_id_code,
    objectType: r.participant_object_type_code,
    objectId: r.participant_object_id,
    purpose: r.purpose_of_use,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
  }));
}

/** One row about a data subject, as the per-person overview shows it (NEN 7513 ch. 9). */
export interface SubjectLogEntry {
  readonly id: string;
  readonly time: Date;
  /** Who acted (null: Kring itself, or someone without an account). */
  readonly userId: string | null;
  readonly userName: string | null;
  /** The organisation the actor acted for, its name and kind where it still exists. */
  readonly organisationId: string | null;
  readonly organisationName: string | null;
  readonly organisationType: string | null;
  readonly role: string | null;
  readonly action: AuditEventRow['event_action_code'];
  readonly type: string;
  readonly outcome: AuditEventRow['event_outcome_indicator'];
  readonly purpose: string;
}

/** A page of the rows about a data subject: newest first before a row, or oldest first after one. */
export type SubjectPage =
  | { readonly order: 'newest'; readonly before?: string; readonly limit: number }
  | { readonly order: 'oldest'; readonly after?: string; readonly limit: number };

/**
 * The rows about a data subject (in every organisation), under any of its pseudonyms: the person's
 * own, and those of the reports to Veilig Thuis about them (ADR 0029).
 * @param db database or transaction
 * @param pseudonyms the subject's pseudonyms (subjectPseudonym); none finds nothing
 * @param page order, keyset and size
 */
export async function listSubjectEvents(
  db: Kysely<Database>,
  pseudonyms: readonly string[],
  page: SubjectPage,
): Promise<SubjectLogEntry[]> {
  if (pseudonyms.length === 0) return [];
  let query = db
    .selectFrom('audit_event')
    .leftJoin('app_user', (join) => join.on(sql<boolean>`app_user.id::text = audit_event.user_id`))
    .leftJoin('organisation', (join) => join.on(sql<boolean>`organisation.id::text = audit_event.organisation_id`))
    .select([
      'audit_event.id',
      'audit_event.event_date_time',
      'audit_event.user_id',
      'app_user.display_name',
      'audit_event.organisation_id',
      'organisation.name',
      'organisation.type',
      'audit_event.role_id_code',
      'audit_event.event_action_code',
      'audit_event.event_type_code',
      'audit_event.event_outcome_indicator',
      'audit_event.purpose_of_use',
    ])
    .where('audit_event.data_subject_pseudonym', 'in', [...pseudonyms]);
  if (page.order === 'newest') {
    if (page.before !== undefined) query = query.where('audit_event.id', '<', page.before);
    query = query.orderBy('audit_event.id', 'desc');
  } else {
    if (page.after !== undefined) query = query.where('audit_event.id', '>', page.after);
    query = query.orderBy('audit_event.id', 'asc');
  }
  const rows = await query.limit(page.limit).execute();
  return rows.map((r) => ({
    id: String(r.id),
    time: new Date(r.event_date_time),
    userId: r.user_id,
    userName: r.display_name,
    organisationId: r.organisation_id,
    organisationName: r.name,
    organisationType: r.type,
    role: r.role_id_code,
    action: r.event_action_code,
    type: r.event_type_code,
    outcome: r.event_outcome_indicator,
    purpose: r.purpose_of_use,
  }));
}

// The persons a concern is about (data subjects), as the privacy officer finds them.

/** A person about whom a concern was recorded, as the privacy officer's search finds them. */
export interface SubjectMatch {
  readonly id: string;
  readonly fullName: string;
  readonly dateOfBirth: string | null;
}

/**
 * The persons of an organisation whose name contains the text (matched literally: % and _ are
 * escaped), by name.
 * @param db database or transaction
 * @param text part of the name
 * @param limit at most this many
 */
export async function personsByName(
  db: Kysely<Database>,
  organisationId: string,
  text: string,
  limit: number,
): Promise<SubjectMatch[]> {
  const rows = await db
    .selectFrom('person')
    .select(['id', 'full_name', 'date_of_birth'])
    .where('organisation_id', '=', organisationId)
    .where('full_name', 'ilike', `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    .orderBy('full_name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, dateOfBirth: r.date_of_birth }));
}

/**
 * The name of a person (a data subject of a concern) of the organisation, or undefined.
 * @param db database or transaction
 * @param id a uuid (checked by the caller)
 */
export async function personName(
  db: Kysely<Database>,
  id: string,
  organisationId: string,
): Promise<string | undefined> {
  const person = await db
    .selectFrom('person')
    .select('full_name')
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return person?.full_name;
}

// What the overview of a person (a data subject of a concern) links to them (ADR 0029).

/**
 * The reports to Veilig Thuis filed from a concern about this person (reports, not the nameless
 * advice requests): Veilig Thuis's reads and steps on them are audited with the report as subject.
 * @param db database or transaction
 * @param personId the person (a uuid, checked by the caller)
 */
export async function reportsAboutPerson(db: Kysely<Database>, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('vt_report')
    .innerJoin('concern', 'concern.id', 'vt_report.concern_id')
    .select('vt_report.id')
    .where('concern.person_id', '=', personId)
    .where('vt_report.kind', '=', 'report')
    .orderBy('vt_report.id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The users whose name the overview of this person must not hand over: whoever filed a report to
 * Veilig Thuis in which the reporter asked to stay unknown to the family, and whoever wrote an
 * observation that report sent, about this person or about someone of the same household (a
 * household member with a concern of their own, either way round).
 * @param db database or transaction
 * @param personId the person (a uuid, checked by the caller)
 */
export async function protectedReporters(db: Kysely<Database>, personId: string): Promise<string[]> {
  const linked = await db
    .selectFrom('household_member')
    .select(['person_id', 'linked_person_id'])
    .where((eb) => eb.or([eb('person_id', '=', personId), eb('linked_person_id', '=', personId)]))
    .where('linked_person_id', 'is not', null)
    .execute();
  const persons = [...new Set([personId, ...linked.flatMap((m) => [m.person_id, m.linked_person_id!])])];
  const reports = await db
    .selectFrom('vt_report')
    .innerJoin('vt_reporter', 'vt_reporter.report_id', 'vt_report.id')
    .innerJoin('concern', 'concern.id', 'vt_report.concern_id')
    .select(['vt_report.concern_id', 'vt_report.reporter_user_id', 'vt_report.snapshot'])
    .where('concern.person_id', 'in', persons)
    .where('vt_report.kind', '=', 'report')
    .where('vt_reporter.stays_unknown', '=', true)
    .execute();
  const users = new Set<string>();
  for (const report of reports) {
    if (report.reporter_user_id) users.add(report.reporter_user_id);
    // The observations the report sent: their authors contributed to it.
    const observations = (report.snapshot as { observations?: unknown }).observations;
    const seqs = Array.isArray(observations)
      ? observations.flatMap((o) => (typeof o?.seq === 'number' ? [o.seq as number] : []))
      : [];
    if (report.concern_id && seqs.length > 0) {
      const authors = await db
        .selectFrom('concern_entry')
        .select('author_id')
        .distinct()
        .where('concern_id', '=', report.concern_id)
        .where('seq', 'in', seqs)
        .execute();
      for (const a of authors) users.add(a.author_id);
    }
  }
  return [...users].sort();
}

/**
 * The id of the user with this e-mail address (normalised by the caller), or undefined.
 * @param db database or transaction
 */
export async function userIdByEmail(db: Kysely<Database>, email: string): Promise<string | undefined> {
  const row = await db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id;
}

/**
 * The display name of a user who is a member of an organisation, or undefined when they are not.
 * @param db database or transaction
 * @param userId a uuid (checked by the caller)
 */
export async function memberName(
  db: Kysely<Database>,
  userId: string,
  organisationId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_user')
    .innerJoin('membership', 'membership.user_id', 'app_user.id')
    .select('app_user.display_name')
    .where('app_user.id', '=', userId)
    .where('membership.organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.display_name;
}
