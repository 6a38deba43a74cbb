// SPDX-License-Identifier: EUPL-1.2
/**
 * The informing rule of a registration (docs/domain.md §11): the parents are informed when the
 * young person is under 16, the young person when 12 or older. Informing may be postponed when it is
 * not reasonably possible or not in the young person's interest; the reason is a required choice
 * from that list, never free text (a signal holds no content).
 */
import type { FieldErrors } from '#src/core/errors.ts';

/** Under this age the parents are informed. */
export const PARENTS_INFORMED_UNDER = 16;
/** From this age the young person is informed. */
export const YOUNG_PERSON_INFORMED_FROM = 12;

/** Why informing was postponed. */
export const POSTPONE_REASONS = ['notReasonablyPossible', 'notInInterest'] as const;
export type PostponeReason = (typeof POSTPONE_REASONS)[number];

/** What the professional chose for one party. */
export type InformingChoice =
  | { readonly informing: 'informed' }
  | { readonly informing: 'postponed'; readonly postponedBecause: PostponeReason | null | undefined };

/** What is stored for one party. */
export interface InformingRecord {
  readonly informing: 'informed' | 'postponed' | 'notRequired';
  readonly postponedBecause: PostponeReason | null;
}

/** Who must be informed at an age. */
export function whoMustBeInformed(age: number): { readonly parents: boolean; readonly youngPerson: boolean } {
  return { parents: age < PARENTS_INFORMED_UNDER, youngPerson: age >= YOUNG_PERSON_INFORMED_FROM };
}

/** The fields of the two choices, for errors next to them. */
export const INFORMING_FIELDS = { parents: 'parentsInforming', youngPerson: 'youngPersonInforming' } as const;

/**
 * The informing record of a registration, or the fields that are missing.
 * @param age the young person's age on the day of registration
 * @param choices what the professional chose (a party not required may still be recorded as informed
 *   or postponed)
 * @returns `{ record }`, or `{ errors }` with `informingRequired` (no choice for a party
 *   that must be informed) or `informingReasonRequired` (postponed without a listed reason)
 */
export function informingRecord(
  age: number,
  choices: { readonly parents?: InformingChoice | null; readonly youngPerson?: InformingChoice | null },
):
  | { readonly record: { readonly parents: InformingRecord; readonly youngPerson: InformingRecord } }
  | { readonly errors: FieldErrors } {
  const must = whoMustBeInformed(age);
  const errors: Record<string, string> = {};
  const one = (party: 'parents' | 'youngPerson'): InformingRecord => {
    const choice = choices[party];
    if (!choice) {
      if (must[party]) errors[INFORMING_FIELDS[party]] = 'informingRequired';
      return { informing: 'notRequired', postponedBecause: null };
    }
    if (choice.informing === 'informed') return { informing: 'informed', postponedBecause: null };
    const reason = choice.postponedBecause;
    if (!reason || !POSTPONE_REASONS.includes(reason)) {
      errors[INFORMING_FIELDS[party]] = 'informingReasonRequired';
      return { informing: 'postponed', postponedBecause: null };
    }
    return { informing: 'postponed', postponedBecause: reason };
  };
  const record = { parents: one('parents'), youngPerson: one('youngPerson') };
  return Object.keys(errors).length > 0 ? { errors } : { record };
}
