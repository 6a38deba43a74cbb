// SPDX-License-Identifier: EUPL-1.2
/**
 * The findings of the outside security probe (issue 11), each with the request that showed it. Every
 * test here failed on the code before its fix. (Findings 4, 5, 6 and the uploads have their own files:
 * hostile-text.http.test.ts, audit-refusals.http.test.ts, the audit anchor and attachment tests.)
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyPluginAsync, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '#src/config.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, FIXTURE_PASSWORD, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { databaseText } from '#test/database-text.ts';
import { createTestApp, testConfig } from '#test/setup.ts';

const nl = messages('nl');
const en = messages('en');
const HOME = '/mijn-kring';

/** Whether a response carries the security headers every response must have. */
function expectSecurityHeaders(res: LightMyRequestResponse, what: string): void {
  expect(res.headers['content-security-policy'], what).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['cache-control'], what).toBe('no-store');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
}

let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = new TestClock();

/** A route that redirects to whatever it is given: a stand-in for any future redirect with a bad value. */
const badRedirect: FastifyPluginAsync = async (app) => {
  app.get('/test/redirect-newline', { config: { policy: 'public' } }, (_request, reply) =>
    reply.redirect('/zorgen\n/evil', 303),
  );
};

beforeAll(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 100_000, plugins: [badRedirect] });
  await seedFixtures(t.database.db, t.app.kring.config);
});
afterAll(() => t.close());

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

// ---- Finding 12: no Veilig Thuis set up ----

describe('finding 12: no Veilig Thuis to receive a report is a catalogued 503 with the phone number', () => {
  it('the resident who reports sees 503 with 0800-2000 and 112, in her language, and nothing is stored', async () => {
    // No Veilig Thuis organisation exists in this app's fixtures.
    for (const [prefix, m] of [
      ['', nl],
      ['/en', en],
    ] as const) {
      const agent = new Agent(t.app);
      await agent.get(`${prefix}/zorgen-over-iemand/formulier`);
      const res = await agent.post(`${prefix}/zorgen-over-iemand/formulier`, {
        kind: 'report',
        whatHappened: 'Er wordt elke avond geschreeuwd.',
      });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain(m.errors.noVeiligThuisTitle);
      expect(res.body).toContain('0800-2000');
      expect(res.body).toContain('112');
      expectSecurityHeaders(res, prefix);
    }
    const stored = await t.database.db.selectFrom('vt_report').select('id').execute();
    expect(stored).toEqual([]);
  });
});

// ---- Finding 11: development mode by accident ----

describe('finding 11: development mode stays on this machine', () => {
  it('refuses to start in development on a non-loopback HOST, unless explicitly allowed', () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10', 'kring.example.nl']) {
      expect(() => testConfig({ NODE_ENV: 'development', HOST: host }), host).toThrow(ConfigError);
      expect(testConfig({ NODE_ENV: 'development', HOST: host, KRING_ALLOW_DEVELOPMENT_ON_NETWORK: 'true' }).env).toBe(
        'development',
      );
    }
    for (const host of ['localhost', '127.0.0.1', '::1', '[::1]'])
      expect(testConfig({ NODE_ENV: 'development', HOST: host }).host, host).toBe(host);
    // Production on any interface is fine.
    expect(() =>
      testConfig({
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        KRING_AUDIT_KEY: 'k'.repeat(32),
        KRING_SECRET_KEY: 's'.repeat(32),
        KRING_CIRCLE_KEY: `v1:${Buffer.alloc(32, 'c').toString('base64')}`,
        KRING_SMTP_URL: 'smtp://127.0.0.1:2525',
      }),
    ).not.toThrow();
  });

  it('development pages answer only loopback requests that no proxy forwarded', async () => {
    const dev = await createTestApp({ env: { NODE_ENV: 'development' } });
    try {
      await dev.app.kring.mailer.send({ to: 'x@fixture.kring.nl', subject: 'Reset', text: 'secret-link-CNRY' });
      for (const url of ['/ontwikkeling/post', '/ontwikkeling/demo', '/en/ontwikkeling/post']) {
        const local = await dev.app.inject({ url, remoteAddress: '127.0.0.1' });
        expect(local.statusCode, url).toBe(200);
        for (const remoteAddress of ['203.0.113.9', '10.0.0.5', '::ffff:192.0.2.1']) {
          const remote = await dev.app.inject({ url, remoteAddress });
          expect(remote.statusCode, `${url} from ${remoteAddress}`).toBe(404);
          expect(remote.body).not.toContain('secret-link-CNRY');
        }
        const proxied = await dev.app.inject({
          url,
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': '203.0.113.9' },
        });
        expect(proxied.statusCode, `${url} through a proxy`).toBe(404);
      }
    } finally {
      await dev.close();
    }
  });
});

// ---- Findings 7, 8, 10: second factor, reset links, current password ----

describe('finding 7: wrong second-factor codes are counted per account, across sign-ins and languages', () => {
  it('10 wrong codes over several sign-ins in nl and en lock the second factor for 15 minutes and mail the user', async () => {
    const email = fixtureEmail('B', 'professional');
    const outboxBefore = t.app.kring.mailer.outbox?.length ?? 0;
    // Four sign-ins, alternating languages, each with fewer than the 5 wrong codes one sign-in allows.
    const wrongPerSignIn = [3, 3, 3, 1];
    let last: LightMyRequestResponse | undefined;
    for (const [i, wrong] of wrongPerSignIn.entries()) {
      const prefix = i % 2 === 0 ? '' : '/en';
      const agent = new Agent(t.app);
      const first = await agent.post(`${prefix}/inloggen`, { email, password: FIXTURE_PASSWORD, terug: '' });
      expect(first.statusCode, `sign-in ${i}`).toBe(303);
      for (let n = 0; n < wrong; n++) last = await agent.post(`${prefix}/inloggen/code`, { code: '000000', terug: '' });
    }
    // The tenth wrong code locked it.
    expect(last!.statusCode).toBe(303);
    expect(last!.headers.location).toBe('/en/inloggen?melding=geblokkeerd');
    const user = await t.database.db
      .selectFrom('app_user')
      .select(['codes_locked_until', 'failed_codes'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(user.codes_locked_until!.getTime() - clock.now().getTime()).toBeGreaterThan(14 * 60_000);
    // The user is told, without content.
    const mails = (t.app.kring.mailer.outbox ?? []).slice(0, (t.app.kring.mailer.outbox?.length ?? 0) - outboxBefore);
    const lockMail = mails.find((m) => m.to === email);
    expect(lockMail?.subject).toBe(en.staff.signIn.codesLockedMailSubject);
    expect(lockMail?.text).not.toMatch(/CNRY|School/);
    // While locked, even the right code is refused.
    const agent = new Agent(t.app);
    await agent.post('/inloggen', { email, password: FIXTURE_PASSWORD, terug: '' });
    const right = await agent.post('/inloggen/code', { code: await agent.code(email), terug: '' });
    expect(right.headers.location).toBe('/inloggen?melding=geblokkeerd');
    expect((await agent.get(HOME)).statusCode).toBe(303);
    const notice = await agent.get('/inloggen?melding=geblokkeerd');
    expect(notice.body).toContain(nl.staff.signIn.codesLocked);
    // Fifteen minutes later the right code works again.
    clock.advance(15 * 60_000 + 1000);
    const later = await new Agent(t.app).signIn(email);
    expect((await later.get(HOME)).statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('event_type_code')
      .where('event_type_code', '=', 'auth.second_factor_lock')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('finding 8: issuing or using a reset link ends every other link of the account', () => {
  const linkIn = (text: string) => /\/wachtwoord-herstellen\?code=[\w-]+/.exec(text)?.[0];
  const latestLink = (email: string) => linkIn(t.app.kring.mailer.outbox?.find((m) => m.to === email)?.text ?? '');

  it('a new link ends the older one; using a link ends the others', async () => {
    const email = fixtureEmail('B', 'volunteer');
    await new Agent(t.app).post('/wachtwoord-vergeten', { email });
    const first = latestLink(email)!;
    await new Agent(t.app).post('/wachtwoord-vergeten', { email });
    const second = latestLink(email)!;
    expect(second).not.toBe(first);
    expect((await new Agent(t.app).get(first)).statusCode).toBe(404);
    expect((await new Agent(t.app).get(second)).statusCode).toBe(200);

    // Two links outstanding at once (written as an attacker who raced the mail would have them).
    await new Agent(t.app).post('/wachtwoord-vergeten', { email });
    const third = latestLink(email)!;
    const extraHash = 'f'.repeat(64);
    const user = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('password_reset')
      .values({
        token_hash: extraHash,
        user_id: user.id,
        created_at: clock.now(),
        expires_at: new Date(clock.now().getTime() + 600_000),
      })
      .execute();
    const code = new URL(third, 'http://kring.test').searchParams.get('code')!;
    const agent = new Agent(t.app);
    await agent.get(third);
    const done = await agent.post('/wachtwoord-herstellen', {
      code,
      password: 'een-nieuw-wachtwoord-7',
      confirm: 'een-nieuw-wachtwoord-7',
    });
    expect(done.statusCode).toBe(303);
    const live = await t.database.db
      .selectFrom('password_reset')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    expect(live).toEqual([]);
  });
});

describe('finding 10: the current-password check counts as a failed sign-in and is rate limited', () => {
  it('five wrong current passwords lock the account and end every session', async () => {
    const email = fixtureEmail('B', 'coordinator');
    const agent = await new Agent(t.app).signIn(email);
    const other = await new Agent(t.app).signIn(email).catch(async () => {
      clock.advance(31_000);
      return new Agent(t.app).signIn(email);
    });
    for (let i = 0; i < 4; i++) {
      const res = await agent.post('/account/wachtwoord', {
        current: `verkeerd-${i}-wachtwoord`,
        password: 'een-nieuw-wachtwoord-7',
        confirm: 'een-nieuw-wachtwoord-7',
      });
      expect(res.statusCode, `try ${i}`).toBe(400);
      expect(res.body).toContain(nl.staff.formErrors.password.wrong);
    }
    const fifth = await agent.post('/account/wachtwoord', {
      current: 'verkeerd-5-wachtwoord',
      password: 'een-nieuw-wachtwoord-7',
      confirm: 'een-nieuw-wachtwoord-7',
    });
    expect(fifth.headers.location).toBe('/inloggen?melding=wachtwoord-geblokkeerd');
    expect((await agent.get(HOME)).statusCode).toBe(303);
    expect((await other.get(HOME)).statusCode).toBe(303);
    // Signing in is refused during the lock, even with the right password.
    const refused = await new Agent(t.app).post('/inloggen', { email, password: FIXTURE_PASSWORD, terug: '' });
    expect(refused.statusCode).toBe(400);
  });

  it('is rate limited per address, one budget for both languages', async () => {
    const limited = await createTestApp({ authRateLimit: 4 });
    try {
      await seedFixtures(limited.database.db, limited.app.kring.config);
      const agent = await new Agent(limited.app).signIn(fixtureEmail('A', 'professional'));
      // The sign-in took two of the four.
      const statuses: number[] = [];
      for (const prefix of ['', '/en', '']) {
        const res = await agent.post(`${prefix}/account/wachtwoord`, { current: 'x', password: 'y', confirm: 'y' });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});

// ---- Finding 2: nobody can use up the residents' budget ----

describe('finding 2: the resident’s budget counts only accepted reports, across languages, per real client', () => {
  let limited: Awaited<ReturnType<typeof createTestApp>>;
  const accepted = async (agent: Agent, prefix = '') => {
    await agent.get(`${prefix}/zorgen-over-iemand/formulier`);
    return agent.post(`${prefix}/zorgen-over-iemand/formulier`, { kind: 'advice', whatHappened: 'Ik maak me zorgen.' });
  };
  beforeAll(async () => {
    limited = await createTestApp({ residentRateLimit: 10, env: { KRING_TRUST_PROXY: '127.0.0.1' } });
    const { seedVeiligThuis } = await import('#test/agent.ts');
    await seedVeiligThuis(limited.database.db, limited.app.kring.config, 'Veilig Thuis Noord-Veluwe', ['dana']);
  });
  afterAll(() => limited.close());

  it('junk without a form token, wrong content types and forms with errors cost nothing', async () => {
    const attacker = new Agent(limited.app, { 'x-forwarded-for': '198.51.100.1' });
    for (let i = 0; i < 30; i++) {
      const noToken = await attacker.post('/zorgen-over-iemand/formulier', {
        _csrf: null,
        kind: 'advice',
        whatHappened: 'x',
      });
      expect(noToken.statusCode).toBe(403);
      const xml = await limited.app.inject({
        method: 'POST',
        url: '/en/zorgen-over-iemand/formulier',
        payload: '<x/>',
        headers: { 'content-type': 'text/xml', 'x-forwarded-for': '198.51.100.1' },
      });
      expect(xml.statusCode).toBe(415);
      const unknownField = await attacker.post('/zorgen-over-iemand/formulier', {
        kind: 'advice',
        whatHappened: 'x',
        bsn: '1',
      });
      expect(unknownField.statusCode).toBe(400);
      const invalid = await attacker.post('/zorgen-over-iemand/formulier', { kind: 'advice', whatHappened: '' });
      expect(invalid.statusCode).toBe(400);
    }
    // The same address still has all ten.
    const resident = new Agent(limited.app, { 'x-forwarded-for': '198.51.100.1' });
    for (let i = 0; i < 10; i++)
      expect((await accepted(resident, i % 2 ? '/en' : '')).statusCode, `report ${i}`).toBe(200);
  });

  it('one budget across Dutch and English; the 429 page is a full page in the visitor’s language', async () => {
    const resident = new Agent(limited.app, { 'x-forwarded-for': '198.51.100.2' });
    for (let i = 0; i < 5; i++) expect((await accepted(resident)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await accepted(resident, '/en')).statusCode).toBe(200);
    for (const [prefix, m] of [
      ['/en', en],
      ['', nl],
    ] as const) {
      const res = await accepted(resident, prefix);
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toContain(`<html lang="${prefix ? 'en' : 'nl'}"`);
      expect(res.body).toContain(m.errors.rateLimitedTitle);
      expect(res.body).toContain(m.quickExit.button);
      expect(res.body).toContain('0800-2000');
      expect(res.body).toContain('112');
      expectSecurityHeaders(res, prefix);
    }
  });

  it('behind a trusted proxy each resident has her own budget, and no address is kept (T20)', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await createTestApp({
      residentRateLimit: 2,
      env: { KRING_TRUST_PROXY: '1' },
      logger: { level: 'trace', stream },
    });
    try {
      const { seedVeiligThuis } = await import('#test/agent.ts');
      await seedVeiligThuis(app.database.db, app.app.kring.config, 'Veilig Thuis Noord-Veluwe', ['dana']);
      const one = new Agent(app.app, { 'x-forwarded-for': '203.0.113.41' });
      const two = new Agent(app.app, { 'x-forwarded-for': '203.0.113.42' });
      expect([
        (await accepted(one)).statusCode,
        (await accepted(one)).statusCode,
        (await accepted(one)).statusCode,
      ]).toEqual([200, 200, 429]);
      expect((await accepted(two)).statusCode).toBe(200);
      const stored = await databaseText(app.database.db);
      const logs = lines.join('');
      for (const address of ['203.0.113.41', '203.0.113.42', '127.0.0.1']) {
        expect(stored, address).not.toContain(address);
        expect(logs, address).not.toContain(address);
      }
    } finally {
      await app.close();
    }
  });

  it('KRING_TRUST_PROXY takes hops or addresses, never `true`', () => {
    expect(testConfig({ KRING_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(testConfig({ KRING_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,loopback' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      'loopback',
    ]);
    expect(testConfig({}).trustProxy).toBe(false);
    for (const bad of ['true', '0', '11', 'nginx', '10.0.0.0/33', '300.1.1.1'])
      expect(() => testConfig({ KRING_TRUST_PROXY: bad }), bad).toThrow(ConfigError);
  });
});

// ---- Finding 3: no personal data in the log when a write fails ----

describe('finding 3: a failing write logs no personal data, on either database driver', () => {
  it('a refused concern insert and a refused resident report leave their canaries out of the log at trace', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await createTestApp({ logger: { level: 'trace', stream } });
    try {
      await seedFixtures(app.database.db, app.app.kring.config);
      const { seedVeiligThuis } = await import('#test/agent.ts');
      await seedVeiligThuis(app.database.db, app.app.kring.config, 'Veilig Thuis Noord-Veluwe', ['dana']);
      // Make the writes fail inside the database, where the driver has the values in hand.
      await sql`alter table person add constraint canary_refused check (full_name not like '%CNRY-name%')`.execute(
        app.database.db,
      );
      await sql`alter table vt_report add constraint canary_refused check (snapshot::text not like '%CNRY-text%')`.execute(
        app.database.db,
      );
      const teacher = await new Agent(app.app).signIn(fixtureEmail('A', 'professional'));
      const concern = await teacher.post('/zorgen/nieuw', {
        fullName: 'Tara CNRY-name-5e1d',
        'dateOfBirth-day': '',
        'dateOfBirth-month': '',
        'dateOfBirth-year': '',
        ageGroup: 'child',
        honourRisk: 'no',
      });
      expect(concern.statusCode).toBe(500);
      const neighbour = new Agent(app.app);
      await neighbour.get('/zorgen-over-iemand/formulier');
      const report = await neighbour.post('/zorgen-over-iemand/formulier', {
        kind: 'report',
        whatHappened: 'Geschreeuw CNRY-text-77aa',
        street: 'Dorpsstraat CNRY-text-street 12',
        place: 'Harderwijk',
      });
      expect(report.statusCode).toBe(500);
      await new Promise((r) => setTimeout(r, 50));
      const log = lines.join('');
      // The failures are logged, with their SQLSTATE and the constraint, so the operator can act.
      expect(log).toContain('request failed');
      expect(log).toContain('23514');
      expect(log).toContain('canary_refused');
      for (const canary of ['CNRY-name', 'CNRY-text', 'Tara', 'Dorpsstraat', 'Geschreeuw', 'Harderwijk'])
        expect(log, canary).not.toContain(canary);
    } finally {
      await app.close();
    }
  });
});
