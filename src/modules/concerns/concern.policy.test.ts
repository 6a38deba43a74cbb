// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern policy as a matrix written out by hand (docs/authorization.md "Object rules
 * (concerns)"): who × relation to the concern × action → allow, deny (403) or hide (404). The
 * expected decisions are typed here, not derived from the policy or the workflow table.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Decision } from '#src/core/authz.ts';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { type ConcernResource, concernPolicy } from './concern.policy.ts';

const ORG = 'org-school';
const OTHER = 'org-other';

function actor(role: Role, organisationId = ORG, organisationType: OrganisationType = 'school'): Actor {
  return {
    userId: `user-${role}`,
    displayName: role,
    email: `${role}@x.nl`,
    membershipId: 'm',
    organisationId,
    organisationName: 'School',
    organisationType,
    role,
    factorAt: null,
    membershipCount: 1,
  };
}

/** How the actor stands to the concern. */
type Relation = 'author' | 'member' | 'stranger';

function concern(who: Actor, relation: Relation, status: ConcernResource['status'] = 'signals'): ConcernResource {
  return {
    organisationId: ORG,
    authorId: relation === 'author' ? who.userId : 'user-someone-else',
    memberIds: relation === 'member' ? [who.userId] : ['user-a-colleague'],
    status,
  };
}

type Row = [
  Role,
  Relation,
  view: Decision,
  addEntry: Decision,
  takeSteps: Decision,
  manageMembers: Decision,
  reopen: Decision,
];

/** An open concern of the actor's own organisation. */
const OWN_ORGANISATION: Row[] = [
  ['professional', 'author', 'allow', 'allow', 'allow', 'allow', 'deny'],
  ['professional', 'member', 'allow', 'allow', 'allow', 'deny', 'deny'],
  ['professional', 'stranger', 'hide', 'hide', 'hide', 'hide', 'hide'],
  ['volunteer', 'author', 'allow', 'allow', 'deny', 'allow', 'deny'],
  ['volunteer', 'member', 'allow', 'allow', 'deny', 'deny', 'deny'],
  ['volunteer', 'stranger', 'hide', 'hide', 'hide', 'hide', 'hide'],
  // The aandachtsfunctionaris sees every concern of the organisation.
  ['safeguardingLead', 'author', 'allow', 'allow', 'allow', 'allow', 'allow'],
  ['safeguardingLead', 'member', 'allow', 'allow', 'allow', 'allow', 'allow'],
  ['safeguardingLead', 'stranger', 'allow', 'allow', 'allow', 'allow', 'allow'],
  // Roles that do not work with concerns never see one, even if named on it.
  ['privacyOfficer', 'member', 'hide', 'hide', 'hide', 'hide', 'hide'],
  ['privacyOfficer', 'stranger', 'hide', 'hide', 'hide', 'hide', 'hide'],
  ['administrator', 'author', 'hide', 'hide', 'hide', 'hide', 'hide'],
  ['administrator', 'stranger', 'hide', 'hide', 'hide', 'hide', 'hide'],
  ['coordinator', 'member', 'hide', 'hide', 'hide', 'hide', 'hide'],
  ['intakeWorker', 'member', 'hide', 'hide', 'hide', 'hide', 'hide'],
];

const ACTIONS = ['view', 'addEntry', 'takeSteps', 'manageMembers', 'reopen'] as const;

describe('the concern policy', () => {
  it.each(OWN_ORGANISATION)('%s as %s of an open concern', (role, relation, ...decisions) => {
    const who = actor(role);
    const c = concern(who, relation);
    expect(ACTIONS.map((a) => concernPolicy[a](who, c))).toEqual(decisions);
  });

  it.each(['professional', 'volunteer', 'safeguardingLead', 'administrator', 'privacyOfficer'] as const)(
    'hides everything of another organisation from a %s, even its author or member',
    (role) => {
      const who = actor(role, OTHER);
      for (const relation of ['author', 'member', 'stranger'] as const) {
        const c = concern(who, relation);
        expect(ACTIONS.map((a) => concernPolicy[a](who, c))).toEqual(['hide', 'hide', 'hide', 'hide', 'hide']);
      }
    },
  );

  it.each([
    ['professional', 'author', 'allow', 'deny', 'allow', 'allow', 'deny'],
    ['safeguardingLead', 'stranger', 'allow', 'deny', 'allow', 'allow', 'allow'],
    ['volunteer', 'author', 'allow', 'deny', 'deny', 'allow', 'deny'],
  ] as Row[])('a closed concern takes no entries: %s as %s', (role, relation, ...decisions) => {
    const who = actor(role);
    const c = concern(who, relation, 'closed');
    expect(ACTIONS.map((a) => concernPolicy[a](who, c))).toEqual(decisions);
  });
});
