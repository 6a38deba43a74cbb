// SPDX-License-Identifier: EUPL-1.2
/**
 * Queries of the concern dossier's lists: a person's household, a concern's attachments and
 * consultation requests, and the concerns a user may see. Every function takes the transaction it
 * runs in.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import { displayNames } from '#src/modules/identity/index.ts';
import type { ConcernsTables } from './concern.table.ts';
import type { AgeGroup, ConcernStatus } from './workflow.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ConcernsTables>();

/** A household member. */
export interface HouseholdRow {
  readonly id: string;
  readonly name: string;
  readonly relation: string;
  readonly dateOfBirth: string | null;
  readonly ageYears: number | null;
  readonly linkedPersonId: string | null;
  /** An open concern of this organisation about the linked person, if any. */
  readonly linkedConcernId: string | null;
}

/** The household of a person. */
export async function listHousehold(db: Db | Trx, personId: string): Promise<HouseholdRow[]> {
  const rows = await own(db)
    .selectFrom('household_member as h')
    .select(['h.id', 'h.name', 'h.relation', 'h.date_of_birth', 'h.age_years', 'h.linked_person_id'])
    .select((eb) =>
      eb
        .selectFrom('concern as c')
        .whereRef('c.person_id', '=', 'h.linked_person_id')
        .select('c.id')
        .orderBy('c.opened_at', 'desc')
        .limit(1)
        .as('linked_concern_id'),
    )
    .where('h.person_id', '=', personId)
    .orderBy('h.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    relation: r.relation,
    dateOfBirth: r.date_of_birth,
    ageYears: r.age_years,
    linkedPersonId: r.linked_person_id,
    linkedConcernId: r.linked_concern_id ?? null,
  }));
}

/** An attachment's metadata. */
export interface AttachmentRow {
  readonly id: string;
  readonly concernId: string;
  readonly entryId: string;
  readonly storedId: string;
  readonly mediaType: string;
  readonly size: number;
  readonly displayName: string;
  readonly createdAt: Date;
}

/** The attachments of a concern. */
export async function listAttachments(db: Db | Trx, concernId: string): Promise<AttachmentRow[]> {
  const rows = await own(db)
    .selectFrom('concern_attachment')
    .selectAll()
    .where('concern_id', '=', concernId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    concernId: r.concern_id,
    entryId: r.entry_id,
    storedId: r.stored_id,
    mediaType: r.media_type,
    size: r.size,
    displayName: r.display_name,
    createdAt: r.created_at,
  }));
}

/** A consultation request. */
export interface ConsultationRow {
  readonly id: string;
  readonly requestedBy: string;
  readonly requestedByName: string;
  readonly leadId: string | null;
  readonly requestedAt: Date;
  readonly dueAt: Date;
  readonly answeredAt: Date | null;
}

/** The consultation requests of a concern, oldest first. */
export async function listConsultations(db: Db | Trx, concernId: string): Promise<ConsultationRow[]> {
  const rows = await own(db)
    .selectFrom('consultation_request as r')
    .select(['r.id', 'r.requested_by', 'r.lead_id', 'r.requested_at', 'r.due_at', 'r.answered_at'])
    .where('r.concern_id', '=', concernId)
    .orderBy('r.requested_at')
    .execute();
  const names = await displayNames(
    db,
    rows.map((r) => r.requested_by),
  );
  return rows.map((r) => ({
    id: r.id,
    requestedBy: r.requested_by,
    requestedByName: names.get(r.requested_by) ?? '',
    leadId: r.lead_id,
    requestedAt: r.requested_at,
    dueAt: r.due_at,
    answeredAt: r.answered_at,
  }));
}

/** A concern in a list or on the dashboard. */
export interface ConcernListRow {
  readonly id: string;
  readonly personName: string;
  readonly ageGroup: AgeGroup;
  readonly dateOfBirth: string | null;
  readonly status: ConcernStatus;
  readonly authorName: string;
  readonly openedAt: Date;
  readonly updatedAt: Date;
  readonly checkDate: string | null;
  readonly waitingConsultations: number;
  /** When the oldest unanswered consultation request is due (five working days after it was asked). */
  readonly waitingDueAt: Date | null;
}

/** Which concerns a list or a count is about. */
export interface ConcernScope {
  readonly organisationId: string;
  readonly userId: string;
  /** Every concern of the organisation (an aandachtsfunctionaris); otherwise the user's own. */
  readonly all: boolean;
  readonly statuses?: readonly ConcernStatus[];
  readonly ageGroup?: AgeGroup;
  /** Only concerns with an unanswered consultation request. */
  readonly waiting?: boolean;
  /** Only concerns whose help has an agreed check date. */
  readonly withCheckDate?: boolean;
}

type ScopeBuilder = ExpressionBuilder<
  ConcernsTables & { c: ConcernsTables['concern']; p: ConcernsTables['person'] },
  'c' | 'p'
>;

/**
 * The condition of a scope, on `concern as c` joined with `person as p`: the organisation's
 * concerns the user may see (all of them for an aandachtsfunctionaris, otherwise the ones they wrote
 * or were added to), narrowed by the filters.
 */
function inScope(eb: ScopeBuilder, q: ConcernScope): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('c.organisation_id', '=', q.organisationId)];
  if (!q.all) {
    conditions.push(
      eb.or([
        eb('c.author_id', '=', q.userId),
        eb.exists(
          eb
            .selectFrom('concern_member as m')
            .whereRef('m.concern_id', '=', 'c.id')
            .where('m.user_id', '=', q.userId)
            .select(sql`1`.as('one')),
        ),
      ]),
    );
  }
  if (q.statuses && q.statuses.length > 0) conditions.push(eb('c.status', 'in', q.statuses as ConcernStatus[]));
  if (q.ageGroup) conditions.push(eb('p.age_group', '=', q.ageGroup));
  if (q.waiting) {
    conditions.push(
      eb.exists(
        eb
          .selectFrom('consultation_request as w')
          .whereRef('w.concern_id', '=', 'c.id')
          .where('w.answered_at', 'is', null)
          .select(sql`1`.as('one')),
      ),
    );
  }
  if (q.withCheckDate) conditions.push(eb('c.check_date', 'is not', null));
  return eb.and(conditions);
}

/** The number of concerns in a scope with one status and age group. */
export interface ConcernCount {
  readonly status: ConcernStatus;
  readonly ageGroup: AgeGroup;
  readonly n: number;
}

/**
 * How many concerns a scope holds, per status and age group (combinations without concerns are
 * left out), counted by the database: exact for any number of concerns.
 */
export async function countConcerns(db: Db | Trx, q: ConcernScope): Promise<ConcernCount[]> {
  const rows = await own(db)
    .selectFrom('concern as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select(['c.status', 'p.age_group'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => inScope(eb, q))
    .groupBy(['c.status', 'p.age_group'])
    .execute();
  return rows.map((r) => ({ status: r.status, ageGroup: r.age_group, n: Number(r.n) }));
}

/**
 * The concerns in a scope (ConcernScope), the latest changed first; all of them, or one page.
 */
export async function listConcerns(
  db: Db | Trx,
  q: ConcernScope & {
    /** One page of the list (ADR 0032); absent: every row. */
    page?: { readonly limit: number; readonly offset: number };
  },
): Promise<ConcernListRow[]> {
  let query = own(db)
    .selectFrom('concern as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select([
      'c.id',
      'p.full_name',
      'p.age_group',
      'p.date_of_birth',
      'c.status',
      'c.author_id',
      'c.opened_at',
      'c.updated_at',
      'c.check_date',
    ])
    .select((eb) =>
      eb
        .selectFrom('consultation_request as r')
        .whereRef('r.concern_id', '=', 'c.id')
        .where('r.answered_at', 'is', null)
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('waiting'),
    )
    .select((eb) =>
      eb
        .selectFrom('consultation_request as r')
        .whereRef('r.concern_id', '=', 'c.id')
        .where('r.answered_at', 'is', null)
        .select((e) => e.fn.min('r.due_at').as('d'))
        .as('waiting_due'),
    )
    .where((eb) => inScope(eb, q))
    // The newest change first; the id breaks ties, so pages never skip or repeat a row.
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id', 'desc');
  if (q.page) query = query.limit(q.page.limit).offset(q.page.offset);
  const rows = await query.execute();
  const authors = await displayNames(
    db,
    rows.map((r) => r.author_id),
  );
  return rows.map((r) => ({
    id: r.id,
    personName: r.full_name,
    ageGroup: r.age_group,
    dateOfBirth: r.date_of_birth,
    status: r.status,
    authorName: authors.get(r.author_id) ?? '',
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    checkDate: r.check_date,
    waitingConsultations: Number(r.waiting ?? 0),
    waitingDueAt: r.waiting_due ? new Date(r.waiting_due) : null,
  }));
}

/** The stored ids of every attachment file a row points to (the sweep keeps these). */
export async function storedAttachmentIds(db: Db | Trx): Promise<Set<string>> {
  const rows = await own(db).selectFrom('concern_attachment').select('stored_id').execute();
  return new Set(rows.map((r) => r.stored_id));
}
