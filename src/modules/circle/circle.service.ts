// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's use cases for professionals (issue 14, ADR 0031): register a signal, end it
 * (withdrawn, or the young person's death), list the organisation's signals, and see a signal's
 * matches: who, never what. Each asks the policy (circle.policy.ts: deny by default; another
 * organisation's signal is 404), writes, and records its audit row in the same transaction; a
 * refusal is audited in a transaction of its own.
 *
 * The BSN is in memory for the call only: it becomes a pseudonym (pseudonym.ts) before anything is
 * stored, and no error, audit row or log line carries it (errors name the field).
 */
import { actorOf, ForbiddenError } from '#src/core/authz.ts';
import { containsBsn } from '#src/core/bsn.ts';
import type { RequestContext } from '#src/core/context.ts';
import { NotFoundError, ValidationError } from '#src/core/errors.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { ageOn, type CircleAgeProblem, circleAgeProblem } from './age.ts';
import {
  activeOn,
  assertKeysMatch,
  auditCircle,
  auditRefusal,
  type CircleNotifier,
  type CircleSettings,
  initialKeyState,
  type Trx,
} from './circle.internal.ts';
import { circlePolicy } from './circle.policy.ts';
import * as repo from './circle.repository.ts';
import { checkMaxMonths, type RecordedEndReason, signalExpiry } from './expiry.ts';
import { type InformingChoice, informingRecord } from './informing.ts';
import { normalizeBsn, pseudonym } from './pseudonym.ts';
import { dropEmptyTeams, joinTeams, teamOfSignal } from './team.service.ts';

/** The error of each problem with a date of birth (texts in the messages' circle.errors). */
const AGE_ERRORS: Record<CircleAgeProblem, string> = {
  invalid: 'dateOfBirthInvalid',
  future: 'dateOfBirthFuture',
  tooOld: 'dateOfBirthTooOld',
};
/** What a professional registers. No reason and no content: there is no field for them. */
export interface SignalInput {
  /** The young person's BSN (separators allowed). */
  readonly bsn: string;
  /** ISO date. */
  readonly dateOfBirth: string;
  /** The parents' BSNs, for family matches (at most two; optional). */
  readonly parentBsns?: readonly string[];
  /** How the others reach the professional. */
  readonly contact: { readonly name: string; readonly role: string; readonly phone: string; readonly email: string };
  readonly informing: {
    readonly parents?: InformingChoice | null;
    readonly youngPerson?: InformingChoice | null;
  };
  /**
   * The organisation's own concern dossier it is registered from (its page then shows the circle's
   * state); never shown to another organisation. Another organisation's id links nothing it can see.
   */
  readonly concernId?: string | null;
}

export type { CircleNotifier, MatchRecipient } from './circle.internal.ts';

/** The most parents' BSNs a signal takes. */
export const MAX_PARENTS = 2;
const MAX_TEXT = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The checked input: BSNs as nine digits, contact trimmed, informing as stored. */
export interface CheckedInput {
  readonly bsn: string;
  readonly parentBsns: readonly string[];
  readonly dateOfBirth: string;
  readonly contact: SignalInput['contact'];
  readonly informing: Exclude<ReturnType<typeof informingRecord>, { errors: unknown }>['record'];
  readonly concernId: string | null;
}

/**
 * Checks a registration's input, every field at once.
 * @throws {ValidationError} with a message key per field (never the value)
 */
export function checkInput(input: SignalInput, today: string): CheckedInput {
  const errors: Record<string, string> = {};
  const bsn = normalizeBsn(input.bsn);
  if (bsn === null) errors.bsn = input.bsn.trim() === '' ? 'bsnRequired' : 'bsnInvalid';

  const parentBsns: string[] = [];
  const parents = input.parentBsns ?? [];
  if (parents.length > MAX_PARENTS) errors.parentBsns = 'parentBsnTooMany';
  parents.slice(0, MAX_PARENTS).forEach((given, i) => {
    if (given.trim() === '') return;
    const parent = normalizeBsn(given);
    const field = `parentBsn${i + 1}`;
    if (parent === null) errors[field] = 'parentBsnInvalid';
    else if (parent === bsn) errors[field] = 'parentBsnSameAsYoungPerson';
    else if (parentBsns.includes(parent)) errors[field] = 'parentBsnTwice';
    else parentBsns.push(parent);
  });

  const problem = circleAgeProblem(input.dateOfBirth, today);
  if (problem) errors.dateOfBirth = AGE_ERRORS[problem];

  const contact = {
    name: input.contact.name.trim(),
    role: input.contact.role.trim(),
    phone: input.contact.phone.trim(),
    email: input.contact.email.trim(),
  };
  for (const [field, value] of Object.entries(contact)) {
    const key = `contact${field[0]!.toUpperCase()}${field.slice(1)}`;
    if (value.length > MAX_TEXT) errors[key] = 'contactTooLong';
    else if (containsBsn(value)) errors[key] = 'bsn';
  }
  if (contact.name === '') errors.contactName = 'contactNameRequired';
  if (contact.role === '') errors.contactRole = 'contactRoleRequired';
  if (contact.phone === '' && contact.email === '') errors.contactPhone = 'contactPhoneOrEmailRequired';
  if (contact.email !== '' && !errors.contactEmail && !EMAIL.test(contact.email)) {
    errors.contactEmail = 'contactEmailInvalid';
  }

  // Who must be informed depends on the age: asked again once the date of birth is right.
  const informing = problem ? null : informingRecord(ageOn(input.dateOfBirth, today), input.informing);
  if (informing && 'errors' in informing) Object.assign(errors, informing.errors);

  if (Object.keys(errors).length > 0 || bsn === null || !informing || 'errors' in informing) {
    throw new ValidationError(errors);
  }
  const concernId = input.concernId && UUID.test(input.concernId) ? input.concernId : null;
  return { bsn, parentBsns, dateOfBirth: input.dateOfBirth, contact, informing: informing.record, concernId };
}

/**
 * What follows new signals' matches, in the registration's transaction: each new signal joins its
 * matches' team (formed if there is none), and everyone involved (the actor and each other signal's
 * registering professional) is told once, content-free.
 * @param matches the new signals' matches (`forSignalId` the new signal, `otherId` the one it met)
 */
export async function settleMatches(
  trx: Trx,
  ctx: RequestContext,
  settings: CircleSettings,
  matches: readonly { readonly forSignalId: string; readonly otherId: string }[],
  notifier?: CircleNotifier,
): Promise<void> {
  if (matches.length === 0) return;
  await joinTeams(trx, ctx, settings, matches);
  if (!notifier) return;
  const actor = actorOf(ctx);
  const others = await repo.registrantsOf(trx, [...new Set(matches.map((m) => m.otherId))]);
  const seen = new Set<string>();
  await notifier.matched(
    trx,
    [{ userId: actor.userId, organisationId: actor.organisationId }, ...others].filter((r) => {
      const key = `${r.userId}/${r.organisationId}`;
      return !seen.has(key) && seen.add(key);
    }),
  );
}

/**
 * Registers a signal for the actor's organisation.
 * @param settings the circle's keys and the municipality's period
 * @param notifier told of a match, with every professional involved (content-free), in the transaction
 * @returns the new signal's id and how many other signals match it now
 * @throws {ForbiddenError} when the actor's organisation type or role has no basis (audited)
 * @throws {ValidationError} per field; `bsn: bsnAlreadyRegistered` when the organisation
 *   already has an active signal on this young person
 */
export async function registerSignal(
  ctx: RequestContext,
  settings: CircleSettings,
  input: SignalInput,
  notifier?: CircleNotifier,
): Promise<{ readonly id: string; readonly matches: number }> {
  const actor = actorOf(ctx);
  if (circlePolicy.register(actor, { organisationId: actor.organisationId }) !== 'allow') {
    await auditRefusal(ctx, 'circle.signal.register', 'C', null);
    throw new ForbiddenError();
  }
  const today = amsterdamIsoDate(ctx.now);
  const checked = checkInput(input, today);
  const expiry = signalExpiry(
    { registeredOn: today, dateOfBirth: checked.dateOfBirth },
    checkMaxMonths(settings.maxMonths),
  );
  return ctx.db.transaction().execute(async (trx) => {
    // Waits for a rotation in progress; then computes at the version the register is at.
    const state = await repo.lockKeyState(trx, 'share', initialKeyState(settings.keys), ctx.now);
    assertKeysMatch(settings.keys, state);
    const id = await repo.insertSignal(trx, {
      organisationId: actor.organisationId,
      registeredBy: actor.userId,
      contact: checked.contact,
      pseudonym: pseudonym(settings.keys, checked.bsn, state.version),
      parents: checked.parentBsns.map((p) => pseudonym(settings.keys, p, state.version)),
      dateOfBirth: checked.dateOfBirth,
      registeredAt: ctx.now,
      registeredOn: today,
      expiresOn: expiry.on,
      informing: checked.informing,
      concernId: checked.concernId,
    });
    if (!id) throw new ValidationError({ bsn: 'bsnAlreadyRegistered' });
    await auditCircle(trx, ctx, 'circle.signal.register', 'C', id);
    const matches = await repo.matchesFor(trx, [id], activeOn(ctx, settings));
    await settleMatches(trx, ctx, settings, matches, notifier);
    return { id, matches: matches.length };
  });
}

/**
 * The active signal an actor names, authorized for an action; a refusal is audited.
 * @throws {NotFoundError} for an id that is no signal, or another organisation's
 * @throws {ForbiddenError} for someone of the organisation without the basis
 */
async function authorizedSignal(
  ctx: RequestContext,
  trx: Trx,
  signalId: string,
  action: 'view' | 'end',
  type: string,
  code: 'R' | 'D',
): Promise<repo.SignalRow> {
  const actor = actorOf(ctx);
  const signal = UUID.test(signalId) ? await repo.findSignal(trx, signalId) : undefined;
  const decision = signal ? circlePolicy[action](actor, signal) : 'hide';
  if (decision === 'allow' && signal) return signal;
  throw new Refused(decision === 'deny' ? new ForbiddenError() : new NotFoundError(), type, code);
}

/** A refusal to audit after the use case's transaction has rolled back. */
class Refused extends Error {
  override name = 'Refused';
  constructor(
    readonly answer: ForbiddenError | NotFoundError,
    readonly type: string,
    readonly code: 'R' | 'D',
  ) {
    super(answer.message);
  }
}

/** Runs a use case on one signal; a refusal is audited on its own and answered as its error. */
async function onSignal<T>(ctx: RequestContext, signalId: string, run: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction().execute(run);
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    await auditRefusal(ctx, err.type, err.code, signalId.slice(0, 100));
    throw err.answer;
  }
}

/**
 * Ends one of the organisation's signals: withdrawn (unjustified, or the risk has gone) or at the
 * young person's death. It becomes a tombstone; its pseudonyms are gone.
 */
export async function endSignal(ctx: RequestContext, signalId: string, reason: RecordedEndReason): Promise<void> {
  const type = reason === 'death' ? 'circle.signal.end.death' : 'circle.signal.withdraw';
  await onSignal(ctx, signalId, async (trx) => {
    const signal = await authorizedSignal(ctx, trx, signalId, 'end', type, 'D');
    await repo.endSignals(trx, [{ id: signal.id, reason }], ctx.now, actorOf(ctx).userId);
    await auditCircle(trx, ctx, type, 'D', signal.id);
    await dropEmptyTeams(trx, ctx);
  });
}

/** One of the organisation's signals in its list: no BSN, no pseudonym. */
export interface OwnSignal {
  readonly id: string;
  readonly contactName: string;
  readonly contactRole: string;
  readonly dateOfBirth: string;
  readonly registeredOn: string;
  readonly expiresOn: string;
  /** Active by the calendar today (the daily job has not ended it yet, or it is still running). */
  readonly active: boolean;
  readonly matches: number;
}

/** The actor's organisation's signals, newest first, with how many others match each (audited). */
export async function listOwnSignals(ctx: RequestContext, settings: CircleSettings): Promise<OwnSignal[]> {
  const actor = actorOf(ctx);
  if (circlePolicy.list(actor, { organisationId: actor.organisationId }) !== 'allow') {
    await auditRefusal(ctx, 'circle.signal.list', 'R', null);
    throw new ForbiddenError();
  }
  const active = activeOn(ctx, settings);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.listOrganisationSignals(trx, actor.organisationId);
    const matches = await repo.matchesFor(
      trx,
      rows.map((r) => r.id),
      active,
    );
    await auditCircle(trx, ctx, 'circle.signal.list', 'R', null);
    return rows.map((r) => ({
      id: r.id,
      contactName: r.contactName,
      contactRole: r.contactRole,
      dateOfBirth: r.dateOfBirth,
      registeredOn: r.registeredOn,
      expiresOn: r.expiresOn,
      active: r.expiresOn > active.today && r.registeredOn > active.endedUpTo,
      matches: matches.filter((m) => m.forSignalId === r.id).length,
    }));
  });
}

/** Another professional involved: who, never what. */
export interface Match {
  readonly kind: 'client' | 'family';
  readonly name: string;
  readonly organisation: string;
  readonly role: string;
  readonly phone: string;
  readonly email: string;
  /** The day the other signal was made (ISO). */
  readonly signalDate: string;
}

/**
 * The matches of one of the organisation's signals (audited as a read of the match). An ended
 * signal, or one past its end day, has none.
 */
export async function findMatches(ctx: RequestContext, settings: CircleSettings, signalId: string): Promise<Match[]> {
  const active = activeOn(ctx, settings);
  return onSignal(ctx, signalId, async (trx) => {
    const signal = await authorizedSignal(ctx, trx, signalId, 'view', 'circle.match.read', 'R');
    const rows = await repo.matchesFor(trx, [signal.id], active);
    await auditCircle(trx, ctx, 'circle.match.read', 'R', signal.id);
    return rows
      .map((r) => ({
        kind: r.kind,
        name: r.contactName,
        organisation: r.organisationName,
        role: r.contactRole,
        phone: r.contactPhone,
        email: r.contactEmail,
        signalDate: r.registeredOn,
      }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.signalDate.localeCompare(b.signalDate));
  });
}

/** The circle's state for the person of one of the organisation's concern dossiers. */
export interface ConcernCircleState {
  readonly signalId: string;
  /** The day the signal was made (ISO). */
  readonly registeredOn: string;
  /** How many other professionals are involved now. */
  readonly matches: number;
}

/**
 * The organisation's active signal registered from a concern dossier, with how many others match it;
 * null when there is none, or when the actor has no basis for the circle (nothing is shown, nothing
 * refused: the concern page asks on every view). A signal found is audited as a read.
 */
export async function circleStateOfConcern(
  ctx: RequestContext,
  settings: CircleSettings,
  concernId: string,
): Promise<ConcernCircleState | null> {
  const actor = actorOf(ctx);
  if (!UUID.test(concernId)) return null;
  if (circlePolicy.list(actor, { organisationId: actor.organisationId }) !== 'allow') return null;
  const active = activeOn(ctx, settings);
  return ctx.db.transaction().execute(async (trx) => {
    const signal = await repo.findSignalOfConcern(trx, actor.organisationId, concernId);
    if (!signal || !(signal.expiresOn > active.today && signal.registeredOn > active.endedUpTo)) return null;
    const matches = await repo.matchesFor(trx, [signal.id], active);
    await auditCircle(trx, ctx, 'circle.signal.list', 'R', signal.id);
    return { signalId: signal.id, registeredOn: signal.registeredOn, matches: matches.length };
  });
}

/** One of the organisation's signals with its matches, for its page. */
export interface SignalWithMatches {
  readonly signal: Omit<OwnSignal, 'matches' | 'active'>;
  readonly matches: Match[];
  /** The team it is in (where the professionals coordinate and keep their plan), also after the others left; null when it never matched. */
  readonly teamId: string | null;
}

/**
 * One of the organisation's signals and its matches: who, never what (audited as a read of the
 * match; another organisation's signal is 404, audited).
 */
export async function signalWithMatches(
  ctx: RequestContext,
  settings: CircleSettings,
  signalId: string,
): Promise<SignalWithMatches> {
  const matches = await findMatches(ctx, settings, signalId);
  // The read above authorized (and audited) the signal; this only reads its own columns.
  const signal = await repo.findSignal(ctx.db, signalId);
  if (!signal) throw new NotFoundError();
  return {
    teamId: await teamOfSignal(ctx, signal.id),
    signal: {
      id: signal.id,
      contactName: signal.contactName,
      contactRole: signal.contactRole,
      dateOfBirth: signal.dateOfBirth,
      registeredOn: signal.registeredOn,
      expiresOn: signal.expiresOn,
    },
    matches,
  };
}
