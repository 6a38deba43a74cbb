// SPDX-License-Identifier: EUPL-1.2
/**
 * Helpers for the browser tests: Debian's Chromium (never a downloaded browser), Kring listening on
 * 127.0.0.1 with a fresh test database, and browser contexts that
 * - let requests to Kring through,
 * - answer the quick exit's neutral URL with a tiny local "neutral site" (so leaving can be asserted
 *   without network),
 * - block and record every other request (a third-party request fails the test),
 * - record CSP violations, uncaught page errors and console errors on Kring pages (each fails the
 *   test when the context is closed with {@link GuardedContext.close}).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { buildApp } from '#src/app.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { createTestDatabase, testConfig } from '#test/setup.ts';

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

/** The axe rule sets every page must pass. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One violation as axe reports it. */
type AxeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Where screenshots go (gitignored). */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/** A phone-sized viewport (390 CSS pixels wide). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** A desktop viewport. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

/** The title of the local stand-in for the neutral site. */
export const NEUTRAL_TITLE = 'Neutrale website (test)';

const NEUTRAL_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${NEUTRAL_TITLE}</title></head><body><h1>Het weer</h1><p>Neutral test page.</p></body></html>`;

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

/** Kring listening on 127.0.0.1 on a free port. */
export interface KringServer {
  readonly app: FastifyInstance;
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  readonly baseUrl: string;
  /** The quick exit's neutral URL, as configured in the municipality content. */
  readonly exitUrl: string;
  /** Stops the server and closes its database. */
  close(): Promise<void>;
}

/**
 * Builds Kring on a fresh migrated test database and listens on a free port of 127.0.0.1.
 * @param options clock: the clock every request reads (a test that moves time passes its own)
 * @returns the running server
 */
export async function startKring(options: { clock?: () => Date } = {}): Promise<KringServer> {
  const database: DatabaseHandle = await createTestDatabase();
  const app = await buildApp({
    config: testConfig(),
    database,
    logger: false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    exitUrl: new URL(app.kring.web.municipality.quickExitUrl).href,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A navigation to the neutral site, as the stand-in saw it. */
export interface NeutralVisit {
  readonly url: string;
  /** The Referer header sent, if any (Kring sends none). */
  readonly referer: string | undefined;
}

/** A browser context with the network guard and the problem recorders. */
export interface GuardedContext {
  readonly context: BrowserContext;
  /** CSP violations (from the securitypolicyviolation event and from Chromium's console). */
  readonly cspViolations: string[];
  /** Requests to any origin but Kring's and the neutral site's navigation. */
  readonly thirdPartyRequests: string[];
  /** Uncaught exceptions and console errors on Kring pages. */
  readonly pageErrors: string[];
  /** Navigations that reached the neutral site. */
  readonly neutralVisits: NeutralVisit[];
  /**
   * Holds navigations to the neutral site until the returned function is called, so the page's
   * state just after the quick exit started (the overlay) can be inspected.
   */
  holdNeutral(): () => void;
  /**
   * Cancels navigations to the neutral site from now on (as if it could not be reached; net error
   * ERR_ABORTED, so Chromium keeps the old document instead of showing an error page).
   */
  cancelNeutral(): void;
  /** A new page in this context. */
  newPage(): Promise<Page>;
  /** Closes the context and fails when anything was recorded. */
  close(): Promise<void>;
}

/** Options of {@link newGuardedContext}. */
export interface GuardOptions extends BrowserContextOptions {
  /** Console errors on Kring pages that are expected (e.g. the 404 of a not-found page). */
  readonly allowConsoleErrors?: RegExp;
  /**
   * Serve Kring's scripts empty: the page renders exactly as without JavaScript while the browser
   * can still run axe (with `javaScriptEnabled: false` Chromium runs no timers, so axe never ends).
   */
  readonly withholdScripts?: boolean;
}

/**
 * A new browser context guarded as described at the top of this file.
 * @param browser the browser of this test file
 * @param server the running Kring
 * @param options context options (viewport, javaScriptEnabled, …)
 */
export async function newGuardedContext(
  browser: Browser,
  server: KringServer,
  options: GuardOptions = {},
): Promise<GuardedContext> {
  const { allowConsoleErrors, withholdScripts, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, ...contextOptions });
  const kringOrigin = new URL(server.baseUrl).origin;
  const neutral = new URL(server.exitUrl);
  const cspViolations: string[] = [];
  const thirdPartyRequests: string[] = [];
  const pageErrors: string[] = [];
  const neutralVisits: NeutralVisit[] = [];
  let hold: Promise<void> | undefined;
  let cancelNeutral = false;
  let releaseHold: (() => void) | undefined;

  const onKring = (url: string): boolean => url.startsWith(`${kringOrigin}/`) || url === kringOrigin;

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === kringOrigin) {
      if (withholdScripts && request.resourceType() === 'script') {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '// withheld by the test\n' });
      }
      return route.continue();
    }
    if (url.origin === neutral.origin) {
      if (request.isNavigationRequest()) {
        neutralVisits.push({ url: url.href, referer: request.headers().referer });
        if (cancelNeutral) return route.abort('aborted');
        if (hold) await hold;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: NEUTRAL_HTML });
      }
      // A subresource of the neutral site: fine when the neutral page asks (favicon), not when Kring does.
      let from = '';
      try {
        from = request.frame().url();
      } catch {
        from = '';
      }
      if (onKring(from)) {
        thirdPartyRequests.push(`${request.method()} ${url.href} (from ${from})`);
        return route.abort('blockedbyclient');
      }
      return route.fulfill({ status: 404, body: '' });
    }
    thirdPartyRequests.push(`${request.method()} ${url.href}`);
    return route.abort('blockedbyclient');
  });

  await context.exposeBinding('__kringReportCsp', (_source, detail: unknown) => {
    cspViolations.push(String(detail));
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __kringReportCsp?: (detail: string) => void }).__kringReportCsp;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} on ${event.documentURI}`);
    });
  });

  context.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) {
      cspViolations.push(`console: ${text}`);
      return;
    }
    const page = message.page();
    if (message.type() !== 'error' || !page || !onKring(page.url())) return;
    if (allowConsoleErrors?.test(text)) return;
    pageErrors.push(`console error on ${page.url()}: ${text}`);
  });
  context.on('weberror', (error) => {
    const page = error.page();
    pageErrors.push(`uncaught on ${page?.url() ?? '?'}: ${error.error().message}`);
  });

  return {
    context,
    cspViolations,
    thirdPartyRequests,
    pageErrors,
    neutralVisits,
    holdNeutral() {
      hold = new Promise<void>((resolve) => {
        releaseHold = resolve;
      });
      return () => {
        releaseHold?.();
        hold = undefined;
      };
    },
    cancelNeutral() {
      cancelNeutral = true;
    },
    newPage: () => context.newPage(),
    async close() {
      releaseHold?.();
      hold = undefined;
      await context.close();
      expect(cspViolations, 'CSP violations').toEqual([]);
      expect(thirdPartyRequests, 'requests to third-party origins').toEqual([]);
      expect(pageErrors, 'page errors').toEqual([]);
    },
  };
}

/**
 * One line per axe violation and node, readable in a test failure.
 * @param violations axe's violations
 */
export function describeAxeViolations(violations: readonly AxeResult[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} [${v.impact ?? '?'}] ${v.help} at ${node.target.join(' ')}: ${node.html.slice(0, 200)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}

/** Options of {@link expectNoAxeViolations}. */
export interface AxeCheckOptions {
  /** Only these rules (default: every rule with one of {@link AXE_TAGS}). */
  readonly rules?: readonly string[];
}

/**
 * Runs axe on the page and returns its violations, one line per node.
 * @param page the page, loaded
 * @param options rules to run
 */
export async function axeViolations(page: Page, options: AxeCheckOptions = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (options.rules) builder.withRules([...options.rules]);
  else builder.withTags([...AXE_TAGS]);
  const results = await builder.analyze();
  const violations = results.violations;
  return describeAxeViolations(violations);
}

/**
 * Runs axe (WCAG 2.0–2.2 A/AA and best practice) on the page and expects no violation.
 * @param page the page, loaded
 * @param label what is checked, for the failure message
 * @param options rules to run
 */
export async function expectNoAxeViolations(page: Page, label: string, options: AxeCheckOptions = {}): Promise<void> {
  expect(await axeViolations(page, options), `axe violations on ${label}`).toEqual([]);
}

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

/**
 * Waits until main.ts has started the quick exit (the deferred module ran).
 * @param page a Kring public page with JavaScript enabled
 */
export async function waitForQuickExitReady(page: Page): Promise<void> {
  await page.locator('body.js-enabled [data-module="kring-exit-this-page"][data-module-started="true"]').waitFor({
    state: 'attached',
  });
}

/** Escapes a string for use in a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/**
 * Tabs through the whole page from the top and returns the focus stops that were entirely hidden
 * behind something else when focused (WCAG 2.4.11 Focus Not Obscured; axe cannot see this). The
 * sticky quick exit bar is what could hide them.
 * @param page a freshly loaded page (focus still at the top)
 * @param maxStops a safety limit
 * @returns one line per obscured stop; empty when all are visible
 */
export async function obscuredFocusStops(page: Page, maxStops = 400): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return undefined;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
      const key = `${Array.prototype.indexOf.call(document.getElementsByTagName('*'), el)}`;
      if (r.width === 0 || r.height === 0) return { key, name, hiddenBy: undefined };
      const inset = Math.min(2, r.width / 2, r.height / 2);
      const points: [number, number][] = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ];
      const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
      const visible = hits.some((hit) => hit !== null && (hit === el || el.contains(hit)));
      const cover = hits.find((hit) => hit !== null && hit !== el && !el.contains(hit));
      return {
        key,
        name,
        hiddenBy: visible ? undefined : (cover?.closest('[class]')?.className ?? 'outside the viewport'),
      };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    if (stop.hiddenBy) problems.push(`${stop.name} is hidden by ${stop.hiddenBy}`);
  }
  return problems;
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
