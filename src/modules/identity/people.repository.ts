// SPDX-License-Identifier: EUPL-1.2
/**
 * Who works where, for the other modules: the active people of an organisation in some roles (to
 * address a notice, to offer a colleague to consult) and the Veilig Thuis that receives the
 * municipality's reports. Exported through the module's entry; no other module reads the identity
 * tables itself.
 */
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { type Handle, tablesOf } from '#src/db/handle.ts';
import type { IdentityTables } from './identity.table.ts';

type Db = Handle;
const own = tablesOf<IdentityTables>();

/** An active person of an organisation, in one of their roles there. */
export interface Colleague {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

/**
 * Active (not disabled) people of an organisation in the given roles, by name; a person with two of
 * those roles there appears once per role.
 * @param organisationId the organisation
 * @param roles the roles asked for; none asks for no one
 */
export async function colleagues(db: Db, organisationId: string, roles: readonly Role[]): Promise<Colleague[]> {
  if (roles.length === 0) return [];
  return own(db)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name as name', 'u.email', 'm.role'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', roles as Role[])
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
}

/**
 * The Veilig Thuis that receives the municipality's reports: the organisation of that name (the
 * municipality's content names it), else the only Veilig Thuis there is; undefined when none is set up.
 * @param name the region's Veilig Thuis as the municipality's content names it
 */
export async function receivingVeiligThuis(db: Db, name: string): Promise<{ id: string; name: string } | undefined> {
  const all = await own(db)
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('type', '=', 'veiligThuis')
    .orderBy('created_at')
    .execute();
  return all.find((o) => o.name === name) ?? (all.length === 1 ? all[0] : undefined);
}

/** A user's address and name, if the account is active (someone a notice can go to). */
export function activeUser(db: Db, userId: string): Promise<{ email: string; name: string } | undefined> {
  return own(db)
    .selectFrom('app_user')
    .select(['email', 'display_name as name'])
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

/**
 * The language each address gets its e-mail in (Dutch for an address Kring does not know).
 * @param emails the recipients' addresses
 */
export async function mailLocales(db: Db, emails: readonly string[]): Promise<Map<string, 'nl' | 'en'>> {
  const found = new Map<string, 'nl' | 'en'>(emails.map((e) => [e, 'nl']));
  if (emails.length === 0) return found;
  const rows = await own(db)
    .selectFrom('app_user')
    .select(['email', 'mail_locale'])
    .where('email', 'in', [...emails])
    .execute();
  for (const row of rows) found.set(row.email, row.mail_locale);
  return found;
}

/** Sets the language of a person's e-mail. */
export async function setMailLocale(db: Db, userId: string, locale: 'nl' | 'en'): Promise<void> {
  await own(db).updateTable('app_user').set({ mail_locale: locale }).where('id', '=', userId).execute();
}

/** The language of a person's e-mail. */
export async function mailLocaleOf(db: Db, userId: string): Promise<'nl' | 'en'> {
  const row = await own(db).selectFrom('app_user').select('mail_locale').where('id', '=', userId).executeTakeFirst();
  return row?.mail_locale ?? 'nl';
}

/** Someone a notice goes to: the account, its address and the language of its e-mail. */
export interface Recipient {
  readonly id: string;
  readonly email: string;
  readonly locale: 'nl' | 'en';
}

/**
 * Active people of an organisation a notice can go to: all members, or those in one role, or one
 * person if still an active member; each once.
 * @param q.order by address (reminders) or by name (Veilig Thuis's deadline notice)
 */
export function activeRecipients(
  db: Db,
  q: { organisationId: string; role?: Role; userId?: string; order: 'email' | 'name' },
): Promise<Recipient[]> {
  let query = own(db)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.mail_locale as locale', 'u.display_name'])
    .distinct()
    .where('m.organisation_id', '=', q.organisationId)
    .where('u.disabled_at', 'is', null);
  if (q.role) query = query.where('m.role', '=', q.role);
  if (q.userId) query = query.where('u.id', '=', q.userId);
  return query
    .orderBy(q.order === 'email' ? 'u.email' : 'u.display_name')
    .orderBy('u.id')
    .execute()
    .then((rows) => rows.map(({ id, email, locale }) => ({ id, email, locale })));
}

/** A recipient as a member of one organisation. */
export interface MemberRecipient extends Recipient {
  readonly organisationId: string;
}

/**
 * Of the given accounts, each in an organisation, those still active members of it: one query for
 * many (the circle's match e-mail). Each pair once; pairs that are no active membership are absent.
 */
export async function activeMembersAmong(
  db: Db,
  who: readonly { readonly userId: string; readonly organisationId: string }[],
): Promise<MemberRecipient[]> {
  if (who.length === 0) return [];
  return own(db)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.mail_locale as locale', 'm.organisation_id as organisationId'])
    .distinct()
    .where((eb) =>
      eb(
        eb.refTuple('m.organisation_id', 'm.user_id'),
        'in',
        who.map((w) => eb.tuple(w.organisationId, w.userId)),
      ),
    )
    .where('u.disabled_at', 'is', null)
    .execute();
}

/**
 * The names people go by in Kring, by account id (for a dossier's authors, a report's assignee).
 * An id Kring does not know is absent from the map.
 */
export async function displayNames(db: Db, userIds: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await own(db).selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The name of an organisation (empty when Kring does not know it). */
export async function organisationName(db: Db, organisationId: string): Promise<string> {
  const row = await own(db)
    .selectFrom('organisation')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.name ?? '';
}

/** The names of organisations, by id; an id Kring does not know is absent from the map. */
export async function organisationNames(db: Db, organisationIds: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0) return new Map();
  const rows = await own(db).selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The types of organisations, by id (for rules by organisation type). An unknown id is absent. */
export async function organisationTypes(
  db: Db,
  organisationIds: Iterable<string>,
): Promise<Map<string, OrganisationType>> {
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0) return new Map();
  const rows = await own(db).selectFrom('organisation').select(['id', 'type']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.type]));
}

/** The kinds of organisation Kring has at least one organisation of (public knowledge: the circle's members). */
export async function organisationTypesInUse(db: Db): Promise<Set<OrganisationType>> {
  const rows = await own(db).selectFrom('organisation').select('type').distinct().execute();
  return new Set(rows.map((r) => r.type));
}

/**
 * The active people who hold a role in any organisation of a type (e.g. the municipality's circle
 * coordinators), each once, by e-mail address.
 */
export function recipientsByRole(db: Db, q: { organisationType: OrganisationType; role: Role }): Promise<Recipient[]> {
  return own(db)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['u.id', 'u.email', 'u.mail_locale as locale'])
    .distinct()
    .where('o.type', '=', q.organisationType)
    .where('m.role', '=', q.role)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.email')
    .orderBy('u.id')
    .execute();
}

/** One role of an active person in an organisation, found by e-mail address. */
export interface MemberByEmail {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly membershipId: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationType: OrganisationType;
}

/**
 * The roles an active (not disabled) person has in an organisation, found by e-mail address (trimmed,
 * case-insensitive): a source system names the professional it acts for this way (the circle's API).
 * @returns one row per role; none when the address is no active member there
 */
export function membersByEmail(db: Db, organisationId: string, email: string): Promise<MemberByEmail[]> {
  return own(db)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select([
      'u.id as userId',
      'u.display_name as displayName',
      'u.email',
      'm.id as membershipId',
      'm.role',
      'o.id as organisationId',
      'o.name as organisationName',
      'o.type as organisationType',
    ])
    .where('m.organisation_id', '=', organisationId)
    .where('u.email', '=', email.trim().toLowerCase())
    .where('u.disabled_at', 'is', null)
    .orderBy('m.created_at')
    .execute();
}
