// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 7, in the browser: a keyboard-only teacher gets past the body map in a few Tab
 * stops (it was 48 before the injury fields), can still mark a spot with the arrow keys and Enter,
 * and the sign-in code page puts the cursor in the code field.
 */
import { describe, expect, test } from 'vitest';
import { decryptSecret } from '#src/core/secrets.ts';
import { findUserByEmail } from '#src/modules/identity/identity.repository.ts';
import { totpCode } from '#src/modules/identity/totp.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { FIXTURE_PASSWORD, fixtureEmail, seedFixtures } from '#test/agent.ts';
import { expectNoAxeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';
import { newGuardedContext } from './guarded-context.ts';
import { saveScreenshot } from './page-tools.ts';

const t = messages('nl');
const session = useBrowserSession();

describe('keyboard and focus', () => {
  test('the code field has focus; the body map is two Tab stops; arrows and Enter mark a spot', async () => {
    const { server, browser } = session;
    const db = server.app.kring.database.db;
    await seedFixtures(db, server.app.kring.config);
    const email = fixtureEmail('A', 'professional');
    const guard = await newGuardedContext(browser, server);
    const page = await guard.newPage();

    // Sign in: after the password the cursor is in the code field, ready to type.
    await page.goto(`${server.baseUrl}/inloggen`);
    await page.getByLabel(t.staff.signIn.email).fill(email);
    await page.getByLabel(t.staff.signIn.password, { exact: true }).fill(FIXTURE_PASSWORD);
    await page.getByRole('button', { name: t.staff.signIn.submit }).click();
    await expect.poll(() => page.url()).toContain('/inloggen/code');
    await page.waitForLoadState('load');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('code');
    const user = await findUserByEmail(db, email);
    const code = totpCode(decryptSecret(server.app.kring.keys.totpKey, user!.totp_secret!), new Date());
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/mijn-kring');

    // A concern to record an injury in.
    await page.goto(`${server.baseUrl}/zorgen/nieuw`);
    await page.getByLabel(t.concerns.open.fullName, { exact: true }).fill('Tara Bakker');
    await page.getByLabel(t.concerns.ageGroups.child).check();
    await page
      .getByRole('group', { name: t.concerns.honour.question })
      .getByLabel(t.concerns.honour.answers.no)
      .check();
    await page.getByRole('button', { name: t.concerns.open.submit }).click();
    await expect.poll(() => page.url()).toMatch(/\/zorgen\/[0-9a-f-]{36}/);
    const id = /\/zorgen\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${server.baseUrl}/zorgen/${id}/letsel`);
    await page.locator('[data-module="kring-body-map"].kring-body-map--input').waitFor();
    await expectNoAxeViolations(page, 'letsel met lichaamskaart');

    // From the intro, Tab to the first field after the lists: how many stops?
    const intro = page.getByText(t.concerns.injury.intro);
    await intro.click();
    const stops: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? `${el.tagName.toLowerCase()}[${el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.className}]`
          : '';
      });
      stops.push(name);
      if (name.startsWith('input[injuryKind]')) break;
    }
    // The back link, the skip link, one stop per drawing, the side, the region list, then the kind.
    expect(stops.at(-1)).toBe('input[injuryKind]');
    expect(stops.length).toBeLessThanOrEqual(7);
    expect(stops.filter((s) => s.startsWith('polygon'))).toHaveLength(2);
    expect(stops.findIndex((s) => s.includes('kring-body-map__skip'))).toBeLessThan(
      stops.findIndex((s) => s.startsWith('polygon')),
    );

    // The skip link shows when it has focus, and goes straight to the lists.
    await page.locator('.kring-body-map__skip').focus();
    expect(await page.locator('.kring-body-map__skip').isVisible()).toBe(true);
    await saveScreenshot(page, 'body-map-skip-link', false);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sideChoice');

    // In a drawing the arrows move from region to region; Enter places the mark and picks it in the list.
    const firstBack = page.locator('svg[data-side="back"] polygon').first();
    await firstBack.focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-region'));
    const secondRegion = await page.locator('svg[data-side="back"] polygon').nth(1).getAttribute('data-region');
    expect(focused).toBe(secondRegion);
    await page.keyboard.press('Enter');
    expect(await page.locator('#region').inputValue()).toBe(secondRegion);
    expect(await page.locator('#sideChoice-2').isChecked()).toBe(true);
    await guard.close();
  });
});
