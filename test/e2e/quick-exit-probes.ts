// SPDX-License-Identifier: EUPL-1.2
/** What the browser tests watch of the quick exit: that it started, and the page the instant it ran. */
import type { Page } from 'playwright-core';

/**
 * Waits until main.ts has started the quick exit (the deferred module ran).
 * @param page a Kring public page with JavaScript enabled
 */
export async function waitForQuickExitReady(page: Page): Promise<void> {
  await page.locator('body.js-enabled [data-module="kring-exit-this-page"][data-module-started="true"]').waitFor({
    state: 'attached',
  });
}

/** What the page looked like in the instant the quick exit started. */
export interface ExitState {
  /** What started it: a click or a key. */
  readonly trigger: string;
  /** The text of the overlay (role="alert"), if there is one. */
  readonly overlay: string | null;
  readonly overlayVisible: boolean;
  /** Which of the page's parts were still visible (should be none). */
  readonly visible: string[];
}

/**
 * Records the page's state right after the quick exit's own handler ran (a window listener for
 * click and keyup runs after the page's listeners on the link and on document), while the neutral
 * site is only starting to load. Needed because, once a navigation is pending, Playwright's
 * locators and evaluate wait for it to finish.
 * Call before the page is loaded.
 * @param page a page not yet navigated to Kring
 * @returns the list the states are pushed to
 */
export async function recordExitStates(page: Page): Promise<ExitState[]> {
  const states: ExitState[] = [];
  const marker = '__kringExitState ';
  // A console message, not an exposed binding: a binding's reply is delivered into the page, which
  // stalls once the navigation is pending.
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(marker)) states.push(JSON.parse(text.slice(marker.length)) as ExitState);
  });
  await page.addInitScript((prefix: string) => {
    const parts = ['main', 'header', 'footer', '.kring-exit', '.kring-exit__skip'];
    const probe = (event: Event): void => {
      if (!document.body?.classList.contains('kring-exit--leaving')) return;
      const overlay = document.querySelector('[role="alert"]');
      const state: ExitState = {
        trigger: event.type,
        overlay: overlay?.textContent ?? null,
        overlayVisible: overlay?.checkVisibility() === true,
        visible: parts.filter((selector) => document.querySelector(selector)?.checkVisibility() === true),
      };
      console.debug(prefix + JSON.stringify(state));
    };
    window.addEventListener('click', probe);
    window.addEventListener('keyup', probe);
  }, marker);
  return states;
}
