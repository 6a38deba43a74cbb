// SPDX-License-Identifier: EUPL-1.2
/** A person's age (pure: the service, the pages and the views use it). */
import { amsterdamIsoDate } from '#src/core/working-days.ts';

/** Age in whole years on a day, from a date of birth or a given age. */
export function ageOf(m: { dateOfBirth: string | null; ageYears: number | null }, now: Date): number | null {
  if (m.dateOfBirth) {
    const [y, mo, d] = m.dateOfBirth.split('-').map(Number) as [number, number, number];
    const today = amsterdamIsoDate(now);
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    return ty - y - (tm < mo || (tm === mo && td < d) ? 1 : 0);
  }
  return m.ageYears;
}
