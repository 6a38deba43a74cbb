// SPDX-License-Identifier: EUPL-1.2
/**
 * One server for bench/headers-cost.ts: a Fastify app (no logger) with one route, GET /page, that sends
 * the same fixed ~5 KB HTML string in every variant. Only the way security headers are added differs:
 *
 * - `bare`: none;
 * - `helmet-nonce`: @fastify/helmet 13 with CSP nonces, configured to Kring's policy as closely as
 *   helmet allows (permissions-policy and cache-control, which helmet does not set, are set in the
 *   handler so the header sets match);
 * - `helmet`: the same without CSP nonces (a fixed CSP), to show where helmet's cost comes from;
 * - `kring`: Kring's own hook, `registerSecurityHeaders` from src/plugins/security-headers.ts.
 *
 * Usage: node --import tsx bench/headers-server.ts <variant> <port>
 */
import helmet from '@fastify/helmet';
import Fastify, { type FastifyReply } from 'fastify';
import { registerSecurityHeaders } from '../src/plugins/security-headers.ts';

/** The server variants headers-cost.ts compares. */
export const HEADER_VARIANTS = ['bare', 'helmet-nonce', 'helmet', 'kring'] as const;

/** One of HEADER_VARIANTS. */
export type HeaderVariant = (typeof HEADER_VARIANTS)[number];

/** A fixed page of about the size of Kring's public pages. */
export const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kring</title></head><body><main>${'<p class="utrecht-paragraph">Kijk niet weg. Heb je een vermoeden van huiselijk geweld of kindermishandeling? Bel Veilig Thuis: 0800-2000.</p>'.repeat(40)}</main></body></html>`;

const [variantArg, portArg] = process.argv.slice(2);
if (!HEADER_VARIANTS.includes(variantArg as HeaderVariant) || !portArg) {
  process.stderr.write(`usage: headers-server.ts <${HEADER_VARIANTS.join('|')}> <port>\n`);
  process.exit(64);
}
const variant = variantArg as HeaderVariant;

const app = Fastify({ logger: false });

const helmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'strict-dynamic'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
  },
  strictTransportSecurity: { maxAge: 63072000, includeSubDomains: true },
  referrerPolicy: { policy: 'no-referrer' as const },
  xFrameOptions: { action: 'deny' as const },
  crossOriginOpenerPolicy: { policy: 'same-origin' as const },
  crossOriginResourcePolicy: { policy: 'same-origin' as const },
};

if (variant === 'helmet-nonce') await app.register(helmet, { ...helmetOptions, enableCSPNonces: true });
if (variant === 'helmet') await app.register(helmet, helmetOptions);
if (variant === 'kring') registerSecurityHeaders(app, { secure: false });

const withHelmet = variant === 'helmet' || variant === 'helmet-nonce';
app.get('/page', (_request, reply: FastifyReply) => {
  if (withHelmet) {
    reply.header(
      'permissions-policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    );
    reply.header('cache-control', 'no-store');
  }
  reply.header('content-type', 'text/html; charset=utf-8').send(PAGE);
});

process.once('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
await app.listen({ port: Number(portArg), host: '127.0.0.1' });
