// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/security.md T7: forged state changes (no form token, another session's token, another site)
 * are refused and change nothing; no GET route changes state. The app and the objects are in
 * authorization-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { Agent } from '#test/agent.ts';
import {
  app,
  fx,
  methods,
  municipalityAdmin,
  samplePath,
  sessionFor,
  stateChecksum,
  vtIntake,
} from './authorization-fixture.ts';

describe('T7: forged state changes and side-effect-free GETs', () => {
  it('refuses every POST without a valid token, from another site, or with another session’s token, changing nothing', async () => {
    const posts = app.kring.routes.filter((r) => methods(r).includes('POST') && r.policy !== 'operations');
    expect(posts.length).toBeGreaterThan(5);
    const victim = await sessionFor(fx.users.A.administrator);
    const other = await sessionFor(fx.users.A.professional);
    const before = await stateChecksum();
    for (const route of posts) {
      const url = samplePath(route.url);
      const attempts = [
        await victim.post(url, { _csrf: null }),
        await victim.post(url, { _csrf: 'x'.repeat(43) }),
        await victim.post(url, { _csrf: other.csrf() }),
        await victim.post(url, {}, { 'sec-fetch-site': 'cross-site' }),
        await victim.post(url, {}, { origin: 'https://evil.example' }),
      ];
      for (const [i, res] of attempts.entries()) {
        // The circle's API takes no session at all: a browser's cookies get 401 (ADR 0033).
        const refused =
          res.statusCode === 403 ||
          (res.statusCode === 303 && String(res.headers.location).includes('/inloggen')) ||
          (route.policy === 'apiClient' && res.statusCode === 401);
        expect(refused, `${url} attempt ${i}: ${res.statusCode}`).toBe(true);
      }
    }
    expect(await stateChecksum()).toBe(before);
  }, 60_000);

  it('no GET route changes state (checksum before and after calling every GET as every role)', async () => {
    const gets = app.kring.routes.filter((r) => methods(r).includes('GET') && !r.url.includes('*'));
    const agents = await Promise.all([...Object.values(fx.users.A), municipalityAdmin, vtIntake].map(sessionFor));
    const before = await stateChecksum();
    for (const agent of agents) {
      for (const route of gets) await agent.get(samplePath(route.url));
    }
    const anonymous = new Agent(app);
    for (const route of gets) await anonymous.get(samplePath(route.url));
    expect(await stateChecksum()).toBe(before);
  }, 60_000);
});
