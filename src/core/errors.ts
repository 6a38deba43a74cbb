// SPDX-License-Identifier: EUPL-1.2
/**
 * The error catalogue. Every error Kring shows a person or a client has a stable code here, and
 * docs/errors.md lists the same codes (a test keeps the two in step).
 *
 * Rules: codes are PREFIX_UPPER_SNAKE; `expose` says whether the message may reach the user (never
 * for internal errors: they get a generic page with a correlation id); classes set `name` explicitly
 * because minifiers mangle class names.
 */

/** Every error code Kring can answer with. */
export const ERROR_CODES = {
  HTTP_NOT_FOUND: { status: 404, expose: true },
  HTTP_METHOD_NOT_ALLOWED: { status: 405, expose: true },
  HTTP_PAYLOAD_TOO_LARGE: { status: 413, expose: true },
  HTTP_UNSUPPORTED_MEDIA_TYPE: { status: 415, expose: true },
  HTTP_RATE_LIMITED: { status: 429, expose: true },
  REQUEST_VALIDATION: { status: 400, expose: true },
  AUTH_UNAUTHENTICATED: { status: 401, expose: true },
  AUTH_FORBIDDEN: { status: 403, expose: true },
  AUTH_CSRF_FAILED: { status: 403, expose: true },
  AUTH_STEP_UP_REQUIRED: { status: 401, expose: true },
  CONCERN_STEP_NOT_ALLOWED: { status: 409, expose: true },
  CONCERN_STEP_NOT_FOR_ROLE: { status: 403, expose: true },
  CIRCLE_TEAM_NOT_YOURS: { status: 403, expose: true },
  REPORT_STEP_NOT_ALLOWED: { status: 409, expose: true },
  REPORT_NO_VEILIG_THUIS: { status: 503, expose: true },
  SERVICE_UNAVAILABLE: { status: 503, expose: true },
  SERVER_INTERNAL: { status: 500, expose: false },
} as const satisfies Record<string, { status: number; expose: boolean }>;

/** One of the catalogued codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Field name → message key, for validation errors shown next to form fields. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Base class of every error Kring raises on purpose. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  readonly expose: boolean;
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly fields?: FieldErrors,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.status = ERROR_CODES[code].status;
    this.expose = ERROR_CODES[code].expose;
  }
}

/** The object does not exist, or the actor may not know that it exists (cross-organisation). */
export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(message = 'Not found') {
    super('HTTP_NOT_FOUND', message);
  }
}

/** Input failed validation; `fields` maps each field to a translation key. */
export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(fields: FieldErrors, message = 'Validation failed') {
    super('REQUEST_VALIDATION', message, fields);
  }
}

/**
 * A step the workflow does not allow from where the object is now (out of order, or already taken).
 * The code says whose workflow: a concern's meldcode step (the default) or a report's step at Veilig
 * Thuis's intake.
 */
export class ConflictError extends AppError {
  override name = 'ConflictError';
  constructor(
    message = 'Step not allowed now',
    code: 'CONCERN_STEP_NOT_ALLOWED' | 'REPORT_STEP_NOT_ALLOWED' = 'CONCERN_STEP_NOT_ALLOWED',
  ) {
    super(code, message);
  }
}

/**
 * A meldcode step that is never the actor's to take (a volunteer asking for the conversation, a
 * professional reopening): the page says who takes it, instead of a bare "no access".
 */
export class StepNotForRoleError extends AppError {
  override name = 'StepNotForRoleError';
  constructor(
    /** Who takes the step: professionals (and the aandachtsfunctionaris), or only the aandachtsfunctionaris. */
    readonly takenBy: 'professional' | 'lead',
  ) {
    super('CONCERN_STEP_NOT_FOR_ROLE', 'Step not for this role');
  }
}

/** The service cannot answer now (shutting down, database unreachable). */
export class ServiceUnavailableError extends AppError {
  override name = 'ServiceUnavailableError';
  constructor(message = 'Service unavailable', options?: ErrorOptions) {
    super('SERVICE_UNAVAILABLE', message, undefined, options);
  }
}

/**
 * Maps any thrown value to a catalogued error. Fastify's own errors carry a statusCode; anything
 * unknown becomes SERVER_INTERNAL so that nothing internal is ever shown.
 * @param err what was thrown
 * @returns the catalogued error to answer with
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { statusCode?: unknown; code?: unknown; validation?: unknown } | undefined;
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (e?.validation || e?.code === 'FST_ERR_VALIDATION')
    return new AppError('REQUEST_VALIDATION', 'Invalid request', undefined, { cause: err });
  // A path segment longer than any id the router knows: no such page.
  if (e?.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return new AppError('HTTP_NOT_FOUND', 'Not found', undefined, { cause: err });
  // Text the database cannot store (a NUL character, invalid UTF-8) that slipped past the form checks:
  // the request was wrong, not the server.
  if (e?.code === '22P05' || e?.code === '22021')
    return new AppError('REQUEST_VALIDATION', 'Invalid request', undefined, { cause: err });
  switch (status) {
    case 400:
      return new AppError('REQUEST_VALIDATION', 'Invalid request', undefined, { cause: err });
    case 404:
      return new AppError('HTTP_NOT_FOUND', 'Not found', undefined, { cause: err });
    case 405:
      return new AppError('HTTP_METHOD_NOT_ALLOWED', 'Method not allowed', undefined, { cause: err });
    case 413:
      return new AppError('HTTP_PAYLOAD_TOO_LARGE', 'Payload too large', undefined, { cause: err });
    case 415:
      return new AppError('HTTP_UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', undefined, { cause: err });
    case 429:
      return new AppError('HTTP_RATE_LIMITED', 'Too many requests', undefined, { cause: err });
    case 503:
      return new AppError('SERVICE_UNAVAILABLE', 'Service unavailable', undefined, { cause: err });
    default:
      return new AppError('SERVER_INTERNAL', 'Internal error', undefined, { cause: err });
  }
}

/**
 * No Veilig Thuis organisation is set up to receive the municipality's reports (a set-up error): the
 * page says so, with Veilig Thuis's phone number, instead of losing the report silently.
 */
export class NoVeiligThuisError extends AppError {
  override name = 'NoVeiligThuisError';
  constructor(message = 'No Veilig Thuis organisation to receive reports') {
    super('REPORT_NO_VEILIG_THUIS', message);
  }
}
