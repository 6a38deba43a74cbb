// SPDX-License-Identifier: EUPL-1.2
/**
 * Log redaction: what never reaches a log line (BIO2 8.15.02: no passwords, tokens or secrets; and
 * no personal content). Paths are pino redact paths, applied to every log call; each sensitive key is
 * redacted at the top level of a log object and one level down.
 */
const SENSITIVE_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'totp',
  'secret',
  'bsn',
  'receiptCode',
  'body',
  'cookie',
  'authorization',
];

export const logRedactPaths: string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-forwarded-for"]',
  'req.headers["user-agent"]',
  'req.remoteAddress',
  'res.headers["set-cookie"]',
  ...SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`]),
  // What database drivers attach to an error, also where an error is logged under another key.
  ...['params', 'parameters', 'query', 'detail', 'where', 'internalQuery', 'queryOptions'].map((key) => `*.${key}`),
];

/** Fields of an error that describe it without holding data: SQLSTATE, where in the schema, status. */
const SAFE_ERROR_FIELDS = ['code', 'severity', 'routine', 'constraint', 'table', 'column', 'dataType', 'statusCode'];

/** A PostgreSQL error (SQLSTATE: five digits or capitals), from pg or PGlite. */
function isDatabaseError(err: { code?: unknown }): boolean {
  return typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code);
}

/**
 * An error's message without the data it may quote. PostgreSQL quotes the values it refused
 * (`invalid input syntax for type uuid: "…"`, `value "…" is out of range`): for database errors every
 * quoted part goes (the identifiers it quotes are kept in `constraint`, `table` and `column`).
 * @param err anything thrown
 */
export function safeErrorMessage(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { message?: unknown; code?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(err);
  const safe = isDatabaseError(e) ? message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'") : message;
  return safe.length > 500 ? `${safe.slice(0, 500)}…` : safe;
}

/** An error as it is logged. */
export interface SerializedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

/**
 * The pino serializer of errors (`err`, `error`): an allow-list, so nothing a driver attaches reaches
 * the log. pg attaches `detail` ("Failing row contains (…)", "Key (email)=(…)"), `where`, `hint` and
 * `internalQuery`; PGlite attaches `query`, `params` and `queryOptions`. None of them is kept (issue
 * 11, finding 3). The stack keeps its frames under the safe message; causes are serialized the same way.
 * @param err anything thrown
 */
export function serializeError(err: unknown, depth = 0): SerializedError {
  if (typeof err !== 'object' || err === null) return { type: typeof err, message: safeErrorMessage(err), stack: '' };
  const e = err as Record<string, unknown> & { name?: unknown; stack?: unknown; cause?: unknown };
  const type = typeof e.name === 'string' ? e.name : 'Error';
  const message = safeErrorMessage(err);
  const out: SerializedError = { type, message, stack: '' };
  for (const key of SAFE_ERROR_FIELDS) {
    const value = e[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  if (typeof e.stack === 'string') {
    const frames = e.stack.split('\n').filter((line) => /^\s+at /.test(line));
    out.stack = [`${type}: ${message}`, ...frames].join('\n');
  }
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}
