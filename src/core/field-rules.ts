// SPDX-License-Identifier: EUPL-1.2
/**
 * The parts the `<entity>.schemas.ts` files build their Zod schemas from: the rules a value must keep
 * whoever sends it (a page or another caller of a service). Every issue carries a message *key*, not
 * a text: src/web/field-errors.ts turns the keys into the texts of one map in the message files
 * (`errors.fields`), and a service throws them as a ValidationError. A key may carry one number after
 * a colon (`tooLong:5000`, the longest length), which its text shows.
 */
import { type ZodError, type ZodType, z } from 'zod';
import { containsBsn } from './bsn.ts';
import { ValidationError } from './errors.ts';
import { amsterdamIsoDate } from './working-days.ts';

/** The key of a text longer than `max` characters. */
export function tooLong(max: number): string {
  return `tooLong:${max}`;
}

/**
 * A typed text, trimmed, of at most `max` characters.
 * @param required the key when it is empty, or undefined when it may be empty
 */
export function text(max: number, required?: string) {
  // Not a text at all: the required key, or `invalid` (no form sends that; a caller's mistake).
  const trimmed = z.string({ error: required ?? 'invalid' }).trim();
  return (required ? trimmed.min(1, { error: required }) : trimmed).max(max, { error: tooLong(max) });
}

/**
 * The option of an object's rule over two fields (`superRefine(rule, EVERY_TIME)`): it runs even when
 * another field is wrong (Zod skips it after a wrong choice otherwise), so a form shows every error
 * at once. Such a rule reads the fields it needs defensively.
 */
export const EVERY_TIME = { when: () => true } as const;

/** A text that must not hold a BSN (key `bsn`; bsn.ts says why). */
export function withoutBsn<T extends z.ZodType<string, string>>(schema: T) {
  return schema.refine((value) => !containsBsn(value), { error: 'bsn' });
}

/** One of a list (a radio, a select), or the key. */
export function choice<const T extends readonly [string, ...string[]]>(list: T, key: string) {
  return z.enum(list, { error: key });
}

/** Whether a text is a real calendar date `YYYY-MM-DD` from 1900 on (no 31 February). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * A real date, today or before (in Dutch time): what happened, a date of birth.
 * @param key the key when it is not a real date or lies in the future
 * @param now the moment it is checked at
 */
export function pastDate(key: string, now: Date) {
  const today = amsterdamIsoDate(now);
  return z.string({ error: key }).refine((value) => isRealDate(value) && value <= today, { error: key });
}

/** A real date after today (in Dutch time): a check date. */
export function futureDate(key: string, now: Date) {
  const today = amsterdamIsoDate(now);
  return z.string({ error: key }).refine((value) => isRealDate(value) && value > today, { error: key });
}

/** A moment whose day (in Dutch time) is today or before. */
export function pastMoment(key: string, now: Date) {
  const today = amsterdamIsoDate(now);
  return z.date({ error: key }).refine((value) => amsterdamIsoDate(value) <= today, { error: key });
}

/** A whole number from `min` to `max`, or the key. */
export function wholeNumber(min: number, max: number, key: string) {
  return z.int({ error: key }).min(min, { error: key }).max(max, { error: key });
}

/** Whether a text is a phone number as people write one: digits, spaces, dashes, brackets, a leading +. */
export function isPhone(value: string): boolean {
  return /^\+?[0-9][0-9 ()-]{5,24}$/.test(value);
}

/** A phone number (trimmed), or the key `phone`. */
export function phone() {
  return z
    .string()
    .trim()
    .refine((value) => isPhone(value), { error: 'phone' });
}

/** A well-formed e-mail address (shape only; 254 characters at most), or the key. */
export function email(key: string) {
  return z
    .string()
    .trim()
    .max(254, { error: key })
    .pipe(z.email({ error: key }));
}

/** An id as Kring makes them (the shape of a UUID, any version), or the key. */
export function uuid(key: string) {
  return z.guid({ error: key });
}

/**
 * The keys of a failed parse, by field: the first issue of each field counts. A field is the last
 * name on the issue's path (`data.facts` → `facts`, `categories.2` → `categories`); a refinement over
 * two fields puts its issue on the path of the field it is about.
 */
export function fieldKeys(error: ZodError): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const issue of error.issues) {
    const names = issue.path.filter((part): part is string => typeof part === 'string');
    const field = names.at(-1) ?? String(issue.path.at(-1) ?? '');
    if (!(field in keys)) keys[field] = issue.message;
  }
  return keys;
}

/**
 * Parses a use case's input with its schema, in the service: a caller that skipped the page cannot
 * store a value the page would have refused.
 * @returns the parsed (trimmed, typed) input
 * @throws {ValidationError} each field's key
 */
export function validInput<T extends ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldKeys(result.error));
  return result.data;
}
