// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 01 without JavaScript (issue 5): Sanne records an injury by choosing the side and the region
 * from the lists; the body map is only a picture, and the page as it renders without JavaScript passes
 * axe (WCAG 2.2 AA).
 */
import { describe, expect, test } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import {
  choice,
  dutchDate,
  entriesOn,
  expectNotice,
  fillDate,
  signIn,
  useScenarioSession,
} from './concerns-scenario.ts';
import { newGuardedContext } from './guarded-context.ts';
import { axe } from './walk.ts';

const t = messages('nl');
const c = t.concerns;
const session = useScenarioSession();

describe('scenario 01: the sports teacher who did not look away (steps 1–11)', () => {
  test('without JavaScript, an injury is recorded by choosing the side and the region from the lists', async () => {
    const { server, browser } = session;
    const guard = await newGuardedContext(browser, server, { javaScriptEnabled: false });
    const page = await guard.newPage();
    await signIn(page, 'sanne');
    await page.goto(`${server.baseUrl}/zorgen`);
    await page.getByRole('link', { name: c.list.open }).click();
    await page.getByLabel(c.open.fullName, { exact: true }).fill('Noor Smit');
    await choice(page, 'radio', c.ageGroups.child).check();
    await choice(page.getByRole('group', { name: c.honour.question }), 'radio', c.honour.answers.no).check();
    await page.getByRole('button', { name: c.open.submit }).click();
    await expectNotice(page, c.concern.notices.opened);

    await page.getByRole('link', { name: c.concern.addInjury }).click();
    await page.getByRole('heading', { name: c.injury.title, level: 1 }).waitFor();
    // The drawing is only a picture now: no hint to click it, no buttons in it.
    expect(await page.getByText(t.bodyMap.clickHint).isVisible()).toBe(false);
    expect(await page.locator('#letselkaart').getByRole('button').count()).toBe(0);
    await choice(page, 'radio', c.injury.sides.front).check();
    await page.getByLabel(c.injury.region, { exact: true }).selectOption({ label: 'rechter knie' });
    await choice(page, 'radio', c.injury.kinds.abrasion).check();
    await page.getByLabel(c.injury.size, { exact: true }).fill('2,5');
    await choice(page, 'radio', c.injury.colours.red).check();
    await fillDate(page, c.injury.date, dutchDate(-1));
    await page.getByRole('button', { name: c.injury.submit }).click();
    await expectNotice(page, c.concern.notices.saved);
    const text = c.injury.describe(
      c.injury.kinds.abrasion,
      '2.5',
      c.injury.colours.red,
      c.injury.sides.front,
      'rechter knie',
    );
    await page.locator('#lichaamskaart').getByText(text).waitFor();
    const entries = await entriesOn(page);
    expect(entries.map((e) => e.title)).toEqual([
      `${c.entries.number(1)} ${c.entries.kinds.opened}`,
      `${c.entries.number(2)} ${c.entries.kinds.injury}`,
    ]);
    expect(entries[1]!.text).toContain(text);

    // The injury page as it renders without JavaScript passes axe too (scripts withheld, so axe can run).
    const plain = await newGuardedContext(browser, server, {
      withholdScripts: true,
      storageState: await guard.context.storageState(),
    });
    const plainPage = await plain.newPage();
    await plainPage.goto(page.url().replace(/\?.*$/, '/letsel'));
    await plainPage.getByRole('heading', { name: c.injury.title, level: 1 }).waitFor();
    expect(await plainPage.getByText(t.bodyMap.clickHint).isVisible()).toBe(false);
    await axe(plainPage, 'letsel zonder JavaScript');
    await plain.close();
    await guard.close();
  }, 60_000);
});
