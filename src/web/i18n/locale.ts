// SPDX-License-Identifier: EUPL-1.2
/**
 * Languages. Dutch is the default and lives at the root; English lives under /en. The language is
 * part of the URL (not a cookie), so public pages set no cookie on a possibly shared device and every
 * page can be linked in either language. See docs/decisions/0006-language-in-the-url.md.
 */

/** The languages Kring speaks. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The URL prefix of each language. */
export const LOCALE_PREFIX: Record<Locale, string> = { nl: '', en: '/en' };

/**
 * The language of a request path.
 * @param url a path, possibly with a query string
 */
export function localeFromPath(url: string): Locale {
  return url === '/en' || url.startsWith('/en/') || url.startsWith('/en?') ? 'en' : 'nl';
}

/**
 * The same page in another language.
 * @param url the current path (query strings are dropped: they may carry something private)
 * @param to the language wanted
 */
export function switchLocalePath(url: string, to: Locale): string {
  const pathOnly = url.split(/[?#]/, 1)[0] || '/';
  const from = localeFromPath(pathOnly);
  const bare = from === 'en' ? pathOnly.slice(3) || '/' : pathOnly;
  if (to === 'nl') return bare;
  return bare === '/' ? '/en' : `/en${bare}`;
}

/**
 * A path in a language.
 * @param locale the language
 * @param bare the Dutch (unprefixed) path, starting with /
 */
export function localePath(locale: Locale, bare: string): string {
  if (locale === 'nl') return bare;
  return bare === '/' ? '/en' : `/en${bare}`;
}
