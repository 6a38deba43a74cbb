// SPDX-License-Identifier: EUPL-1.2
/** An article's address: a slug made from its title (ADR 0037). */

/** The longest slug. */
export const MAX_SLUG = 120;
/** What a slug looks like: lower-case letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The slug of a title: accents dropped (é → e), anything but letters and digits a hyphen.
 * @param title the article's title
 * @returns the slug, or '' when the title has no letter or digit
 */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/**
 * A slug not among `taken`: the slug itself, or with -2, -3, … after it.
 * @param base a slug
 * @param taken the slugs other articles have
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
