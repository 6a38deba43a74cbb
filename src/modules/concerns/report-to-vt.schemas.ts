// SPDX-License-Identifier: EUPL-1.2
/**
 * From a concern to Veilig Thuis: the report (which observations and household members go, whether
 * it is acute, whether those involved were told and if not why, the reporter's function and phone,
 * staying unknown) and a request for anonymous advice (nothing that identifies the family: no BSN).
 * The rules the pages check the forms with and the service checks its input with.
 */
import { z } from 'zod';
import { choice, EVERY_TIME, isPhone, phone, text, withoutBsn } from '#src/core/field-rules.ts';
import { NOT_INFORMED_GROUNDS } from './entries.ts';

/** The report's input; what is told only when it applies (not told: why; unknown: why). */
export const reportInput = z
  .object({
    observationIds: z.array(z.string().max(100)).min(1, { error: 'observations' }).max(500),
    householdIds: z.array(z.string().max(100)).max(500),
    helpGiven: text(5000),
    informed: z.boolean({ error: 'reportInformed' }),
    notInformedGround: choice(NOT_INFORMED_GROUNDS, 'notInformedGround').nullable(),
    notInformedExplanation: text(2000),
    acute: z.boolean({ error: 'acute' }),
    role: text(200, 'role'),
    phone: phone(),
    staysUnknown: z.boolean(),
    staysUnknownReason: text(2000),
  })
  .superRefine((value, ctx) => {
    const missing = (field: string) => ctx.addIssue({ code: 'custom', message: field, path: [field] });
    // Only when the answer is there: a missing one is its own error, not three.
    if (value.informed === false && value.notInformedGround === null) missing('notInformedGround');
    if (value.informed === false && !value.notInformedExplanation) missing('notInformedExplanation');
    if (value.staysUnknown === true && !value.staysUnknownReason) missing('staysUnknownReason');
  }, EVERY_TIME);

/** The advice request's input: the situation and the question without a BSN; a phone number if given. */
export const adviceInput = z.object({
  situation: withoutBsn(text(5000, 'situation')),
  question: withoutBsn(text(2000, 'question')),
  role: text(200, 'role'),
  phone: z
    .string()
    .trim()
    .refine((value) => value === '' || isPhone(value), { error: 'phone' }),
});
