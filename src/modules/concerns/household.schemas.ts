// SPDX-License-Identifier: EUPL-1.2
/**
 * The household of step 1: a member added, the kindcheck and the carer check (mantelzorgcheck,
 * docs/domain.md §1.8), as the pages check the forms and the services check their input.
 */
import { z } from 'zod';
import { choice, EVERY_TIME, pastDate, text, wholeNumber } from '#src/core/field-rules.ts';
import { SHORT } from './concern.schemas.ts';
import { CARE_ARRANGEMENTS, CARER_ANSWERS } from './entries.ts';

/**
 * A member of the household: a name, the relation, and an age or a date of birth if known.
 * @param now the moment it is added (a date of birth is not in the future)
 */
export function householdMemberSchema(now: Date) {
  return z.object({
    name: text(SHORT, 'name'),
    relation: text(100, 'relation'),
    dateOfBirth: pastDate('dateOfBirth', now).nullable(),
    ageYears: wholeNumber(0, 130, 'age').nullable(),
  });
}

/** The kindcheck: the children the person cares for, and how their care is arranged. */
export const kindcheckData = z.object({
  childrenCount: wholeNumber(0, 30, 'childrenCount'),
  ages: text(SHORT),
  care: choice(CARE_ARRANGEMENTS, 'care'),
  notes: text(2000),
});

/** The carer check: whether overburdened is asked only of a carer there is. */
export const carerCheckData = z
  .object({
    hasCarer: choice(CARER_ANSWERS, 'hasCarer'),
    carer: text(SHORT),
    carerOverburdened: choice(CARER_ANSWERS, 'carerOverburdened').nullable(),
    caresForSomeone: choice(CARER_ANSWERS, 'caresForSomeone'),
    caredFor: text(SHORT),
    notes: text(2000),
  })
  .superRefine((value, ctx) => {
    if (value.hasCarer === 'yes' && value.carerOverburdened === null)
      ctx.addIssue({ code: 'custom', message: 'carerOverburdened', path: ['carerOverburdened'] });
  }, EVERY_TIME);
