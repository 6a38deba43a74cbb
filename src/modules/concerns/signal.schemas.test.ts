// SPDX-License-Identifier: EUPL-1.2
/** The signals of step 1: valid and invalid data, each with the keys written by hand. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldKeys } from '#src/core/field-rules.ts';
import {
  attachmentDescription,
  counterSignData,
  injuryData,
  noteData,
  observationData,
  occurredAt,
  quoteData,
  signalDate,
} from './signal.schemas.ts';

/** The keys of an input under a schema, by field ({} when valid). */
function keys(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldKeys(result.error);
}

const OBSERVATION = {
  facts: 'Blauwe plek op de arm',
  interpretation: '',
  sourceKind: 'self',
  source: '',
  categories: ['physicalAbuse'],
  signListVersion: '2025-01',
};

describe('observationData', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['seen oneself', {}, {}],
    ['told by someone, named', { sourceKind: 'other', source: 'De moeder' }, {}],
    ['told by someone, not named', { sourceKind: 'other', source: ' ' }, { source: 'source' }],
    ['no source kind', { sourceKind: '' }, { sourceKind: 'sourceKind' }],
    [
      'told by someone unnamed, and no facts nor a category on the list: every error at once',
      { sourceKind: 'other', facts: '', categories: ['astrology'] },
      { facts: 'facts', categories: 'categories', source: 'source' },
    ],
    ['no facts', { facts: '' }, { facts: 'facts' }],
    ['facts of 5001 characters', { facts: 'x'.repeat(5001) }, { facts: 'tooLong:5000' }],
    ['an interpretation of 2001 characters', { interpretation: 'x'.repeat(2001) }, { interpretation: 'tooLong:2000' }],
    ['a source of 201 characters', { source: 'x'.repeat(201) }, { source: 'tooLong:200' }],
    ['a category not on the list', { categories: ['physicalAbuse', 'astrology'] }, { categories: 'categories' }],
    ['no category', { categories: [] }, {}],
  ];
  it.each(rows)('%s', (_name, change, expected) =>
    expect(keys(observationData, { ...OBSERVATION, ...change })).toEqual(expected),
  );
});

describe('quoteData and counterSignData', () => {
  const rows: Array<[string, z.ZodType, Record<string, unknown>, Record<string, string>]> = [
    ['a quote', quoteData, { words: 'Ik wil niet naar huis', context: '', sourceKind: 'self', source: '' }, {}],
    [
      'a quote without words',
      quoteData,
      { words: '', context: '', sourceKind: 'self', source: '' },
      { words: 'words' },
    ],
    [
      'a quote with a context of 2001 characters',
      quoteData,
      { words: 'Ja', context: 'x'.repeat(2001), sourceKind: 'self', source: '' },
      { context: 'tooLong:2000' },
    ],
    ['a counter-sign', counterSignData, { facts: 'Vrolijk op school', sourceKind: 'self', source: '' }, {}],
    [
      'a counter-sign without facts',
      counterSignData,
      { facts: '', sourceKind: 'self', source: '' },
      { facts: 'counterFacts' },
    ],
    [
      'a counter-sign told by someone unnamed',
      counterSignData,
      { facts: 'Vrolijk', sourceKind: 'other', source: '' },
      { source: 'source' },
    ],
  ];
  it.each(rows)('%s', (_name, schema, input, expected) => expect(keys(schema, input)).toEqual(expected));
});

const INJURY = {
  side: 'front',
  region: 'head',
  x: null,
  y: null,
  injuryKind: 'bruise',
  sizeCm: 4,
  colour: 'bluePurple',
  explanation: '',
};

describe('injuryData', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['an injury', {}, {}],
    ['with a point', { x: 50, y: 20 }, {}],
    ['without a size', { sizeCm: null }, {}],
    ['a size that is no number', { sizeCm: Number.NaN }, { sizeCm: 'size' }],
    ['a size of 201 cm', { sizeCm: 201 }, { sizeCm: 'size' }],
    ['no side', { side: '' }, { side: 'side' }],
    ['a region not on the map', { region: 'tail' }, { region: 'region' }],
    ['a kind not on the list', { injuryKind: 'scratch' }, { injuryKind: 'injuryKind' }],
    ['a colour not on the list', { colour: 'pink' }, { colour: 'colour' }],
    ['an explanation of 2001 characters', { explanation: 'x'.repeat(2001) }, { explanation: 'tooLong:2000' }],
  ];
  it.each(rows)('%s', (_name, change, expected) =>
    expect(keys(injuryData, { ...INJURY, ...change })).toEqual(expected),
  );
});

describe('notes, descriptions and dates', () => {
  const now = new Date('2025-06-15T10:00:00Z');
  const rows: Array<[string, z.ZodType, unknown, Record<string, string>]> = [
    ['a note', noteData, { text: 'Gebeld met de mentor' }, {}],
    ['an empty note', noteData, { text: '' }, { text: 'notes' }],
    ['a description of 1000 characters', attachmentDescription, 'x'.repeat(1000), {}],
    ['a description of 1001 characters', attachmentDescription, 'x'.repeat(1001), { '': 'tooLong:1000' }],
    ['a signal today', signalDate(now), '2025-06-15', {}],
    ['a signal tomorrow', signalDate(now), '2025-06-16', { '': 'date' }],
    ['a moment today', occurredAt(now), new Date('2025-06-15T18:00:00Z'), {}],
    ['a moment tomorrow', occurredAt(now), new Date('2025-06-16T08:00:00Z'), { '': 'date' }],
  ];
  it.each(rows)('%s', (_name, schema, input, expected) => expect(keys(schema, input)).toEqual(expected));
});
