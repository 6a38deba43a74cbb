// SPDX-License-Identifier: EUPL-1.2
/**
 * The browser-test helpers catch what they promise to: a navigation to a third-party origin, a CSP
 * violation, an uncaught error and an axe violation each get recorded. Without this a broken guard
 * would let every other e2e test pass silently.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';

// These tests provoke problems on purpose: contexts close without the guard's assertions.
const session = useBrowserSession({ checkOnClose: false });

async function openHome(): Promise<Page> {
  const page = await session.openPage();
  await page.goto(`${session.server.baseUrl}/`);
  return page;
}

test('a clean Kring page records nothing', async () => {
  const page = await openHome();
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(session.guard.thirdPartyRequests).toEqual([]);
  expect(session.guard.cspViolations).toEqual([]);
  expect(session.guard.pageErrors).toEqual([]);
});

test('a navigation to a third-party origin is blocked and recorded', async () => {
  // Subresources from other origins cannot even be asked for (CSP default-src 'self'; see the next
  // test); a navigation can.
  const page = await openHome();
  await page.evaluate(() => {
    window.location.href = 'https://tracker.example/landing';
  });
  await expect.poll(() => session.guard.thirdPartyRequests.length).toBeGreaterThan(0);
  expect(session.guard.thirdPartyRequests[0]).toContain('https://tracker.example/landing');
});

test('a CSP violation is recorded (third-party image, inline style, inline handler)', async () => {
  const page = await openHome();
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.gif';
    img.alt = '';
    document.body.append(img);
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
    // An inline event handler (only runs when the image fails, outside this evaluate call).
    const holder = document.createElement('div');
    holder.innerHTML = '<img alt="" src="data:," onerror="document.title = 1">';
    document.body.append(holder);
  });
  await expect.poll(() => session.guard.cspViolations.join('\n')).toMatch(/img-src/);
  await expect.poll(() => session.guard.cspViolations.join('\n')).toMatch(/style-src/);
  await expect.poll(() => session.guard.cspViolations.join('\n')).toMatch(/script-src/);
  expect(session.guard.thirdPartyRequests, 'the CSP stopped the image before the network').toEqual([]);
});

test('an uncaught error in a Kring page is recorded', async () => {
  const page = await openHome();
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('boom from the page');
    }, 0);
  });
  await expect.poll(() => session.guard.pageErrors.join('\n')).toContain('boom from the page');
});

test('axe reports a violation that is there', async () => {
  const page = await openHome();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    document.querySelector('main')?.append(input);
  });
  const found = await axeViolations(page);
  expect(found.some((line) => line.startsWith('label '))).toBe(true);
});
