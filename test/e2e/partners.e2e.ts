// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory in Chromium (issue 15 item 1, ADR 0036), with axe on every page on the way:
 * a resident finds partners without JavaScript (Kring's scripts withheld; search and filters as a GET form, in Dutch and
 * English, reached from the home page); Petra, the municipality's network coordinator, adds a partner
 * (the empty form answered with errors next to the fields and the summary first), changes it, and
 * removes it. The guarded context fails the test on any request to another host.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { seedIdentityDemo } from '#src/modules/identity/identity.seed.ts';
import { seedPartnersDemo } from '#src/modules/partners/index.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { TestClock } from '#test/agent.ts';
import { useBrowserSession } from './browser.ts';
import { expectNotice, signIn } from './circle-scenario.ts';
import { axe, axeChecked, shot, textOf } from './walk.ts';

const nl = messages('nl');
const en = messages('en');
const p = nl.partners;
const clock = new TestClock();
const session = useBrowserSession({ clock: clock.now });
const PETRA = 'netwerk@demo.kring.nl';

beforeAll(async () => {
  const { app } = session.server;
  await app.kring.database.db.transaction().execute(async (trx) => {
    await seedIdentityDemo(trx, app.kring.config);
    await seedPartnersDemo(trx);
  });
});

describe('the partner directory', () => {
  test('a resident finds partners without JavaScript, in Dutch and English', async () => {
    // Kring's scripts withheld: the page is exactly as without JavaScript, and axe can still run
    // (with JavaScript off, Chromium runs no timers and axe never ends).
    const page = await session.openPage({ withholdScripts: true });
    const base = session.server.baseUrl;
    await page.goto(`${base}/`);
    await page.getByRole('main').getByRole('link', { name: p.homeEntry.title }).click();
    await page.waitForURL(`${base}/partners`);
    await page.getByRole('heading', { name: p.public.title, level: 1 }).waitFor();
    await axe(page, 'partners (nl, no JavaScript)');
    await shot(page, 'partners-nl');
    expect(await textOf(page.getByTestId('partners-found'))).toBe(p.public.found(10));

    // A sports club with a confidential contact person, chosen in the form.
    await page.getByLabel(p.public.type, { exact: true }).selectOption({ label: p.types.sportsClub });
    await page
      .getByLabel(p.public.contact, { exact: true })
      .selectOption({ label: p.public.contactOption.confidentialContact });
    await page.getByRole('button', { name: p.public.submit }).click();
    await expect.poll(() => page.url()).toContain('soort=sportvereniging');
    expect(await textOf(page.getByTestId('partners-found'))).toBe(p.public.found(1));
    expect(await textOf(page.getByTestId('partners').getByRole('heading', { level: 3 }))).toBe(
      'Sportvereniging Harderwijk (demo)',
    );
    await axe(page, 'partners filtered (nl, no JavaScript)');

    // A search that finds nothing says so.
    await page.getByLabel(p.public.search, { exact: true }).fill('bestaat niet');
    await page.getByRole('button', { name: p.public.submit }).click();
    await page.getByText(p.public.none).waitFor();

    // The same in English, through the language switch (which leads to the English directory; the
    // filter is not carried over).
    await page.goto(`${base}/partners?voor=ouderen`);
    await page.getByRole('link', { name: nl.layout.otherLanguageLabel }).click();
    await page.getByRole('heading', { name: en.partners.public.title, level: 1 }).waitFor();
    expect(page.url()).toContain('/en/partners');
    expect(await page.getByTestId('partners').getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    await axe(page, 'partners (en, no JavaScript)');
    await shot(page, 'partners-en');
    // The footer leads staff to sign in.
    await page.getByTestId('staff-sign-in').waitFor();
  });

  test('Petra adds, changes and removes a partner', async () => {
    // The form sent empty answers 400 on purpose (the errors next to the fields).
    const page = await session.openPage({ allowConsoleErrors: /status of 400/ });
    const { server } = session;
    const e = p.editor;
    const checkedBefore = axeChecked.length;
    await signIn(page, server, clock, PETRA);
    await page.getByRole('navigation', { name: nl.layout.mainNav }).getByRole('link', { name: e.nav }).click();
    await page.getByRole('heading', { name: e.title, level: 1 }).waitFor();
    await axe(page, 'partners beheren');

    await page.getByRole('link', { name: e.add }).click();
    await page.getByRole('heading', { name: e.newTitle, level: 1 }).waitFor();
    await axe(page, 'partner toevoegen');
    // Nothing filled in (and "public" left ticked): the errors, the summary first.
    await page.getByRole('button', { name: e.save }).click();
    await page.getByRole('heading', { name: nl.components.errorSummaryTitle }).waitFor();
    expect(await page.title()).toMatch(/^Fout: /);
    await axe(page, 'partner toevoegen met fouten');
    await shot(page, 'partner-errors');

    const f = e.fields;
    await page.getByLabel(f.name, { exact: true }).fill('Buurtvereniging De Haven (test)');
    await page.getByLabel(f.type, { exact: true }).selectOption('other');
    await page.getByRole('group', { name: f.audiences }).getByLabel(p.audiences.olderPeople).check();
    await page.getByLabel(f.descriptionNl, { exact: true }).fill('Koffieochtenden en een luisterend oor voor ouderen.');
    await page.getByLabel(`${f.email} ${nl.common.optional}`, { exact: true }).fill('info@dehaven.example');
    await page.getByRole('group', { name: f.contactPersons }).getByLabel(p.contactPersons.confidentialContact).check();
    await page.getByRole('button', { name: e.save }).click();
    await expectNotice(page, e.notices.created);
    await axe(page, 'partners beheren na toevoegen');

    // The partner is on the public page at once.
    await page.goto(`${server.baseUrl}/partners?zoek=haven`);
    expect(await textOf(page.getByTestId('partners').getByRole('heading', { level: 3 }))).toBe(
      'Buurtvereniging De Haven (test)',
    );

    // Changed: hidden from the public list.
    await page.goto(`${server.baseUrl}/netwerk/partners`);
    await page.getByRole('link', { name: 'Buurtvereniging De Haven (test)' }).click();
    await page.getByRole('heading', { name: e.editTitle('Buurtvereniging De Haven (test)'), level: 1 }).waitFor();
    await axe(page, 'partner wijzigen');
    await page.getByLabel(f.publishedItem).uncheck();
    await page.getByRole('button', { name: e.save }).click();
    await expectNotice(page, e.notices.updated);
    await page.goto(`${server.baseUrl}/partners?zoek=haven`);
    await page.getByText(p.public.none).waitFor();

    // Removed, after the question.
    await page.goto(`${server.baseUrl}/netwerk/partners`);
    await page.getByRole('link', { name: 'Buurtvereniging De Haven (test)' }).click();
    await page.getByRole('link', { name: e.remove }).click();
    await page.getByRole('heading', { name: e.removeTitle('Buurtvereniging De Haven (test)'), level: 1 }).waitFor();
    await axe(page, 'partner verwijderen');
    await page.getByRole('button', { name: e.removeConfirm }).click();
    await expectNotice(page, e.notices.removed);
    expect(await page.getByRole('link', { name: 'Buurtvereniging De Haven (test)' }).count()).toBe(0);
    expect(axeChecked.length - checkedBefore).toBe(6);
  });
});
