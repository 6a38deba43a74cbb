// SPDX-License-Identifier: EUPL-1.2
/**
 * The outside security probe (issue 11), findings 7, 8 and 10, each with the request that showed it:
 * wrong second-factor codes counted per account, reset links that end each other, and the
 * current-password check counted as a failed sign-in. Every test here failed on the code before its fix.
 */
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { Agent, FIXTURE_PASSWORD, fixtureEmail, seedFixtures } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';
import { clock, en, HOME, nl, t, useProbeApp } from './security-probe.ts';

useProbeApp();

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
