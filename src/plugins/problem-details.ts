// SPDX-License-Identifier: EUPL-1.2
/**
 * RFC 9457 problem details (`application/problem+json`) for the APIs that promise them (the circle's
 * API under /api/v1/circle, ADR 0033), from the same error catalogue (src/core/errors.ts) the rest
 * of Kring answers with. The texts are for the developers of source systems, from the message files
 * (src/web/i18n/problem-details.{nl,en}.ts) in the language the request's Accept-Language prefers
 * (Dutch unless English is preferred; said in Content-Language); the field errors of the circle's
 * rules carry the texts the pages show. The `type` URIs and codes do not depend on the language.
 *
 * What a problem never carries: the request's values (a BSN), a stack, SQL or a path. A field error
 * names the field by a JSON pointer into the request (`/body/contact/email`, `/headers/…`) and the
 * rule it broke by a code.
 */
import type { FastifyRequest } from 'fastify';
import type { AppError, ErrorCode } from '#src/core/errors.ts';
import { type Locale, localeFromAcceptLanguage } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';

/** The paths whose errors are problem details. */
export const PROBLEM_PREFIXES = ['/api/v1/circle'];

/** True when the request's errors are answered as problem details. */
export function wantsProblem(request: FastifyRequest): boolean {
  const path = request.url.split('?', 1)[0]!;
  return PROBLEM_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** One field's error in a problem. */
export interface FieldProblem {
  /** JSON pointer into the request: `/body/…`, `/query/…`, `/headers/…`, `/params/…`. */
  readonly pointer: string;
  /** The rule that failed. */
  readonly code: string;
  readonly detail: string;
}

/** An RFC 9457 problem, with Kring's code and the request id as extensions. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** `urn:uuid:<request id>`: quote it to the operators. */
  readonly instance: string;
  readonly code: ErrorCode;
  readonly errors?: readonly FieldProblem[];
}

/** The language of a request's problems: from its Accept-Language, Dutch by default. */
export function problemLocale(request: FastifyRequest): Locale {
  return localeFromAcceptLanguage(request.headers['accept-language']);
}

/** A Fastify schema validation error as field problems (the rule's code only, never its message). */
function schemaProblems(cause: unknown, ruleTexts: Readonly<Record<string, string>>): FieldProblem[] {
  const e = cause as { validation?: unknown; validationContext?: unknown } | undefined;
  if (!Array.isArray(e?.validation)) return [];
  const where = typeof e.validationContext === 'string' ? e.validationContext : 'body';
  const location = where === 'querystring' ? 'query' : where;
  return e.validation.map((issue: { instancePath?: unknown; keyword?: unknown }) => {
    const code = typeof issue.keyword === 'string' ? issue.keyword : 'custom';
    const path = typeof issue.instancePath === 'string' && issue.instancePath !== '/' ? issue.instancePath : '';
    return { pointer: `/${location}${path}`, code, detail: ruleTexts[code] ?? ruleTexts.custom! };
  });
}

/**
 * The problem for a catalogued error, in a language. A ValidationError's fields are pointers into the
 * request (the API maps its services' field names) with the rule's key; a schema's refusal comes from
 * Fastify.
 * @param locale the language of the title and the details (problemLocale(request))
 */
export function problemFor(request: FastifyRequest, error: AppError, locale: Locale = problemLocale(request)): Problem {
  const t = messages(locale);
  const titles: Readonly<Record<ErrorCode, string>> = t.problemDetails.titles;
  const details: Readonly<Partial<Record<ErrorCode, string>>> = t.problemDetails.details;
  const ruleTexts: Readonly<Record<string, string>> = { ...t.problemDetails.rules, ...t.circle.errors };
  const fieldProblems = error.fields
    ? Object.entries(error.fields).map(([pointer, code]) => ({
        pointer: pointer.startsWith('/') ? pointer : `/body/${pointer}`,
        code,
        detail: ruleTexts[code] ?? ruleTexts.custom!,
      }))
    : schemaProblems(error.cause, ruleTexts);
  return {
    type: `urn:kring:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: titles[error.code],
    status: error.status,
    detail: details[error.code] ?? titles[error.code],
    instance: `urn:uuid:${request.id}`,
    code: error.code,
    ...(error.code === 'REQUEST_VALIDATION' && { errors: fieldProblems }),
  };
}
