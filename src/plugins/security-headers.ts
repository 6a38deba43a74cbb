// SPDX-License-Identifier: EUPL-1.2
/**
 * Security headers on every response (pages, errors, 404s, assets, JSON): a strict CSP with a fresh
 * nonce per response, HSTS, nosniff, no referrer, no framing, cross-origin isolation and
 * `Cache-Control: no-store` unless a route opts into caching (hashed assets).
 *
 * Kring sets these itself rather than through @fastify/helmet: the fixed headers are built once at
 * start and set in one call, which measured ~2x cheaper per request than helmet's middleware chain
 * (docs/decisions/0008-own-security-headers.md). A test checks every header on every route.
 */
import { randomFillSync } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';

declare module 'fastify' {
  interface FastifyReply {
    /** The CSP nonce of this response; script tags must carry it. */
    cspNonce: string;
  }
}

/**
 * The Content-Security-Policy for one response.
 * @param nonce base64 nonce of this response
 * @param secure add upgrade-insecure-requests (served over https)
 */
export function contentSecurityPolicy(nonce: string, secure: boolean): string {
  return (
    "default-src 'self'; " +
    `script-src 'nonce-${nonce}' 'strict-dynamic'; ` +
    "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'" +
    (secure ? '; upgrade-insecure-requests' : '')
  );
}

/**
 * The headers that are the same on every response. Legacy headers that a modern browser ignores or
 * that the CSP supersedes (X-Frame-Options → frame-ancestors, X-DNS-Prefetch-Control,
 * X-Permitted-Cross-Domain-Policies) are left out: every header costs bytes on every response.
 */
export function staticSecurityHeaders(): Record<string, string> {
  return {
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cache-control': 'no-store',
  };
}

const NONCE_BYTES = 16;
const POOL_NONCES = 256;

/**
 * Nonces of 128 bits from the CSPRNG, taken from a pool refilled every 256 nonces: one
 * `randomFillSync` call per 256 responses instead of one per response (measured ~6% of a public
 * page's CPU time when called per response). Every nonce is fresh random bytes; none is reused.
 */
export function createNonceSource(): () => string {
  const pool = Buffer.alloc(NONCE_BYTES * POOL_NONCES);
  let next = POOL_NONCES;
  return () => {
    if (next === POOL_NONCES) {
      randomFillSync(pool);
      next = 0;
    }
    const start = next * NONCE_BYTES;
    next += 1;
    return pool.toString('base64', start, start + NONCE_BYTES);
  };
}

/** Sets the security headers and a fresh nonce on one reply. */
export type SecurityHeaderSetter = (reply: FastifyReply) => void;

/**
 * Adds the headers to every response of `app` (call on the root instance, before routes).
 * @param app the root Fastify instance
 * @param options secure: served over https
 * @returns the setter, for responses that never pass the request hooks (Fastify's framework errors)
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { secure: boolean }): SecurityHeaderSetter {
  const fixed = staticSecurityHeaders();
  const nonce = createNonceSource();
  const apply: SecurityHeaderSetter = (reply) => {
    const value = nonce();
    reply.cspNonce = value;
    reply.headers(fixed);
    reply.header('content-security-policy', contentSecurityPolicy(value, options.secure));
  };
  app.decorateReply('cspNonce', '');
  app.addHook('onRequest', (_request, reply, done) => {
    apply(reply);
    done();
  });
  return apply;
}

/**
 * The raw answer to a request Node's HTTP parser refused (a broken request line, headers too large,
 * a timeout): there is no request to route, so Fastify's error handler never sees it. It still gets
 * the security headers, a short text without anything from the request, and the connection closes.
 * @param status 400, 408 or 431
 * @param text what the body says
 */
export function rawErrorResponse(status: 400 | 408 | 431, text: string): string {
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[status];
  const headers: Record<string, string> = {
    ...staticSecurityHeaders(),
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join('\r\n')}\r\n\r\n${text}`;
}
