// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser contexts for the browser tests that
 * - let requests to Kring through,
 * - answer the quick exit's neutral URL with a tiny local "neutral site" (so leaving can be asserted
 *   without network),
 * - block and record every other request (a third-party request fails the test),
 * - record CSP violations, uncaught page errors and console errors on Kring pages (each fails the
 *   test when the context is closed with {@link GuardedContext.close}).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { KringServer } from './kring-server.ts';

/** A phone-sized viewport (390 CSS pixels wide). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** A desktop viewport. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

/** The title of the local stand-in for the neutral site. */
export const NEUTRAL_TITLE = 'Neutrale website (test)';

const NEUTRAL_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${NEUTRAL_TITLE}</title></head><body><h1>Het weer</h1><p>Neutral test page.</p></body></html>`;

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
 * The guarded contexts of one walk: `open` makes one (each person their own browser), `closeAll`
 * closes them all at the end, each with its guard's checks.
 */
export function contextPool(
  browser: Parameters<typeof newGuardedContext>[0],
  server: Parameters<typeof newGuardedContext>[1],
) {
  const contexts: GuardedContext[] = [];
  return {
    async open(options: Parameters<typeof newGuardedContext>[2] = {}): Promise<GuardedContext> {
      const guard = await newGuardedContext(browser, server, options);
      contexts.push(guard);
      return guard;
    },
    async closeAll(): Promise<void> {
      for (const guard of contexts) await guard.close();
    },
  };
}
