// SPDX-License-Identifier: EUPL-1.2
/** Signing in, asking for a password link, the administration's forms: valid and invalid input, keys by hand. */
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { fieldKeys } from '#src/core/field-rules.ts';
import { fieldErrorText } from '#src/web/field-errors.ts';
import { invitationInput, organisationInput, roleChangeInput } from './admin.schemas.ts';
import { resetRequestInput, signInInput } from './sign-in.schemas.ts';

const ID = '0b7f3c52-4a1e-4c9b-9d2a-6f1e2d3c4b5a';

/** The keys of a parse, by field ({} when valid). */
function keys(schema: ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldKeys(result.error);
}

type Row = [string, ZodType, unknown, Record<string, string>];

const invitation = (over: Record<string, unknown>) => ({
  displayName: 'Anna de Vries',
  email: 'anna@school.nl',
  organisationId: ID,
  role: 'professional',
  ...over,
});

const rows: Row[] = [
  ['signing in', signInInput, { email: ' anna@school.nl ', password: 'geheim' }, {}],
  [
    'signing in without anything',
    signInInput,
    { email: '  ', password: '' },
    { email: 'accountEmail', password: 'signInPassword' },
  ],
  ['signing in with no address', signInInput, { email: 'anna', password: 'x' }, { email: 'accountEmailShape' }],
  ['a password of spaces (not trimmed)', signInInput, { email: 'anna@school.nl', password: '   ' }, {}],
  [
    'an address of 255 characters',
    resetRequestInput,
    { email: `${'a'.repeat(245)}@school.nl` },
    { email: 'accountEmailShape' },
  ],
  ['a link asked for', resetRequestInput, { email: 'anna@school.nl' }, {}],
  ['a link asked for without an address', resetRequestInput, { email: '' }, { email: 'accountEmail' }],
  ['an invitation', invitationInput, invitation({}), {}],
  ['an invitation without a name', invitationInput, invitation({ displayName: ' ' }), { displayName: 'personName' }],
  [
    'a name of 201 characters',
    invitationInput,
    invitation({ displayName: 'x'.repeat(201) }),
    { displayName: 'personNameTooLong:200' },
  ],
  ['a name of 200 characters', invitationInput, invitation({ displayName: 'x'.repeat(200) }), {}],
  ['no address', invitationInput, invitation({ email: '' }), { email: 'accountEmail' }],
  ['no organisation', invitationInput, invitation({ organisationId: '' }), { organisationId: 'chooseOrganisation' }],
  ['a role not on the list', invitationInput, invitation({ role: 'king' }), { role: 'chooseRole' }],
  ['an organisation', organisationInput, { name: 'Basisschool De Linde', type: 'school' }, {}],
  ['an organisation without a name', organisationInput, { name: '', type: 'school' }, { name: 'organisationName' }],
  [
    'an organisation’s name of 201 characters',
    organisationInput,
    { name: 'x'.repeat(201), type: 'school' },
    { name: 'organisationNameTooLong:200' },
  ],
  ['a kind not on the list', organisationInput, { name: 'De Linde', type: 'castle' }, { type: 'organisationType' }],
  ['another role', roleChangeInput, { role: 'safeguardingLead' }, {}],
  ['no role', roleChangeInput, { role: '' }, { role: 'chooseRole' }],
];

describe('the identity schemas', () => {
  it.each(rows)('%s', (_name, schema, input, expected) => expect(keys(schema, input)).toEqual(expected));
});

describe('the texts, as the forms showed them before the map (the words of a label and a rule)', () => {
  const texts: Array<[string, string, string]> = [
    ['accountEmail', 'Vul e-mailadres in', 'Enter email address'],
    [
      'accountEmailShape',
      'Vul een e-mailadres in zoals naam@voorbeeld.nl',
      'Enter an email address like name@example.com',
    ],
    ['signInPassword', 'Vul wachtwoord in', 'Enter password'],
    ['newPassword', 'Vul nieuw wachtwoord in', 'Enter new password'],
    ['currentPassword', 'Vul huidig wachtwoord in', 'Enter current password'],
    ['chooseOrganisation', 'Kies organisatie', 'Choose organisation'],
    ['chooseRole', 'Kies rol', 'Choose role'],
    ['personName', 'Vul naam in', 'Enter name'],
    ['personNameTooLong:200', 'Naam mag niet langer zijn dan 200 tekens', 'Name must be 200 characters or fewer'],
    ['organisationName', 'Vul naam van de organisatie in', 'Enter name of the organisation'],
    [
      'organisationNameTooLong:200',
      'Naam van de organisatie mag niet langer zijn dan 200 tekens',
      'Name of the organisation must be 200 characters or fewer',
    ],
    ['organisationType', 'Kies soort organisatie', 'Choose kind of organisation'],
  ];
  it.each(texts)('%s', (key, nl, en) => {
    expect(fieldErrorText('nl', key)).toBe(nl);
    expect(fieldErrorText('en', key)).toBe(en);
  });
});
