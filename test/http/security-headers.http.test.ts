// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/security.md T9: the security headers are on every response, generated from the route list so a new
 * route cannot escape: every registered GET route, the 404 page, an error page and the assets.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '#test/setup.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await createTestApp());
});
afterAll(async () => close());

/** A concrete URL for a route pattern. */
function sampleUrl(pattern: string): string {
  if (pattern === '/assets/:file') return app.kring.web.assets.css;
  return pattern.replace(/:[A-Za-z]+/g, 'voorbeeld');
}

function expectSecurityHeaders(res: LightMyRequestResponse, cacheable: boolean): void {
  const h = res.headers;
  const csp = String(h['content-security-policy']);
  expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-');
  expect(h['strict-transport-security']).toMatch(/max-age=(\d+); includeSubDomains/);
  expect(Number(/max-age=(\d+)/.exec(String(h['strict-transport-security']))?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['cross-origin-resource-policy']).toBe('same-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['x-powered-by']).toBeUndefined();
  if (res.statusCode < 300 || res.statusCode >= 400) {
    expect(String(h['content-type'])).toMatch(/charset=utf-8|^image\//);
  }
  if (cacheable) expect(h['cache-control']).toBe('public, max-age=31536000, immutable');
  else expect(h['cache-control']).toBe('no-store');
}

describe('security headers', () => {
  it('are on every registered GET route', async () => {
    const gets = app.kring.routes.filter((r) => r.method === 'GET' && !r.url.includes('*'));
    expect(gets.length).toBeGreaterThan(5);
    for (const route of gets) {
      const url = sampleUrl(route.url);
      const res = await app.inject(url);
      expect(res.statusCode, url).toBeLessThan(500);
      expectSecurityHeaders(res, route.url === '/assets/:file');
    }
  });

  it('are on the 404 page, on a 404 for an unknown asset and on HEAD', async () => {
    expectSecurityHeaders(await app.inject('/bestaat-niet'), false);
    expectSecurityHeaders(await app.inject('/assets/kring.000000000000.css'), false);
    expectSecurityHeaders(await app.inject({ method: 'HEAD', url: '/' }), false);
  });

  it('are on a refused method', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/' });
    expect(res.statusCode).toBe(404);
    expectSecurityHeaders(res, false);
  });

  it('TRACE is not served', async () => {
    const res = await app.inject({ method: 'TRACE', url: '/' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('TRACE / HTTP');
  });

  it('asks for upgrade-insecure-requests only when served over https', async () => {
    expect(String((await app.inject('/')).headers['content-security-policy'])).not.toContain(
      'upgrade-insecure-requests',
    );
  });
});

describe('assets', () => {
  it('are served compressed when accepted, and with their type', async () => {
    const css = app.kring.web.assets.css;
    const br = await app.inject({ url: css, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/css; charset=utf-8');
    const plain = await app.inject({ url: css, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('.utrecht-button');
    expect(plain.body).toContain('.kring-theme');
  });

  it('the script is an ES module without inline eval', async () => {
    const js = await app.inject({ url: app.kring.web.assets.js, headers: { 'accept-encoding': 'identity' } });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).not.toMatch(/\beval\(|new Function\(/);
  });
});
