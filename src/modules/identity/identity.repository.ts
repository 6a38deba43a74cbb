// SPDX-License-Identifier: EUPL-1.2
/** The only queries on the identity tables. Row types stay here and in the services. */
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { AppUserRow, IdentityTables, SessionStage, UserSessionRow } from './identity.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<IdentityTables>();

/** A user by e-mail address (normalised by the caller). */
export function findUserByEmail(db: Db, email: string): Promise<AppUserRow | undefined> {
  return own(db).selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
}

/** A user by id. */
export function findUserById(db: Db, id: string): Promise<AppUserRow | undefined> {
  return own(db).selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a user and returns its id. */
export async function insertUser(
  trx: Trx,
  user: { email: string; displayName: string; passwordHash: string; now: Date },
): Promise<string> {
  const row = await own(trx)
    .insertInto('app_user')
    .values({
      email: user.email,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      created_at: user.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes columns of a user. */
export async function updateUser(
  trx: Trx | Db,
  id: string,
  patch: Partial<{
    password_hash: string;
    totp_secret: string | null;
    totp_enrolled_at: Date | null;
    totp_last_step: number | null;
    failed_sign_ins: number;
    locked_until: Date | null;
    failed_codes: number;
    codes_locked_until: Date | null;
    disabled_at: Date | null;
    display_name: string;
  }>,
): Promise<void> {
  await own(trx).updateTable('app_user').set(patch).where('id', '=', id).execute();
}

/** Counts a wrong second-factor code for the account atomically; returns the new count. */
export async function countFailedCode(trx: Trx, id: string): Promise<number> {
  const row = await own(trx)
    .updateTable('app_user')
    .set((eb) => ({ failed_codes: eb('failed_codes', '+', 1) }))
    .where('id', '=', id)
    .returning('failed_codes')
    .executeTakeFirstOrThrow();
  return row.failed_codes;
}

/** Counts a wrong password atomically; returns the new count. */
export async function countFailedSignIn(trx: Trx, id: string): Promise<number> {
  const row = await own(trx)
    .updateTable('app_user')
    .set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1) }))
    .where('id', '=', id)
    .returning('failed_sign_ins')
    .executeTakeFirstOrThrow();
  return row.failed_sign_ins;
}

/** Inserts a session. */
export async function insertSession(
  trx: Trx,
  s: {
    idHash: string;
    userId: string;
    stage: SessionStage;
    membershipId: string | null;
    now: Date;
    factorAt: Date | null;
  },
): Promise<void> {
  await own(trx)
    .insertInto('user_session')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      stage: s.stage,
      membership_id: s.membershipId,
      created_at: s.now,
      last_seen_at: s.now,
      factor_at: s.factorAt,
    })
    .execute();
}

/** Deletes one session. */
export async function deleteSession(trx: Trx | Db, idHash: string): Promise<void> {
  await own(trx).deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

/** Deletes every session of a user; returns how many ended. */
export async function deleteUserSessions(trx: Trx, userId: string): Promise<number> {
  const result = await own(trx).deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A session with its user and (when chosen) its membership and organisation. */
export interface SessionJoined {
  readonly session: UserSessionRow;
  readonly user: Pick<
    AppUserRow,
    'id' | 'email' | 'display_name' | 'disabled_at' | 'totp_enrolled_at' | 'totp_secret' | 'totp_last_step'
  >;
  readonly membership: {
    readonly id: string;
    readonly role: Role;
    readonly organisationId: string;
    readonly organisationName: string;
    readonly organisationType: OrganisationType;
  } | null;
  readonly membershipCount: number;
}

/** Loads a session by the hash of its token, joined with what the request needs. */
export async function loadSession(db: Db, idHash: string): Promise<SessionJoined | undefined> {
  const row = await own(db)
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('membership as m', 'm.id', 's.membership_id')
    .leftJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select([
      's.id_hash',
      's.user_id',
      's.stage',
      's.membership_id',
      's.created_at',
      's.last_seen_at',
      's.factor_at',
      's.code_attempts',
      'u.email',
      'u.display_name',
      'u.disabled_at',
      'u.totp_enrolled_at',
      'u.totp_secret',
      'u.totp_last_step',
      'm.role',
      'm.organisation_id',
      'o.name as organisation_name',
      'o.type as organisation_type',
    ])
    .select((eb) =>
      eb
        .selectFrom('membership as mc')
        .whereRef('mc.user_id', '=', 's.user_id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('membership_count'),
    )
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id_hash: row.id_hash,
      user_id: row.user_id,
      stage: row.stage,
      membership_id: row.membership_id,
      created_at: row.created_at,
      last_seen_at: row.last_seen_at,
      factor_at: row.factor_at,
      code_attempts: row.code_attempts,
    },
    user: {
      id: row.user_id,
      email: row.email,
      display_name: row.display_name,
      disabled_at: row.disabled_at,
      totp_enrolled_at: row.totp_enrolled_at,
      totp_secret: row.totp_secret,
      totp_last_step: row.totp_last_step,
    },
    membership:
      row.membership_id && row.role && row.organisation_id && row.organisation_name && row.organisation_type
        ? {
            id: row.membership_id,
            role: row.role,
            organisationId: row.organisation_id,
            organisationName: row.organisation_name,
            organisationType: row.organisation_type,
          }
        : null,
    membershipCount: Number(row.membership_count ?? 0),
  };
}

/** Writes last_seen_at. */
export async function touchSession(db: Db, idHash: string, now: Date): Promise<void> {
  await own(db).updateTable('user_session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
}

/** Counts a wrong code in a second-factor challenge; returns the new count. */
export async function countCodeAttempt(trx: Trx, idHash: string): Promise<number> {
  const row = await own(trx)
    .updateTable('user_session')
    .set((eb) => ({ code_attempts: eb('code_attempts', '+', 1) }))
    .where('id_hash', '=', idHash)
    .returning('code_attempts')
    .executeTakeFirst();
  return row?.code_attempts ?? Number.POSITIVE_INFINITY;
}

/** Sets the factor time of a session (step-up). */
export async function setSessionFactor(trx: Trx, idHash: string, now: Date): Promise<void> {
  await own(trx).updateTable('user_session').set({ factor_at: now }).where('id_hash', '=', idHash).execute();
}

/** Sets the acting membership of a session. */
export async function setSessionMembership(trx: Trx, idHash: string, membershipId: string): Promise<void> {
  await own(trx)
    .updateTable('user_session')
    .set({ membership_id: membershipId })
    .where('id_hash', '=', idHash)
    .execute();
}

/** A membership with its organisation. */
export interface MembershipView {
  readonly id: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationType: OrganisationType;
}

/** The memberships of a user, by organisation name. */
export async function membershipsOf(db: Db | Trx, userId: string): Promise<MembershipView[]> {
  return own(db)
    .selectFrom('membership as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.role',
      'm.organisation_id as organisationId',
      'o.name as organisationName',
      'o.type as organisationType',
    ])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();
}

/** Inserts a membership. */
export async function insertMembership(
  trx: Trx,
  m: { userId: string; organisationId: string; role: Role; now: Date },
): Promise<string> {
  const row = await own(trx)
    .insertInto('membership')
    .values({ user_id: m.userId, organisation_id: m.organisationId, role: m.role, created_at: m.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a membership's role. */
export async function updateMembershipRole(trx: Trx, id: string, role: Role): Promise<void> {
  await own(trx).updateTable('membership').set({ role }).where('id', '=', id).execute();
}

/** Replaces a user's recovery codes with new hashes. */
export async function replaceRecoveryCodes(trx: Trx, userId: string, hashes: readonly string[]): Promise<void> {
  await own(trx).deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  if (hashes.length > 0) {
    await own(trx)
      .insertInto('recovery_code')
      .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
      .execute();
  }
}

/** Uses an unused recovery code; true when one matched. */
export async function useRecoveryCode(trx: Trx, userId: string, hash: string, now: Date): Promise<boolean> {
  const row = await own(trx)
    .updateTable('recovery_code')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

/** Unused recovery codes left. */
export async function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await own(db)
    .selectFrom('recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts a password-reset token hash. */
export async function insertPasswordReset(
  trx: Trx,
  r: { tokenHash: string; userId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await own(trx)
    .insertInto('password_reset')
    .values({ token_hash: r.tokenHash, user_id: r.userId, created_at: r.now, expires_at: r.expiresAt })
    .execute();
}

/**
 * Ends every outstanding reset link of a user (marks them used), so only the newest link, or none,
 * works. Called when a link is issued and when one is used.
 */
export async function endPasswordResets(trx: Trx, userId: string, now: Date): Promise<void> {
  await own(trx)
    .updateTable('password_reset')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Claims a live reset token (single use): marks it used and returns its user, or undefined. */
export async function claimPasswordReset(trx: Trx, tokenHash: string, now: Date): Promise<string | undefined> {
  const row = await own(trx)
    .updateTable('password_reset')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** The user of a live reset token (unused, not expired), or undefined. */
export function liveResetUser(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; email: string } | undefined> {
  return own(db)
    .selectFrom('password_reset as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['r.user_id as userId', 'u.email'])
    .where('r.token_hash', '=', tokenHash)
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', now)
    .executeTakeFirst();
}
