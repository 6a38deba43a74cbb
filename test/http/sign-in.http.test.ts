// SPDX-License-Identifier: EUPL-1.2
/** Signing in and out through the pages (T4, T5, T6 in part). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const clock = new TestClock();

beforeEach(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 1000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

describe('signing in', () => {
  it('password then code gives a new session id and the start page', async () => {
    const agent = new Agent(t.app);
    await agent.post('/inloggen', { email: fixtureEmail('A', 'professional'), password: 'fixture-wachtwoord-kring' });
    const pending = agent.sessionToken;
    expect(pending).toBeDefined();
    const blocked = await agent.get('/mijn-kring');
    expect(blocked.statusCode).toBe(303);
    const done = await agent.post('/inloggen/code', { code: await agent.code(fixtureEmail('A', 'professional')) });
    expect(done.statusCode).toBe(303);
    expect(agent.sessionToken).not.toBe(pending);
    const home = await agent.get('/mijn-kring');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('School A');
    expect(fx.users.A.professional).toBeTruthy();
  });
});

describe('T4: the second factor', () => {
  it('a password alone opens nothing, and a code works only once', async () => {
    const email = fixtureEmail('A', 'professional');
    const first = await new Agent(t.app).signIn(email);
    expect((await first.get('/mijn-kring')).statusCode).toBe(200);
    // The same code again, in a new sign-in within the same 30 seconds: refused (replay).
    const second = new Agent(t.app);
    await second.post('/inloggen', { email, password: 'fixture-wachtwoord-kring' });
    const replay = await second.post('/inloggen/code', { code: await second.code(email) });
    expect(replay.statusCode).toBe(400);
    expect((await second.get('/mijn-kring')).statusCode).toBe(303);
  });

  it('five wrong codes end the attempt; the sign-in starts over', async () => {
    const agent = new Agent(t.app);
    await agent.post('/inloggen', { email: fixtureEmail('A', 'volunteer'), password: 'fixture-wachtwoord-kring' });
    for (let i = 0; i < 4; i++) expect((await agent.post('/inloggen/code', { code: '000000' })).statusCode).toBe(400);
    const last = await agent.post('/inloggen/code', { code: '000000' });
    expect(last.statusCode).toBe(303);
    expect(last.headers.location).toBe('/inloggen?melding=opnieuw');
    expect(agent.sessionToken).toBeUndefined();
  });

  it('a sensitive action needs a factor younger than five minutes (step-up)', async () => {
    const agent = await new Agent(t.app).signIn(fixtureEmail('A', 'administrator'));
    clock.advance(6 * 60 * 1000);
    const refused = await agent.post('/account/tweede-stap', {});
    expect(refused.statusCode).toBe(303);
    expect(String(refused.headers.location)).toBe('/opnieuw-bevestigen?terug=%2Faccount');
    const confirmed = await agent.post('/opnieuw-bevestigen', {
      code: await agent.code(fixtureEmail('A', 'administrator')),
      terug: '/account',
    });
    expect(confirmed.headers.location).toBe('/account');
    const reset = await agent.post('/account/tweede-stap', {});
    expect(reset.headers.location).toBe('/inloggen/instellen');
  });
});

describe('T5: passwords, brute force and enumeration', () => {
  it('answers an unknown address exactly as a wrong password', async () => {
    const unknown = await new Agent(t.app).post('/inloggen', {
      email: 'nobody@fixture.kring.nl',
      password: 'wrong-password-123',
    });
    const wrong = await new Agent(t.app).post('/inloggen', {
      email: fixtureEmail('A', 'coordinator'),
      password: 'wrong-password-123',
    });
    expect(unknown.statusCode).toBe(wrong.statusCode);
    const strip = (body: string) => body.replace(/nonce="[^"]+"|value="[^"]*"/g, '');
    expect(strip(unknown.body).replace('nobody@fixture.kring.nl', 'X')).toBe(
      strip(wrong.body).replace(fixtureEmail('A', 'coordinator'), 'X'),
    );
  });

  it('locks an account after 5 wrong passwords for 15 minutes, then lets its owner in', async () => {
    const email = fixtureEmail('A', 'intakeWorker');
    const attacker = new Agent(t.app);
    for (let i = 0; i < 5; i++) await attacker.post('/inloggen', { email, password: `guess-number-${i}-xyz` });
    const owner = new Agent(t.app);
    expect((await owner.post('/inloggen', { email, password: 'fixture-wachtwoord-kring' })).statusCode).toBe(400);
    clock.advance(15 * 60 * 1000 + 1000);
    await owner.signIn(email);
    expect((await owner.get('/mijn-kring')).statusCode).toBe(200);
  });

  it('stores argon2id hashes with at least m=19456, t=2, p=1', async () => {
    const user = await t.database.db.selectFrom('app_user').select('password_hash').executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('limits sign-in requests per address (429)', async () => {
    const limited = await createTestApp({ authRateLimit: 3 });
    try {
      const agent = new Agent(limited.app);
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await agent.post('/inloggen', { email: 'a@b.nl', password: 'x' })).statusCode);
      expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('T6: sessions', () => {
  it('sets the cookie HttpOnly, SameSite=Lax, Path=/, without Domain, with a 256-bit token', async () => {
    const agent = new Agent(t.app);
    await agent.post('/inloggen', { email: fixtureEmail('A', 'professional'), password: 'fixture-wachtwoord-kring' });
    const res = await agent.post('/inloggen/code', { code: await agent.code(fixtureEmail('A', 'professional')) });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
    expect(agent.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is __Host- and Secure when served over https', async () => {
    const secure = await createTestApp({ env: { KRING_PUBLIC_URL: 'https://kring.example.nl' }, authRateLimit: 1000 });
    try {
      const res = await secure.app.inject('/inloggen');
      expect(String(res.headers['set-cookie'])).toMatch(/^__Host-kring-form=[^;]+;.*Secure/);
    } finally {
      await secure.close();
    }
  });

  it('ends after 30 minutes idle, and after 12 hours however active', async () => {
    const agent = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    clock.advance(29 * 60 * 1000);
    expect((await agent.get('/mijn-kring')).statusCode).toBe(200);
    clock.advance(30 * 60 * 1000 + 1000);
    const ended = await agent.get('/mijn-kring');
    expect(ended.statusCode).toBe(303);
    // The sign-in page says why, and brings the person back afterwards.
    expect(ended.headers.location).toBe('/inloggen?terug=%2Fmijn-kring&melding=verlopen');
    expect((await agent.get(String(ended.headers.location))).body).toContain('omdat u een tijd niets heeft gedaan');

    const busy = await new Agent(t.app).signIn(fixtureEmail('A', 'volunteer'));
    for (let hour = 0; hour < 36; hour++) {
      clock.advance(20 * 60 * 1000);
      const res = await busy.get('/mijn-kring');
      if (hour < 35) expect(res.statusCode, `after ${(hour + 1) * 20} minutes`).toBe(200);
      else expect(res.statusCode).toBe(303);
    }
  });

  it('sign-out ends the session on the server: the old cookie no longer works', async () => {
    const agent = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const token = agent.sessionToken!;
    await agent.post('/uitloggen', {});
    const replay = new Agent(t.app);
    replay.cookies.set('kring-session', token);
    expect((await replay.get('/mijn-kring')).statusCode).toBe(303);
  });

  it('a password change ends every other session', async () => {
    const email = fixtureEmail('A', 'coordinator');
    const laptop = await new Agent(t.app).signIn(email);
    clock.advance(31_000);
    const phone = await new Agent(t.app).signIn(email);
    const res = await laptop.post('/account/wachtwoord', {
      current: 'fixture-wachtwoord-kring',
      password: 'een nieuw en lang wachtwoord',
      confirm: 'een nieuw en lang wachtwoord',
    });
    expect(res.statusCode).toBe(303);
    expect((await laptop.get('/mijn-kring')).statusCode).toBe(200);
    expect((await phone.get('/mijn-kring')).statusCode).toBe(303);
  });
});

describe('password reset', () => {
  const email = fixtureEmail('A', 'safeguardingLead');
  const linkOf = () => {
    const mail = t.app.kring.mailer.outbox?.find((m) => m.to === email);
    return /\/wachtwoord-herstellen\?code=[\w-]+/.exec(mail?.text ?? '')?.[0];
  };

  it('answers known and unknown addresses alike, and mails only the known one', async () => {
    const known = await new Agent(t.app).post('/wachtwoord-vergeten', { email });
    const unknown = await new Agent(t.app).post('/wachtwoord-vergeten', { email: 'nobody@fixture.kring.nl' });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    const strip = (body: string) => body.replace(/nonce="[^"]+"|value="[^"]*"/g, '');
    expect(strip(known.body)).toBe(strip(unknown.body));
    await new Promise((r) => setImmediate(r));
    expect(linkOf()).toBeDefined();
    expect(t.app.kring.mailer.outbox?.some((m) => m.to === 'nobody@fixture.kring.nl')).toBe(false);
  });

  it('sets a new password once, ends every session, and still asks for the second factor', async () => {
    const signedIn = await new Agent(t.app).signIn(email);
    await new Agent(t.app).post('/wachtwoord-vergeten', { email });
    await new Promise((r) => setImmediate(r));
    const link = linkOf()!;
    const code = new URL(link, 'http://x').searchParams.get('code')!;
    const agent = new Agent(t.app);
    expect((await agent.get(link)).statusCode).toBe(200);
    // A refused password (the account's own address: only the service knows it) keeps the link usable.
    const refused = await agent.post('/wachtwoord-herstellen', { code, password: email, confirm: email });
    expect(refused.statusCode).toBe(400);
    const done = await agent.post('/wachtwoord-herstellen', {
      code,
      password: 'een heel nieuw wachtwoord',
      confirm: 'een heel nieuw wachtwoord',
    });
    expect(done.headers.location).toBe('/inloggen?melding=wachtwoord');
    expect((await signedIn.get('/mijn-kring')).statusCode).toBe(303);
    // Used once: the link no longer works.
    expect((await agent.get(link)).statusCode).toBe(404);
    const again = await agent.post('/wachtwoord-herstellen', {
      code,
      password: 'nog een ander wachtwoord',
      confirm: 'nog een ander wachtwoord',
    });
    expect(again.statusCode).toBe(404);
    const next = await new Agent(t.app).post('/inloggen', { email, password: 'een heel nieuw wachtwoord' });
    expect(String(next.headers.location)).toMatch(/^\/inloggen\/code/);
  });

  it('expires after 30 minutes', async () => {
    await new Agent(t.app).post('/wachtwoord-vergeten', { email });
    await new Promise((r) => setImmediate(r));
    clock.advance(30 * 60 * 1000 + 1000);
    expect((await new Agent(t.app).get(linkOf()!)).statusCode).toBe(404);
  });
});
