// SPDX-License-Identifier: EUPL-1.2
/** The translation catalogues: English has exactly the shape of Dutch, and no text is empty. */
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { guidanceEn } from './guidance.en.ts';
import { guidanceNl } from './guidance.nl.ts';
import { messages } from './messages.ts';
import { nl } from './nl.ts';

/**
 * Describes the shape of a catalogue: one line per leaf, with its path and kind (and, for functions,
 * the number of parameters; for lists, the number of items).
 */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}: string`];
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (Array.isArray(value)) {
    return [`${path}: list/${value.length}`, ...value.flatMap((item, i) => shape(item, `${path}[${i}]`))];
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [`${path}: ${typeof value}`];
}

/** Every string in a catalogue, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('the translation catalogues', () => {
  it('English has exactly the keys, lists and functions of Dutch', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  it('the guidance texts have the same structure in both languages', () => {
    expect(shape(guidanceEn)).toEqual(shape(guidanceNl));
    expect(nl.guidance).toBe(guidanceNl);
    expect(en.guidance).toBe(guidanceEn);
  });

  it('has no empty texts', () => {
    for (const catalogue of [nl, en]) {
      const empty = strings(catalogue).filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('the parameterised texts answer with text in both languages', () => {
    expect(messages('nl').guidance.shared.call('0800-2000')).toContain('0800-2000');
    expect(messages('en').guidance.shared.call('0800-2000')).toContain('0800-2000');
  });

  it('the shape check notices a missing key', () => {
    expect(shape({ a: { b: 'x', c: 'y' } })).not.toEqual(shape({ a: { b: 'x' } }));
    expect(shape({ a: ['x', 'y'] })).not.toEqual(shape({ a: ['x'] }));
    expect(shape({ a: (x: string) => x })).not.toEqual(shape({ a: 'x' }));
  });
});
