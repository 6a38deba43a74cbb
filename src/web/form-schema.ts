// SPDX-License-Identifier: EUPL-1.2
/**
 * Zod schemas for HTML form bodies. The route schema only checks the *shape* (every field a string of
 * bounded length, unknown fields dropped: no mass assignment); what the values must be is the
 * `<entity>.schemas.ts` files' (src/core/field-rules.ts), parsed in the handler and the service, so a
 * wrong value re-renders the form with the error next to its field (src/web/field-errors.ts) instead
 * of a generic 400 page. Every form carries the form token.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD } from '#src/plugins/auth.ts';
import { localeFromPath } from './i18n/locale.ts';
import { messages } from './i18n/messages.ts';

/** A text field: a string (missing → ''), trimmed only where the caller wants. */
export function field(max = 1000) {
  return z.string().max(max).default('');
}

/**
 * The body schema of a form with these fields (plus the form token).
 * @param shape field name → schema
 */
export function formBody<S extends z.ZodRawShape>(shape: S) {
  return z.object({ ...shape, [CSRF_FIELD]: z.string().max(200).optional() });
}

/** A well-formed e-mail address (shape only; 254 characters at most). */
export function isEmail(value: string): boolean {
  return value.length <= 254 && z.email().safeParse(value).success;
}

/**
 * Characters Kring does not store in a text: control characters other than tab, line feed and
 * carriage return (C0, DEL, C1: PostgreSQL refuses NUL outright), and the bidirectional embeddings,
 * overrides and isolates that make text display in another order than it is stored ("Trojan
 * Source"). Right-to-left text itself (Arabic, Hebrew) is fine: it needs none of these.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSUPPORTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Half of a surrogate pair without its other half: not a character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text holds a character Kring does not store (see UNSUPPORTED) or a lone surrogate. */
export function hasUnsupportedCharacter(value: string): boolean {
  return UNSUPPORTED.test(value) || LONE_SURROGATE.test(value);
}

/**
 * The start of a form's field errors: every field of the request's form body (or, for a search
 * form, its query) whose text Kring cannot store gets the "invisible character" error, so the form
 * comes back with the error next to the field and the text as typed (issue 11, finding 4). Handlers
 * add their own errors to the map.
 * @param request the request (its language decides the message)
 * @param source where the form's fields are: the body (POST) or the query (a search form)
 * @returns a new map of field id → message
 */
export function formErrors(request: FastifyRequest, source: 'body' | 'query' = 'body'): Record<string, string> {
  const errors: Record<string, string> = {};
  const values = (source === 'body' ? request.body : request.query) as Record<string, unknown> | undefined;
  if (!values || typeof values !== 'object') return errors;
  const message = messages(localeFromPath(request.url)).errors.unsupportedCharacter;
  for (const [name, value] of Object.entries(values)) {
    if (name === CSRF_FIELD) continue;
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    // The three boxes of a date input share the date's error (`date-day` → `date`).
    if (texts.some((v) => typeof v === 'string' && hasUnsupportedCharacter(v))) errors[dateFieldOf(name)] = message;
  }
  return errors;
}

/** The field id a form field's error belongs to: a date box belongs to its date. */
function dateFieldOf(name: string): string {
  const m = /^(.+)-(day|month|year)$/.exec(name);
  return m ? m[1]! : name;
}
