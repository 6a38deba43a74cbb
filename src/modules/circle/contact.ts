// SPDX-License-Identifier: EUPL-1.2
/**
 * The flag of a match without contact (issue 14; Kring's own rule, docs/domain.md §11): when no
 * contact between the professionals is recorded 10 working days after the match, the coordinator and
 * the municipality's circle coordinator are told. Working days as in src/core/working-days.ts.
 */
import { addWorkingDays } from '#src/core/working-days.ts';

/** Working days after a match by which contact should be recorded. */
export const NO_CONTACT_WORKING_DAYS = 10;

/** The instant from which a match without recorded contact is flagged. */
export function noContactDueAt(matchedAt: Date): Date {
  return addWorkingDays(matchedAt, NO_CONTACT_WORKING_DAYS);
}

/**
 * Whether a match is flagged for want of contact.
 * @param match when it was found, and when contact was first recorded (null: not yet)
 * @param now the current time
 */
export function isNoContactFlagged(
  match: { readonly matchedAt: Date; readonly contactRecordedAt: Date | null },
  now: Date,
): boolean {
  return match.contactRecordedAt === null && now.getTime() >= noContactDueAt(match.matchedAt).getTime();
}
