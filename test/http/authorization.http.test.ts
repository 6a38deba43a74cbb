// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/security.md T1: the authorization matrix, generated from the routes Fastify registered: a new
 * route is in the matrix the moment it exists, and a route with a path parameter the fixture has no
 * sample for fails. The app and the objects are in authorization-fixture.ts; T2 and T16 (in part) are
 * in authorization-objects.http.test.ts, T7 in authorization-forgery.http.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ROLES } from '#src/core/roles.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent } from '#test/agent.ts';
import { IDENTITIES, ROUTE_AUDIENCE } from '#test/authorization-table.ts';
import {
  app,
  expected,
  fx,
  type Identity,
  methods,
  municipalityAdmin,
  samplePath,
  sessionFor,
  vtIntake,
} from './authorization-fixture.ts';

/**
 * The titles of the page of a meldcode step that is not the role's (CONCERN_STEP_NOT_FOR_ROLE), and of
 * the circle's page for those without a basis (a volunteer's registration, refused by the service).
 */
const STEP_NOT_FOR_ROLE_TITLES = [
  messages('nl').errors.stepNotForRoleTitle,
  messages('en').errors.stepNotForRoleTitle,
  messages('nl').circle.noBasis.title,
  messages('en').circle.noBasis.title,
  // A member of a circle team whose step is another member's (ADR 0035).
  messages('nl').errors.teamNotYoursTitle,
  messages('en').errors.teamNotYoursTitle,
];

/** Requests that end the session or the second factor are sent with a session of their own. */
const SESSION_ENDING = new Set(['/uitloggen', '/account/tweede-stap', '/account/wachtwoord', '/opnieuw-bevestigen']);

describe('T1: the authorization matrix (every identity × every route × every method)', () => {
  it('answers every cell as the policy table says', async () => {
    const identities: Identity[] = [
      { key: 'anonymous' },
      ...ROLES.map((role) => ({ key: role, userId: fx.users.A[role] })),
      { key: 'municipalityAdministrator', userId: municipalityAdmin },
      { key: 'veiligThuisIntakeWorker', userId: vtIntake },
    ];
    expect(identities.map((i) => i.key).sort()).toEqual([...IDENTITIES].sort());
    const routes = app.kring.routes.filter((r) => !r.url.includes('*'));
    let cells = 0;
    const failures: string[] = [];
    for (const who of identities) {
      let shared = who.userId ? await sessionFor(who.userId) : new Agent(app);
      for (const route of routes) {
        for (const method of methods(route)) {
          const url = samplePath(route.url);
          const bare = url.replace(/^\/en(?=\/|$)/, '');
          const ending = method === 'POST' && SESSION_ENDING.has(bare) && who.userId;
          const agent = ending ? await sessionFor(who.userId!) : shared;
          const res = method === 'GET' ? await agent.get(url) : await agent.post(url, {});
          // Some of these end every session of the user (second factor reset): start a new one.
          if (ending) shared = await sessionFor(who.userId!);
          const location = String(res.headers.location ?? '');
          const want = expected(route, method, who);
          // JSON routes (/api/…) answer 401 instead of sending to the sign-in page.
          const toSignIn =
            (res.statusCode === 303 && /\/inloggen(\?|$)/.test(location)) ||
            (bare.startsWith('/api/') && res.statusCode === 401);
          const ok =
            res.statusCode < 500 &&
            (want === 'token'
              ? res.statusCode === 401
              : want === 'signIn'
                ? toSignIn
                : want === 'forbidden'
                  ? res.statusCode === 403
                  : want === 'open'
                    ? res.statusCode !== 403
                    : // Past the route's permission a step may still not be the role's (a professional
                      // reopening): that 403 says whose step it is, and is not the route refusing.
                      (res.statusCode !== 403 || STEP_NOT_FOR_ROLE_TITLES.some((title) => res.body.includes(title))) &&
                      !toSignIn);
          if (!ok) failures.push(`${who.key} ${method} ${url}: wanted ${want}, got ${res.statusCode} ${location}`);
          cells++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(identities.length * 40);
  }, 120_000);

  it('the table names no route that does not exist', () => {
    const routes = new Set(
      app.kring.routes.flatMap((r) => methods(r).map((m) => `${m} ${r.url.replace(/^\/en(?=\/|$)/, '') || '/'}`)),
    );
    expect(Object.keys(ROUTE_AUDIENCE).filter((key) => !routes.has(key))).toEqual([]);
  });

  it('every route is in the hand-written table (no route escapes it)', () => {
    for (const route of app.kring.routes) {
      for (const method of methods(route)) {
        expect(() => expected(route, method, { key: 'anonymous' }), route.url).not.toThrow();
      }
      expect(() => samplePath(route.url), route.url).not.toThrow();
    }
  });
});
