// SPDX-License-Identifier: EUPL-1.2
/**
 * What opening a concern takes, and the answer to the honour-related violence question: the rules
 * the page checks the form with and openConcern checks its input with (src/core/field-rules.ts).
 */
import { z } from 'zod';
import { choice, pastDate, text } from '#src/core/field-rules.ts';
import { HONOUR_RISK_ANSWERS } from './honour-route.ts';
import { AGE_GROUPS } from './workflow.ts';

/** Text fields: the longest a person may type. */
export const LONG = 5000;
export const SHORT = 200;

/** The answer to the honour-related violence question: required wherever it is asked (ADR 0027). */
export const honourRiskAnswer = choice(HONOUR_RISK_ANSWERS, 'honourRisk');

/**
 * A concern opened about a person: a name, a date of birth that is real and not in the future (or
 * none), whom it is about, and the honour-related violence question answered.
 * @param now the moment of opening (the date of birth may be today at the latest)
 */
export function openConcernSchema(now: Date) {
  return z.object({
    fullName: text(SHORT, 'fullName'),
    dateOfBirth: pastDate('dateOfBirth', now).nullable(),
    ageGroup: choice(AGE_GROUPS, 'ageGroup'),
    honourRisk: honourRiskAnswer,
  });
}
