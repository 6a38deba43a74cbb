// SPDX-License-Identifier: EUPL-1.2
/**
 * What the sign-in, second-factor and password services share (issue 3, ADR 0015): the session as the
 * request sees it, opening and replacing sessions, the membership to act for after sign-in, and the
 * normal form of an e-mail address. Internal to the identity module: its entry (index.ts) exports
 * only the ResolvedSession type, through sign-in.service.ts.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { hashToken, newToken } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import * as repo from './identity.repository.ts';
import type { SessionStage } from './identity.table.ts';

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
export function mintSession(): { token: string; idHash: string } {
  const token = newToken();
  return { token, idHash: hashToken(token) };
}

/**
 * Replaces a session by a new one (new id), in the transaction.
 * @returns the new token
 */
export async function rotate(
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
export async function defaultMembership(db: Kysely<Database>, userId: string): Promise<string | null> {
  const memberships = await repo.membershipsOf(db, userId);
  return memberships.length === 1 ? memberships[0]!.id : null;
}
