// SPDX-License-Identifier: EUPL-1.2
/**
 * What the scenario walks in the browser check on every page on the way: axe, softly (a violation fails
 * the test but the walk goes on), screenshots to /tmp/kring-shots/, and an element's text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './accessibility.ts';

/** Where the walks' screenshots go. */
export const SHOTS = '/tmp/kring-shots';

/** The pages axe checked in this test file, for the failure message and the report. */
export const axeChecked: string[] = [];

/** Runs axe (WCAG 2.2 AA and best practice); a violation fails the test but the walk goes on. */
export async function axe(page: Page, label: string): Promise<void> {
  await page.waitForLoadState('load');
  axeChecked.push(label);
  expect.soft(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

/** Saves a screenshot of the whole page under {@link SHOTS}. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** An element's text, white space collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
