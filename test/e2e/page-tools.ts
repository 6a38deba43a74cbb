// SPDX-License-Identifier: EUPL-1.2
/** Small tools of the browser tests: screenshots, and patterns for accessible names. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go (gitignored). */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/**
 * Saves a screenshot under test-results/screenshots.
 * @param page the page
 * @param name file name without extension
 * @param fullPage the whole page rather than the viewport (default true)
 * @returns the file path
 */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  return file;
}

/** Escapes a string for use in a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
