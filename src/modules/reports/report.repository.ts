// SPDX-License-Identifier: EUPL-1.2
/** Queries of reports to Veilig Thuis. Every function takes the transaction it runs in. */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import { displayNames, organisationName } from '#src/modules/identity/index.ts';
import type { ReportsTables } from './report.table.ts';
import type { ReportEventDataByKind, ReportEventKind, ReportSnapshot } from './snapshot.ts';
import type { AssessmentOutcome, ReportKind, ReportSource, ReportStatus } from './workflow.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ReportsTables>();

/** A report as the intake and the policy see it. */
export interface ReportRow {
  readonly id: string;
  readonly number: number;
  readonly veiligThuisId: string;
  readonly veiligThuisName: string;
  readonly kind: ReportKind;
  readonly source: ReportSource;
  readonly status: ReportStatus;
  readonly outcome: AssessmentOutcome | null;
  readonly acuteByReporter: boolean;
  readonly acute: boolean | null;
  readonly receivedAt: Date;
  readonly dueOn: string;
  readonly assignedTo: string | null;
  readonly assignedToName: string | null;
  readonly assessedAt: Date | null;
  readonly closedAt: Date | null;
  readonly concernId: string | null;
  readonly reporterUserId: string | null;
  readonly snapshot: ReportSnapshot;
}

function baseQuery(db: Db | Trx) {
  return own(db)
    .selectFrom('vt_report as r')
    .select([
      'r.id',
      'r.number',
      'r.veilig_thuis_id as veiligThuisId',
      'r.kind',
      'r.source',
      'r.status',
      'r.outcome',
      'r.acute_by_reporter as acuteByReporter',
      'r.acute',
      'r.received_at as receivedAt',
      'r.due_on as dueOn',
      'r.assigned_to as assignedTo',
      'r.assessed_at as assessedAt',
      'r.closed_at as closedAt',
      'r.concern_id as concernId',
      'r.reporter_user_id as reporterUserId',
      'r.snapshot',
    ]);
}

type BaseRow = Omit<ReportRow, 'veiligThuisName' | 'assignedToName'>;

/**
 * The rows with the names of their Veilig Thuis and assignee: identity's, asked through its entry,
 * not joined (a report's Veilig Thuis is one organisation; a list holds one Veilig Thuis's reports).
 */
async function withNames<R extends Omit<BaseRow, 'snapshot'>>(
  db: Db | Trx,
  rows: readonly R[],
): Promise<Array<R & Pick<ReportRow, 'veiligThuisName' | 'assignedToName'>>> {
  const organisations = [...new Set(rows.map((r) => r.veiligThuisId))];
  const [people, ...names] = await Promise.all([
    displayNames(
      db,
      rows.flatMap((r) => (r.assignedTo ? [r.assignedTo] : [])),
    ),
    ...organisations.map((id) => organisationName(db, id)),
  ]);
  const organisationNames = new Map(organisations.map((id, i) => [id, names[i] ?? '']));
  return rows.map((r) => ({
    ...r,
    veiligThuisName: organisationNames.get(r.veiligThuisId) ?? '',
    assignedToName: r.assignedTo ? (people.get(r.assignedTo) ?? null) : null,
  }));
}

/** A report by id (locked for the transaction with `forUpdate`). */
export async function findReport(db: Db | Trx, id: string, forUpdate = false): Promise<ReportRow | undefined> {
  let q = baseQuery(db).where('r.id', '=', id);
  if (forUpdate) q = q.forUpdate('r');
  const row = (await q.executeTakeFirst()) as BaseRow | undefined;
  return row && (await withNames(db, [row]))[0];
}

/** The report a receipt code's hash belongs to. */
export async function findReportByReceipt(db: Db | Trx, hash: string): Promise<ReportRow | undefined> {
  const row = (await baseQuery(db).where('r.receipt_hash', '=', hash).executeTakeFirst()) as BaseRow | undefined;
  return row && (await withNames(db, [row]))[0];
}

/** Which reports the inbox shows. */
export type InboxView = 'open' | 'mine' | 'unassigned' | 'closed';

/** A report in the inbox: no content, only what triage needs. */
export type InboxRow = Omit<ReportRow, 'snapshot'>;

type InboxBuilder = ExpressionBuilder<ReportsTables & { r: ReportsTables['vt_report'] }, 'r'>;

/** The condition of an inbox view, on `vt_report as r`. */
function inView(eb: InboxBuilder, veiligThuisId: string, view: InboxView, userId: string): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('r.veilig_thuis_id', '=', veiligThuisId)];
  if (view === 'closed') conditions.push(eb('r.status', '=', 'closed'));
  else {
    conditions.push(eb('r.status', '<>', 'closed'));
    if (view === 'mine') conditions.push(eb('r.assigned_to', '=', userId));
    if (view === 'unassigned') conditions.push(eb('r.assigned_to', 'is', null));
  }
  return eb.and(conditions);
}

/**
 * The inbox of a Veilig Thuis: acute first, then by due date; closed: the latest closed first. The
 * report's number breaks ties, so pages never skip or repeat a report. All of it, or one page
 * (ADR 0032).
 */
export async function listInbox(
  db: Db | Trx,
  veiligThuisId: string,
  view: InboxView,
  userId: string,
  page?: { readonly limit: number; readonly offset: number },
): Promise<InboxRow[]> {
  let q = baseQuery(db).where((eb) => inView(eb, veiligThuisId, view, userId));
  if (view === 'closed') q = q.orderBy('r.closed_at', 'desc').orderBy('r.number', 'desc');
  else q = q.orderBy(sql`coalesce(r.acute, r.acute_by_reporter)`, 'desc').orderBy('r.due_on').orderBy('r.number');
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q.execute();
  return withNames(
    db,
    rows.map(({ snapshot: _snapshot, ...row }) => row as Omit<BaseRow, 'snapshot'>),
  );
}

/** How many reports an inbox view holds, counted by the database. */
export async function countInbox(
  db: Db | Trx,
  veiligThuisId: string,
  view: InboxView,
  userId: string,
): Promise<number> {
  const row = await own(db)
    .selectFrom('vt_report as r')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => inView(eb, veiligThuisId, view, userId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The reporter of a report (the protected record). */
export interface ReporterRow {
  readonly name: string;
  readonly role: string;
  readonly organisationName: string;
  readonly phone: string;
  readonly email: string;
  readonly staysUnknown: boolean;
  readonly staysUnknownReason: string;
}

/** The reporter of a report. */
export async function findReporter(db: Db | Trx, reportId: string): Promise<ReporterRow | undefined> {
  return own(db)
    .selectFrom('vt_reporter')
    .select([
      'name',
      'role',
      'organisation_name as organisationName',
      'phone',
      'email',
      'stays_unknown as staysUnknown',
      'stays_unknown_reason as staysUnknownReason',
    ])
    .where('report_id', '=', reportId)
    .executeTakeFirst();
}

/** An event of a report, discriminated by kind. */
export type ReportEvent = {
  [K in ReportEventKind]: {
    readonly id: string;
    readonly seq: number;
    readonly kind: K;
    readonly data: ReportEventDataByKind[K];
    readonly authorName: string | null;
    readonly createdAt: Date;
  };
}[ReportEventKind];

/** The events of a report, oldest first. */
export async function listEvents(db: Db | Trx, reportId: string): Promise<ReportEvent[]> {
  const rows = await own(db)
    .selectFrom('vt_report_event as e')
    .select(['e.id', 'e.seq', 'e.kind', 'e.data', 'e.author_id', 'e.created_at as createdAt'])
    .where('e.report_id', '=', reportId)
    .orderBy('e.seq')
    .execute();
  const names = await displayNames(
    db,
    rows.flatMap((r) => (r.author_id ? [r.author_id] : [])),
  );
  return rows.map(({ author_id, ...r }) => ({
    ...r,
    authorName: author_id ? (names.get(author_id) ?? null) : null,
  })) as unknown as ReportEvent[];
}

/** Appends an event (numbered under the report's row lock, which the caller holds). */
export async function appendEvent<K extends ReportEventKind>(
  trx: Trx,
  e: { reportId: string; kind: K; data: ReportEventDataByKind[K]; authorId: string | null; now: Date },
): Promise<string> {
  const row = await own(trx)
    .insertInto('vt_report_event')
    .values((eb) => ({
      report_id: e.reportId,
      seq: eb
        .selectFrom('vt_report_event')
        .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
        .where('report_id', '=', e.reportId),
      kind: e.kind,
      author_id: e.authorId,
      created_at: e.now,
      data: JSON.stringify(e.data),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An earlier report about the same person or household (the radar). */
export interface RadarRow {
  readonly id: string;
  readonly number: number;
  readonly kind: ReportKind;
  readonly source: ReportSource;
  readonly status: ReportStatus;
  readonly outcome: AssessmentOutcome | null;
  readonly receivedAt: Date;
  /** What matched: the name with the date of birth, or the address. */
  readonly matchedOn: 'person' | 'address';
}

/**
 * Other reports at the same Veilig Thuis with a subject of the same name and date of birth (or the
 * same name when either date is unknown), or at the same address.
 */
export async function radar(db: Db | Trx, reportId: string, veiligThuisId: string): Promise<RadarRow[]> {
  const rows = await own(db)
    .selectFrom('vt_report_subject as mine')
    .innerJoin('vt_report_subject as other', (j) =>
      j
        .onRef('other.veilig_thuis_id', '=', 'mine.veilig_thuis_id')
        .onRef('other.report_id', '<>', 'mine.report_id')
        .on((eb) =>
          eb.or([
            eb.and([
              eb('mine.name_key', 'is not', null),
              eb('other.name_key', '=', eb.ref('mine.name_key')),
              eb.or([
                eb('mine.date_of_birth', 'is', null),
                eb('other.date_of_birth', 'is', null),
                eb('other.date_of_birth', '=', eb.ref('mine.date_of_birth')),
              ]),
            ]),
            eb.and([eb('mine.address_key', 'is not', null), eb('other.address_key', '=', eb.ref('mine.address_key'))]),
          ]),
        ),
    )
    .innerJoin('vt_report as r', 'r.id', 'other.report_id')
    .select([
      'r.id',
      'r.number',
      'r.kind',
      'r.source',
      'r.status',
      'r.outcome',
      'r.received_at as receivedAt',
      sql<boolean | null>`bool_or(other.name_key = mine.name_key)`.as('byName'),
    ])
    .where('mine.report_id', '=', reportId)
    .where('mine.veilig_thuis_id', '=', veiligThuisId)
    .groupBy(['r.id', 'r.number', 'r.kind', 'r.source', 'r.status', 'r.outcome', 'r.received_at'])
    .orderBy('r.received_at', 'desc')
    .execute();
  return rows.map(({ byName, ...r }) => ({ ...r, matchedOn: byName ? 'person' : 'address' }) as RadarRow);
}

/** Inserts a report with its reporter and radar keys; returns its id and number. */
export async function insertReport(
  trx: Trx,
  r: {
    veiligThuisId: string;
    kind: ReportKind;
    source: ReportSource;
    acuteByReporter: boolean;
    receivedAt: Date;
    dueOn: string;
    concernId: string | null;
    reporterOrganisationId: string | null;
    reporterUserId: string | null;
    receiptHash: string | null;
    snapshot: ReportSnapshot;
    reporter: ReporterRow;
    subjects: readonly { nameKey: string | null; dateOfBirth: string | null; addressKey: string | null }[];
  },
): Promise<{ id: string; number: number }> {
  const row = await own(trx)
    .insertInto('vt_report')
    .values({
      veilig_thuis_id: r.veiligThuisId,
      kind: r.kind,
      source: r.source,
      status: 'received',
      outcome: null,
      acute_by_reporter: r.acuteByReporter,
      acute: null,
      received_at: r.receivedAt,
      due_on: r.dueOn,
      assigned_to: null,
      concern_id: r.concernId,
      reporter_organisation_id: r.reporterOrganisationId,
      reporter_user_id: r.reporterUserId,
      receipt_hash: r.receiptHash,
      snapshot: JSON.stringify(r.snapshot),
      updated_at: r.receivedAt,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  await own(trx)
    .insertInto('vt_reporter')
    .values({
      report_id: row.id,
      name: r.reporter.name,
      role: r.reporter.role,
      organisation_name: r.reporter.organisationName,
      phone: r.reporter.phone,
      email: r.reporter.email,
      stays_unknown: r.reporter.staysUnknown,
      stays_unknown_reason: r.reporter.staysUnknownReason,
    })
    .execute();
  const subjects = r.subjects.filter((s) => s.nameKey || s.addressKey);
  if (subjects.length > 0) {
    await own(trx)
      .insertInto('vt_report_subject')
      .values(
        subjects.map((s) => ({
          report_id: row.id,
          veilig_thuis_id: r.veiligThuisId,
          name_key: s.nameKey,
          date_of_birth: s.dateOfBirth,
          address_key: s.addressKey,
        })),
      )
      .execute();
  }
  return row;
}

/** The reports filed from a concern (for the concern page). */
export async function reportsOfConcern(
  db: Db | Trx,
  concernId: string,
): Promise<{ id: string; number: number; kind: ReportKind; status: ReportStatus; receivedAt: Date }[]> {
  return own(db)
    .selectFrom('vt_report')
    .select(['id', 'number', 'kind', 'status', 'received_at as receivedAt'])
    .where('concern_id', '=', concernId)
    .orderBy('received_at')
    .execute();
}

/** What a step of the intake changes on a report (every change sets when it was updated). */
export interface ReportChanges {
  readonly status?: ReportStatus;
  readonly acute?: boolean;
  readonly triagedAt?: Date;
  readonly assignedTo?: string | null;
  readonly outcome?: AssessmentOutcome;
  readonly assessedAt?: Date | null;
  readonly closedAt?: Date | null;
}

/** Changes a report and sets its `updated_at`. */
export async function updateReport(trx: Trx, id: string, changes: ReportChanges, now: Date): Promise<void> {
  await own(trx)
    .updateTable('vt_report')
    .set({
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.acute !== undefined && { acute: changes.acute }),
      ...(changes.triagedAt !== undefined && { triaged_at: changes.triagedAt }),
      ...(changes.assignedTo !== undefined && { assigned_to: changes.assignedTo }),
      ...(changes.outcome !== undefined && { outcome: changes.outcome }),
      ...(changes.assessedAt !== undefined && { assessed_at: changes.assessedAt }),
      ...(changes.closedAt !== undefined && { closed_at: changes.closedAt }),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}
