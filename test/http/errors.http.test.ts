// SPDX-License-Identifier: EUPL-1.2
/** One error handler over the catalogue: pages and JSON, both languages, no internals shown. */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '#src/core/errors.ts';
import { createTestApp } from '#test/setup.ts';

const SECRET = 'SELECT secret_column FROM /srv/kring/node_modules/x.ts';

const faulty: FastifyPluginAsync = async (app) => {
  app.get('/test/boom', { config: { policy: 'public' } }, async () => {
    throw new Error(SECRET);
  });
  app.get('/en/test/boom', { config: { policy: 'public' } }, async () => {
    throw new Error(SECRET);
  });
  app.get('/api/test/boom', { config: { policy: 'public' } }, async () => {
    throw new Error(SECRET);
  });
  app.post(
    '/api/test/echo',
    { config: { policy: 'public' }, schema: { body: z.object({ name: z.string().min(2) }).strict() } },
    async (request) => request.body,
  );
  app.get('/api/test/invalid', { config: { policy: 'public' } }, async () => {
    throw new ValidationError({ name: 'errors.required' });
  });
};

let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await createTestApp({ plugins: [faulty] }));
});
afterAll(async () => close());

describe('not found', () => {
  it.each([
    ['/bestaat-niet', 'nl', 'Pagina niet gevonden'],
    ['/en/does-not-exist', 'en', 'Page not found'],
  ])('%s answers a 404 page in %s', async (url, lang, title) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain(`<html lang="${lang}"`);
    expect(res.body).toContain(title);
    expect(res.body).toContain('112');
    expect(res.headers['content-security-policy']).toContain("'nonce-");
  });

  it('answers JSON under /api', async () => {
    const res = await app.inject('/api/nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'HTTP_NOT_FOUND' } });
  });
});

describe('internal errors', () => {
  it.each([
    ['/test/boom', 'Er ging iets mis'],
    ['/en/test/boom', 'Something went wrong'],
  ])('%s shows a generic page with a correlation id and no internals', async (url, title) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain(title);
    const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(res.body)?.[0];
    expect(id).toBeTruthy();
    expect(res.body).not.toContain('secret_column');
    expect(res.body).not.toMatch(/node_modules|\.ts:\d+|at [A-Za-z]+ \(/);
  });

  it('answers JSON with code and correlation id, never the message', async () => {
    const res = await app.inject('/api/test/boom');
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('SERVER_INTERNAL');
    expect(body.error.message).toBe('Internal error');
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toContain('secret_column');
  });
});

describe('bad requests', () => {
  it('schema validation answers REQUEST_VALIDATION', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('REQUEST_VALIDATION');
  });

  it('unknown keys are refused (strict schemas, no mass assignment)', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'xy', role: 'admin' } });
    expect(res.statusCode).toBe(400);
  });

  it('a domain validation error carries its fields', async () => {
    const res = await app.inject('/api/test/invalid');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ name: 'errors.required' });
  });

  it('a body over the limit answers 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('HTTP_PAYLOAD_TOO_LARGE');
  });

  it('an unsupported content type answers 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: 'x',
      headers: { 'content-type': 'text/xml' },
    });
    expect(res.statusCode).toBe(415);
  });

  it('malformed JSON answers 400, not 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
  });
});
