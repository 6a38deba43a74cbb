// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit log's filter by day: the rule privacy.service.ts checks the log's query with (the page
 * passes the query on and shows the service's keys). Days are UTC, as the log's times are.
 */
import { z } from 'zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The start of a day in UTC, or undefined when the text is not a real YYYY-MM-DD date.
 * @param text the date as typed
 * @param days days to add (1 gives the start of the next day)
 */
export function utcDay(text: string, days = 0): Date | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return days ? new Date(date.getTime() + days * 24 * 60 * 60 * 1000) : date;
}

/** A day to filter on, trimmed: empty (no filter) or a real YYYY-MM-DD date (`auditDate`). */
const filterDay = z
  .string()
  .trim()
  .refine((text) => text === '' || utcDay(text) !== undefined, { error: 'auditDate' })
  .optional();

/** The log's days: from, and up to and including. */
export const auditLogDays = z.object({ from: filterDay, until: filterDay });
