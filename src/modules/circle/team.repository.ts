// SPDX-License-Identifier: EUPL-1.2
/**
 * The queries of working together after a match (ADR 0035): teams and their member signals,
 * coordination events, consent and the plan's actions. Names of organisations come from identity's
 * entry, never from a join.
 */
import type { OrganisationType } from '#src/core/roles.ts';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import { organisationNames, organisationTypes } from '#src/modules/identity/index.ts';
import type { CircleTables } from './circle.table.ts';
import type { ActionStatus, ConsentGiver, CoordinationEvent } from './team.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
const own = tablesOf<CircleTables>();

/** The team of each of these signals that is in one. */
export async function teamsOfSignals(db: Db, signalIds: readonly string[]): Promise<Map<string, string>> {
  if (signalIds.length === 0) return new Map();
  const rows = await own(db)
    .selectFrom('circle_team_member')
    .select(['signal_id', 'team_id'])
    .where('signal_id', 'in', signalIds)
    .execute();
  return new Map(rows.map((r) => [r.signal_id, r.team_id]));
}

/** A team as stored. */
export interface TeamRow {
  readonly id: string;
  readonly formedAt: Date;
  readonly contactRecordedAt: Date | null;
  readonly noContactFlaggedAt: Date | null;
}

const TEAM = [
  'id',
  'formed_at as formedAt',
  'contact_recorded_at as contactRecordedAt',
  'no_contact_flagged_at as noContactFlaggedAt',
] as const;

/** One team, or undefined. */
export function findTeam(db: Db, id: string): Promise<TeamRow | undefined> {
  return own(db).selectFrom('circle_team').select(TEAM).where('id', '=', id).executeTakeFirst();
}

/** The oldest of these teams first. */
export async function teamsByAge(db: Db, ids: readonly string[]): Promise<TeamRow[]> {
  if (ids.length === 0) return [];
  return own(db)
    .selectFrom('circle_team')
    .select(TEAM)
    .where('id', 'in', ids)
    .orderBy('formed_at')
    .orderBy('id')
    .execute();
}

/** New teams, formed now: their ids, as many as asked. */
export async function insertTeams(trx: Trx, count: number, formedAt: Date): Promise<string[]> {
  if (count === 0) return [];
  const rows = await own(trx)
    .insertInto('circle_team')
    .values(Array.from({ length: count }, () => ({ formed_at: formedAt })))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Puts signals in teams; a signal already in one stays where it is. */
export async function addMemberships(
  trx: Trx,
  rows: readonly { readonly teamId: string; readonly signalId: string }[],
  at: Date,
): Promise<void> {
  // A bulk registration's families can make many rows: at most 5,000 (15,000 parameters) per statement.
  for (let i = 0; i < rows.length; i += 5000) {
    await own(trx)
      .insertInto('circle_team_member')
      .values(rows.slice(i, i + 5000).map((r) => ({ signal_id: r.signalId, team_id: r.teamId, joined_at: at })))
      .onConflict((oc) => oc.column('signal_id').doNothing())
      .execute();
  }
}

/** What the municipality's rule needs of signals: their organisation's type and when they came. */
export async function ruleFacts(
  db: Db,
  signalIds: readonly string[],
): Promise<{ signalId: string; organisationType: OrganisationType | undefined; registeredAt: Date }[]> {
  if (signalIds.length === 0) return [];
  const rows = await own(db)
    .selectFrom('circle_signal')
    .select(['id as signalId', 'organisation_id as organisationId', 'registered_at as registeredAt'])
    .where('id', 'in', signalIds)
    .execute();
  const types = await organisationTypes(
    db,
    rows.map((r) => r.organisationId),
  );
  return rows.map((r) => ({
    signalId: r.signalId,
    organisationType: types.get(r.organisationId),
    registeredAt: r.registeredAt,
  }));
}

/**
 * Merges teams into one (a new signal matched members of several): members, coordination, consent
 * and actions move to the kept team, the others go. Coordination events keep their order by id.
 */
export async function mergeTeams(trx: Trx, keep: string, others: readonly string[]): Promise<void> {
  if (others.length === 0) return;
  const t = own(trx);
  await t.updateTable('circle_team_member').set({ team_id: keep }).where('team_id', 'in', others).execute();
  await t.updateTable('circle_coordination').set({ team_id: keep }).where('team_id', 'in', others).execute();
  await t.updateTable('circle_consent').set({ team_id: keep }).where('team_id', 'in', others).execute();
  await t.updateTable('circle_plan_action').set({ team_id: keep }).where('team_id', 'in', others).execute();
  await t.deleteFrom('circle_team').where('id', 'in', others).execute();
}

/** Removes teams that no active signal is in any more (their plan and consent go with them). */
export async function deleteEmptyTeams(trx: Trx): Promise<string[]> {
  const rows = await own(trx)
    .deleteFrom('circle_team')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('circle_team_member as m').select('m.signal_id').whereRef('m.team_id', '=', 'circle_team.id'),
        ),
      ),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** A member of a team: the signal's organisation and how to reach its professional. */
export interface MemberRow {
  readonly signalId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationType: OrganisationType | undefined;
  readonly registeredBy: string;
  readonly registeredAt: Date;
  readonly registeredOn: string;
  readonly expiresOn: string;
  readonly dateOfBirth: string;
  readonly contactName: string;
  readonly contactRole: string;
  readonly contactPhone: string;
  readonly contactEmail: string;
}

/** The team's member signals, oldest first. */
export async function teamMembers(db: Db, teamId: string): Promise<MemberRow[]> {
  const rows = await own(db)
    .selectFrom('circle_team_member as m')
    .innerJoin('circle_signal as s', 's.id', 'm.signal_id')
    .select([
      's.id as signalId',
      's.organisation_id as organisationId',
      's.registered_by as registeredBy',
      's.registered_at as registeredAt',
      's.registered_on as registeredOn',
      's.expires_on as expiresOn',
      's.date_of_birth as dateOfBirth',
      's.contact_name as contactName',
      's.contact_role as contactRole',
      's.contact_phone as contactPhone',
      's.contact_email as contactEmail',
    ])
    .where('m.team_id', '=', teamId)
    .orderBy('s.registered_at')
    .orderBy('s.id')
    .execute();
  const ids = rows.map((r) => r.organisationId);
  const [names, types] = await Promise.all([organisationNames(db, ids), organisationTypes(db, ids)]);
  return rows.map((r) => ({
    ...r,
    organisationName: names.get(r.organisationId) ?? '',
    organisationType: types.get(r.organisationId),
  }));
}

/** A coordination event as stored. */
export interface CoordinationRow {
  readonly event: CoordinationEvent;
  readonly signalId: string;
  readonly byUser: string | null;
  readonly at: Date;
}

/** The team's coordination events in the order written. */
export function coordinationEvents(db: Db, teamId: string): Promise<CoordinationRow[]> {
  return own(db)
    .selectFrom('circle_coordination')
    .select(['event', 'signal_id as signalId', 'by_user as byUser', 'at'])
    .where('team_id', '=', teamId)
    .orderBy('id')
    .execute();
}

/** Appends coordination events, in the order given. */
export async function insertCoordinations(
  trx: Trx,
  events: readonly { teamId: string; event: CoordinationEvent; signalId: string; byUser: string | null; at: Date }[],
): Promise<void> {
  if (events.length === 0) return;
  await own(trx)
    .insertInto('circle_coordination')
    .values(
      events.map((e) => ({ team_id: e.teamId, event: e.event, signal_id: e.signalId, by_user: e.byUser, at: e.at })),
    )
    .execute();
}

/** Appends a coordination event. */
export function insertCoordination(
  trx: Trx,
  e: { teamId: string; event: CoordinationEvent; signalId: string; byUser: string | null; at: Date },
): Promise<void> {
  return insertCoordinations(trx, [e]);
}

/** Records that the professionals had contact (the first time only). */
export async function recordContact(trx: Trx, teamId: string, userId: string, at: Date): Promise<boolean> {
  const result = await own(trx)
    .updateTable('circle_team')
    .set({ contact_recorded_at: at, contact_recorded_by: userId })
    .where('id', '=', teamId)
    .where('contact_recorded_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A consent as stored. */
export interface ConsentRow {
  readonly id: string;
  readonly givenBy: ConsentGiver;
  readonly givenOn: string;
  readonly scope: string;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

/** The team's consents, newest first. */
export function consents(db: Db, teamId: string): Promise<ConsentRow[]> {
  return own(db)
    .selectFrom('circle_consent')
    .select([
      'id',
      'given_by as givenBy',
      'given_on as givenOn',
      'scope',
      'recorded_by as recordedBy',
      'recorded_at as recordedAt',
    ])
    .where('team_id', '=', teamId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Records a consent. */
export async function insertConsent(
  trx: Trx,
  c: { teamId: string; givenBy: ConsentGiver; givenOn: string; scope: string; recordedBy: string; at: Date },
): Promise<string> {
  const row = await own(trx)
    .insertInto('circle_consent')
    .values({
      team_id: c.teamId,
      given_by: c.givenBy,
      given_on: c.givenOn,
      scope: c.scope,
      recorded_by: c.recordedBy,
      recorded_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An action of the plan as stored. */
export interface ActionRow {
  readonly id: string;
  readonly teamId: string;
  readonly description: string;
  readonly ownerSignalId: string;
  readonly dueOn: string;
  readonly status: ActionStatus;
  readonly progress: string;
  readonly updatedAt: Date;
}

const ACTION = [
  'id',
  'team_id as teamId',
  'description',
  'owner_signal_id as ownerSignalId',
  'due_on as dueOn',
  'status',
  'progress',
  'updated_at as updatedAt',
] as const;

/** The plan's actions, by due date. */
export function planActions(db: Db, teamId: string): Promise<ActionRow[]> {
  return own(db)
    .selectFrom('circle_plan_action')
    .select(ACTION)
    .where('team_id', '=', teamId)
    .orderBy('due_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One action, or undefined. */
export function findAction(db: Db, id: string): Promise<ActionRow | undefined> {
  return own(db).selectFrom('circle_plan_action').select(ACTION).where('id', '=', id).executeTakeFirst();
}

/** Adds an agreed action. */
export async function insertAction(
  trx: Trx,
  a: { teamId: string; description: string; ownerSignalId: string; dueOn: string; userId: string; at: Date },
): Promise<string> {
  const row = await own(trx)
    .insertInto('circle_plan_action')
    .values({
      team_id: a.teamId,
      description: a.description,
      owner_signal_id: a.ownerSignalId,
      due_on: a.dueOn,
      status: 'open',
      created_by: a.userId,
      created_at: a.at,
      updated_by: a.userId,
      updated_at: a.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records progress on an action. */
export async function updateAction(
  trx: Trx,
  id: string,
  p: { status: ActionStatus; progress: string; userId: string; at: Date },
): Promise<void> {
  await own(trx)
    .updateTable('circle_plan_action')
    .set({ status: p.status, progress: p.progress, updated_by: p.userId, updated_at: p.at })
    .where('id', '=', id)
    .execute();
}

/**
 * Teams with two or more members and no contact recorded, flagged already or not, oldest first.
 * @param flagged whether the want of contact has been flagged
 * @param formedUpTo only teams formed at or before this moment (the caller checks the working days)
 */
function teamsWithoutContactQuery(db: Db, flagged: boolean, formedUpTo: Date | null, limit: number) {
  let query = own(db)
    .selectFrom('circle_team')
    .select(TEAM)
    .where('contact_recorded_at', 'is', null)
    .where('no_contact_flagged_at', flagged ? 'is not' : 'is', null)
    .where(
      ({ selectFrom }) =>
        selectFrom('circle_team_member as m')
          .select(({ fn }) => fn.countAll().as('n'))
          .whereRef('m.team_id', '=', 'circle_team.id'),
      '>=',
      2,
    );
  if (formedUpTo) query = query.where('formed_at', '<=', formedUpTo);
  return query.orderBy('formed_at').orderBy('id').limit(limit).execute();
}

/** Teams not flagged yet without contact, formed at or before a moment (the candidates of the flag). */
export function teamsWithoutContact(trx: Trx, formedUpTo: Date, limit: number): Promise<TeamRow[]> {
  return teamsWithoutContactQuery(trx, false, formedUpTo, limit);
}

/** Marks teams as flagged for want of contact. */
export async function markFlagged(trx: Trx, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await own(trx).updateTable('circle_team').set({ no_contact_flagged_at: at }).where('id', 'in', ids).execute();
}

/** Teams flagged for want of contact that still have none and two or more members, oldest first. */
export function flaggedTeams(db: Db, limit: number): Promise<TeamRow[]> {
  return teamsWithoutContactQuery(db, true, null, limit);
}
