// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';
import { plural } from './plural.ts';

describe('plural', () => {
  it.each([
    ['nl', 1, '1 zorg'],
    ['nl', 0, '0 zorgen'],
    ['nl', 2, '2 zorgen'],
    ['en', 1, '1 concern'],
    ['en', 21, '21 concerns'],
  ] as const)('%s %d → %s', (locale, n, text) => {
    const forms = locale === 'nl' ? { one: '# zorg', other: '# zorgen' } : { one: '# concern', other: '# concerns' };
    expect(plural(locale, n, forms)).toBe(text);
  });

  it('follows languages with more forms (Polish: one, few, many)', () => {
    const forms = { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' };
    expect([1, 2, 5, 22, 25].map((n) => plural('pl', n, forms))).toEqual([
      '1 plik',
      '2 pliki',
      '5 plików',
      '22 pliki',
      '25 plików',
    ]);
  });

  it('is what the messages use', () => {
    expect(messages('nl').concerns.dashboard.results(1)).toBe('1 zorg');
    expect(messages('nl').concerns.dashboard.results(3)).toBe('3 zorgen');
    expect(messages('en').concerns.dashboard.results(1)).toBe('1 concern');
    expect(messages('en').staff.admin.found(2)).toBe('2 users found.');
  });
});
