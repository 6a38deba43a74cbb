// SPDX-License-Identifier: EUPL-1.2
/** Queries of the administration: organisations, user lists, invitations. */
import { sql } from 'kysely';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { IdentityTables } from './identity.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<IdentityTables>();

/** An organisation in a list. */
export interface OrganisationSummary {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationType;
  readonly members: number;
}

/** Organisations, by name, with their number of members; `only` limits to one. */
export async function listOrganisations(db: Db, only?: string): Promise<OrganisationSummary[]> {
  let q = own(db)
    .selectFrom('organisation as o')
    .select(['o.id', 'o.name', 'o.type'])
    .select((eb) =>
      eb
        .selectFrom('membership as m')
        .whereRef('m.organisation_id', '=', 'o.id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('members'),
    )
    .orderBy('o.name');
  if (only) q = q.where('o.id', '=', only);
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.id, name: r.name, type: r.type, members: Number(r.members ?? 0) }));
}

/** Inserts an organisation; undefined when the name is taken. */
export async function insertOrganisation(
  trx: Trx,
  o: { name: string; type: OrganisationType; now: Date },
): Promise<string | undefined> {
  const row = await own(trx)
    .insertInto('organisation')
    .values({ name: o.name, type: o.type, created_at: o.now })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** A user in the administration's list: one row per membership. */
export interface UserListRow {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly disabled: boolean;
  readonly membershipId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: Role;
}

/** The search text as a LIKE pattern: a case-insensitive substring, matched literally. */
const likePattern = (search: string) => `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Memberships with their users, filtered by organisation (undefined: all) and a search text, by
 * name, organisation and id (a stable order for pages, ADR 0032).
 * The search is a case-insensitive substring of name or e-mail, as a bound parameter.
 */
export async function listMemberships(
  db: Db,
  organisationId: string | undefined,
  search: string,
  limit = 200,
  offset = 0,
): Promise<UserListRow[]> {
  let q = own(db)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select([
      'u.id as userId',
      'u.display_name as displayName',
      'u.email',
      'u.disabled_at',
      'm.id as membershipId',
      'm.organisation_id as organisationId',
      'o.name as organisationName',
      'm.role',
    ])
    .orderBy('u.display_name')
    .orderBy('o.name')
    .orderBy('m.id')
    .limit(limit)
    .offset(offset);
  if (organisationId) q = q.where('m.organisation_id', '=', organisationId);
  if (search) {
    const pattern = likePattern(search);
    q = q.where((eb) => eb.or([eb(sql`lower(u.display_name)`, 'like', pattern), eb('u.email', 'like', pattern)]));
  }
  const rows = await q.execute();
  return rows.map(({ disabled_at, ...r }) => ({ ...r, disabled: Boolean(disabled_at) }));
}

/** How many memberships (rows of the list) and distinct users listMemberships finds in all. */
export async function countMemberships(
  db: Db,
  organisationId: string | undefined,
  search: string,
): Promise<{ memberships: number; users: number }> {
  let q = own(db)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select((eb) => [
      eb.fn.countAll<string>().as('memberships'),
      eb.fn.count<string>('m.user_id').distinct().as('users'),
    ]);
  if (organisationId) q = q.where('m.organisation_id', '=', organisationId);
  if (search) {
    const pattern = likePattern(search);
    q = q.where((eb) => eb.or([eb(sql`lower(u.display_name)`, 'like', pattern), eb('u.email', 'like', pattern)]));
  }
  const row = await q.executeTakeFirstOrThrow();
  return { memberships: Number(row.memberships), users: Number(row.users) };
}

/** A membership by id. */
export function findMembership(db: Db | Trx, id: string) {
  return own(db).selectFrom('membership').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An invitation in a list. */
export interface InvitationSummary {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: Role;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
  readonly revokedAt: Date | null;
}

const invitationColumns = [
  'i.id',
  'i.email',
  'i.display_name as displayName',
  'i.organisation_id as organisationId',
  'o.name as organisationName',
  'i.role',
  'i.created_at as createdAt',
  'i.expires_at as expiresAt',
  'i.accepted_at as acceptedAt',
  'i.revoked_at as revokedAt',
] as const;

/** Invitations, newest first (the id breaks ties), of one organisation (undefined: all). */
export function listInvitations(
  db: Db,
  organisationId: string | undefined,
  limit = 200,
  offset = 0,
): Promise<InvitationSummary[]> {
  let q = own(db)
    .selectFrom('invitation as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select(invitationColumns)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .offset(offset);
  if (organisationId) q = q.where('i.organisation_id', '=', organisationId);
  return q.execute();
}

/** How many invitations listInvitations has in all. */
export async function countInvitations(db: Db, organisationId: string | undefined): Promise<number> {
  let q = own(db)
    .selectFrom('invitation as i')
    .select((eb) => eb.fn.countAll<string>().as('n'));
  if (organisationId) q = q.where('i.organisation_id', '=', organisationId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** An invitation by id. */
export function findInvitation(db: Db | Trx, id: string): Promise<InvitationSummary | undefined> {
  return own(db)
    .selectFrom('invitation as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select(invitationColumns)
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** A live invitation by the hash of its token. */
export function findLiveInvitation(db: Db | Trx, tokenHash: string, now: Date): Promise<InvitationSummary | undefined> {
  return own(db)
    .selectFrom('invitation as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select(invitationColumns)
    .where('i.token_hash', '=', tokenHash)
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', now)
    .executeTakeFirst();
}

/** Inserts an invitation. */
export async function insertInvitation(
  trx: Trx,
  i: {
    tokenHash: string;
    email: string;
    displayName: string;
    organisationId: string;
    role: Role;
    invitedBy: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await own(trx)
    .insertInto('invitation')
    .values({
      token_hash: i.tokenHash,
      email: i.email,
      display_name: i.displayName,
      organisation_id: i.organisationId,
      role: i.role,
      invited_by: i.invitedBy,
      created_at: i.now,
      expires_at: i.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks an invitation accepted (only when still live); true when it was. */
export async function markInvitationAccepted(trx: Trx, id: string, now: Date): Promise<boolean> {
  const row = await own(trx)
    .updateTable('invitation')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

/** Withdraws an open invitation. */
export async function revokeInvitation(trx: Trx, id: string, now: Date): Promise<void> {
  await own(trx)
    .updateTable('invitation')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .execute();
}
