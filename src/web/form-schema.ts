// SPDX-License-Identifier: EUPL-1.2
/**
 * Zod schemas for HTML form bodies. The route schema only checks the *shape* (every field a string of
 * bounded length, unknown fields dropped: no mass assignment); what the values must be is checked in
 * the handler or service, so a wrong value re-renders the form with the error next to its field
 * instead of a generic 400 page. Every form carries the form token.
 */
import { z } from 'zod';
import { CSRF_FIELD } from '#src/plugins/auth.ts';

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
