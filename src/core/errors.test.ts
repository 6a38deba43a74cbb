// SPDX-License-Identifier: EUPL-1.2
/** docs/errors.md and ERROR_CODES list the same codes with the same status (Fastify's Errors.md test). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, ConflictError, ERROR_CODES, NotFoundError, toAppError, ValidationError } from './errors.ts';

const doc = fs.readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = new Map([...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1]!, Number(m[2])]));

describe('the error catalogue', () => {
  it('every code in the code is documented with its status', () => {
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(documented.get(code), `${code} missing from docs/errors.md`).toBe(status);
    }
  });

  it('every documented code exists in the code', () => {
    for (const code of documented.keys()) expect(Object.keys(ERROR_CODES)).toContain(code);
  });

  it('codes are PREFIX_UPPER_SNAKE', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(code).toMatch(/^[A-Z]+_[A-Z_]+$/);
  });

  it('only internal errors hide their message', () => {
    expect(
      Object.entries(ERROR_CODES)
        .filter(([, v]) => !v.expose)
        .map(([k]) => k),
    ).toEqual(['SERVER_INTERNAL']);
  });
});

describe('toAppError', () => {
  it.each([
    [{ statusCode: 404 }, 'HTTP_NOT_FOUND'],
    [{ statusCode: 405 }, 'HTTP_METHOD_NOT_ALLOWED'],
    [{ statusCode: 413 }, 'HTTP_PAYLOAD_TOO_LARGE'],
    [{ statusCode: 415 }, 'HTTP_UNSUPPORTED_MEDIA_TYPE'],
    [{ statusCode: 429 }, 'HTTP_RATE_LIMITED'],
    [{ statusCode: 400 }, 'REQUEST_VALIDATION'],
    [{ validation: [] }, 'REQUEST_VALIDATION'],
    [{ statusCode: 503 }, 'SERVICE_UNAVAILABLE'],
    [{ statusCode: 414, code: 'FST_ERR_MAX_PARAM_LENGTH' }, 'HTTP_NOT_FOUND'],
    [{ statusCode: 400, code: 'FST_ERR_BAD_URL' }, 'REQUEST_VALIDATION'],
    [{ code: '22P05', message: 'unsupported Unicode escape sequence' }, 'REQUEST_VALIDATION'],
    [{ code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' }, 'REQUEST_VALIDATION'],
    [new Error('x'), 'SERVER_INTERNAL'],
    ['a string', 'SERVER_INTERNAL'],
    [undefined, 'SERVER_INTERNAL'],
  ])('maps %o to %s', (thrown, code) => {
    expect(toAppError(thrown).code).toBe(code);
  });

  it('keeps catalogued errors as they are', () => {
    const e = new ValidationError({ name: 'required' });
    expect(toAppError(e)).toBe(e);
    expect(new NotFoundError()).toBeInstanceOf(AppError);
    expect(new NotFoundError().name).toBe('NotFoundError');
  });
});

describe('ConflictError', () => {
  it("is the concern's step by default, and says when it is a report's", () => {
    expect(new ConflictError().code).toBe('CONCERN_STEP_NOT_ALLOWED');
    const report = new ConflictError('Report step not allowed now', 'REPORT_STEP_NOT_ALLOWED');
    expect(report).toMatchObject({ code: 'REPORT_STEP_NOT_ALLOWED', status: 409, expose: true });
    expect(toAppError(report)).toBe(report);
  });
});
