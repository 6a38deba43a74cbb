// SPDX-License-Identifier: EUPL-1.2
/**
 * The browser tests' session: Debian's Chromium (never a downloaded browser) and Kring
 * (kring-server.ts), one of each per test file, and a fresh guarded context (guarded-context.ts) per
 * test.
 */
import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type GuardedContext, type GuardOptions, newGuardedContext } from './guarded-context.ts';
import { type KringServer, startKring } from './kring-server.ts';

/** Debian's Chromium; the tests never use a browser Playwright downloads. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for Chromium in this environment (stack.md §6). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Debian's Chromium, headless.
 * @returns the browser; close it in afterAll
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Debian Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/** One browser and one Kring per test file, and a fresh guarded context per test. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly server: KringServer;
  /** The guarded context of the current test (after openPage). */
  readonly guard: GuardedContext;
  /** A new page in a fresh guarded context; the previous context is closed (and checked) first. */
  openPage(options?: GuardOptions): Promise<Page>;
}

/**
 * Registers the hooks of a browser test file: launch Chromium and start Kring before all tests,
 * close the test's context after each test, stop both after all.
 * @param options checkOnClose: run the guard's assertions when a context closes (default true; the
 *   guard's own tests provoke problems on purpose and turn it off); clock: Kring's clock, for a
 *   test that moves time (default the system clock)
 */
export function useBrowserSession(options: { checkOnClose?: boolean; clock?: () => Date } = {}): BrowserSession {
  const check = options.checkOnClose ?? true;
  let browser: Browser | undefined;
  let server: KringServer | undefined;
  let guard: GuardedContext | undefined;
  const closeGuard = async (): Promise<void> => {
    const current = guard;
    guard = undefined;
    if (check) await current?.close();
    else await current?.context.close();
  };
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startKring(options.clock ? { clock: options.clock } : {})]);
  });
  afterEach(closeGuard);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('Kring starts in beforeAll');
      return server;
    },
    get guard() {
      if (!guard) throw new Error('no page opened in this test');
      return guard;
    },
    async openPage(pageOptions: GuardOptions = {}) {
      await closeGuard();
      guard = await newGuardedContext(this.browser, this.server, pageOptions);
      return guard.newPage();
    },
  };
}
