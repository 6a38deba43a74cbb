// SPDX-License-Identifier: EUPL-1.2
/** The role → permission table and docs/authorization.md say the same; decisions of the helpers. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  abilities,
  authorize,
  can,
  ForbiddenError,
  ORGANISATION_TYPE_PERMISSIONS,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  requireRecentFactor,
  StepUpRequiredError,
} from './authz.ts';
import { NotFoundError } from './errors.ts';
import { ROLES } from './roles.ts';

const actor = (over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  displayName: 'U',
  email: 'u@x.nl',
  membershipId: 'm',
  organisationId: 'o',
  organisationName: 'O',
  organisationType: 'school',
  role: 'professional',
  factorAt: new Date(0),
  membershipCount: 1,
  ...over,
});

describe('the permission table', () => {
  const doc = fs.readFileSync('docs/authorization.md', 'utf8');

  it.each(ROLES)('docs/authorization.md lists the permissions of %s', (role) => {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`${role}\` |`));
    expect(row, role).toBeDefined();
    for (const permission of PERMISSIONS) {
      expect(row!.includes(`\`${permission}\``), `${role} ${permission}`).toBe(
        ROLE_PERMISSIONS[role].includes(permission) ||
          Object.values(ORGANISATION_TYPE_PERMISSIONS).some((byRole) => byRole?.[role]?.includes(permission)),
      );
    }
  });

  it.each([
    ['privacyOfficer', 'school', 'audit:read', true],
    ['administrator', 'school', 'audit:read', false],
    ['administrator', 'school', 'users:manage', true],
    ['administrator', 'school', 'organisations:manage', false],
    ['administrator', 'municipality', 'organisations:manage', true],
    ['privacyOfficer', 'municipality', 'organisations:manage', false],
    ['professional', 'municipality', 'users:manage', false],
  ] as const)('%s at a %s: %s → %s', (role, organisationType, permission, allowed) => {
    expect(can(actor({ role, organisationType }), permission)).toBe(allowed);
  });

  it('nobody is allowed anything without an actor', () => {
    for (const permission of PERMISSIONS) expect(can(null, permission)).toBe(false);
  });
});

describe('authorize and abilities', () => {
  const policy = {
    read: (_a: Actor, r: { org: string }) => (r.org === 'o' ? 'allow' : 'hide'),
    change: (_a: Actor, r: { org: string }) => (r.org === 'o' ? 'deny' : 'hide'),
  } as const;

  it('hides other organisations (404) and refuses the rest (403)', () => {
    expect(() => authorize(actor(), policy, 'read', { org: 'o' })).not.toThrow();
    expect(() => authorize(actor(), policy, 'read', { org: 'other' })).toThrow(NotFoundError);
    expect(() => authorize(actor(), policy, 'change', { org: 'o' })).toThrow(ForbiddenError);
    expect(abilities(actor(), policy, { org: 'o' })).toEqual({ read: true, change: false });
  });

  it('asks for step-up when the factor is older than five minutes', () => {
    const now = new Date(10 * 60 * 1000);
    expect(() => requireRecentFactor(actor({ factorAt: new Date(now.getTime() - 4 * 60 * 1000) }), now)).not.toThrow();
    expect(() => requireRecentFactor(actor({ factorAt: new Date(now.getTime() - 6 * 60 * 1000) }), now)).toThrow(
      StepUpRequiredError,
    );
    expect(() => requireRecentFactor(actor({ factorAt: null }), now)).toThrow(StepUpRequiredError);
  });
});
