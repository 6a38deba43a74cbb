// SPDX-License-Identifier: EUPL-1.2
/**
 * The second factor (issue 3, ADR 0015): checking TOTP and recovery codes, the per-account code lock,
 * enrolment (a pending secret, then a first code; recovery codes handed out), step-up before a
 * sensitive action, starting over with a new second factor, and the recovery codes left.
 *
 * Code lock: at most {@link MAX_CODE_ATTEMPTS} wrong codes per challenge (then the sign-in starts
 * over), and {@link MAX_ACCOUNT_CODE_FAILURES} in a row per account however many sign-ins they are
 * spread over (then the second factor refuses every code for {@link CODE_LOCK_MS} and every session
 * of the user ends). The rules are in session.ts.
 *
 * Every event writes an audit row (`auth.*`) in the same transaction as its effect.
 */
import type { Transaction } from 'kysely';
import { requireRecentFactor, UnauthenticatedError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { decryptSecret, encryptSecret } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import { defaultMembership, mintSession, type ResolvedSession, rotate } from './identity.internal.ts';
import * as repo from './identity.repository.ts';
import { CODE_LOCK_MS, MAX_ACCOUNT_CODE_FAILURES, MAX_CODE_ATTEMPTS } from './session.ts';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpUri,
  verifyTotp,
} from './totp.ts';

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

/**
 * Checks a TOTP code or a recovery code of the user (sign-in and step-up). A good code resets the
 * account's count of wrong codes; while the second factor is locked no code is checked (`locked`).
 */
export async function checkCode(
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
export async function countWrongCode(
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
export async function refuseLocked(
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
