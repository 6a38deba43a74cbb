// SPDX-License-Identifier: EUPL-1.2
/** Queries of the concern dossier. Every function takes the transaction it runs in. */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Role } from '#src/core/roles.ts';
import type { Database } from '#src/db/database.ts';
import type { EntryData } from './entries.ts';
import type { HonourRisk } from './honour-route.ts';
import type { AgeGroup, ConcernStatus, EntryKind } from './workflow.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** A concern with the person it is about. */
export interface ConcernRow {
  readonly id: string;
  readonly organisationId: string;
  /** The organisation's name (mails to people of several organisations say which one). */
  readonly organisationName: string;
  readonly personId: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly status: ConcernStatus;
  readonly sector: string;
  readonly parentId: string | null;
  readonly openedAt: Date;
  readonly updatedAt: Date;
  readonly checkDate: string | null;
  readonly closedAt: Date | null;
  readonly entryCount: number;
  /** The answer to the honour-related violence question (ADR 0027); null: not asked yet. */
  readonly honourRisk: HonourRisk | null;
  readonly person: {
    readonly id: string;
    readonly fullName: string;
    readonly dateOfBirth: string | null;
    readonly ageGroup: AgeGroup;
  };
  readonly memberIds: readonly string[];
}

/**
 * A concern by id, or undefined. With `forUpdate` the concern row is locked for the rest of the
 * transaction (entries are numbered under that lock).
 */
export async function findConcern(db: Db | Trx, id: string, forUpdate = false): Promise<ConcernRow | undefined> {
  let q = db
    .selectFrom('concern as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .innerJoin('app_user as u', 'u.id', 'c.author_id')
    .innerJoin('organisation as o', 'o.id', 'c.organisation_id')
    .select([
      'c.id',
      'c.organisation_id',
      'o.name as organisation_name',
      'c.person_id',
      'c.author_id',
      'u.display_name as author_name',
      'c.status',
      'c.sector',
      'c.parent_id',
      'c.opened_at',
      'c.updated_at',
      'c.check_date',
      'c.closed_at',
      'c.entry_count',
      'c.honour_risk',
      'p.full_name',
      'p.date_of_birth',
      'p.age_group',
      sql<string>`(select coalesce(json_agg(m.user_id), '[]')::text from concern_member m where m.concern_id = c.id)`.as(
        'members',
      ),
    ])
    .where('c.id', '=', id);
  if (forUpdate) q = q.forUpdate('c');
  const r = await q.executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    personId: r.person_id,
    authorId: r.author_id,
    authorName: r.author_name,
    status: r.status,
    sector: r.sector,
    parentId: r.parent_id,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    checkDate: r.check_date,
    closedAt: r.closed_at,
    entryCount: r.entry_count,
    honourRisk: r.honour_risk,
    person: { id: r.person_id, fullName: r.full_name, dateOfBirth: r.date_of_birth, ageGroup: r.age_group },
    memberIds: JSON.parse(r.members) as string[],
  };
}

/** Inserts a person of an organisation. */
export async function insertPerson(
  trx: Trx,
  p: { organisationId: string; fullName: string; dateOfBirth: string | null; ageGroup: AgeGroup; now: Date },
): Promise<string> {
  const row = await trx
    .insertInto('person')
    .values({
      organisation_id: p.organisationId,
      full_name: p.fullName,
      date_of_birth: p.dateOfBirth,
      age_group: p.ageGroup,
      created_at: p.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a concern. */
export async function insertConcern(
  trx: Trx,
  c: {
    organisationId: string;
    personId: string;
    authorId: string;
    status: ConcernStatus;
    sector: string;
    parentId: string | null;
    /** The answer to the honour-related violence question; absent or null: not asked (yet). */
    honourRisk?: HonourRisk | null;
    now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('concern')
    .values({
      organisation_id: c.organisationId,
      person_id: c.personId,
      author_id: c.authorId,
      status: c.status,
      sector: c.sector,
      parent_id: c.parentId,
      honour_risk: c.honourRisk ?? null,
      opened_at: c.now,
      updated_at: c.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records the answer to the honour-related violence question on the concern row. */
export async function setHonourRisk(trx: Trx, concernId: string, answer: HonourRisk, now: Date): Promise<void> {
  await trx.updateTable('concern').set({ honour_risk: answer, updated_at: now }).where('id', '=', concernId).execute();
}

/**
 * Appends an entry: the next number under the concern's row lock, and the concern's count and
 * update time moved on. The caller holds the lock (findConcern with forUpdate).
 */
export async function appendEntry(
  trx: Trx,
  e: {
    concernId: string;
    authorId: string;
    entry: EntryData;
    occurredAt: Date | null;
    /** Whether `occurredAt` carries a time of day someone gave (else only its date counts). */
    occurredTimeKnown?: boolean;
    correctsId: string | null;
    now: Date;
  },
): Promise<{ id: string; seq: number }> {
  const counted = await trx
    .updateTable('concern')
    .set((eb) => ({ entry_count: eb('entry_count', '+', 1), updated_at: e.now }))
    .where('id', '=', e.concernId)
    .returning('entry_count')
    .executeTakeFirstOrThrow();
  const row = await trx
    .insertInto('concern_entry')
    .values({
      concern_id: e.concernId,
      seq: counted.entry_count,
      kind: e.entry.kind,
      author_id: e.authorId,
      created_at: e.now,
      occurred_at: e.occurredAt,
      occurred_time_known: e.occurredTimeKnown ?? false,
      corrects_id: e.correctsId,
      data: JSON.stringify(e.entry.data),
    })
    .returning(['id', 'seq'])
    .executeTakeFirstOrThrow();
  return row;
}

/** An entry as the dossier shows it. */
export type EntryRow = EntryData & {
  readonly id: string;
  readonly concernId: string;
  readonly seq: number;
  readonly authorId: string;
  readonly authorName: string;
  readonly createdAt: Date;
  readonly occurredAt: Date | null;
  readonly occurredTimeKnown: boolean;
  readonly correctsId: string | null;
  /** The number of the entry this one corrects. */
  readonly correctsSeq: number | null;
  /** The number of the latest entry that corrects this one. */
  readonly correctedBySeq: number | null;
};

/** An entry as listEntries reads it from the JSON document (times as ISO 8601 strings). */
interface EntryJson {
  readonly id: string;
  readonly concern_id: string;
  readonly seq: number;
  readonly kind: EntryKind;
  readonly author_id: string;
  readonly display_name: string;
  readonly created_at: string;
  readonly occurred_at: string | null;
  readonly occurred_time_known: boolean;
  readonly corrects_id: string | null;
  readonly corrects_seq: number | null;
  readonly corrected_by_seq: number | null;
  readonly data: EntryData['data'];
}

/**
 * The entries of some concerns, oldest first (by time, then number); with `latest`, only the last
 * that many of them; with `kinds`, only those kinds. Each entry carries the numbers of the entry it
 * corrects and of its latest correction, so a page that shows part of a dossier links both ways.
 *
 * They come back as one JSON document rather than one row per entry: the PGlite driver decodes every
 * column of every row on its own (a buffer copy and a text decode each), which for a dossier of 200
 * entries cost more than the query; one JSON.parse is a fraction of that.
 */
export async function listEntries(
  db: Db | Trx,
  concernIds: readonly string[],
  options: {
    readonly latest?: number;
    readonly kinds?: readonly EntryKind[];
    /** With `latest`: also every entry of these kinds, however old (one query for a page and its body map). */
    readonly alsoKinds?: readonly EntryKind[];
  } = {},
): Promise<EntryRow[]> {
  if (concernIds.length === 0) return [];
  let chosen = db.selectFrom('concern_entry as e').selectAll('e').where('e.concern_id', 'in', concernIds);
  if (options.kinds) chosen = chosen.where('e.kind', 'in', options.kinds as EntryKind[]);
  if (options.latest !== undefined) {
    const latest = db
      .selectFrom('concern_entry as l')
      .select('l.id')
      .where('l.concern_id', 'in', concernIds)
      .orderBy('l.seq', 'desc')
      .limit(options.latest);
    const also = options.alsoKinds ?? [];
    chosen = chosen.where((eb) =>
      also.length > 0
        ? eb.or([eb('e.id', 'in', latest), eb('e.kind', 'in', also as EntryKind[])])
        : eb('e.id', 'in', latest),
    );
  }
  const { entries } = await db
    .selectFrom(chosen.as('e'))
    .innerJoin('app_user as u', 'u.id', 'e.author_id')
    .select(
      sql<string>`coalesce(json_agg(json_build_object(
        'id', e.id,
        'concern_id', e.concern_id,
        'seq', e.seq,
        'kind', e.kind,
        'author_id', e.author_id,
        'display_name', u.display_name,
        'created_at', e.created_at,
        'occurred_at', e.occurred_at,
        'occurred_time_known', e.occurred_time_known,
        'corrects_id', e.corrects_id,
        'corrects_seq', (select c.seq from concern_entry c where c.id = e.corrects_id),
        'corrected_by_seq', (select max(c.seq) from concern_entry c where c.corrects_id = e.id),
        'data', e.data
      ) order by e.created_at, e.seq), '[]')::text`.as('entries'),
    )
    .executeTakeFirstOrThrow();
  return (JSON.parse(entries) as EntryJson[]).map(
    (r) =>
      ({
        id: r.id,
        concernId: r.concern_id,
        seq: r.seq,
        kind: r.kind,
        data: r.data,
        authorId: r.author_id,
        authorName: r.display_name,
        createdAt: new Date(r.created_at),
        occurredAt: r.occurred_at === null ? null : new Date(r.occurred_at),
        occurredTimeKnown: r.occurred_time_known,
        correctsId: r.corrects_id,
        correctsSeq: r.corrects_seq,
        correctedBySeq: r.corrected_by_seq,
      }) as EntryRow,
  );
}

/** What a concern's page needs to know from all its entries, without reading them all. */
export interface EntryFacts {
  /** The latest outcome, of the afwegingskader or of a help review (question 5), if there is one. */
  readonly outcome: string | null;
  /** Whether an observation ticked one of these sign categories. */
  readonly ticked: boolean;
  readonly hasKindcheck: boolean;
  readonly hasCarerCheck: boolean;
  /** Whether anonymous advice of Veilig Thuis was recorded. */
  readonly veiligThuisAdvice: boolean;
  /** Whether the report was filed after the latest decision to report (or failed help). */
  readonly reportFiled: boolean;
}

/**
 * Facts over all entries of a concern in one query.
 * @param categories the sign categories that count for `ticked`
 */
export async function entryFacts(db: Db | Trx, concernId: string, categories: readonly string[]): Promise<EntryFacts> {
  const list = categories.length > 0 ? categories : ['-'];
  const row = await db
    .selectNoFrom([
      // The latest outcome: of the afwegingskader, or of question 5 at the check date (a help review
      // answers it again: the help worked, or it did not and the concern goes to a report).
      sql<string | null>`(select case when e.kind = 'weighing' then e.data->>'outcome'
          when (e.data->>'succeeded')::boolean then 'closeWithAgreements' else 'reportHelpFailed' end
        from concern_entry e where e.concern_id = ${concernId} and e.kind in ('weighing', 'helpReview')
        order by e.seq desc limit 1)`.as('outcome'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'observation' and (e.data->'categories') ?| array[${sql.join(list)}]::text[])`.as('ticked'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'kindcheck')`.as('has_kindcheck'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'carerCheck')`.as('has_carer_check'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'advice' and e.data->>'adviser' = 'veiligThuis')`.as('vt_advice'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId} and e.kind = 'reported'
        and e.seq > coalesce((select max(d.seq) from concern_entry d where d.concern_id = ${concernId}
          and d.kind in ('decision', 'helpReview')), 0))`.as('report_filed'),
    ])
    .executeTakeFirstOrThrow();
  return {
    outcome: row.outcome,
    ticked: row.ticked,
    hasKindcheck: row.has_kindcheck,
    hasCarerCheck: row.has_carer_check,
    veiligThuisAdvice: row.vt_advice,
    reportFiled: row.report_filed,
  };
}

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
  const rows = await db
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
  const rows = await db
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
  const rows = await db
    .selectFrom('consultation_request as r')
    .innerJoin('app_user as u', 'u.id', 'r.requested_by')
    .select(['r.id', 'r.requested_by', 'u.display_name', 'r.lead_id', 'r.requested_at', 'r.due_at', 'r.answered_at'])
    .where('r.concern_id', '=', concernId)
    .orderBy('r.requested_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    requestedBy: r.requested_by,
    requestedByName: r.display_name,
    leadId: r.lead_id,
    requestedAt: r.requested_at,
    dueAt: r.due_at,
    answeredAt: r.answered_at,
  }));
}

/** A colleague in the organisation who works with concerns. */
export interface Colleague {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
}

/** Active colleagues of an organisation in the given roles, by name. */
export async function colleagues(db: Db | Trx, organisationId: string, roles: readonly Role[]): Promise<Colleague[]> {
  if (roles.length === 0) return [];
  return db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name as name', 'u.email', 'm.role'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', roles as Role[])
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
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

/**
 * The concerns of an organisation the user may see: all of them for an aandachtsfunctionaris
 * (`all`), otherwise the ones they wrote or were added to.
 */
export async function listConcerns(
  db: Db | Trx,
  q: {
    organisationId: string;
    userId: string;
    all: boolean;
    statuses?: readonly ConcernStatus[];
    ageGroup?: AgeGroup;
  },
): Promise<ConcernListRow[]> {
  let query = db
    .selectFrom('concern as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .innerJoin('app_user as u', 'u.id', 'c.author_id')
    .select([
      'c.id',
      'p.full_name',
      'p.age_group',
      'p.date_of_birth',
      'c.status',
      'u.display_name',
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
    .where('c.organisation_id', '=', q.organisationId);
  if (!q.all) {
    query = query.where((eb) =>
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
  if (q.statuses && q.statuses.length > 0) query = query.where('c.status', 'in', q.statuses as ConcernStatus[]);
  if (q.ageGroup) query = query.where('p.age_group', '=', q.ageGroup);
  const rows = await query.orderBy('c.updated_at', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    personName: r.full_name,
    ageGroup: r.age_group,
    dateOfBirth: r.date_of_birth,
    status: r.status,
    authorName: r.display_name,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    checkDate: r.check_date,
    waitingConsultations: Number(r.waiting ?? 0),
    waitingDueAt: r.waiting_due ? new Date(r.waiting_due) : null,
  }));
}

/** The stored ids of every attachment file a row points to (the sweep keeps these). */
export async function storedAttachmentIds(db: Db | Trx): Promise<Set<string>> {
  const rows = await db.selectFrom('concern_attachment').select('stored_id').execute();
  return new Set(rows.map((r) => r.stored_id));
}
