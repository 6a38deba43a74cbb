// SPDX-License-Identifier: EUPL-1.2
/** The parts of the schemas, table by table; every expected key written by hand. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from './errors.ts';
import {
  choice,
  email,
  fieldKeys,
  futureDate,
  isRealDate,
  pastDate,
  pastMoment,
  phone,
  text,
  uuid,
  validInput,
  wholeNumber,
  withoutBsn,
} from './field-rules.ts';

/** The key of one value under a schema, or null when it is valid. */
function keyOf(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? '?');
}

// 10:00 UTC on 15 June 2025 is 12:00 in Amsterdam (summer time).
const NOW = new Date('2025-06-15T10:00:00Z');
// 23:30 UTC on 15 June is already 16 June in Amsterdam.
const LATE = new Date('2025-06-15T23:30:00Z');

describe('text', () => {
  const rows: Array<[string, z.ZodType, unknown, string | null]> = [
    ['required, typed', text(10, 'name'), 'Tara', null],
    ['required, empty', text(10, 'name'), '', 'name'],
    ['required, only spaces', text(10, 'name'), '   ', 'name'],
    ['optional, empty', text(10), '', null],
    ['ten characters', text(10), 'abcdefghij', null],
    ['eleven characters', text(10), 'abcdefghijk', 'tooLong:10'],
    ['ten characters and spaces around them', text(10), '  abcdefghij  ', null],
    ['not a text', text(10, 'name'), 42, 'name'],
  ];
  it.each(rows)('%s', (_name, schema, value, key) => expect(keyOf(schema, value)).toBe(key));

  it('trims what it keeps', () => expect(text(10).parse('  Tara  ')).toBe('Tara'));
});

describe('withoutBsn', () => {
  const rows: Array<[string, string, string | null]> = [
    ['no number', 'Hij was bang', null],
    ['a BSN (11-proef)', 'BSN 111222333', 'bsn'],
    ['a BSN with dots', 'nummer 1112.22.333', 'bsn'],
    ['nine digits that fail the 11-proef', 'nummer 123456789', null],
    ['a phone number', 'bel 0612345678', null],
  ];
  it.each(rows)('%s', (_name, value, key) => expect(keyOf(withoutBsn(text(100, 'situation')), value)).toBe(key));
});

describe('choice', () => {
  const rows: Array<[unknown, string | null]> = [
    ['yes', null],
    ['no', null],
    ['', 'answer'],
    ['maybe', 'answer'],
    [undefined, 'answer'],
  ];
  it.each(rows)('%j', (value, key) => expect(keyOf(choice(['yes', 'no'], 'answer'), value)).toBe(key));
});

describe('isRealDate', () => {
  const rows: Array<[string, boolean]> = [
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2025-6-1', false],
    ['invalid', false],
    ['', false],
  ];
  it.each(rows)('%s → %s', (value, real) => expect(isRealDate(value)).toBe(real));
});

describe('pastDate and futureDate (Dutch time)', () => {
  const rows: Array<[string, Date, unknown, string | null, string | null]> = [
    // name, now, value, key of pastDate, key of futureDate
    ['yesterday', NOW, '2025-06-14', null, 'd'],
    ['today', NOW, '2025-06-15', null, 'd'],
    ['tomorrow', NOW, '2025-06-16', 'd', null],
    ['16 June, just after midnight in Amsterdam', LATE, '2025-06-16', null, 'd'],
    ['17 June, just after midnight in Amsterdam', LATE, '2025-06-17', 'd', null],
    ['31 April', NOW, '2026-04-31', 'd', 'd'],
    ['not a date', NOW, 'invalid', 'd', 'd'],
    ['empty', NOW, '', 'd', 'd'],
    ['missing', NOW, null, 'd', 'd'],
  ];
  it.each(rows)('%s', (_name, now, value, past, future) => {
    expect(keyOf(pastDate('d', now), value)).toBe(past);
    expect(keyOf(futureDate('d', now), value)).toBe(future);
  });

  it('a moment is past when its day in Amsterdam is today or before', () => {
    expect(keyOf(pastMoment('date', NOW), new Date('2025-06-15T21:59:00Z'))).toBe(null);
    expect(keyOf(pastMoment('date', NOW), new Date('2025-06-15T22:00:00Z'))).toBe('date');
  });
});

describe('wholeNumber', () => {
  const rows: Array<[unknown, string | null]> = [
    [0, null],
    [130, null],
    [131, 'age'],
    [-1, 'age'],
    [4.5, 'age'],
    [Number.NaN, 'age'],
    ['4', 'age'],
  ];
  it.each(rows)('%s', (value, key) => expect(keyOf(wholeNumber(0, 130, 'age'), value)).toBe(key));
});

describe('phone, email, uuid', () => {
  const rows: Array<[string, z.ZodType, unknown, string | null]> = [
    ['a phone number', phone(), '06-12345678', null],
    ['an international phone number', phone(), '+31 (0)6 1234 5678', null],
    ['letters for a phone number', phone(), 'bel me', 'phone'],
    ['an empty phone number', phone(), '', 'phone'],
    ['an e-mail address', email('email'), 'naam@voorbeeld.nl', null],
    ['no @', email('email'), 'naam.voorbeeld.nl', 'email'],
    ['an e-mail address of 255 characters', email('email'), `${'a'.repeat(243)}@voorbeeld.nl`, 'email'],
    ['an id', uuid('lead'), '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', null],
    ['not an id', uuid('lead'), 'any', 'lead'],
  ];
  it.each(rows)('%s', (_name, schema, value, key) => expect(keyOf(schema, value)).toBe(key));
});

describe('fieldKeys and validInput', () => {
  const schema = z.object({
    name: text(10, 'name'),
    data: z.object({ facts: text(10, 'facts') }),
    categories: z.array(choice(['a', 'b'], 'categories')),
  });

  it('names each field by the last name on its path, first issue first', () => {
    const result = schema.safeParse({ name: '', data: { facts: 'x'.repeat(11) }, categories: ['a', 'c'] });
    expect(result.success).toBe(false);
    expect(fieldKeys(result.error!)).toEqual({ name: 'name', facts: 'tooLong:10', categories: 'categories' });
  });

  it('throws the keys as a ValidationError, and gives the parsed input otherwise', () => {
    expect(() => validInput(schema, { name: '', data: { facts: 'ok' }, categories: [] })).toThrow(ValidationError);
    try {
      validInput(schema, { name: '', data: { facts: 'ok' }, categories: [] });
    } catch (error) {
      expect((error as ValidationError).fields).toEqual({ name: 'name' });
    }
    expect(validInput(schema, { name: ' Tara ', data: { facts: 'ok' }, categories: ['b'] })).toEqual({
      name: 'Tara',
      data: { facts: 'ok' },
      categories: ['b'],
    });
  });
});
