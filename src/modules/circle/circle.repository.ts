// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's queries (ADR 0031): signals in and out, the match lookups on the pseudonym indexes,
 * the daily sweep and the rotation's batches. Pseudonyms come in and go out as values; no query
 * ever sees a BSN. Names of organisations are joined from identity's table, as elsewhere.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import { organisationNames } from '#src/modules/identity/index.ts';
import type { CircleTables } from './circle.table.ts';
import type { EndReason } from './expiry.ts';
import type { InformingRecord } from './informing.ts';
import type { Pseudonym } from './pseudonym.ts';

type Db = Handle;
export type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<CircleTables>();

/** The key state: the version the stored pseudonyms are at, and its check. */
export interface KeyState {
  readonly version: number;
  readonly keyCheck: string;
}

/** The advisory lock of the key state: shared by registrations, exclusive for a rotation. */
const KEY_STATE_LOCK = 7_513_031;

/**
 * The key state, locked for the rest of the transaction: `share` for a registration (waits for a
 * rotation), `update` for the rotation itself. Created at `initial` when there is none yet.
 *
 * The lock is an advisory one, shared or exclusive (ADR 0034): `SELECT … FOR SHARE` on the one row
 * would make every registration write that row's lock word (a MultiXact under concurrency), which
 * the bench measured at about 40% of the insert floor. The row is read in the next statement, so
 * under READ COMMITTED it is read after the lock is granted: after a rotation has committed.
 */
export async function lockKeyState(
  trx: Trx,
  mode: 'share' | 'update',
  initial: KeyState,
  now: Date,
): Promise<KeyState> {
  await (mode === 'share'
    ? sql`select pg_advisory_xact_lock_shared(${KEY_STATE_LOCK})`
    : sql`select pg_advisory_xact_lock(${KEY_STATE_LOCK})`
  ).execute(trx);
  const read = () =>
    own(trx).selectFrom('circle_key_state').select(['version', 'key_check']).where('id', '=', true).executeTakeFirst();
  let row = await read();
  if (!row) {
    await own(trx)
      .insertInto('circle_key_state')
      .values({ id: true, version: initial.version, key_check: initial.keyCheck, updated_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    row = await read();
  }
  return { version: row!.version, keyCheck: row!.key_check };
}

/** Records the version the pseudonyms are at after a rotation. */
export async function setKeyState(trx: Trx, state: KeyState, now: Date): Promise<void> {
  await own(trx)
    .updateTable('circle_key_state')
    .set({ version: state.version, key_check: state.keyCheck, updated_at: now })
    .where('id', '=', true)
    .execute();
}

/** A signal to store. */
export interface NewSignal {
  /** Given for bulk loads; generated otherwise. */
  readonly id?: string;
  readonly organisationId: string;
  readonly registeredBy: string;
  readonly contact: { readonly name: string; readonly role: string; readonly phone: string; readonly email: string };
  readonly pseudonym: Pseudonym;
  readonly parents: readonly Pseudonym[];
  readonly dateOfBirth: string;
  readonly registeredAt: Date;
  readonly registeredOn: string;
  readonly expiresOn: string;
  readonly informing: { readonly parents: InformingRecord; readonly youngPerson: InformingRecord };
  /** The organisation's concern dossier it was registered from. */
  readonly concernId?: string | null;
}

/** A signal as its table's row (one registration's and a bulk registration's inserts). */
export function signalRow(s: NewSignal) {
  return {
    ...(s.id ? { id: s.id } : {}),
    organisation_id: s.organisationId,
    registered_by: s.registeredBy,
    contact_name: s.contact.name,
    contact_role: s.contact.role,
    contact_phone: s.contact.phone,
    contact_email: s.contact.email,
    pseudonym_version: s.pseudonym.version,
    pseudonym: s.pseudonym.value,
    date_of_birth: s.dateOfBirth,
    registered_at: s.registeredAt,
    registered_on: s.registeredOn,
    expires_on: s.expiresOn,
    parents_informing: s.informing.parents.informing,
    parents_postponed_reason: s.informing.parents.postponedBecause,
    young_person_informing: s.informing.youngPerson.informing,
    young_person_postponed_reason: s.informing.youngPerson.postponedBecause,
    concern_id: s.concernId ?? null,
  };
}

/**
 * Stores a signal with its parents' pseudonyms.
 * @returns its id, or undefined when the organisation already has an active signal on this young person
 */
export async function insertSignal(trx: Trx, signal: NewSignal): Promise<string | undefined> {
  const row = await own(trx)
    .insertInto('circle_signal')
    .values(signalRow(signal))
    .onConflict((oc) => oc.columns(['pseudonym', 'organisation_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  if (signal.parents.length > 0) {
    await own(trx)
      .insertInto('circle_signal_parent')
      .values(signal.parents.map((p) => ({ signal_id: row.id, pseudonym_version: p.version, pseudonym: p.value })))
      .onConflict((oc) => oc.columns(['signal_id', 'pseudonym']).doNothing())
      .execute();
  }
  return row.id;
}

/**
 * Stores many signals at once (each with its id): for loads from a source system and for tests at
 * scale. No conflict handling: the caller gives one signal per organisation and young person.
 */
export async function insertSignals(
  trx: Trx,
  signals: readonly (NewSignal & { readonly id: string })[],
): Promise<void> {
  for (let i = 0; i < signals.length; i += 1000) {
    const batch = signals.slice(i, i + 1000);
    await own(trx).insertInto('circle_signal').values(batch.map(signalRow)).execute();
    const parents = batch.flatMap((s) =>
      s.parents.map((p) => ({ signal_id: s.id, pseudonym_version: p.version, pseudonym: p.value })),
    );
    for (let j = 0; j < parents.length; j += 2000) {
      await own(trx)
        .insertInto('circle_signal_parent')
        .values(parents.slice(j, j + 2000))
        .execute();
    }
  }
}

/** A signal as its organisation sees it. */
export interface SignalRow {
  readonly id: string;
  readonly organisationId: string;
  readonly registeredBy: string;
  readonly contactName: string;
  readonly contactRole: string;
  readonly dateOfBirth: string;
  readonly registeredAt: Date;
  readonly registeredOn: string;
  readonly expiresOn: string;
}

const signalColumns = [
  'id',
  'organisation_id as organisationId',
  'registered_by as registeredBy',
  'contact_name as contactName',
  'contact_role as contactRole',
  'date_of_birth as dateOfBirth',
  'registered_at as registeredAt',
  'registered_on as registeredOn',
  'expires_on as expiresOn',
] as const;

/** One active (not yet a tombstone) signal, or undefined. */
export function findSignal(db: Db | Trx, id: string): Promise<SignalRow | undefined> {
  return own(db).selectFrom('circle_signal').select(signalColumns).where('id', '=', id).executeTakeFirst();
}

/** An organisation's signals not yet ended, newest first. */
export function listOrganisationSignals(db: Db | Trx, organisationId: string, limit = 500): Promise<SignalRow[]> {
  return own(db)
    .selectFrom('circle_signal')
    .select(signalColumns)
    .where('organisation_id', '=', organisationId)
    .orderBy('registered_at', 'desc')
    .limit(limit)
    .execute();
}

/** An organisation's signal registered from one of its concern dossiers, if any. */
export function findSignalOfConcern(
  db: Db | Trx,
  organisationId: string,
  concernId: string,
): Promise<SignalRow | undefined> {
  return own(db)
    .selectFrom('circle_signal')
    .select(signalColumns)
    .where('organisation_id', '=', organisationId)
    .where('concern_id', '=', concernId)
    .orderBy('registered_at', 'desc')
    .executeTakeFirst();
}

/** The account and organisation of signals' registering professionals (for the match e-mail). */
export function registrantsOf(db: Db | Trx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return own(db)
    .selectFrom('circle_signal')
    .select(['registered_by as userId', 'organisation_id as organisationId'])
    .where('id', 'in', ids)
    .distinct()
    .execute();
}

/** Which signals are active: not past their end day, and within the municipality's period. */
export interface ActiveOn {
  /** Today, ISO. */
  readonly today: string;
  /** Signals registered on or before this day have ended (lastEndedRegistrationDay). */
  readonly endedUpTo: string;
}

/** One other signal that matches: who, never what. `otherId` stays in the service. */
export interface MatchRow {
  readonly forSignalId: string;
  readonly otherId: string;
  readonly kind: 'client' | 'family';
  readonly contactName: string;
  readonly organisationName: string;
  readonly contactRole: string;
  readonly contactPhone: string;
  readonly contactEmail: string;
  readonly registeredOn: string;
}

/** What a match shows of the other signal: who, never what. */
const WHO = [
  'mine.id as forSignalId',
  'other.id as otherId',
  'other.contact_name as contactName',
  'other.organisation_id as organisationId',
  'other.contact_role as contactRole',
  'other.contact_phone as contactPhone',
  'other.contact_email as contactEmail',
  'other.registered_on as registeredOn',
] as const;

/** Both signals of a match are active by the calendar. */
function bothActive(
  eb: ExpressionBuilder<
    { mine: CircleTables['circle_signal']; other: CircleTables['circle_signal'] },
    'mine' | 'other'
  >,
  active: ActiveOn,
) {
  return eb.and([
    eb('mine.expires_on', '>', active.today),
    eb('mine.registered_on', '>', active.endedUpTo),
    eb('other.expires_on', '>', active.today),
    eb('other.registered_on', '>', active.endedUpTo),
  ]);
}

/**
 * The matches of signals: client matches (the same young person's pseudonym at another
 * organisation) and family matches (a parent's pseudonym in common, another organisation, another
 * young person). Only active signals on both sides.
 * @param ids the signals to look up for (one for a page, many for a batch)
 */
export async function matchesFor(db: Db | Trx, ids: readonly string[], active: ActiveOn): Promise<MatchRow[]> {
  if (ids.length === 0) return [];
  const client = await own(db)
    .selectFrom('circle_signal as mine')
    .innerJoin('circle_signal as other', (join) =>
      join
        .onRef('other.pseudonym', '=', 'mine.pseudonym')
        .onRef('other.pseudonym_version', '=', 'mine.pseudonym_version')
        .onRef('other.organisation_id', '<>', 'mine.organisation_id'),
    )
    .where('mine.id', 'in', ids)
    .where((eb) => bothActive(eb, active))
    .select(WHO)
    .execute();
  const family = await own(db)
    .selectFrom('circle_signal as mine')
    .innerJoin('circle_signal_parent as mp', 'mp.signal_id', 'mine.id')
    .innerJoin('circle_signal_parent as op', (join) =>
      join
        .onRef('op.pseudonym', '=', 'mp.pseudonym')
        .onRef('op.pseudonym_version', '=', 'mp.pseudonym_version')
        .onRef('op.signal_id', '<>', 'mp.signal_id'),
    )
    .innerJoin('circle_signal as other', 'other.id', 'op.signal_id')
    .where('mine.id', 'in', ids)
    .whereRef('other.organisation_id', '<>', 'mine.organisation_id')
    .whereRef('other.pseudonym', '<>', 'mine.pseudonym')
    .where((eb) => bothActive(eb, active))
    .select(WHO)
    .distinct()
    .execute();
  // The organisations' names are identity's: asked through its entry, not joined.
  const names = await organisationNames(
    db,
    [...client, ...family].map((r) => r.organisationId),
  );
  const named = <R extends { organisationId: string }>({ organisationId, ...r }: R) => ({
    ...r,
    organisationName: names.get(organisationId) ?? '',
  });
  return [
    ...client.map((r) => ({ ...named(r), kind: 'client' as const })),
    ...family.map((r) => ({ ...named(r), kind: 'family' as const })),
  ];
}

/** A signal the calendar has ended. */
export interface DueRow {
  readonly id: string;
  readonly dateOfBirth: string;
  readonly registeredOn: string;
  readonly expiresOn: string;
}

/** Up to `limit` signals ended by the calendar on `active.today` (past their end day or period). */
export function signalsDueForEnd(trx: Trx, active: ActiveOn, limit: number): Promise<DueRow[]> {
  return own(trx)
    .selectFrom('circle_signal')
    .select(['id', 'date_of_birth as dateOfBirth', 'registered_on as registeredOn', 'expires_on as expiresOn'])
    .where((eb) => eb.or([eb('expires_on', '<=', active.today), eb('registered_on', '<=', active.endedUpTo)]))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Ends signals: each becomes a tombstone (no pseudonym, no date of birth) and is deleted with its
 * parents' pseudonyms.
 * @returns how many were ended (signals already gone are skipped)
 */
export async function endSignals(
  trx: Trx,
  ends: readonly { readonly id: string; readonly reason: EndReason }[],
  endedAt: Date,
  endedBy: string | null,
): Promise<number> {
  let ended = 0;
  const byReason = new Map<EndReason, string[]>();
  for (const e of ends) byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e.id]);
  for (const [reason, ids] of byReason) {
    const moved = await own(trx)
      .insertInto('circle_signal_tombstone')
      .columns(['id', 'organisation_id', 'registered_by', 'registered_at', 'ended_at', 'end_reason', 'ended_by'])
      .expression((eb) =>
        eb
          .selectFrom('circle_signal')
          .select([
            'id',
            'organisation_id',
            'registered_by',
            'registered_at',
            sql<Date>`${endedAt}::timestamptz`.as('ended_at'),
            sql<EndReason>`${reason}::text`.as('end_reason'),
            sql<string | null>`${endedBy}::uuid`.as('ended_by'),
          ])
          .where('id', 'in', ids),
      )
      .executeTakeFirst();
    ended += Number(moved.numInsertedOrUpdatedRows ?? 0);
    await own(trx).deleteFrom('circle_signal').where('id', 'in', ids).execute();
  }
  return ended;
}

/** A tombstone, for checks. */
export function findTombstone(db: Db | Trx, id: string) {
  return own(db)
    .selectFrom('circle_signal_tombstone')
    .select(['id', 'organisation_id as organisationId', 'end_reason as endReason', 'ended_by as endedBy'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The next batch of young persons' pseudonyms below a version, by id. */
export function signalPseudonymsBelow(trx: Trx, version: number, afterId: string | null, limit: number) {
  let q = own(trx)
    .selectFrom('circle_signal')
    .select(['id', 'pseudonym_version as version', 'pseudonym as value'])
    .where('pseudonym_version', '<', version);
  if (afterId) q = q.where('id', '>', afterId);
  return q.orderBy('id').limit(limit).execute();
}

/** The next batch of parents' pseudonyms below a version, by (signal, pseudonym). */
export function parentPseudonymsBelow(
  trx: Trx,
  version: number,
  after: { readonly signalId: string; readonly value: string } | null,
  limit: number,
) {
  let q = own(trx)
    .selectFrom('circle_signal_parent')
    .select(['signal_id as signalId', 'pseudonym_version as version', 'pseudonym as value'])
    .where('pseudonym_version', '<', version);
  if (after) q = q.where(sql<boolean>`(signal_id, pseudonym) > (${after.signalId}::uuid, ${after.value})`);
  return q.orderBy('signal_id').orderBy('pseudonym').limit(limit).execute();
}

/** Re-keyed pseudonyms of young persons, written in one statement. */
export async function updateSignalPseudonyms(
  trx: Trx,
  rows: readonly { readonly id: string; readonly to: Pseudonym }[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.id}::uuid, ${r.to.value}::text, ${r.to.version}::integer)`));
  await sql`
    update circle_signal as s set pseudonym = v.value, pseudonym_version = v.version
    from (values ${values}) as v(id, value, version)
    where s.id = v.id`.execute(trx);
}

/** Re-keyed pseudonyms of parents, written in one statement. */
export async function updateParentPseudonyms(
  trx: Trx,
  rows: readonly { readonly signalId: string; readonly from: string; readonly to: Pseudonym }[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.signalId}::uuid, ${r.from}::text, ${r.to.value}::text, ${r.to.version}::integer)`),
  );
  await sql`
    update circle_signal_parent as p set pseudonym = v.value, pseudonym_version = v.version
    from (values ${values}) as v(signal_id, old, value, version)
    where p.signal_id = v.signal_id and p.pseudonym = v.old`.execute(trx);
}
