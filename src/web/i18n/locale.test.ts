// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { localeFromPath, localePath, switchLocalePath } from './locale.ts';

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
