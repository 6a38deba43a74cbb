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
];
