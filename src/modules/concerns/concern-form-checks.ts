// SPDX-License-Identifier: EUPL-1.2
/**
 * What the concern's form routes share to check input: the route schemas' parts, the longest texts,
 * the notices after a change, and the checks of texts and dates whose errors go next to their fields.
 */
import { z } from 'zod';
import { ValidationError } from '#src/core/errors.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { checkedText, dateParts, isEmptyDate, isoDate } from '#src/web/form-values.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import type { FormErrors } from '#src/web/staff.tsx';
import { HONOUR_RISK_ANSWERS } from './honour-route.ts';

/** The notices a concern page shows after a change (`?melding=`). */
export const NOTICES = [
  'geopend',
  'vastgelegd',
  'consultatie',
  'collega',
  'gekoppeld',
  'gemeld',
  'advies-gevraagd',
] as const;
export type NoticeKey = (typeof NOTICES)[number];

export const idParams = z.object({ id: z.string().max(100) });
export const concernQuery = z.object({ melding: z.enum(NOTICES).optional(), alles: z.literal('1').optional() });
export const signalQuery = z.object({
  soort: z.string().max(20).optional(),
  corrigeert: z.string().max(100).optional(),
});
export const many = z.union([z.string().max(50), z.array(z.string().max(50)).max(20)]).optional();

/** Text fields: the longest a person may type. */
export const LONG = 5000;
export const SHORT = 200;

/** A form body as the date and value helpers read it. */
export type FormBody = Record<string, unknown>;

/** The answer to the honour-related violence question: required wherever it is asked (ADR 0027). */
export const honourRiskAnswer = z.enum(HONOUR_RISK_ANSWERS);

/** Whether a value is one of a list (a typed guard for radios and selects). */
export function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return (list as readonly string[]).includes(value ?? '');
}

/** The checks of a form's texts and dates in one language, each putting its error in `errors`. */
export function formChecks(locale: Locale) {
  const concernTexts = messages(locale).concerns;
  const errorTexts = concernTexts.errors;

  /** A required text of at most `max` characters: the error, if any. */
  const text = (errors: Record<string, string>, id: string, value: string, required: string | null, max = LONG) =>
    checkedText(errors, id, value, max, required, errorTexts.tooLong);

  /** A date that is real and not in the future. */
  function pastDate(errors: Record<string, string>, id: string, body: FormBody, now: Date, required: boolean) {
    const parts = dateParts(body, id);
    if (isEmptyDate(parts) && !required) return null;
    const iso = isoDate(parts);
    if (!iso || iso > amsterdamIsoDate(now)) {
      errors[id] = id === 'dateOfBirth' ? errorTexts.dateOfBirth : errorTexts.date;
      return null;
    }
    return iso;
  }

  /** A date that is real and after today. */
  function futureDate(errors: Record<string, string>, id: string, body: FormBody, now: Date) {
    const iso = isoDate(dateParts(body, id));
    if (!iso || iso <= amsterdamIsoDate(now)) {
      errors[id] = errorTexts.checkDate;
      return null;
    }
    return iso;
  }

  /** The service's validation errors as field errors (known keys only; anything else is thrown). */
  function serviceErrors(error: unknown): FormErrors {
    if (!(error instanceof ValidationError) || !error.fields) throw error;
    const out: Record<string, string> = {};
    for (const [name, key] of Object.entries(error.fields)) {
      if (key === 'expertFirst') out[name] = errorTexts.expertFirst;
      else if (name === 'honourRisk' && key === 'required') out[name] = concernTexts.honour.error;
      else if (key === 'unknownLead') out[name] = errorTexts.lead;
      else if (key === 'notAddable') out[name] = errorTexts.colleague;
      else if (key === 'unanswered') out[name] = concernTexts.weighing.unanswered;
      else throw error;
    }
    return out;
  }

  return { text, pastDate, futureDate, serviceErrors };
}
