// SPDX-License-Identifier: EUPL-1.2
/**
 * Organisation types and roles (issue 3), and the rules on combining roles. A user has one role per
 * membership and may belong to several organisations. The privacy officer reviews the audit log and
 * must be independent of whoever grants access (BIO2 8.15.06, MedMij A.12.4.3): a user can never be
 * privacy officer and administrator, in the same or in different organisations.
 */

/** The kinds of organisation in the circle. */
export const ORGANISATION_TYPES = [
  'school',
  'sportsClub',
  'childcare',
  'healthCare',
  'youthCare',
  'socialTeam',
  'police',
  'veiligThuis',
  'municipality',
  'elderlyCare',
  'homeCare',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/**
 * Parses an ordered list of organisation types, comma separated (e.g. the municipality's rule for
 * proposing a circle coordinator, KRING_CIRCLE_COORDINATOR_RULE); empty: none.
 * @returns the types in order, or the problem in words (for the start-up error)
 */
export function parseOrganisationTypes(value: string): OrganisationType[] | string {
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const unknown = types.filter((t) => !(ORGANISATION_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) return `unknown organisation types: ${unknown.join(', ')}`;
  if (new Set(types).size !== types.length) return 'an organisation type is listed twice';
  return types as OrganisationType[];
}

/** The roles a membership can carry. */
export const ROLES = [
  'professional',
  'volunteer',
  'safeguardingLead',
  'intakeWorker',
  'coordinator',
  'editor',
  'privacyOfficer',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** Role pairs one person may never hold at the same time, with the reason. */
export const INCOMPATIBLE_ROLES: ReadonlyArray<readonly [Role, Role, string]> = [
  ['privacyOfficer', 'administrator', 'the reviewer of the logs must not grant access (BIO2 8.15.06)'],
];

/**
 * The first incompatible pair among a user's roles (across all memberships), if any.
 * @param roles every role the user holds or would hold
 */
export function incompatibleRoles(roles: Iterable<Role>): readonly [Role, Role] | undefined {
  const held = new Set(roles);
  const clash = INCOMPATIBLE_ROLES.find(([a, b]) => held.has(a) && held.has(b));
  return clash ? [clash[0], clash[1]] : undefined;
}
