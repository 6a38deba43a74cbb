// SPDX-License-Identifier: EUPL-1.2
/**
 * What the security probe's tests (test/http/security-probe-*.http.test.ts) share: the app they probe,
 * with the fixtures, the check of the headers every response must carry, and a log to read. (Findings
 * 4, 5, 6 and the uploads have their own files: hostile-text.http.test.ts, audit-refusals.http.test.ts,
 * the audit anchor and attachment tests.)
 */
import { Writable } from 'node:stream';
import type { FastifyPluginAsync, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { seedFixtures, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

export const nl = messages('nl');
export const en = messages('en');
export const HOME = '/mijn-kring';

/** Whether a response carries the security headers every response must have. */
export function expectSecurityHeaders(res: LightMyRequestResponse, what: string): void {
  expect(res.headers['content-security-policy'], what).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['cache-control'], what).toBe('no-store');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
}

export type ProbeApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The app the probe's requests go to: the fixtures seeded, time read from `clock`, sign-in rate limits
 * out of the way.
 * @param plugins routes a test adds (a stand-in for a future bug)
 */
export async function startProbeApp(clock: TestClock, plugins: FastifyPluginAsync[] = []): Promise<ProbeApp> {
  const t = await createTestApp({ clock: clock.now, authRateLimit: 100_000, plugins });
  await seedFixtures(t.database.db, t.app.kring.config);
  return t;
}

/** The probed app of the calling test file (set by {@link useProbeApp}'s hooks) and its clock. */
export let t: ProbeApp;
export const clock = new TestClock();

/**
 * Registers the calling test file's hooks: {@link t} is started before its tests and closed after them.
 * @param plugins routes a test adds (a stand-in for a future bug)
 */
export function useProbeApp(plugins: FastifyPluginAsync[] = []): void {
  beforeAll(async () => {
    t = await startProbeApp(clock, plugins);
  });
  afterAll(() => t.close());
}

/** A log stream for an app's `logger`, and the lines written to it. */
export function captureLog(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _e, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}
