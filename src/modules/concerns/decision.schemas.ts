// SPDX-License-Identifier: EUPL-1.2
/**
 * Steps 4 and 5 of the meldcode: the afwegingskader's answers and explanations, the decision (report,
 * help with a check date, close), the review of help at its check date, and reopening. The step
 * inputs as the pages check them and takeStep checks them; which decision the afwegingskader allows
 * depends on the concern and stays in the service.
 */
import { z } from 'zod';
import { EVERY_TIME, futureDate, text } from '#src/core/field-rules.ts';
import { QUESTIONS } from './afwegingskader.ts';
import { LONG } from './concern.schemas.ts';

/** The choices of the decision form. */
export const DECISIONS = ['report', 'help', 'close'] as const;

/** The answers of the afwegingskader (yes/no per question) and their explanations. */
export const weighInput = z.object({
  action: z.literal('weigh'),
  answers: z.partialRecord(z.enum(QUESTIONS.map(String) as ['1', '2', '3', '4', '5']), z.boolean()),
  rationale: z.partialRecord(z.enum(['1', '2', '3', '4', '5']), text(LONG)),
});

/**
 * The decision to report; helping on beside it needs a check date after today.
 * @param now the moment it is decided
 */
export function decideReportInput(now: Date) {
  return z
    .object({
      action: z.literal('decideReport'),
      reasons: text(LONG, 'reasons'),
      keepHelping: z.boolean(),
      checkDate: futureDate('checkDate', now).nullable(),
      informedPerson: z.boolean({ error: 'informed' }).nullable(),
    })
    .superRefine((value, ctx) => {
      if (value.keepHelping && value.checkDate === null)
        ctx.addIssue({ code: 'custom', message: 'checkDate', path: ['checkDate'] });
    }, EVERY_TIME);
}

/** The decision to help, with a check date after today. */
export function decideHelpInput(now: Date) {
  return z.object({
    action: z.literal('decideHelp'),
    reasons: text(LONG, 'reasons'),
    checkDate: futureDate('checkDate', now),
  });
}

/** The decision to close, with the reasons. */
export const closeInput = z.object({ action: z.literal('close'), reasons: text(LONG, 'reasons') });

/** The review of help at its check date: it worked, or it did not. */
export const helpReviewInput = z.object({
  action: z.enum(['helpSucceeded', 'helpFailed']),
  notes: text(LONG, 'notes'),
});

/** A closed concern reopened, with the reason. */
export const reopenInput = z.object({ action: z.literal('reopen'), reason: text(2000, 'reasons') });
