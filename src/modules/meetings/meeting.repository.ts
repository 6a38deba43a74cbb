// SPDX-License-Identifier: EUPL-1.2
/**
 * The meetings' tables (ADR 0038): meetings, their registrations (locked per meeting while a place is
 * given or freed) and their actions. Registrations are found for a person only by their cancel
 * token's hash.
 */
import { sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { MeetingsTables, RegistrationRole, RegistrationStatus } from './meeting.table.ts';

const own = tablesOf<MeetingsTables>();

/** A meeting as the services see it. */
export interface MeetingRow {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly placeName: string;
  readonly placeAddress: string;
  readonly agenda: readonly string[];
  readonly capacity: number;
  readonly published: boolean;
  readonly announcementArticleId: string | null;
  readonly retrospectiveArticleId: string | null;
  /** Registrations with a place. */
  readonly confirmed: number;
  /** Registrations on the waiting list. */
  readonly waiting: number;
}

/** What an editor sets of a meeting. */
export interface MeetingFields {
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly placeName: string;
  readonly placeAddress: string;
  readonly agenda: readonly string[];
  readonly capacity: number;
  readonly published: boolean;
  readonly announcementArticleId: string | null;
  readonly retrospectiveArticleId: string | null;
}

/** A registration as the editor's list shows it. */
export interface RegistrationRow {
  readonly id: string;
  readonly seq: number;
  readonly meetingId: string;
  readonly name: string;
  readonly organisation: string;
  readonly email: string;
  readonly role: RegistrationRole;
  readonly status: RegistrationStatus;
  readonly locale: 'nl' | 'en';
  readonly createdAt: Date;
}

/** An action agreed at a meeting. */
export interface ActionRow {
  readonly id: string;
  readonly meetingId: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: string | null;
  readonly done: boolean;
}

function meetings(db: Handle) {
  const q = own(db);
  return q
    .selectFrom('meeting as m')
    .select((eb) => [
      'm.id',
      'm.title',
      'm.starts_at as startsAt',
      'm.ends_at as endsAt',
      'm.place_name as placeName',
      'm.place_address as placeAddress',
      'm.agenda',
      'm.capacity',
      'm.published',
      'm.announcement_article_id as announcementArticleId',
      'm.retrospective_article_id as retrospectiveArticleId',
      eb
        .selectFrom('meeting_registration as r')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('r.meeting_id', '=', 'm.id')
        .where('r.status', '=', 'confirmed')
        .as('confirmed'),
      eb
        .selectFrom('meeting_registration as r')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('r.meeting_id', '=', 'm.id')
        .where('r.status', '=', 'waiting')
        .as('waiting'),
    ]);
}

function toMeeting(
  row: Omit<MeetingRow, 'confirmed' | 'waiting'> & { confirmed: number | null; waiting: number | null },
) {
  return { ...row, confirmed: Number(row.confirmed ?? 0), waiting: Number(row.waiting ?? 0) };
}

/** Every meeting (or the published ones), the latest start first. */
export async function listMeetings(db: Handle, options: { readonly publishedOnly: boolean }): Promise<MeetingRow[]> {
  let q = meetings(db);
  if (options.publishedOnly) q = q.where('m.published', '=', true);
  const rows = await q.orderBy('m.starts_at', 'desc').orderBy('m.id').execute();
  return rows.map(toMeeting);
}

/** One meeting. */
export async function findMeeting(db: Handle, id: string): Promise<MeetingRow | undefined> {
  const row = await meetings(db).where('m.id', '=', id).executeTakeFirst();
  return row ? toMeeting(row) : undefined;
}

/** Locks a meeting's row for the rest of the transaction (places are given and freed one at a time). */
export async function lockMeeting(trx: TransactionHandle, id: string): Promise<{ capacity: number } | undefined> {
  return own(trx).selectFrom('meeting').select('capacity').where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Adds a meeting; returns its id. */
export async function insertMeeting(
  trx: TransactionHandle,
  fields: MeetingFields,
  by: string | null,
  now: Date,
): Promise<string> {
  const row = await own(trx)
    .insertInto('meeting')
    .values({ ...columns(fields), created_by: by, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a meeting; false when there is none. */
export async function updateMeeting(trx: TransactionHandle, id: string, fields: MeetingFields, now: Date) {
  const result = await own(trx)
    .updateTable('meeting')
    .set({ ...columns(fields), updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function columns(f: MeetingFields) {
  return {
    title: f.title,
    starts_at: f.startsAt,
    ends_at: f.endsAt,
    place_name: f.placeName,
    place_address: f.placeAddress,
    agenda: [...f.agenda],
    capacity: f.capacity,
    published: f.published,
    announcement_article_id: f.announcementArticleId,
    retrospective_article_id: f.retrospectiveArticleId,
  };
}

const REGISTRATION = [
  'id',
  'seq',
  'meeting_id as meetingId',
  'name',
  'organisation',
  'email',
  'role',
  'status',
  'locale',
  'created_at as createdAt',
] as const;

function toRegistration(row: Omit<RegistrationRow, 'seq'> & { seq: string | number }): RegistrationRow {
  return { ...row, seq: Number(row.seq) };
}

/** A meeting's registrations: those with a place first, each group in the order of registering. */
export async function listRegistrations(db: Handle, meetingId: string): Promise<RegistrationRow[]> {
  const rows = await own(db)
    .selectFrom('meeting_registration')
    .select(REGISTRATION)
    .where('meeting_id', '=', meetingId)
    .orderBy(sql`case when status = 'confirmed' then 0 else 1 end`)
    .orderBy('seq')
    .execute();
  return rows.map(toRegistration);
}

/** Whether an address registered for the meeting already. */
export async function hasRegistration(db: Handle, meetingId: string, email: string): Promise<boolean> {
  const row = await own(db)
    .selectFrom('meeting_registration')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('email', '=', email)
    .executeTakeFirst();
  return row !== undefined;
}

/** The number of registrations with a place. */
export async function countConfirmed(db: Handle, meetingId: string): Promise<number> {
  const row = await own(db)
    .selectFrom('meeting_registration')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds a registration; returns its id. */
export async function insertRegistration(
  trx: TransactionHandle,
  r: {
    readonly meetingId: string;
    readonly name: string;
    readonly organisation: string;
    readonly email: string;
    readonly role: RegistrationRole;
    readonly status: RegistrationStatus;
    readonly cancelHash: string;
    readonly locale: 'nl' | 'en';
    readonly now: Date;
  },
): Promise<string> {
  const row = await own(trx)
    .insertInto('meeting_registration')
    .values({
      meeting_id: r.meetingId,
      name: r.name,
      organisation: r.organisation,
      email: r.email,
      role: r.role,
      status: r.status,
      cancel_hash: r.cancelHash,
      locale: r.locale,
      created_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The registration a cancel token's hash belongs to. */
export async function findRegistrationByHash(db: Handle, hash: string): Promise<RegistrationRow | undefined> {
  const row = await own(db)
    .selectFrom('meeting_registration')
    .select(REGISTRATION)
    .where('cancel_hash', '=', hash)
    .executeTakeFirst();
  return row ? toRegistration(row) : undefined;
}

/** Removes a registration; false when it was gone already. */
export async function deleteRegistration(trx: TransactionHandle, id: string): Promise<boolean> {
  const result = await own(trx).deleteFrom('meeting_registration').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The waiting list of a meeting, in its order. */
export async function waitingList(db: Handle, meetingId: string): Promise<RegistrationRow[]> {
  const rows = await own(db)
    .selectFrom('meeting_registration')
    .select(REGISTRATION)
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'waiting')
    .orderBy('seq')
    .execute();
  return rows.map(toRegistration);
}

/** Gives waiting registrations a place. */
export async function confirmRegistrations(trx: TransactionHandle, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await own(trx)
    .updateTable('meeting_registration')
    .set({ status: 'confirmed' })
    .where('id', 'in', [...ids])
    .where('status', '=', 'waiting')
    .execute();
}

/**
 * Removes the registrations of every meeting that ended before the cut-off.
 * @returns how many were removed, and the meetings they were of
 */
export async function deleteRegistrationsEndedBefore(
  trx: TransactionHandle,
  cutoff: Date,
): Promise<{ readonly registrations: number; readonly meetingIds: string[] }> {
  const ended = own(trx).selectFrom('meeting').select('id').where('ends_at', '<', cutoff);
  const rows = await own(trx)
    .deleteFrom('meeting_registration')
    .where('meeting_id', 'in', ended)
    .returning('meeting_id')
    .execute();
  return { registrations: rows.length, meetingIds: [...new Set(rows.map((r) => r.meeting_id))].sort() };
}

/** A meeting's actions, in the order recorded. */
export function listActions(db: Handle, meetingId: string): Promise<ActionRow[]> {
  return own(db)
    .selectFrom('meeting_action')
    .select(['id', 'meeting_id as meetingId', 'description', 'owner', 'due_on as dueOn', 'done'])
    .where('meeting_id', '=', meetingId)
    .orderBy('seq')
    .execute();
}

/**
 * The open actions of the meetings that started before a moment (earlier meetings), oldest first.
 * @param publishedOnly only those of published meetings (the public page)
 */
export function openActionsBefore(
  db: Handle,
  before: Date,
  publishedOnly: boolean,
): Promise<(ActionRow & { meetingTitle: string })[]> {
  let q = own(db)
    .selectFrom('meeting_action as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .select([
      'a.id',
      'a.meeting_id as meetingId',
      'a.description',
      'a.owner',
      'a.due_on as dueOn',
      'a.done',
      'm.title as meetingTitle',
    ])
    .where('m.starts_at', '<', before)
    .where('a.done', '=', false);
  if (publishedOnly) q = q.where('m.published', '=', true);
  return q.orderBy('m.starts_at').orderBy('a.seq').execute();
}

/** Adds an action; returns its id. */
export async function insertAction(
  trx: TransactionHandle,
  a: { meetingId: string; description: string; owner: string; dueOn: string | null; now: Date },
): Promise<string> {
  const row = await own(trx)
    .insertInto('meeting_action')
    .values({
      meeting_id: a.meetingId,
      description: a.description,
      owner: a.owner,
      due_on: a.dueOn,
      done: false,
      created_at: a.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks an action of a meeting done or open again; false when the meeting has no such action. */
export async function setActionDone(trx: TransactionHandle, meetingId: string, id: string, done: boolean) {
  const result = await own(trx)
    .updateTable('meeting_action')
    .set({ done })
    .where('id', '=', id)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
