// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 02, "The worried neighbour", without JavaScript (issue 5), on a phone: the whole route
 * works (start, options, form, send, receipt, status) and the exit link still leaves for the neutral
 * site. Every request of her browser goes to Kring.
 */
import { describe, expect, test } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { NEUTRAL_TITLE, newGuardedContext, PHONE_VIEWPORT } from './guarded-context.ts';
import { escapeRegExp } from './page-tools.ts';
import {
  foreignRequests,
  lookUp,
  receiptCode,
  recordRequests,
  toAdviceForm,
  toOptions,
  useResidentSession,
  WHAT,
} from './resident-route.ts';
import { textOf } from './walk.ts';

const t = messages('nl');
const res = t.reports.resident;
const session = useResidentSession();

describe('scenario 02: the worried neighbour', () => {
  test('(b) without JavaScript: start, options, form, send, receipt, and the exit link still leaves', async () => {
    const { server, browser } = session;
    const guard = await newGuardedContext(browser, server, {
      viewport: PHONE_VIEWPORT,
      javaScriptEnabled: false,
      allowConsoleErrors: /status of 400/,
    });
    const requests = recordRequests(guard.context);
    const page = await guard.newPage();
    await toOptions(page, false);
    await toAdviceForm(page);
    // The form says "Alleen de beschrijving is verplicht": the description alone must do.
    await page.getByLabel(res.form.whatHappened, { exact: true }).fill(WHAT);
    await page.getByRole('button', { name: res.form.submit, exact: true }).click();
    await page.waitForLoadState('load');
    const sentWithDescriptionOnly = (await page.getByTestId('receipt-code').count()) === 1;
    expect.soft(sentWithDescriptionOnly, `sent with only the description (${res.form.lead})`).toBe(true);
    if (!sentWithDescriptionOnly) {
      // Refused: what she typed is kept; she chooses who it is about and sends again.
      expect(await page.getByLabel(res.form.whatHappened, { exact: true }).inputValue()).toBe(WHAT);
      await page
        .getByRole('group', { name: res.form.ageGroup })
        .getByRole('radio', { name: res.form.ageGroups.child })
        .check();
      await page.getByRole('button', { name: res.form.submit, exact: true }).click();
    }
    const code = await receiptCode(page, 'advice');
    await lookUp(page, code);
    expect(await textOf(page.getByTestId('resident-status'))).toBe(res.status.statuses.received);

    // The exit link is a plain link to the neutral site.
    const exit = page.getByRole('link', { name: new RegExp(`^${escapeRegExp(t.quickExit.button)}\\b`) });
    expect(await exit.getAttribute('href')).toBe(server.exitUrl);
    await exit.click();
    await page.waitForURL(server.exitUrl);
    expect(await page.title()).toBe(NEUTRAL_TITLE);
    expect(guard.neutralVisits).toHaveLength(1);
    expect(foreignRequests(requests, true), 'requests to other origins').toEqual([]);
    await guard.close();
  }, 30_000);
});
