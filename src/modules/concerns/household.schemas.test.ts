// SPDX-License-Identifier: EUPL-1.2
/** The household of step 1: valid and invalid input, each with the keys written by hand. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldKeys } from '#src/core/field-rules.ts';
import { carerCheckData, householdMemberSchema, kindcheckData } from './household.schemas.ts';

const NOW = new Date('2025-06-15T10:00:00Z');

function keys(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldKeys(result.error);
}

const MEMBER = { name: 'Sem Bakker', relation: 'broer', dateOfBirth: null, ageYears: 9 };
const KINDCHECK = { childrenCount: 2, ages: '4 en 7', care: 'alone', notes: '' };
const CARER = {
  hasCarer: 'yes',
  carer: 'De dochter',
  carerOverburdened: 'no',
  caresForSomeone: 'no',
  caredFor: '',
  notes: '',
};

describe('householdMemberSchema', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['a member', {}, {}],
    ['age unknown', { ageYears: null }, {}],
    ['aged 130', { ageYears: 130 }, {}],
    ['aged 131', { ageYears: 131 }, { ageYears: 'age' }],
    ['an age that is no number', { ageYears: Number.NaN }, { ageYears: 'age' }],
    ['no name', { name: '' }, { name: 'name' }],
    ['no relation', { relation: ' ' }, { relation: 'relation' }],
    ['a relation of 101 characters', { relation: 'x'.repeat(101) }, { relation: 'tooLong:100' }],
    ['born in the future', { dateOfBirth: '2025-06-16' }, { dateOfBirth: 'dateOfBirth' }],
  ];
  it.each(rows)('%s', (_name, change, expected) =>
    expect(keys(householdMemberSchema(NOW), { ...MEMBER, ...change })).toEqual(expected),
  );
});

describe('kindcheckData', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['a kindcheck', {}, {}],
    ['no children', { childrenCount: 0 }, {}],
    ['31 children', { childrenCount: 31 }, { childrenCount: 'childrenCount' }],
    ['a count that is no number', { childrenCount: Number.NaN }, { childrenCount: 'childrenCount' }],
    ['care not chosen', { care: '' }, { care: 'care' }],
    ['notes of 2001 characters', { notes: 'x'.repeat(2001) }, { notes: 'tooLong:2000' }],
  ];
  it.each(rows)('%s', (_name, change, expected) =>
    expect(keys(kindcheckData, { ...KINDCHECK, ...change })).toEqual(expected),
  );
});

describe('carerCheckData', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['a carer, not overburdened', {}, {}],
    ['a carer, overburdened not chosen', { carerOverburdened: null }, { carerOverburdened: 'carerOverburdened' }],
    [
      'a carer, neither overburdened nor caring for someone chosen: both errors at once',
      { carerOverburdened: null, caresForSomeone: '' },
      { carerOverburdened: 'carerOverburdened', caresForSomeone: 'caresForSomeone' },
    ],
    ['no carer: overburdened is not asked', { hasCarer: 'no', carerOverburdened: null }, {}],
    ['unknown whether there is a carer', { hasCarer: 'unknown', carerOverburdened: null }, {}],
    ['whether there is a carer not chosen', { hasCarer: '' }, { hasCarer: 'hasCarer' }],
    ['whether they care for someone not chosen', { caresForSomeone: 'maybe' }, { caresForSomeone: 'caresForSomeone' }],
    ['a carer of 201 characters', { carer: 'x'.repeat(201) }, { carer: 'tooLong:200' }],
  ];
  it.each(rows)('%s', (_name, change, expected) =>
    expect(keys(carerCheckData, { ...CARER, ...change })).toEqual(expected),
  );
});
