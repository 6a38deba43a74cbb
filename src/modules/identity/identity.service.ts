// SPDX-License-Identifier: EUPL-1.2
/**
 * Signing in and out, the second factor, sessions and passwords (issue 3, ADR 0015).
 *
 * Flow: e-mail + password → a *pending* session (stage `secondFactor`, or `enrol` when no second
 * factor is set up yet) → TOTP code or recovery code (or enrolment) → a new *active* session with a
 * new id (no fixation). A user with one organisation acts for it at once; with several, they choose.
 *
 * No enumeration: an unknown e-mail, a wrong password, a locked or a disabled account all get the same
 * answer after the same work (a dummy argon2 verify when there is no hash to check). Lockout: after 5
 * wrong passwords in a row the account refuses sign-in for 15 minutes; attempts during the lock are not
 * counted and do not extend it, so an attacker cannot keep a victim out for longer than 15 minutes
 * after the attack stops. Per-address rate limits sit in front (the routes).
 *
 * Every sign-in event writes an audit row (`auth.*`) in the same transaction as its effect.
 */
import type { Kysely, Transaction } from 'kysely';
import { type Actor, requireRecentFactor, UnauthenticatedError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { decryptSecret, encryptSecret, hashToken, newToken } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/audit.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import * as repo from './identity.repository.ts';
import type { SessionStage } from './identity.table.ts';
import { hashPassword, type PasswordProblem, passwordProblem, verifyPassword } from './password.ts';
import {
  CODE_LOCK_MS,
  LOCKOUT_MS,
  LOCKOUT_THRESHOLD,
  MAX_ACCOUNT_CODE_FAILURES,
  MAX_CODE_ATTEMPTS,
  sessionEnded,
  shouldTouch,
} from './session.ts';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpUri,
  verifyTotp,
} from './totp.ts';

/** Password-reset links live 30 minutes and work once. */
export const PASSWORD_RESET_MS = 30 * 60 * 1000;

/** A session as the request sees it. */
export interface ResolvedSession {
  readonly idHash: string;
  readonly userId: string;
  readonly stage: SessionStage;
  readonly email: string;
  readonly displayName: string;
  readonly enrolled: boolean;
  /** The acting organisation and role; null until chosen (or when the user has no membership). */
  readonly actor: Actor | null;
  readonly membershipCount: number;
}

/** Normalises an e-mail address for lookup and storage. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A new session's token (for the cookie) and the hash stored for it. */
function mintSession(): { token: string; idHash: string } {
  const token = newToken();
  return { token, idHash: hashToken(token) };
}

/**
 * Finds the session of a cookie token and checks it is still alive. Ends sessions that timed out and
 * sessions of disabled users. Writes last_seen_at at most once a minute.
 * @param ctx the request context
 * @param token the session cookie's value
 * @returns the session, or null when there is none (any more)
 */
export async function resolveSession(ctx: RequestContext, token: string): Promise<ResolvedSession | null> {
  if (token.length !== 43) return null;
  const idHash = hashToken(token);
  const joined = await repo.loadSession(ctx.db, idHash);
  if (!joined) return null;
  const { session, user, membership } = joined;
  const ended = sessionEnded(
    { stage: session.stage, createdAt: session.created_at, lastSeenAt: session.last_seen_at },
    ctx.now,
  );
  if (ended || user.disabled_at) {
    await repo.deleteSession(ctx.db, idHash);
    return null;
  }
  if (shouldTouch(session.last_seen_at, ctx.now)) await repo.touchSession(ctx.db, idHash, ctx.now);
  const actor: Actor | null =
    session.stage === 'active' && membership
      ? {
          userId: user.id,
          displayName: user.display_name,
          email: user.email,
          membershipId: membership.id,
          organisationId: membership.organisationId,
          organisationName: membership.organisationName,
          organisationType: membership.organisationType,
          role: membership.role,
          factorAt: session.factor_at,
          membershipCount: joined.membershipCount,
        }
      : null;
  return {
    idHash,
    userId: user.id,
    stage: session.stage,
    email: user.email,
    displayName: user.display_name,
    enrolled: Boolean(user.totp_enrolled_at),
    actor,
    membershipCount: joined.membershipCount,
  };
}

/** The outcome of a password sign-in. */
export type SignInResult =
  | { readonly ok: true; readonly token: string; readonly stage: 'secondFactor' | 'enrol' }
  | { readonly ok: false };

/**
 * Checks e-mail and password and opens a pending session.
 * @param ctx the request context (no actor)
 * @param input what was typed
 */
export async function signInWithPassword(
  ctx: RequestContext,
  input: { readonly email: string; readonly password: string },
): Promise<SignInResult> {
  const user = await repo.findUserByEmail(ctx.db, normaliseEmail(input.email));
  const locked = Boolean(user?.locked_until && user.locked_until > ctx.now);
  // The same argon2 work on every path: unknown and locked accounts verify against a dummy hash.
  const passwordOk = await verifyPassword(user && !locked ? user.password_hash : undefined, input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const event = { type: 'auth.password', action: 'E', purpose: 'authentication' } as const;
    if (!user) {
      await audit(trx, ctx, { ...event, outcome: 'failure', userId: null });
      return { ok: false };
    }
    const subject = { kind: 'user', id: user.id } as const;
    if (locked || user.disabled_at) {
      await audit(trx, ctx, { ...event, outcome: 'denied', userId: user.id, subject });
      return { ok: false };
    }
    if (!passwordOk) {
      const failures = await repo.countFailedSignIn(trx, user.id);
      if (failures >= LOCKOUT_THRESHOLD) {
        await repo.updateUser(trx, user.id, {
          failed_sign_ins: 0,
          locked_until: new Date(ctx.now.getTime() + LOCKOUT_MS),
        });
        await audit(trx, ctx, {
          type: 'auth.lock',
          action: 'E',
          purpose: 'security',
          outcome: 'success',
          userId: user.id,
          subject,
        });
      }
      await audit(trx, ctx, { ...event, outcome: 'failure', userId: user.id, subject });
      return { ok: false };
    }
    await repo.updateUser(trx, user.id, { failed_sign_ins: 0, locked_until: null });
    const { token, idHash } = mintSession();
    const stage = user.totp_enrolled_at ? 'secondFactor' : 'enrol';
    if (stage === 'enrol' && !user.totp_secret)
      await repo.updateUser(trx, user.id, pendingTotpSecret(ctx.keys.totpKey));
    await repo.insertSession(trx, { idHash, userId: user.id, stage, membershipId: null, now: ctx.now, factorAt: null });
    await audit(trx, ctx, { ...event, outcome: 'success', userId: user.id, subject });
    return { ok: true, token, stage };
  });
}

/** The outcome of a code check. */
export type CodeResult =
  | { readonly ok: true; readonly token: string }
  /** Wrong code; try again. */
  | { readonly ok: false; readonly restart: false }
  /** Too many wrong codes or the session ended: start the sign-in again. */
  | { readonly ok: false; readonly restart: true }
  /**
   * The account's second factor is locked (too many wrong codes across sign-ins). `lockedNow` when
   * this code locked it: the user is then told by e-mail at `email`.
   */
  | { readonly ok: false; readonly restart: true; readonly locked: true; readonly lockedNow?: { email: string } };

async function checkCode(
  trx: Transaction<Database>,
  ctx: RequestContext,
  userId: string,
  code: string,
): Promise<{ ok: boolean; via?: 'totp' | 'recovery'; locked?: boolean }> {
  const user = await repo.findUserById(trx, userId);
  if (!user?.totp_secret || !user.totp_enrolled_at) return { ok: false };
  // While the second factor is locked no code is even checked: guessing on gains nothing.
  if (user.codes_locked_until && user.codes_locked_until > ctx.now) return { ok: false, locked: true };
  const secret = decryptSecret(ctx.keys.totpKey, user.totp_secret);
  const lastStep = user.totp_last_step === null ? null : Number(user.totp_last_step);
  const step = verifyTotp(secret, code, ctx.now, lastStep);
  if (step !== undefined) {
    await repo.updateUser(trx, userId, { totp_last_step: step, failed_codes: 0 });
    return { ok: true, via: 'totp' };
  }
  if (
    normaliseRecoveryCode(code).length === 10 &&
    (await repo.useRecoveryCode(trx, userId, hashRecoveryCode(code), ctx.now))
  ) {
    await repo.updateUser(trx, userId, { failed_codes: 0 });
    return { ok: true, via: 'recovery' };
  }
  return { ok: false };
}

/**
 * After a wrong code: counts it for the account (across sign-ins, step-ups and languages) and, at
 * {@link MAX_ACCOUNT_CODE_FAILURES}, locks the second factor for {@link CODE_LOCK_MS}, ends every
 * session of the user and writes `auth.second_factor_lock`.
 * @returns the refusal to answer with when the account is now locked, else undefined
 */
async function countWrongCode(
  trx: Transaction<Database>,
  ctx: RequestContext,
  userId: string,
): Promise<CodeResult | undefined> {
  const failures = await repo.countFailedCode(trx, userId);
  if (failures < MAX_ACCOUNT_CODE_FAILURES) return undefined;
  await repo.updateUser(trx, userId, {
    failed_codes: 0,
    codes_locked_until: new Date(ctx.now.getTime() + CODE_LOCK_MS),
  });
  await repo.deleteUserSessions(trx, userId);
  await audit(trx, ctx, {
    type: 'auth.second_factor_lock',
    action: 'E',
    purpose: 'security',
    outcome: 'success',
    userId,
    subject: { kind: 'user', id: userId },
  });
  const user = await repo.findUserById(trx, userId);
  return { ok: false, restart: true, locked: true, lockedNow: user ? { email: user.email } : undefined };
}

/** The refusal while the account's second factor is locked; the attempt is audited as denied. */
async function refuseLocked(
  trx: Transaction<Database>,
  ctx: RequestContext,
  session: ResolvedSession,
  type: 'auth.second_factor' | 'auth.step_up',
): Promise<CodeResult> {
  await repo.deleteSession(trx, session.idHash);
  await audit(trx, ctx, {
    type,
    action: 'E',
    purpose: 'authentication',
    outcome: 'denied',
    userId: session.userId,
    subject: { kind: 'user', id: session.userId },
  });
  return { ok: false, restart: true, locked: true };
}

/**
 * Replaces a session by a new one (new id), in the transaction.
 * @returns the new token
 */
async function rotate(
  trx: Transaction<Database>,
  ctx: RequestContext,
  old: { idHash: string; userId: string },
  stage: SessionStage,
  membershipId: string | null,
  factorAt: Date | null,
): Promise<string> {
  await repo.deleteSession(trx, old.idHash);
  const { token, idHash } = mintSession();
  await repo.insertSession(trx, { idHash, userId: old.userId, stage, membershipId, now: ctx.now, factorAt });
  return token;
}

/** The membership to act for right after sign-in: the only one, else none (the user chooses). */
async function defaultMembership(db: Kysely<Database>, userId: string): Promise<string | null> {
  const memberships = await repo.membershipsOf(db, userId);
  return memberships.length === 1 ? memberships[0]!.id : null;
}

/**
 * Completes a sign-in with a TOTP code or a recovery code.
 * @param ctx the request context
 * @param session the pending session (stage secondFactor)
 * @param code what was typed
 */
export async function completeSignIn(ctx: RequestContext, session: ResolvedSession, code: string): Promise<CodeResult> {
  if (session.stage !== 'secondFactor') return { ok: false, restart: true };
  return ctx.db.transaction().execute(async (trx) => {
    const subject = { kind: 'user', id: session.userId } as const;
    const result = await checkCode(trx, ctx, session.userId, code);
    if (result.locked) return refuseLocked(trx, ctx, session, 'auth.second_factor');
    if (!result.ok) {
      const attempts = await repo.countCodeAttempt(trx, session.idHash);
      await audit(trx, ctx, {
        type: 'auth.second_factor',
        action: 'E',
        purpose: 'authentication',
        outcome: 'failure',
        userId: session.userId,
        subject,
      });
      const locked = await countWrongCode(trx, ctx, session.userId);
      if (locked) return locked;
      if (attempts >= MAX_CODE_ATTEMPTS) {
        await repo.deleteSession(trx, session.idHash);
        return { ok: false, restart: true };
      }
      return { ok: false, restart: false };
    }
    const token = await rotate(trx, ctx, session, 'active', await defaultMembership(trx, session.userId), ctx.now);
    await audit(trx, ctx, {
      type: result.via === 'recovery' ? 'auth.sign_in_recovery_code' : 'auth.sign_in',
      action: 'E',
      purpose: 'authentication',
      outcome: 'success',
      userId: session.userId,
      subject,
    });
    return { ok: true, token };
  });
}

/** What the enrolment page shows: the secret (as text and in a QR code). */
export interface Enrolment {
  readonly secret: string;
  readonly uri: string;
}

/**
 * A pending TOTP secret for a user who is about to enrol (written when the enrolment session is
 * opened, so the enrolment page itself only reads: GET never changes state).
 */
export function pendingTotpSecret(key: Buffer): { totp_secret: string; totp_enrolled_at: null; totp_last_step: null } {
  return { totp_secret: encryptSecret(key, newTotpSecret()), totp_enrolled_at: null, totp_last_step: null };
}

/**
 * What the enrolment page shows: the pending secret (as text and as a QR code).
 * @param ctx the request context
 * @param session the pending session (stage enrol)
 * @param issuer the name the authenticator app shows
 * @throws {Error} when the session is not enrolling
 */
export async function beginEnrolment(
  ctx: RequestContext,
  session: ResolvedSession,
  issuer: string,
): Promise<Enrolment> {
  const user = await repo.findUserById(ctx.db, session.userId);
  if (!user?.totp_secret || user.totp_enrolled_at || session.stage !== 'enrol')
    throw new Error('No enrolment in progress');
  const secret = decryptSecret(ctx.keys.totpKey, user.totp_secret);
  return { secret, uri: totpUri(secret, user.email, issuer) };
}

/** The outcome of confirming the enrolment. */
export type EnrolResult =
  | { readonly ok: true; readonly token: string; readonly recoveryCodes: readonly string[] }
  | { readonly ok: false; readonly restart: boolean };

/**
 * Confirms the second factor with a first code; hands out recovery codes and signs in.
 * @param ctx the request context
 * @param session the pending session (stage enrol)
 * @param code the first code from the app
 */
export async function confirmEnrolment(
  ctx: RequestContext,
  session: ResolvedSession,
  code: string,
): Promise<EnrolResult> {
  if (session.stage !== 'enrol') return { ok: false, restart: true };
  return ctx.db.transaction().execute(async (trx) => {
    const subject = { kind: 'user', id: session.userId } as const;
    const user = await repo.findUserById(trx, session.userId);
    if (!user?.totp_secret || user.totp_enrolled_at) return { ok: false, restart: true };
    const step = verifyTotp(decryptSecret(ctx.keys.totpKey, user.totp_secret), code, ctx.now, null);
    if (step === undefined) {
      const attempts = await repo.countCodeAttempt(trx, session.idHash);
      if (attempts >= MAX_CODE_ATTEMPTS * 2) {
        await repo.deleteSession(trx, session.idHash);
        return { ok: false, restart: true };
      }
      return { ok: false, restart: false };
    }
    await repo.updateUser(trx, user.id, { totp_enrolled_at: ctx.now, totp_last_step: step });
    const recoveryCodes = newRecoveryCodes();
    await repo.replaceRecoveryCodes(trx, user.id, recoveryCodes.map(hashRecoveryCode));
    // A new second factor ends every other session of this user (ASVS 7.4.3).
    await repo.deleteUserSessions(trx, user.id);
    const { token, idHash } = mintSession();
    await repo.insertSession(trx, {
      idHash,
      userId: user.id,
      stage: 'active',
      membershipId: await defaultMembership(trx, user.id),
      now: ctx.now,
      factorAt: ctx.now,
    });
    await audit(trx, ctx, {
      type: 'auth.second_factor_enrol',
      action: 'U',
      purpose: 'authentication',
      outcome: 'success',
      userId: user.id,
      subject,
    });
    return { ok: true, token, recoveryCodes };
  });
}

/**
 * Signs out: ends this session.
 * @param ctx the request context
 * @param session the session to end
 */
export async function signOut(ctx: RequestContext, session: ResolvedSession): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, session.idHash);
    await audit(trx, ctx, {
      type: 'auth.sign_out',
      action: 'E',
      purpose: 'authentication',
      outcome: 'success',
      userId: session.userId,
      subject: { kind: 'user', id: session.userId },
    });
  });
}

/**
 * Chooses the organisation to act for.
 * @returns false when the membership is not the user's
 */
export async function chooseMembership(
  ctx: RequestContext,
  session: ResolvedSession,
  membershipId: string,
): Promise<boolean> {
  const memberships = await repo.membershipsOf(ctx.db, session.userId);
  const chosen = memberships.find((m) => m.id === membershipId);
  if (!chosen || session.stage !== 'active') return false;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setSessionMembership(trx, session.idHash, chosen.id);
    await audit(trx, ctx, {
      type: 'auth.choose_organisation',
      action: 'E',
      purpose: 'authentication',
      outcome: 'success',
      userId: session.userId,
      objectType: 'organisation',
      objectId: chosen.organisationId,
    });
  });
  return true;
}

/** The memberships of the session's user (for the choice page). */
export function membershipsOfSession(ctx: RequestContext, session: ResolvedSession): Promise<repo.MembershipView[]> {
  return repo.membershipsOf(ctx.db, session.userId);
}

/**
 * Step-up: proves a factor again before a sensitive action; the session gets a new id.
 * @returns the new token, or a refusal
 */
export async function stepUp(ctx: RequestContext, session: ResolvedSession, code: string): Promise<CodeResult> {
  if (session.stage !== 'active' || !session.actor) return { ok: false, restart: true };
  const actor = session.actor;
  return ctx.db.transaction().execute(async (trx) => {
    const result = await checkCode(trx, ctx, session.userId, code);
    if (result.locked) return refuseLocked(trx, ctx, session, 'auth.step_up');
    await audit(trx, ctx, {
      type: 'auth.step_up',
      action: 'E',
      purpose: 'authentication',
      outcome: result.ok ? 'success' : 'failure',
    });
    if (!result.ok) {
      const locked = await countWrongCode(trx, ctx, session.userId);
      if (locked) return locked;
      const attempts = await repo.countCodeAttempt(trx, session.idHash);
      if (attempts >= MAX_CODE_ATTEMPTS) {
        await repo.deleteSession(trx, session.idHash);
        return { ok: false, restart: true };
      }
      return { ok: false, restart: false };
    }
    return { ok: true, token: await rotate(trx, ctx, session, 'active', actor.membershipId, ctx.now) };
  });
}

/**
 * Asks for a password-reset link. Answers the same whether or not the address exists; the mail is
 * sent after the commit, without waiting, so timing tells nothing either.
 * @param link builds the link from the token
 */
export async function requestPasswordReset(
  ctx: RequestContext,
  email: string,
  mailer: Mailer,
  mail: (token: string) => { subject: string; text: string },
): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, normaliseEmail(email));
  if (!user || user.disabled_at) return;
  const token = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    // A new link ends every older one: only the newest mail works (issue 11, finding 8).
    await repo.endPasswordResets(trx, user.id, ctx.now);
    await repo.insertPasswordReset(trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      now: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + PASSWORD_RESET_MS),
    });
    await audit(trx, ctx, {
      type: 'auth.password_reset_request',
      action: 'C',
      purpose: 'authentication',
      outcome: 'success',
      userId: user.id,
      subject: { kind: 'user', id: user.id },
    });
  });
  mailer.send({ to: user.email, ...mail(token) }).catch(() => undefined);
}

/** Whether a reset link still works. */
export async function resetLinkIsLive(ctx: RequestContext, token: string): Promise<boolean> {
  return Boolean(await repo.liveResetUser(ctx.db, hashToken(token), ctx.now));
}

/** The outcome of setting a new password. */
export type NewPasswordResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: PasswordProblem | 'expired' };

/**
 * Sets a new password through a reset link: single use, ends every session. The second factor stays
 * required at the next sign-in (a reset never bypasses it, ASVS 6.4.3). A refused password leaves the
 * link usable.
 */
export async function resetPassword(ctx: RequestContext, token: string, password: string): Promise<NewPasswordResult> {
  const tokenHash = hashToken(token);
  const pending = await repo.liveResetUser(ctx.db, tokenHash, ctx.now);
  if (!pending) return { ok: false, problem: 'expired' };
  const problem = passwordProblem(password, pending.email);
  if (problem) return { ok: false, problem };
  const hashed = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx): Promise<NewPasswordResult> => {
    // The claim is the single-use check: a second request with the same link finds it used.
    const userId = await repo.claimPasswordReset(trx, tokenHash, ctx.now);
    if (!userId) return { ok: false, problem: 'expired' };
    // Using a link ends every other outstanding link of the account.
    await repo.endPasswordResets(trx, userId, ctx.now);
    await repo.updateUser(trx, userId, { password_hash: hashed, failed_sign_ins: 0, locked_until: null });
    await repo.deleteUserSessions(trx, userId);
    await audit(trx, ctx, {
      type: 'auth.password_reset',
      action: 'U',
      purpose: 'authentication',
      outcome: 'success',
      userId,
      subject: { kind: 'user', id: userId },
    });
    return { ok: true };
  });
}

/** The outcome of changing one's own password. */
export type ChangePasswordResult =
  | { readonly ok: true; readonly token: string }
  | {
      readonly ok: false;
      readonly field: 'current' | 'password';
      readonly problem: PasswordProblem | 'wrong' | 'locked';
    }
  /** Too many wrong current passwords: the account is locked and every session ended. */
  | { readonly ok: false; readonly signedOut: true };

/**
 * Changes one's own password: checks the current one, ends every session and opens a new one here.
 * A wrong current password counts as a failed sign-in: after {@link LOCKOUT_THRESHOLD} in a row the
 * account is locked for 15 minutes and every session ends (someone with a stolen session cannot
 * guess the password here; issue 11, finding 10). During a lock the check is refused.
 * @returns the new session token, or why not
 */
export async function changePassword(
  ctx: RequestContext,
  session: ResolvedSession,
  input: { readonly current: string; readonly password: string },
): Promise<ChangePasswordResult> {
  const user = await repo.findUserById(ctx.db, session.userId);
  if (!user || !session.actor) return { ok: false, field: 'current', problem: 'wrong' };
  const subject = { kind: 'user', id: user.id } as const;
  const event = { type: 'auth.password_change', action: 'U', purpose: 'authentication', subject } as const;
  if (user.locked_until && user.locked_until > ctx.now) {
    await ctx.db.transaction().execute((trx) => audit(trx, ctx, { ...event, outcome: 'denied' }));
    return { ok: false, field: 'current', problem: 'locked' };
  }
  if (!(await verifyPassword(user.password_hash, input.current))) {
    return ctx.db.transaction().execute(async (trx): Promise<ChangePasswordResult> => {
      await audit(trx, ctx, { ...event, outcome: 'failure' });
      const failures = await repo.countFailedSignIn(trx, user.id);
      if (failures < LOCKOUT_THRESHOLD) return { ok: false, field: 'current', problem: 'wrong' };
      await repo.updateUser(trx, user.id, {
        failed_sign_ins: 0,
        locked_until: new Date(ctx.now.getTime() + LOCKOUT_MS),
      });
      await repo.deleteUserSessions(trx, user.id);
      await audit(trx, ctx, { type: 'auth.lock', action: 'E', purpose: 'security', outcome: 'success', subject });
      return { ok: false, signedOut: true };
    });
  }
  const problem = passwordProblem(input.password, user.email);
  if (problem) return { ok: false, field: 'password', problem };
  const hashed = await hashPassword(input.password);
  const actor = session.actor;
  return ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, { password_hash: hashed, failed_sign_ins: 0 });
    await repo.endPasswordResets(trx, user.id, ctx.now);
    await repo.deleteUserSessions(trx, user.id);
    const { token, idHash } = mintSession();
    await repo.insertSession(trx, {
      idHash,
      userId: user.id,
      stage: 'active',
      membershipId: actor.membershipId,
      now: ctx.now,
      factorAt: actor.factorAt,
    });
    await audit(trx, ctx, { ...event, outcome: 'success' });
    return { ok: true, token } as const;
  });
}

/**
 * Starts over with a new second factor (lost phone, new app). Needs a factor proven in the last five
 * minutes (step-up). Ends every session; this browser continues in an
 * enrolment session.
 * @returns the token of the enrolment session
 * @throws {StepUpRequiredError} without a recent factor
 */
export async function restartEnrolment(ctx: RequestContext, session: ResolvedSession): Promise<string> {
  if (!session.actor) throw new UnauthenticatedError();
  requireRecentFactor(session.actor, ctx.now);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, session.userId, pendingTotpSecret(ctx.keys.totpKey));
    await repo.replaceRecoveryCodes(trx, session.userId, []);
    await repo.deleteUserSessions(trx, session.userId);
    const { token, idHash } = mintSession();
    await repo.insertSession(trx, {
      idHash,
      userId: session.userId,
      stage: 'enrol',
      membershipId: null,
      now: ctx.now,
      factorAt: null,
    });
    await audit(trx, ctx, {
      type: 'auth.second_factor_reset',
      action: 'U',
      purpose: 'authentication',
      outcome: 'success',
      subject: { kind: 'user', id: session.userId },
    });
    return token;
  });
}

/** Unused recovery codes of the signed-in user (account page). */
export function recoveryCodesLeft(ctx: RequestContext, session: ResolvedSession): Promise<number> {
  return repo.unusedRecoveryCodes(ctx.db, session.userId);
}
