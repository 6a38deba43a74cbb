// SPDX-License-Identifier: EUPL-1.2
/**
 * One server for bench/headers-cost.ts: a Fastify app (no logger) with one route, GET /page, that sends
 * the same fixed ~5 KB HTML string in every variant. Only the way security headers are added differs:
 *
 * - `bare`: none;
 * - `helmet-nonce`: @fastify/helmet 13 with CSP nonces, configured to send Kring's header set with
 *   Kring's values (helmetLikeKring; headers helmet has no option for, such as permissions-policy and
 *   cache-control, are set in the handler);
 * - `helmet`: the same without CSP nonces (a fixed CSP), to show where helmet's cost comes from;
 * - `kring`: Kring's own hook, `registerSecurityHeaders` from src/plugins/security-headers.ts.
 *
 * Usage: node --import tsx bench/headers-server.ts <variant> <port>
 */
import Fastify, { type FastifyPluginAsync, type FastifyReply } from 'fastify';
import {
  contentSecurityPolicy,
  registerSecurityHeaders,
  staticSecurityHeaders,
} from '../src/plugins/security-headers.ts';

/** The server variants headers-cost.ts compares. */
export const HEADER_VARIANTS = ['bare', 'helmet-nonce', 'helmet', 'kring'] as const;

/** One of HEADER_VARIANTS. */
export type HeaderVariant = (typeof HEADER_VARIANTS)[number];

/** A fixed page of about the size of Kring's public pages. */
export const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kring</title></head><body><main>${'<p class="utrecht-paragraph">Kijk niet weg. Heb je een vermoeden van huiselijk geweld of kindermishandeling? Bel Veilig Thuis: 0800-2000.</p>'.repeat(40)}</main></body></html>`;

/**
 * Helmet options that produce Kring's header set, read from src/plugins/security-headers.ts so the
 * comparison follows Kring when its headers change: every header Kring sends that helmet has an
 * option for is set by helmet (with Kring's value), every helmet header Kring does not send is
 * switched off, and what is left (headers helmet has no option for) is returned as `extra`, to be
 * set by the route handler.
 */
export function helmetLikeKring(): { options: Record<string, unknown>; extra: Record<string, string> } {
  const rest: Record<string, string> = { ...staticSecurityHeaders() };
  const take = (name: string): string | undefined => {
    const value = rest[name];
    delete rest[name];
    return value;
  };
  const placeholder = 'bench-nonce';
  const directives: Record<string, string[]> = {};
  for (const part of contentSecurityPolicy(placeholder, false).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    // helmet adds its own nonces (to script-src and style-src) when enableCSPNonces is on.
    if (name) directives[name] = values.filter((v) => v !== `'nonce-${placeholder}'`);
  }
  const hsts = take('strict-transport-security');
  const referrer = take('referrer-policy');
  const coep = take('cross-origin-embedder-policy');
  const coop = take('cross-origin-opener-policy');
  const corp = take('cross-origin-resource-policy');
  const dnsPrefetch = take('x-dns-prefetch-control');
  const frame = take('x-frame-options');
  const crossDomain = take('x-permitted-cross-domain-policies');
  const options: Record<string, unknown> = {
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginEmbedderPolicy: coep ? { policy: coep } : false,
    crossOriginOpenerPolicy: coop ? { policy: coop } : false,
    crossOriginResourcePolicy: corp ? { policy: corp } : false,
    originAgentCluster: take('origin-agent-cluster') !== undefined,
    referrerPolicy: referrer ? { policy: referrer.split(',').map((t) => t.trim()) } : false,
    strictTransportSecurity: hsts
      ? {
          maxAge: Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0),
          includeSubDomains: /includesubdomains/i.test(hsts),
          preload: /preload/i.test(hsts),
        }
      : false,
    xContentTypeOptions: take('x-content-type-options') !== undefined,
    xDnsPrefetchControl: dnsPrefetch ? { allow: dnsPrefetch === 'on' } : false,
    xDownloadOptions: take('x-download-options') !== undefined,
    xFrameOptions: frame ? { action: frame.toLowerCase() } : false,
    xPermittedCrossDomainPolicies: crossDomain ? { permittedPolicies: crossDomain } : false,
    // Fastify sends no X-Powered-By, and Kring removes nothing: leave helmet's removal off.
    xPoweredBy: false,
    xXssProtection: take('x-xss-protection') !== undefined,
  };
  return { options, extra: rest };
}

const [variantArg, portArg] = process.argv.slice(2);
if (!HEADER_VARIANTS.includes(variantArg as HeaderVariant) || !portArg) {
  process.stderr.write(`usage: headers-server.ts <${HEADER_VARIANTS.join('|')}> <port>\n`);
  process.exit(64);
}
const variant = variantArg as HeaderVariant;

const app = Fastify({ logger: false });

// Loaded through a computed specifier so its types stay out of the project: @fastify/helmet declares
// `FastifyReply.cspNonce` as an object, Kring (src/plugins/security-headers.ts) as a string.
const helmetModule = '@fastify/helmet';
const helmet = ((await import(helmetModule)) as { default: FastifyPluginAsync<Record<string, unknown>> }).default;
const { options: helmetOptions, extra } = helmetLikeKring();

if (variant === 'helmet-nonce') await app.register(helmet, { ...helmetOptions, enableCSPNonces: true });
if (variant === 'helmet') await app.register(helmet, helmetOptions);
if (variant === 'kring') registerSecurityHeaders(app, { secure: false });

const withHelmet = variant === 'helmet' || variant === 'helmet-nonce';
app.get('/page', (_request, reply: FastifyReply) => {
  if (withHelmet) reply.headers(extra);
  reply.header('content-type', 'text/html; charset=utf-8').send(PAGE);
});

process.once('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
await app.listen({ port: Number(portArg), host: '127.0.0.1' });
