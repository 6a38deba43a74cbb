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

/**
 * The language a client asks for in its Accept-Language header (RFC 9110 §12.5.4), for what has no
 * language in its URL (the API's problem details): Dutch unless the client prefers English, by a
 * higher weight or, at the same weight, by naming it first. Region subtags count for their language
 * (`en-GB` is English); `*` counts for both; a weight of 0 refuses.
 * @param header the header's value(s), if any
 */
export function localeFromAcceptLanguage(header: string | readonly string[] | undefined): Locale {
  const text = typeof header === 'string' ? header : (header ?? []).join(',');
  const weight: Partial<Record<Locale | '*', number>> = {};
  const first: Partial<Record<Locale | '*', number>> = {};
  for (const [position, part] of text.split(',').entries()) {
    const [range = '', ...params] = part.split(';');
    const primary = range.trim().toLowerCase().split('-', 1)[0]!;
    if (primary !== '*' && !(LOCALES as readonly string[]).includes(primary)) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    const key = primary as Locale | '*';
    weight[key] = Math.max(weight[key] ?? 0, q === undefined ? 1 : Math.min(Number(q), 1));
    first[key] ??= position;
  }
  const of = (locale: Locale) => ({
    q: weight[locale] ?? weight['*'] ?? 0,
    at: first[locale] ?? first['*'] ?? Number.POSITIVE_INFINITY,
  });
  const [nl, en] = [of('nl'), of('en')];
  return en.q > nl.q || (en.q > 0 && en.q === nl.q && en.at < nl.at) ? 'en' : 'nl';
}
