// SPDX-License-Identifier: EUPL-1.2
/**
 * The quick exit ("Snel weg") in Chromium, after GOV.UK "Exit this page" (anchors.md §1.10):
 * the button hides the page at once and replaces the history entry with the neutral site; Shift
 * pressed three times within 5 seconds does the same, two presses time out, and a Shift used to type
 * a capital letter does not count; without JavaScript the link still leaves; the skip link for
 * assistive technology is the first or second stop of Tab and leaves too.
 *
 * The neutral site is answered locally (guarded-context.ts), so no test touches the network.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { GUIDANCE_PAGES } from '#src/modules/guidance/guidance.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { useBrowserSession } from './browser.ts';
import { NEUTRAL_TITLE } from './guarded-context.ts';
import { escapeRegExp, SCREENSHOT_DIR, saveScreenshot } from './page-tools.ts';
import { recordExitStates, waitForQuickExitReady } from './quick-exit-probes.ts';

const locale: Locale = 'nl';
const t = messages(locale);
const homePath = localePath(locale, GUIDANCE_PAGES.find((p) => p.id === 'home')?.path ?? '/');

const session = useBrowserSession();

/** Opens a Kring page and, with JavaScript, waits until the quick exit has started. */
async function openKring(page: Page, pagePath = homePath, withJs = true): Promise<void> {
  await page.goto(`${session.server.baseUrl}${pagePath}`);
  if (withJs) await waitForQuickExitReady(page);
}

/** The quick exit button (a link styled as a button). */
function exitButton(page: Page) {
  return page.getByRole('link', { name: new RegExp(`^${escapeRegExp(t.quickExit.button)}\\b`) });
}

/** The live region of the quick exit (what a screen reader is told). */
function announcement(page: Page) {
  return page.locator('[data-module="kring-exit-this-page"]').getByRole('status');
}

/** True when the element's centre is not covered by another element. */
function isOnTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/** Waits until the page shows the local neutral site. */
async function expectOnNeutralSite(page: Page): Promise<void> {
  await page.waitForURL(session.server.exitUrl);
  expect(await page.title()).toBe(NEUTRAL_TITLE);
}

/** Lets a started navigation reach the network guard, then checks none went to the neutral site. */
async function expectStillOnKring(page: Page, pagePath = homePath): Promise<void> {
  await page.waitForTimeout(300);
  expect(session.guard.neutralVisits, 'navigations to the neutral site').toEqual([]);
  expect(page.url()).toBe(`${session.server.baseUrl}${pagePath}`);
}

describe('the "Snel weg" button', () => {
  test('hides the page at once, then replaces the page with the neutral site', async () => {
    const page = await session.openPage();
    const exitStates = await recordExitStates(page);
    await openKring(page);
    const historyBefore = await page.evaluate(() => history.length);
    const release = session.guard.holdNeutral();
    // The mouse, not locator.click(): that one would wait for the (held) navigation to finish.
    const box = await exitButton(page).boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);

    // In the instant after the click, with the neutral site still loading, the overlay covers all.
    await expect.poll(() => exitStates.length).toBe(1);
    expect(exitStates[0]).toEqual({
      trigger: 'click',
      overlay: t.quickExit.overlay,
      overlayVisible: true,
      visible: [],
    });
    release();
    await expectOnNeutralSite(page);
    expect(session.guard.neutralVisits).toHaveLength(1);
    expect(session.guard.neutralVisits[0]?.referer, 'Referer sent to the neutral site').toBeUndefined();

    // location.replace: the Kring page's entry became the neutral site's; Back skips Kring and
    // goes to what came before it (here the new tab's about:blank).
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    expect(await page.goForward()).not.toBeNull();
    expect(page.url()).toBe(session.server.exitUrl);
  });

  test('if the neutral site cannot be reached, the page stays hidden behind the overlay', async () => {
    const page = await session.openPage();
    await openKring(page);
    session.guard.cancelNeutral();
    await exitButton(page).click();
    await page.waitForTimeout(300);
    expect(session.guard.neutralVisits).toHaveLength(1);
    expect(page.url(), 'the navigation was cancelled').toBe(`${session.server.baseUrl}${homePath}`);
    const overlay = page.getByRole('alert');
    expect(await overlay.isVisible()).toBe(true);
    expect(await overlay.textContent()).toBe(t.quickExit.overlay);
    expect(await page.getByRole('main', { includeHidden: true }).isVisible()).toBe(false);
    expect(await exitButton(page).isVisible()).toBe(false);
    await saveScreenshot(page, 'quick-exit-overlay', false);
  });

  test('Back leads to the page before the exited one, never to the exited page itself', async () => {
    // What actually happens after browsing two Kring pages: only the current entry is replaced, so
    // Back shows the previous Kring page (GOV.UK has the same limitation; the safe-browsing page
    // tells people about history).
    const page = await session.openPage();
    const before = localePath('en', '/');
    await openKring(page, before);
    await openKring(page, homePath);
    const historyBefore = await page.evaluate(() => history.length);
    await exitButton(page).click();
    await expectOnNeutralSite(page);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.goBack();
    expect(page.url()).toBe(`${session.server.baseUrl}${before}`);
    expect(await page.getByRole('main').isVisible(), 'the previous page is shown normally').toBe(true);
    expect(await page.getByRole('alert').count(), 'no overlay left on the previous page').toBe(0);
  });

  test('without JavaScript the link still leaves for the neutral site (as a normal link)', async () => {
    const page = await session.openPage({ javaScriptEnabled: false });
    await openKring(page, homePath, false);
    const historyBefore = await page.evaluate(() => history.length);
    await exitButton(page).click();
    await expectOnNeutralSite(page);
    expect(session.guard.neutralVisits[0]?.referer, 'Referer sent to the neutral site').toBeUndefined();
    // A plain link pushes a history entry: Back returns to Kring. Only the script can replace it.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    await page.goBack();
    expect(page.url()).toBe(`${session.server.baseUrl}${homePath}`);
  });
});

describe('Shift pressed three times', () => {
  test('leaves for the neutral site, with the indicator and announcements on the way', async () => {
    const page = await session.openPage();
    const exitStates = await recordExitStates(page);
    await openKring(page);
    const historyBefore = await page.evaluate(() => history.length);
    const status = announcement(page);
    expect(await status.count()).toBe(1);

    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toBe(t.quickExit.shiftPressed(1));
    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toBe(t.quickExit.shiftPressed(2));
    await saveScreenshot(page, 'quick-exit-shift-twice', false);
    await page
      .locator('[data-module="kring-exit-this-page"]')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'quick-exit-indicator.png') });
    await expectStillOnKring(page);

    await page.keyboard.press('Shift');
    await expectOnNeutralSite(page);
    expect(exitStates).toEqual([{ trigger: 'keyup', overlay: t.quickExit.overlay, overlayVisible: true, visible: [] }]);
    expect(await page.evaluate(() => history.length), 'history entry replaced').toBe(historyBefore);
  });

  test('two presses then more than 5 seconds: times out, announces it, and starts counting again', async () => {
    const page = await session.openPage();
    await page.clock.install();
    await openKring(page);
    const status = announcement(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toBe(t.quickExit.shiftPressed(2));

    await page.clock.runFor(4_900);
    expect(await status.textContent(), 'still counting just before 5 s').toBe(t.quickExit.shiftPressed(2));
    await page.clock.runFor(200);
    await expect.poll(() => status.textContent()).toBe(t.quickExit.timedOut);

    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toBe(t.quickExit.shiftPressed(1));
    await expectStillOnKring(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expectOnNeutralSite(page);
  });

  test('any other key in between resets the count', async () => {
    const page = await session.openPage();
    await openKring(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expectStillOnKring(page);
  });

  test('a Shift used to type a capital letter does not count', async () => {
    // GOV.UK counts only a Shift pressed on its own (lastKeyWasModified in exit-this-page.mjs).
    const page = await session.openPage();
    await openKring(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expectStillOnKring(page);
    await page.keyboard.press('Shift');
    await expectOnNeutralSite(page);
  });
});

describe('the skip link "Verlaat deze website snel"', () => {
  for (const withJs of [true, false]) {
    test(`is the first or second Tab stop and leaves with Enter (${withJs ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await session.openPage({ javaScriptEnabled: withJs });
      await openKring(page, homePath, withJs);
      const skip = page.getByRole('link', { name: t.quickExit.skipLink, exact: true });
      let stop = 0;
      for (let tab = 1; tab <= 2 && stop === 0; tab++) {
        await page.keyboard.press('Tab');
        if (await skip.evaluate((el) => el === document.activeElement)) stop = tab;
      }
      expect(stop, 'Tab stop of the quick exit skip link').toBeGreaterThan(0);
      expect(await skip.isVisible(), 'skip link visible when focused').toBe(true);
      expect(await isOnTop(skip), 'focused skip link not hidden behind anything (WCAG 2.4.11)').toBe(true);
      if (withJs) await saveScreenshot(page, 'quick-exit-skip-link-focused', false);
      await page.keyboard.press('Enter');
      await expectOnNeutralSite(page);
    });
  }
});
