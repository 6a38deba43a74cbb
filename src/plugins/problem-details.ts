// SPDX-License-Identifier: EUPL-1.2
/**
 * RFC 9457 problem details (`application/problem+json`) for the APIs that promise them (the circle's
 * API under /api/v1/circle, ADR 0033), from the same error catalogue (src/core/errors.ts) the rest
 * of Kring answers with. The texts are for the developers of source systems (English); the field
 * errors of the circle's rules carry the texts the pages show.
 *
 * What a problem never carries: the request's values (a BSN), a stack, SQL or a path. A field error
 * names the field by a JSON pointer into the request (`/body/contact/email`, `/headers/…`) and the
 * rule it broke by a code.
 */
import type { FastifyRequest } from 'fastify';
import type { AppError, ErrorCode } from '#src/core/errors.ts';
import { messages } from '#src/web/i18n/messages.ts';

/** The paths whose errors are problem details. */
export const PROBLEM_PREFIXES = ['/api/v1/circle'];

/** True when the request's errors are answered as problem details. */
export function wantsProblem(request: FastifyRequest): boolean {
  const path = request.url.split('?', 1)[0]!;
  return PROBLEM_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** The title of each catalogued code. */
const TITLES: Record<ErrorCode, string> = {
  HTTP_NOT_FOUND: 'Not found',
  HTTP_METHOD_NOT_ALLOWED: 'Method not allowed',
  HTTP_PAYLOAD_TOO_LARGE: 'Request body too large',
  HTTP_UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  HTTP_RATE_LIMITED: 'Too many requests',
  REQUEST_VALIDATION: 'The request is not valid',
  AUTH_UNAUTHENTICATED: 'Authentication required',
  AUTH_FORBIDDEN: 'Forbidden',
  AUTH_CSRF_FAILED: 'Forbidden',
  AUTH_STEP_UP_REQUIRED: 'Authentication required',
  CONCERN_STEP_NOT_ALLOWED: 'Conflict',
  CONCERN_STEP_NOT_FOR_ROLE: 'Forbidden',
  REPORT_STEP_NOT_ALLOWED: 'Conflict',
  REPORT_NO_VEILIG_THUIS: 'Service unavailable',
  SERVICE_UNAVAILABLE: 'Service unavailable',
  SERVER_INTERNAL: 'Internal error',
};

/** A longer explanation of some codes. */
const DETAILS: Partial<Record<ErrorCode, string>> = {
  REQUEST_VALIDATION: 'One or more fields are not valid; see errors.',
  AUTH_UNAUTHENTICATED: 'Send a current API token: Authorization: Bearer <token>.',
  AUTH_FORBIDDEN: 'The API client or the professional it names may not do this.',
  HTTP_NOT_FOUND: 'There is no such resource for this organisation.',
  HTTP_RATE_LIMITED: 'This API client sent too many requests; wait for Retry-After seconds.',
  SERVER_INTERNAL: 'Something went wrong on our side; quote the instance when you report it.',
};

/** Texts of the rules a schema checks (Zod's issue codes), and of the API's own. */
const RULE_TEXTS: Readonly<Record<string, string>> = {
  invalid_type: 'Missing, or of the wrong type',
  invalid_format: 'Not in the expected format',
  invalid_value: 'Not one of the allowed values',
  invalid_union: 'Not one of the allowed shapes',
  too_big: 'Too long or too large',
  too_small: 'Too short or too small',
  unrecognized_keys: 'Has fields this API does not know',
  custom: 'Not valid',
  professionalUnknown: 'No active professional of your organisation has this e-mail address in Kring',
};

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

/** A Fastify schema validation error as field problems (the rule's code only, never its message). */
function schemaProblems(cause: unknown): FieldProblem[] {
  const e = cause as { validation?: unknown; validationContext?: unknown } | undefined;
  if (!Array.isArray(e?.validation)) return [];
  const where = typeof e.validationContext === 'string' ? e.validationContext : 'body';
  const location = where === 'querystring' ? 'query' : where;
  return e.validation.map((issue: { instancePath?: unknown; keyword?: unknown }) => {
    const code = typeof issue.keyword === 'string' ? issue.keyword : 'custom';
    const path = typeof issue.instancePath === 'string' && issue.instancePath !== '/' ? issue.instancePath : '';
    return { pointer: `/${location}${path}`, code, detail: RULE_TEXTS[code] ?? RULE_TEXTS.custom! };
  });
}

/**
 * The problem for a catalogued error. A ValidationError's fields are pointers into the request (the
 * API maps its services' field names) with the rule's key; a schema's refusal comes from Fastify.
 */
export function problemFor(request: FastifyRequest, error: AppError): Problem {
  const ruleTexts: Readonly<Record<string, string>> = { ...RULE_TEXTS, ...messages('en').circle.errors };
  const fieldProblems = error.fields
    ? Object.entries(error.fields).map(([pointer, code]) => ({
        pointer: pointer.startsWith('/') ? pointer : `/body/${pointer}`,
        code,
        detail: ruleTexts[code] ?? RULE_TEXTS.custom!,
      }))
    : schemaProblems(error.cause);
  return {
    type: `urn:kring:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[error.code],
    status: error.status,
    detail: DETAILS[error.code] ?? TITLES[error.code],
    instance: `urn:uuid:${request.id}`,
    code: error.code,
    ...(error.code === 'REQUEST_VALIDATION' && { errors: fieldProblems }),
  };
}
