// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 7 (smaller things), over HTTP: a notice to someone who works for two organisations
 * says which one; the public site has a way in for staff; the body map offers a way past its drawing.
 * (The keyboard walk past the body map and the focused code field are in small-fixes.e2e.ts.)
 */
import { parse } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertMembership } from '#src/modules/identity/identity.repository.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, canary, type Fixtures, fixtureEmail, seedFixtures } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl');
const en = messages('en');
let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;

beforeEach(async () => {
  t = await createTestApp({ authRateLimit: 10_000, jobPollingSeconds: 0.5 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

const outbox = () => t.app.kring.mailer.outbox ?? [];

describe('a notice to someone of two organisations says which one', () => {
  it('the aandachtsfunctionaris of school A, also lead at school B, reads that it is about school B', async () => {
    // School A's aandachtsfunctionaris is also the aandachtsfunctionaris of school B.
    const lead = fx.users.A.safeguardingLead;
    await t.database.db.transaction().execute((trx) =>
      insertMembership(trx, {
        userId: lead,
        organisationId: fx.organisations.B,
        role: 'safeguardingLead',
        now: new Date(),
      }),
    );
    // A volunteer of school B records a concern: it goes to B's leads, this one among them.
    const coach = await new Agent(t.app).signIn(fixtureEmail('B', 'volunteer'));
    const res = await coach.post('/zorgen/nieuw', {
      fullName: 'Sam de Sporter',
      'dateOfBirth-day': '',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '',
      ageGroup: 'child',
      honourRisk: 'no',
    });
    expect(res.statusCode, res.body).toBe(303);
    await expect
      .poll(() => outbox().filter((m) => m.to === fixtureEmail('A', 'safeguardingLead')).length, { timeout: 10_000 })
      .toBe(1);
    const mail = outbox().find((m) => m.to === fixtureEmail('A', 'safeguardingLead'))!;
    expect(mail.text).toContain(`School B ${canary('B')}`);
    expect(mail.text).not.toContain(`School A ${canary('A')}`);
    expect(mail.text).not.toContain('Sam');
  });
});

describe('the public site', () => {
  it.each([
    ['/', nl.layout.staffSignIn, '/inloggen'],
    ['/zorgen-over-iemand', nl.layout.staffSignIn, '/inloggen'],
    ['/en', en.layout.staffSignIn, '/en/inloggen'],
  ])('%s links to the sign-in page for staff', async (url, text, href) => {
    const res = await t.app.inject(url);
    const link = parse(res.body).querySelector('[data-testid="staff-sign-in"]');
    expect(link?.textContent).toBe(text);
    expect(link?.getAttribute('href')).toBe(href);
  });

  it('signed-in pages do not offer to sign in', async () => {
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const home = await teacher.get('/mijn-kring');
    expect(home.body).not.toContain('data-testid="staff-sign-in"');
  });
});

describe('the body map in the injury form', () => {
  it('offers a link past the drawing to the lists, before the drawing', async () => {
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const res = await teacher.post('/zorgen/nieuw', {
      fullName: 'Tara Bakker',
      'dateOfBirth-day': '',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '',
      ageGroup: 'child',
      honourRisk: 'no',
    });
    const id = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    const page = await teacher.get(`/zorgen/${id}/letsel`);
    const root = parse(page.body);
    const skip = root.querySelector('.kring-body-map__skip');
    expect(skip?.textContent).toBe(nl.bodyMap.skipToLists);
    const target = skip!.getAttribute('href')!.slice(1);
    expect(root.getElementById(target)?.getAttribute('name')).toBe('sideChoice');
    expect(page.body.indexOf('kring-body-map__skip')).toBeLessThan(page.body.indexOf('<svg'));
  });
});
