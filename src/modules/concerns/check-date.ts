// SPDX-License-Identifier: EUPL-1.2
/**
 * The check date agreed with a decision to help (afwegingskader question 5: does the help work?),
 * pure. It is a calendar date in the Netherlands: it is reached on that day (Amsterdam), and past
 * from the day after. Lists, Mijn Kring and the dashboard mark it with these words, never colour
 * alone; the reminder job mails once the date is reached (reminders.ts).
 */
import type { ConcernStatus } from './workflow.ts';

/** Where a check date stands today. */
export type CheckDateState = 'upcoming' | 'today' | 'overdue';

/**
 * Where a check date stands.
 * @param checkDate `YYYY-MM-DD`
 * @param today today's date in Amsterdam, `YYYY-MM-DD` (amsterdamIsoDate)
 */
export function checkDateState(checkDate: string, today: string): CheckDateState {
  if (checkDate > today) return 'upcoming';
  return checkDate === today ? 'today' : 'overdue';
}

/** Whether a concern waits for its check: help is being given and the agreed date is reached or past. */
export function checkIsDue(concern: { status: ConcernStatus; checkDate: string | null }, today: string): boolean {
  return (
    concern.status === 'helping' &&
    concern.checkDate !== null &&
    checkDateState(concern.checkDate, today) !== 'upcoming'
  );
}

/**
 * The concerns with an agreed check (help being given), the soonest first; past dates come first.
 * @param concerns any list of concerns
 */
export function withCheckDates<T extends { status: ConcernStatus; checkDate: string | null }>(
  concerns: readonly T[],
): (T & { checkDate: string })[] {
  return concerns
    .filter((c): c is T & { checkDate: string } => c.status === 'helping' && c.checkDate !== null)
    .sort((a, b) => (a.checkDate < b.checkDate ? -1 : a.checkDate > b.checkDate ? 1 : 0));
}
