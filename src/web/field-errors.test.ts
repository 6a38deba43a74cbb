// SPDX-License-Identifier: EUPL-1.2
/** From a rule's key to the text next to the field: one map, both languages; texts written by hand. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '#src/core/errors.ts';
import { text } from '#src/core/field-rules.ts';
import { fieldError, fieldErrors, fieldErrorText, parsed, serviceFieldErrors } from './field-errors.ts';

describe('fieldErrorText', () => {
  const rows: Array<['nl' | 'en', string, string | undefined]> = [
    ['nl', 'fullName', 'Vul de naam in'],
    ['en', 'fullName', 'Enter the name'],
    ['nl', 'tooLong:5000', 'Dit mag niet langer zijn dan 5000 tekens'],
    ['nl', 'tooLong:200', 'Dit mag niet langer zijn dan 200 tekens'],
    ['nl', 'bsn', 'Vul geen burgerservicenummer (BSN) in. Dat mag Veilig Thuis via dit formulier niet ontvangen.'],
    ['nl', 'honourRisk', 'Kies ja, nee of weet ik niet'],
    ['nl', 'noSuchKey', undefined],
    ['nl', 'toString', undefined],
  ];
  it.each(rows)('%s %s', (locale, key, expected) => expect(fieldErrorText(locale, key)).toBe(expected));
});

describe('fieldErrors', () => {
  const schema = z.object({ name: text(10, 'name'), sizeCm: z.number({ error: 'size' }) });

  it('gives the texts of a failed parse by the page’s field id', () => {
    const result = schema.safeParse({ name: '', sizeCm: Number.NaN });
    expect(fieldErrors(result.error!, 'nl', { sizeCm: 'size' })).toEqual({
      name: 'Vul de naam in',
      size: 'Vul de grootte in als een getal in centimeters, bijvoorbeeld 4',
    });
  });

  it('gives the texts of a service’s keys', () => {
    expect(fieldErrors({ participants: 'expertFirst' }, 'en')).toEqual({
      participants:
        'First record the advice of Veilig Thuis. With honour-related violence, only talk with the family after advice from an expert',
    });
  });

  it('refuses a key without a text (a mistake the schemas’ tests find)', () => {
    expect(() => fieldErrors({ name: 'noSuchKey' }, 'nl')).toThrow(/noSuchKey/);
  });

  it('adds a failed parse’s texts to the form’s errors, or gives the data', () => {
    const errors: Record<string, string> = { other: 'kept' };
    expect(parsed(schema.safeParse({ name: 'x'.repeat(11), sizeCm: 4 }), errors, 'nl')).toBeUndefined();
    expect(errors).toEqual({ other: 'kept', name: 'Dit mag niet langer zijn dan 10 tekens' });
    expect(parsed(schema.safeParse({ name: 'Tara', sizeCm: 4 }), errors, 'nl')).toEqual({ name: 'Tara', sizeCm: 4 });
  });

  it('gives a key the page sets itself', () => expect(fieldError('nl', 'unanswered')).toBe('Kies ja of nee'));
});

describe('serviceFieldErrors', () => {
  it('turns a ValidationError with known keys into texts', () => {
    expect(serviceFieldErrors(new ValidationError({ colleague: 'colleague' }), 'nl')).toEqual({
      colleague: 'Kies een collega uit de lijst',
    });
  });

  it('throws on anything else, and on a key no field has a text for', () => {
    const other = new Error('boom');
    expect(() => serviceFieldErrors(other, 'nl')).toThrow(other);
    const unknown = new ValidationError({ corrects: 'notInConcern' });
    expect(() => serviceFieldErrors(unknown, 'nl')).toThrow(unknown);
  });
});
