// SPDX-License-Identifier: EUPL-1.2
/**
 * Passwords (issue 3, ADR 0014 and 0015): reset links (30 minutes, single use, the newest one only),
 * resetting through a link, and changing one's own password. The rules for a password itself are in
 * password.ts.
 *
 * No enumeration: asking for a link answers the same whether or not the address exists. A reset ends
 * every session of the user and never bypasses the second factor; a change ends every session and
 * opens a new one in this browser. A wrong current password counts towards the same lockout as
 * sign-in (session.ts).
 *
 * Every event writes an audit row (`auth.*`) in the same transaction as its effect.
 */
import type { RequestContext } from '#src/core/context.ts';
import { hashToken, newToken } from '#src/core/secrets.ts';
import { audit } from '#src/modules/audit/index.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import { mintSession, normaliseEmail, type ResolvedSession } from './identity.internal.ts';
import * as repo from './identity.repository.ts';
import { hashPassword, type PasswordProblem, passwordProblem, verifyPassword } from './password.ts';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from './session.ts';

/** Password-reset links live 30 minutes and work once. */
export const PASSWORD_RESET_MS = 30 * 60 * 1000;

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
