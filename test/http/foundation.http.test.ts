// SPDX-License-Identifier: EUPL-1.2
/** The foundation through app.inject(): pages, headers, errors, health. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PRODUCTION_ENV } from '#test/setup.ts';

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await createTestApp());
});
afterAll(async () => close());

describe('the home page', () => {
  it('answers in Dutch at / and in English at /en', async () => {
    const nl = await app.inject('/');
    expect(nl.statusCode).toBe(200);
    expect(nl.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(nl.body).toContain('<html lang="nl"');
    expect(nl.body).toContain('Kijk niet weg');
    const en = await app.inject('/en');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain("Don't look away".replace("'", '&#39;'));
  });

  it('gives every response its own nonce, used by the script tag', async () => {
    const a = await app.inject('/');
    const b = await app.inject('/');
    const nonceOf = (csp: unknown) => /'nonce-([^']+)'/.exec(String(csp))?.[1];
    const na = nonceOf(a.headers['content-security-policy']);
    expect(na).toBeTruthy();
    expect(na).not.toBe(nonceOf(b.headers['content-security-policy']));
    expect(a.body).toContain(`nonce="${na}"`);
  });
});

describe('health', () => {
  it('/healthz and /readyz answer', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('/readyz answers 503 while shutting down', async () => {
    app.kring.lifecycle.shuttingDown = true;
    try {
      const res = await app.inject('/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      app.kring.lifecycle.shuttingDown = false;
    }
  });

  it('/metrics does not exist unless enabled', async () => {
    expect((await app.inject('/metrics')).statusCode).toBe(404);
  });
});

describe('route policies (deny by default)', () => {
  it('the app refuses to boot when a route declares no policy', async () => {
    const { MissingRoutePolicyError } = await import('#src/core/route-policy.ts');
    const { createTestDatabase, testConfig } = await import('#test/setup.ts');
    const { buildApp } = await import('#src/app.ts');
    const database = await createTestDatabase();
    try {
      await expect(
        buildApp({
          config: testConfig(),
          database,
          logger: false,
          plugins: [
            async (a) => {
              a.get('/unguarded', async () => 'oops');
            },
          ],
        }),
      ).rejects.toThrow(MissingRoutePolicyError);
    } finally {
      await database.close();
    }
  });

  it('every registered route has a policy', () => {
    expect(app.kring.routes.length).toBeGreaterThan(0);
    expect(app.kring.routes.filter((r) => !r.policy)).toEqual([]);
  });

  it('development-only routes do not exist in production', async () => {
    const prod = await createTestApp({ env: { ...PRODUCTION_ENV } });
    try {
      expect((await prod.app.inject('/componenten')).statusCode).toBe(404);
      expect(prod.app.kring.routes.some((r) => r.policy === 'development')).toBe(false);
    } finally {
      await prod.close();
    }
    expect((await app.inject('/componenten')).statusCode).toBe(200);
  });
});

describe('metrics', () => {
  it('when enabled with a token, /metrics needs it and counts requests by route pattern', async () => {
    const token = 't'.repeat(40);
    const m = await createTestApp({ env: { KRING_METRICS: 'true', KRING_METRICS_TOKEN: token } });
    try {
      await m.app.inject('/');
      expect((await m.app.inject('/metrics')).statusCode).toBe(401);
      expect(
        (await m.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${'x'.repeat(40)}` } })).statusCode,
      ).toBe(401);
      const res = await m.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('kring_http_requests_total{method="GET",route="/",status="200"} 1');
      expect(res.body).toContain('kring_process_cpu_user_seconds_total');
    } finally {
      await m.close();
    }
  });
});
