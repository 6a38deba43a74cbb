// SPDX-License-Identifier: EUPL-1.2
/**
 * The one way from a rule's key to the text next to a form field. Schemas (`<entity>.schemas.ts`,
 * built from src/core/field-rules.ts) and services (ValidationError) give keys; the texts are one map
 * in the message files, `errors.fields`. A page shows the same text whether its own parse or the
 * service found the problem.
 */
import { ZodError } from 'zod';
import { type FieldErrors, ValidationError } from '#src/core/errors.ts';
import { fieldKeys } from '#src/core/field-rules.ts';
import type { Locale } from './i18n/locale.ts';
import { messages } from './i18n/messages.ts';

/** The keys the map has a text for. */
export type FieldErrorKey = keyof ReturnType<typeof messages>['errors']['fields'];

/** The keys whose text needs no number (not `tooLong`, `personNameTooLong`). */
type PlainKey = {
  [K in FieldErrorKey]: ReturnType<typeof messages>['errors']['fields'][K] extends string ? K : never;
}[FieldErrorKey];

/** A field's id on the page, for a field whose name in the use case differs (`sizeCm` → `size`). */
export type FieldIds = Readonly<Record<string, string>>;

/**
 * The text of one key (`tooLong:5000` → "… 5000 …"), or undefined for a key the map does not know.
 * @param locale the page's language
 */
export function fieldErrorText(locale: Locale, key: string): string | undefined {
  const [name, param] = key.split(':', 2) as [string, string | undefined];
  const map = messages(locale).errors.fields as Readonly<Record<string, string | ((n: number) => string)>>;
  if (!Object.hasOwn(map, name)) return undefined;
  const entry = map[name]!;
  return typeof entry === 'function' ? entry(Number(param)) : entry;
}

/**
 * The text of a key the page sets itself (a radio without a value in the use case).
 * @param locale the page's language
 */
export function fieldError(locale: Locale, key: PlainKey): string {
  return fieldErrorText(locale, key) ?? key;
}

/**
 * The texts of a failed parse or of a service's field keys, by the page's field id.
 * @param source a ZodError (the page parsed with the schema) or the keys by field
 * @param locale the page's language
 * @param ids the page's field id where it differs from the schema's field name
 * @throws {Error} a key without a text (a programming error, found by the schemas' tests)
 */
export function fieldErrors(
  source: ZodError | FieldErrors,
  locale: Locale,
  ids: FieldIds = {},
): Record<string, string> {
  const keys = source instanceof ZodError ? fieldKeys(source) : source;
  const out: Record<string, string> = {};
  for (const [name, key] of Object.entries(keys)) {
    const text = fieldErrorText(locale, key);
    if (text === undefined) throw new Error(`No text for the field error key "${key}"`);
    out[ids[name] ?? name] = text;
  }
  return out;
}

/**
 * A service's refusal as the page's field errors; anything else (and a ValidationError with a key
 * the map does not know, which is no field's fault) is thrown on.
 * @param error what the service threw
 */
export function serviceFieldErrors(error: unknown, locale: Locale, ids: FieldIds = {}): Record<string, string> {
  if (!(error instanceof ValidationError) || !error.fields) throw error;
  if (Object.values(error.fields).some((key) => fieldErrorText(locale, key) === undefined)) throw error;
  return fieldErrors(error.fields, locale, ids);
}

/**
 * The result of a page's parse with a schema: the data, or the texts of its errors added to `errors`.
 * @param result the schema's `safeParse` result
 * @param errors the form's errors so far (from `formErrors(request)`); the schema's are added
 */
export function parsed<T>(
  result: { success: true; data: T } | { success: false; error: ZodError },
  errors: Record<string, string>,
  locale: Locale,
  ids: FieldIds = {},
): T | undefined {
  if (result.success) return result.data;
  Object.assign(errors, fieldErrors(result.error, locale, ids));
  return undefined;
}
