// SPDX-License-Identifier: EUPL-1.2
/** Opening a concern: valid and invalid input, each with the keys written by hand. */
import { describe, expect, it } from 'vitest';
import { fieldKeys } from '#src/core/field-rules.ts';
import { honourRiskAnswer, openConcernSchema } from './concern.schemas.ts';

// 12:00 on 15 June 2025 in Amsterdam.
const NOW = new Date('2025-06-15T10:00:00Z');
const VALID = { fullName: 'Tara Bakker', dateOfBirth: '2012-03-03', ageGroup: 'child', honourRisk: 'no' };

/** The keys of an input, by field ({} when valid). */
function keys(input: unknown): Record<string, string> {
  const result = openConcernSchema(NOW).safeParse(input);
  return result.success ? {} : fieldKeys(result.error);
}

describe('openConcernSchema', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['all given', {}, {}],
    ['no date of birth', { dateOfBirth: null }, {}],
    ['born today', { dateOfBirth: '2025-06-15' }, {}],
    ['born tomorrow', { dateOfBirth: '2025-06-16' }, { dateOfBirth: 'dateOfBirth' }],
    ['31 February', { dateOfBirth: '2012-02-31' }, { dateOfBirth: 'dateOfBirth' }],
    ['boxes that make no date', { dateOfBirth: 'invalid' }, { dateOfBirth: 'dateOfBirth' }],
    ['no name', { fullName: '  ' }, { fullName: 'fullName' }],
    ['a name of 201 characters', { fullName: 'x'.repeat(201) }, { fullName: 'tooLong:200' }],
    ['an older person', { ageGroup: 'older' }, {}],
    ['an age group not on the list', { ageGroup: 'baby' }, { ageGroup: 'ageGroup' }],
    ['the question not answered', { honourRisk: '' }, { honourRisk: 'honourRisk' }],
    ['"don’t know"', { honourRisk: 'unknown' }, {}],
    [
      'everything wrong',
      { fullName: '', dateOfBirth: 'invalid', ageGroup: '', honourRisk: 'maybe' },
      { fullName: 'fullName', dateOfBirth: 'dateOfBirth', ageGroup: 'ageGroup', honourRisk: 'honourRisk' },
    ],
  ];
  it.each(rows)('%s', (_name, change, expected) => expect(keys({ ...VALID, ...change })).toEqual(expected));

  it('keeps the name trimmed', () => {
    expect(openConcernSchema(NOW).parse({ ...VALID, fullName: '  Tara Bakker ' }).fullName).toBe('Tara Bakker');
  });
});

describe('honourRiskAnswer', () => {
  const rows: Array<[unknown, boolean]> = [
    ['yes', true],
    ['no', true],
    ['unknown', true],
    ['', false],
    ['ja', false],
    [null, false],
  ];
  it.each(rows)('%j → valid %s', (value, valid) => expect(honourRiskAnswer.safeParse(value).success).toBe(valid));
});
