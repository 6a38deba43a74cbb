// SPDX-License-Identifier: EUPL-1.2
/**
 * The only queries on audit_event: append (serialised, in the caller's transaction), read in order
 * (the verifier, the anchor's head and checkpointed row), and the privacy officer's reads (the
 * organisation's log, one person's overview).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '#src/db/database.ts';
import type { AuditEventRow, NewAuditEventRow } from './audit.table.ts';

/** Advisory lock key that serialises appends, so every row chains to the one committed before it. */
const AUDIT_APPEND_LOCK = 7_513_001;

/**
 * Takes the append lock (held until the transaction ends) and returns the last row's hash.
 * @param trx the transaction of the audited action
 */
export async function lockChainHead(trx: Transaction<Database>): Promise<string | undefined> {
  // Two transactions appending at once would both chain to the same head; the lock makes the second
  // wait until the first commits or rolls back.
  await sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_event').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last?.hash;
}

/** Inserts one audit row. */
export async function insertAuditEvent(trx: Transaction<Database>, row: NewAuditEventRow): Promise<void> {
  await trx.insertInto('audit_event').values(row).execute();
}

/**
 * Audit rows in id order, after `afterId`, at most `limit`.
 * @param db database or transaction
 */
export async function auditRowsAfter(db: Kysely<Database>, afterId: string, limit: number): Promise<AuditEventRow[]> {
  const rows = await db
    .selectFrom('audit_event')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id) }));
}

/**
 * The newest row's id and hash (the chain's head), or undefined when the log is empty.
 * @param db database or transaction
 */
export async function chainHead(db: Kysely<Database>): Promise<{ id: string; hash: string } | undefined> {
  const row = await db
    .selectFrom('audit_event')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { id: String(row.id), hash: row.hash };
}

/**
 * One row's hash by id, or undefined when there is no such row.
 * @param db database or transaction
 * @param id the row id (digits)
 */
export async function auditRowById(db: Kysely<Database>, id: string): Promise<{ hash: string } | undefined> {
  return db.selectFrom('audit_event').select('hash').where('id', '=', id).executeTakeFirst();
}

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
  readonly userName: string | null;
  readonly organisationName: string | null;
  readonly role: string | null;
  readonly action: AuditEventRow['event_action_code'];
  readonly type: string;
  readonly purpose: string;
}

/**
 * Every row about one data subject (in every organisation), newest first.
 * @param db database or transaction
 * @param pseudonym the subject's pseudonym (subjectPseudonym)
 * @param page keyset (rows with a smaller id) and size
 */
export async function listSubjectEvents(
  db: Kysely<Database>,
  pseudonym: string,
  page: { readonly before?: string; readonly limit: number },
): Promise<SubjectLogEntry[]> {
  let query = db
    .selectFrom('audit_event')
    .leftJoin('app_user', (join) => join.on(sql<boolean>`app_user.id::text = audit_event.user_id`))
    .leftJoin('organisation', (join) => join.on(sql<boolean>`organisation.id::text = audit_event.organisation_id`))
    .select([
      'audit_event.id',
      'audit_event.event_date_time',
      'app_user.display_name',
      'organisation.name',
      'audit_event.role_id_code',
      'audit_event.event_action_code',
      'audit_event.event_type_code',
      'audit_event.purpose_of_use',
    ])
    .where('audit_event.data_subject_pseudonym', '=', pseudonym);
  if (page.before !== undefined) query = query.where('audit_event.id', '<', page.before);
  const rows = await query.orderBy('audit_event.id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({
    id: String(r.id),
    time: new Date(r.event_date_time),
    userName: r.display_name,
    organisationName: r.name,
    role: r.role_id_code,
    action: r.event_action_code,
    type: r.event_type_code,
    purpose: r.purpose_of_use,
  }));
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
