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
