// SPDX-License-Identifier: EUPL-1.2
/**
 * The report policy as a matrix written out by hand (docs/authorization.md "Object rules
 * (reports)"): only the intake workers of the Veilig Thuis that received a report see it; everyone
 * else, the reporter included, gets "not found".
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Decision } from '#src/core/authz.ts';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { reportPolicy } from './report.policy.ts';

const VT = 'org-vt';

function actor(role: Role, organisationId: string, organisationType: OrganisationType): Actor {
  return {
    userId: `user-${role}`,
    displayName: role,
    email: `${role}@x.nl`,
    membershipId: 'm',
    organisationId,
    organisationName: 'O',
    organisationType,
    role,
    factorAt: null,
    membershipCount: 1,
  };
}

const CASES: Array<[Role, string, OrganisationType, Decision]> = [
  ['intakeWorker', VT, 'veiligThuis', 'allow'],
  // An intake worker of another Veilig Thuis, or of an organisation that is none.
  ['intakeWorker', 'org-vt-other', 'veiligThuis', 'hide'],
  ['intakeWorker', VT, 'school', 'hide'],
  // Other roles of the same Veilig Thuis.
  ['administrator', VT, 'veiligThuis', 'hide'],
  ['privacyOfficer', VT, 'veiligThuis', 'hide'],
  ['professional', VT, 'veiligThuis', 'hide'],
  ['safeguardingLead', VT, 'veiligThuis', 'hide'],
  // The reporter's organisation, and the municipality.
  ['professional', 'org-school', 'school', 'hide'],
  ['safeguardingLead', 'org-school', 'school', 'hide'],
  ['administrator', 'org-municipality', 'municipality', 'hide'],
];

describe('the report policy', () => {
  it.each(CASES)('%s of %s (%s): %s', (role, organisationId, type, decision) => {
    const who = actor(role, organisationId, type);
    const report = { veiligThuisId: VT };
    expect([reportPolicy.view(who, report), reportPolicy.work(who, report)]).toEqual([decision, decision]);
  });
});
