// SPDX-License-Identifier: EUPL-1.2
/**
 * The page of a list in the URL: `?pagina=N`, the same in both languages (ADR 0032). Missing or
 * empty is the first page; a whole number is taken as asked and brought inside the list by the
 * service (`pageOf`: 0 is the first page, past the last is the last); anything else (`abc`, `-1`,
 * `1.5`) is no page number, so the route's schema refuses it with the 400 page, never a 5xx.
 */
import { z } from 'zod';

/** The query parameter of the page. */
export const PAGE_PARAM = 'pagina';

/** The schema of `pagina`: digits (at most 20) → a number; missing or empty → 1. */
export const pageParam = z
  .string()
  .max(20)
  .regex(/^\d*$/)
  .optional()
  .transform((v) => (v ? Number(v) : 1));

/**
 * The address of a page of a list, keeping the list's other parameters (filters, view); the first
 * page has no `pagina`, so its address is the list's own.
 * @param path the list's path (with the language prefix)
 * @param params the other query parameters; empty values are left out
 * @param page the page
 * @param fragment an element to scroll to (`#…`), if any
 */
export function pageHref(path: string, params: Readonly<Record<string, string>>, page: number, fragment = ''): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  if (page > 1) query.set(PAGE_PARAM, String(page));
  const q = query.toString();
  return `${path}${q ? `?${q}` : ''}${fragment}`;
}
