// SPDX-License-Identifier: EUPL-1.2
/**
 * Queries of the concern dossier: the concern row and the person it is about. Every function takes
 * the transaction it runs in. The entries are in entry.repository.ts, the lists in list.repository.ts.
 */
import { sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import { displayNames, organisationName as organisationNameOf } from '#src/modules/identity/index.ts';
import type { ConcernsTables } from './concern.table.ts';
import type { HonourRisk } from './honour-route.ts';
import type { AgeGroup, ConcernStatus } from './workflow.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ConcernsTables>();

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
  let q = own(db)
    .selectFrom('concern as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select([
      'c.id',
      'c.organisation_id',
      'c.person_id',
      'c.author_id',
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
  // The author's and the organisation's names are identity's: asked through its entry, not joined.
  const [authors, organisationName] = await Promise.all([
    displayNames(db, [r.author_id]),
    organisationNameOf(db, r.organisation_id),
  ]);
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName,
    personId: r.person_id,
    authorId: r.author_id,
    authorName: authors.get(r.author_id) ?? '',
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
  const row = await own(trx)
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
  const row = await own(trx)
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
  await own(trx)
    .updateTable('concern')
    .set({ honour_risk: answer, updated_at: now })
    .where('id', '=', concernId)
    .execute();
}
