// SPDX-License-Identifier: EUPL-1.2
/**
 * Signing in and out, and sessions (issue 3, ADR 0015). The second factor itself is in
 * second-factor.service.ts, passwords (reset, change) in password.service.ts.
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
import type { Actor } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { hashToken } from '#src/core/secrets.ts';
import { audit } from '#src/modules/audit/index.ts';
import { defaultMembership, mintSession, normaliseEmail, type ResolvedSession, rotate } from './identity.internal.ts';
import * as repo from './identity.repository.ts';
import { verifyPassword } from './password.ts';
import {
  type CodeResult,
  checkCode,
  countWrongCode,
  pendingTotpSecret,
  refuseLocked,
} from './second-factor.service.ts';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD, MAX_CODE_ATTEMPTS, sessionEnded, shouldTouch } from './session.ts';

export type { ResolvedSession } from './identity.internal.ts';

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
