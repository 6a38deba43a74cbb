// SPDX-License-Identifier: EUPL-1.2
/** From a concern to Veilig Thuis: valid and invalid input, each with the keys written by hand. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldKeys } from '#src/core/field-rules.ts';
import { adviceInput, reportInput } from './report-to-vt.schemas.ts';

function keys(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldKeys(result.error);
}

const REPORT = {
  observationIds: ['o1'],
  householdIds: [],
  helpGiven: '',
  informed: true,
  notInformedGround: null,
  notInformedExplanation: '',
  acute: false,
  role: 'Mentor',
  phone: '0341 123 456',
  staysUnknown: false,
  staysUnknownReason: '',
};

describe('reportInput', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['a report', {}, {}],
    ['no observation', { observationIds: [] }, { observationIds: 'observations' }],
    ['acute not chosen', { acute: undefined }, { acute: 'acute' }],
    ['told not chosen: only that error', { informed: undefined }, { informed: 'reportInformed' }],
    [
      'not told, without a ground or explanation',
      { informed: false },
      { notInformedGround: 'notInformedGround', notInformedExplanation: 'notInformedExplanation' },
    ],
    [
      'not told, with a ground and explanation',
      { informed: false, notInformedGround: 'trust', notInformedExplanation: 'Vertrouwen' },
      {},
    ],
    [
      'a ground not on the list',
      { informed: false, notInformedGround: 'busy', notInformedExplanation: 'x' },
      { notInformedGround: 'notInformedGround' },
    ],
    ['no function', { role: '' }, { role: 'role' }],
    ['a function of 201 characters', { role: 'x'.repeat(201) }, { role: 'tooLong:200' }],
    ['no phone number', { phone: '' }, { phone: 'phone' }],
    ['letters for a phone number', { phone: 'bel mij' }, { phone: 'phone' }],
    ['staying unknown without why', { staysUnknown: true }, { staysUnknownReason: 'staysUnknownReason' }],
    ['staying unknown with why', { staysUnknown: true, staysUnknownReason: 'Buren' }, {}],
    ['help given of 5001 characters', { helpGiven: 'x'.repeat(5001) }, { helpGiven: 'tooLong:5000' }],
  ];
  it.each(rows)('%s', (_name, change, expected) =>
    expect(keys(reportInput, { ...REPORT, ...change })).toEqual(expected),
  );
});

const ADVICE = { situation: 'Een kind is vaak bang', question: 'Wat kan ik doen?', role: 'Mentor', phone: '' };

describe('adviceInput', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['an advice request', {}, {}],
    ['with a phone number', { phone: '+31 341 123 456' }, {}],
    ['with letters for a phone number', { phone: 'geen' }, { phone: 'phone' }],
    [
      'without a situation or question',
      { situation: '', question: '' },
      { situation: 'situation', question: 'question' },
    ],
    ['a BSN in the situation', { situation: 'BSN 111222333' }, { situation: 'bsn' }],
    ['a BSN in the question', { question: 'Mag ik 1112.22.333 noemen?' }, { question: 'bsn' }],
    ['a question of 2001 characters', { question: 'x'.repeat(2001) }, { question: 'tooLong:2000' }],
    ['no function', { role: ' ' }, { role: 'role' }],
  ];
  it.each(rows)('%s', (_name, change, expected) =>
    expect(keys(adviceInput, { ...ADVICE, ...change })).toEqual(expected),
  );
});
