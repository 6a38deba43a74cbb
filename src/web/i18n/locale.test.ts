// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, localeFromPath, localePath, switchLocalePath } from './locale.ts';

describe('locale paths', () => {
  it.each([
    ['/', 'nl'],
    ['/signalen', 'nl'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/en/signalen', 'en'],
    ['/en?x=1', 'en'],
    ['/entree', 'nl'],
    ['/english', 'nl'],
  ] as const)('%s is %s', (path, locale) => {
    expect(localeFromPath(path)).toBe(locale);
  });

  it.each([
    ['/', 'en', '/en'],
    ['/signalen', 'en', '/en/signalen'],
    ['/en', 'nl', '/'],
    ['/en/signalen', 'nl', '/signalen'],
    ['/signalen?code=geheim', 'en', '/en/signalen'],
    ['/en/contact#adres', 'nl', '/contact'],
    ['/signalen', 'nl', '/signalen'],
  ] as const)('switching %s to %s gives %s (query strings are dropped)', (from, to, expected) => {
    expect(switchLocalePath(from, to)).toBe(expected);
  });

  it('prefixes paths by language', () => {
    expect(localePath('nl', '/contact')).toBe('/contact');
    expect(localePath('en', '/contact')).toBe('/en/contact');
    expect(localePath('en', '/')).toBe('/en');
  });
});

describe('the language a client asks for (Accept-Language)', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['nl', 'nl'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['en-GB,en;q=0.9,nl;q=0.8', 'en'],
    ['nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7', 'nl'],
    ['nl;q=0.5, en;q=0.8', 'en'],
    ['en, nl', 'en'],
    ['nl, en', 'nl'],
    ['de, en;q=0.5', 'en'],
    ['de, fr', 'nl'],
    ['*', 'nl'],
    ['de, *;q=0.5', 'nl'],
    ['en;q=0', 'nl'],
    ['nl;q=0, en;q=0.1', 'en'],
    ['en;q=nonsense', 'en'],
    ['english', 'nl'],
  ] as const)('%s gives %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('reads a header sent twice as one list', () => {
    expect(localeFromAcceptLanguage(['de', 'en;q=0.4'])).toBe('en');
  });
});
