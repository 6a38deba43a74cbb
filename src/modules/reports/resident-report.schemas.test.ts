// SPDX-License-Identifier: EUPL-1.2
/** What a resident sends: valid and invalid input, each with the keys written by hand. */
import { describe, expect, it } from 'vitest';
import { fieldKeys } from '#src/core/field-rules.ts';
import { residentAnswer, residentInput } from './resident-report.schemas.ts';

// 111222333 passes the 11-proef (see src/core/bsn.ts).
const BSN = '111.222.333';

interface Change {
  kind?: unknown;
  whatHappened?: string;
  when?: string;
  ageGroup?: unknown;
  names?: string;
  street?: string;
  postcode?: string;
  place?: string;
  relation?: unknown;
  name?: string;
  phone?: string;
  email?: string;
}

/** The keys of a report with these values changed, by field ({} when valid). */
function keys(c: Change): Record<string, string> {
  const result = residentInput.safeParse({
    kind: 'kind' in c ? c.kind : 'report',
    snapshot: {
      type: 'resident',
      whatHappened: c.whatHappened ?? 'Ik hoor ’s nachts geschreeuw bij de buren.',
      when: c.when ?? '',
      ageGroup: 'ageGroup' in c ? c.ageGroup : 'unknown',
      names: c.names ?? '',
      address: { street: c.street ?? '', postcode: c.postcode ?? '', place: c.place ?? '' },
      relation: 'relation' in c ? c.relation : '',
    },
    contact: { name: c.name ?? '', phone: c.phone ?? '', email: c.email ?? '' },
  });
  return result.success ? {} : fieldKeys(result.error);
}

describe('residentInput', () => {
  const rows: Array<[string, Change, Record<string, string>]> = [
    ['only the description', {}, {}],
    ['advice', { kind: 'advice' }, {}],
    ['neither advice nor a report', { kind: '' }, { kind: 'residentKind' }],
    ['no description', { whatHappened: ' ' }, { whatHappened: 'whatHappened' }],
    ['a description of 5001 characters', { whatHappened: 'x'.repeat(5001) }, { whatHappened: 'tooLong:5000' }],
    ['a BSN in the description', { whatHappened: `Zijn BSN is ${BSN}` }, { whatHappened: 'bsn' }],
    ['a BSN in the names and the street', { names: `Sem ${BSN}`, street: BSN }, { names: 'bsn', street: 'bsn' }],
    ['a BSN in the reporter’s own name', { name: `Anna ${BSN}` }, { name: 'bsn' }],
    ['a child', { ageGroup: 'child' }, {}],
    ['an age group not on the list', { ageGroup: 'pet' }, { ageGroup: 'residentAgeGroup' }],
    ['a postcode', { postcode: '3841 AB' }, {}],
    ['a postcode without a space, in small letters', { postcode: '3841ab' }, {}],
    ['a postcode starting with 0', { postcode: '0841 AB' }, { postcode: 'postcode' }],
    ['a postcode of letters', { postcode: 'abcd' }, { postcode: 'postcode' }],
    ['a neighbour', { relation: 'neighbour' }, {}],
    ['a relation not on the list', { relation: 'enemy' }, { relation: 'residentRelation' }],
    ['a phone number', { phone: '0341 123 456' }, {}],
    ['letters for a phone number', { phone: 'geen' }, { phone: 'phone' }],
    ['an e-mail address', { email: 'naam@voorbeeld.nl' }, {}],
    ['no e-mail address', { email: 'naam' }, { email: 'email' }],
    ['a place of 101 characters', { place: 'x'.repeat(101) }, { place: 'tooLong:100' }],
  ];
  it.each(rows)('%s', (_name, change, expected) => expect(keys(change)).toEqual(expected));
});

describe('residentAnswer', () => {
  const rows: Array<[string, string, string | null]> = [
    ['an answer', 'Ja, elke avond', null],
    ['an empty answer', '  ', 'answer'],
    ['an answer of 2001 characters', 'x'.repeat(2001), 'tooLong:2000'],
    ['a BSN', `Zijn BSN is ${BSN}`, 'bsn'],
  ];
  it.each(rows)('%s', (_name, value, key) => {
    const result = residentAnswer.safeParse(value);
    expect(result.success ? null : result.error.issues[0]?.message).toBe(key);
  });
});
