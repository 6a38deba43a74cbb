// SPDX-License-Identifier: EUPL-1.2
/** The foundation through app.inject(): pages, headers, errors, health. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '#test/setup.ts';

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
