// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { incompatibleRoles, type Role } from './roles.ts';

describe('incompatibleRoles', () => {
  it.each([
    [[], undefined],
    [['professional'], undefined],
    [['professional', 'safeguardingLead', 'coordinator'], undefined],
    [['administrator', 'professional'], undefined],
    [['privacyOfficer', 'professional'], undefined],
    [
      ['privacyOfficer', 'administrator'],
      ['privacyOfficer', 'administrator'],
    ],
    [
      ['administrator', 'volunteer', 'privacyOfficer'],
      ['privacyOfficer', 'administrator'],
    ],
  ] as Array<[Role[], [Role, Role] | undefined]>)('%j → %j', (roles, expected) => {
    expect(incompatibleRoles(roles)).toEqual(expected);
  });
});
