// SPDX-License-Identifier: EUPL-1.2
/**
 * The outside security probe (issue 11), findings 1 and 9, each with the request that showed it: the
 * return path after sign-in is a path of Kring only, and whatever the framework refuses still gets the
 * error page and the security headers. Every test here failed on the code before its fix.
 */
import net from 'node:net';
import type { FastifyPluginAsync } from 'fastify';
import { describe, expect, it } from 'vitest';
import { Agent, FIXTURE_PASSWORD, fixtureEmail } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';
import { clock, en, expectSecurityHeaders, HOME, nl, t, useProbeApp } from './security-probe.ts';

/** A route that redirects to whatever it is given: a stand-in for any future redirect with a bad value. */
const badRedirect: FastifyPluginAsync = async (app) => {
  app.get('/test/redirect-newline', { config: { policy: 'public' } }, (_request, reply) =>
    reply.redirect('/zorgen\n/evil', 303),
  );
};

useProbeApp([badRedirect]);

// ---- Finding 1: the open redirect after sign-in ----

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
].map((c) => String.fromCharCode(c));
const pct = (ch: string) =>
  [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** `terug` values as they appear in a URL's query: each must end on the start page. */
const HOSTILE_QUERIES = [
  '/%09/evil.example', // the probe's finding: the tab is dropped by browsers
  '//evil.example',
  '/%5Cevil.example',
  '/%5C/evil.example',
  '%2F%2Fevil.example',
  '/%2F/evil.example',
  '/%252F/evil.example',
  '/%255C/evil.example',
  'https://evil.example',
  '/%0A/evil.example',
  '/%0D/evil.example',
  '/%E2%82%AC',
  '/evil%E3%80%82example',
  ...CONTROLS.flatMap((ch) => [
    `/${pct(ch)}/evil.example`,
    `/${pct(ch).replaceAll('%', '%25')}/evil.example`,
    `/zorgen${pct(ch)}`,
  ]),
];

describe('finding 1: the return path after sign-in is a path of Kring only', () => {
  it('a signed-in visit to /inloggen with a hostile `terug` lands on the start page', async () => {
    const agent = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const wrong: string[] = [];
    for (const value of HOSTILE_QUERIES) {
      const res = await agent.get(`/inloggen?terug=${value}`);
      if (res.statusCode !== 303 || res.headers.location !== HOME)
        wrong.push(`${value} → ${res.statusCode} ${res.headers.location}`);
    }
    expect(wrong).toEqual([]);
    // A local path still works.
    expect((await agent.get('/inloggen?terug=%2Fzorgen')).headers.location).toBe('/zorgen');
  });

  it('the whole sign-in with a hostile `terug` (as the form carries it) ends on the start page', async () => {
    for (const terug of ['/\t/evil.example', '/\\evil.example', '//evil.example', '/%2F/evil.example', '/\n/x']) {
      const agent = new Agent(t.app);
      const email = fixtureEmail('A', 'volunteer');
      const first = await agent.post('/inloggen', { email, password: FIXTURE_PASSWORD, terug });
      expect(first.statusCode, terug).toBe(303);
      const next = new URL(String(first.headers.location), 'http://kring.test');
      expect(next.searchParams.get('terug'), terug).toBe(HOME);
      const second = await agent.post('/inloggen/code', { code: await agent.code(email), terug });
      expect(second.headers.location, terug).toBe(HOME);
      clock.advance(31_000); // the next sign-in needs a fresh code
    }
  });
});

// ---- Finding 9: every response goes through the one error handler, with the headers ----

describe('finding 9: framework errors get the error page and the security headers', () => {
  it('`terug` with a newline, a carriage return, € or 。 answers a redirect home, not a 500', async () => {
    const agent = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    for (const value of ['%0A', '%0D', '/%0Azorgen', '/%E2%82%AC', '/%E3%80%82']) {
      const res = await agent.get(`/inloggen?terug=${value}`);
      expect(res.statusCode, value).toBe(303);
      expect(res.headers.location, value).toBe(HOME);
      expectSecurityHeaders(res, value);
    }
  });

  it('a redirect to an invalid header value answers the 500 page with the headers, not JSON', async () => {
    const res = await t.app.inject('/test/redirect-newline');
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers.location).toBeUndefined();
    expect(res.body).toContain(nl.errors.serverErrorTitle);
    expectSecurityHeaders(res, 'invalid header');
  });

  const longId = 'a'.repeat(101);
  it.each([
    ['a path segment over the router limit (was 414 echoing the path)', 'GET', `/zorgen/${longId}`, 404, undefined],
    ['a path segment over the router limit, English', 'GET', `/en/zorgen/${longId}`, 404, undefined],
    ['a path that does not decode (FST_ERR_BAD_URL)', 'GET', '/zorgen/%E0%A4%A', 400, undefined],
    ['an unknown route', 'GET', '/bestaat-niet', 404, undefined],
    ['an unknown method', 'PROPFIND', '/zorgen-over-iemand', 404, undefined],
    ['an unsupported content type (415)', 'POST', '/wachtwoord-vergeten', 415, { type: 'text/xml', body: '<x/>' }],
    [
      'a body over the limit (413)',
      'POST',
      '/wachtwoord-vergeten',
      413,
      { type: 'application/x-www-form-urlencoded', body: `email=${'x'.repeat(1_100_000)}` },
    ],
    ['an empty JSON body', 'POST', '/wachtwoord-vergeten', 400, { type: 'application/json', body: '' }],
    ['invalid JSON', 'POST', '/wachtwoord-vergeten', 400, { type: 'application/json', body: '{"email":' }],
    [
      'a field over its schema limit',
      'POST',
      '/wachtwoord-vergeten',
      400,
      { type: 'application/x-www-form-urlencoded', body: `email=${'x'.repeat(400)}` },
    ],
  ] as const)('%s', async (_name, method, url, status, payload) => {
    const res = await t.app.inject({
      method,
      url,
      ...(payload && { payload: payload.body, headers: { 'content-type': payload.type } }),
    });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(res, url);
    expect(res.body).toContain(url.startsWith('/en/') ? en.errors.urgentHelp : nl.errors.urgentHelp);
    // The path appears at most in the (escaped) link to the same page in the other language.
    expect(res.body.replace(/href="[^"]*"/g, '')).not.toContain(longId);
    expect(res.body).not.toContain('FST_ERR');
  });

  it('a request Node refuses before routing (broken request line, headers too large) still gets the headers', async () => {
    const listening = await createTestApp();
    try {
      await listening.app.listen({ port: 0, host: '127.0.0.1' });
      const port = (listening.app.server.address() as net.AddressInfo).port;
      const raw = (request: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
          let data = '';
          socket.on('data', (chunk) => {
            data += String(chunk);
          });
          socket.on('end', () => resolve(data));
          socket.on('close', () => resolve(data));
          socket.on('error', reject);
        });
      const broken = await raw('GARBAGE / NOT-HTTP\r\n\r\n');
      expect(broken).toMatch(/^HTTP\/1\.1 400 /);
      expect(broken.toLowerCase()).toContain("content-security-policy: default-src 'none'");
      expect(broken.toLowerCase()).toContain('x-content-type-options: nosniff');
      expect(broken).not.toContain('GARBAGE');
      const overflow = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(overflow).toMatch(/^HTTP\/1\.1 431 /);
      expect(overflow.toLowerCase()).toContain('content-security-policy:');
    } finally {
      await listening.close();
    }
  });
});
