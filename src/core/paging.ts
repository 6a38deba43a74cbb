// SPDX-License-Identifier: EUPL-1.2
/**
 * Pages of a list a person reads (ADR 0032): a fixed page size, numbered pages, and a requested
 * page that is always brought inside the list (before the first: the first; past the last: the
 * last), so a stale or edited link shows rows instead of an error. Pure; the list's total comes
 * from a count in SQL, never from a capped read.
 */

/** Rows per page of a list. */
export const PAGE_SIZE = 25;

/** One page of a list. */
export interface Page {
  /** The page shown, from 1. */
  readonly number: number;
  /** The number of pages (at least 1: an empty list has one, empty, page). */
  readonly count: number;
  /** Rows per page. */
  readonly size: number;
  /** Rows in the whole list. */
  readonly total: number;
  /** Rows before this page (SQL `offset`). */
  readonly offset: number;
}

/**
 * The page to show.
 * @param requested the page asked for (from 1; anything smaller means the first)
 * @param total the rows in the whole list
 * @param size rows per page
 */
export function pageOf(requested: number, total: number, size: number = PAGE_SIZE): Page {
  const count = Math.max(1, Math.ceil(total / size));
  const wanted = Number.isNaN(requested) ? 1 : Math.floor(requested);
  const number = Math.min(Math.max(1, wanted), count);
  return { number, count, size, total, offset: (number - 1) * size };
}
