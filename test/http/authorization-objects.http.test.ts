// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/security.md T2 (another organisation's objects, with canaries) and T16 in part (refusals are
 * audited). The app and the objects are in authorization-fixture.ts.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canary } from '#test/agent.ts';
import {
  app,
  database,
  expected,
  fx,
  methods,
  samplePath,
  sessionFor,
  signalA,
  stateChecksum,
  vtOrg,
} from './authorization-fixture.ts';

/** The id of the newest audit row. */
async function lastAuditId(): Promise<string> {
  const row = await database.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return String(row?.id ?? '0');
}

describe('T2: another organisation’s objects', () => {
  it('answer 404 to organisation B on every route with an object id, leak no canary and change nothing', async () => {
    // The circle's API ignores sessions; its other organisation's signal is in circle-api.http.test.ts.
    // Public pages with an id (a published network meeting, ADR 0038) show nobody's object: left out.
    // News (ADR 0037) is the municipality's public content, no organisation's object: its refusals are
    // in the matrix and test/http/news.http.test.ts.
    const objectRoutes = app.kring.routes.filter(
      (r) =>
        r.url.includes(':') &&
        !r.url.includes('/assets/') &&
        !r.url.startsWith('/api/v1/') &&
        r.policy !== 'public' &&
        !/^(\/en)?\/(nieuws|netwerk\/nieuws)\//.test(r.url),
    );
    expect(objectRoutes.length).toBeGreaterThan(0);
    const roles = ['administrator', 'privacyOfficer', 'safeguardingLead'] as const;
    const agents = await Promise.all(roles.map((role) => sessionFor(fx.users.B[role])));
    const before = await stateChecksum();
    for (const [i, role] of roles.entries()) {
      const agent = agents[i]!;
      for (const route of objectRoutes) {
        for (const method of methods(route)) {
          const url = samplePath(route.url);
          const membership = randomUUID();
          const lastRow = await lastAuditId();
          const res =
            method === 'GET' ? await agent.get(url) : await agent.post(url, { role: 'administrator', membership });
          const forbidden = expected(route, method, { key: role, userId: 'x' }) === 'forbidden';
          const cell = `${role} ${method} ${url}`;
          expect(res.statusCode, cell).toBe(forbidden ? 403 : 404);
          expect(res.body).not.toContain(canary('A'));
          // Exactly one audit row says who tried what, and whose it was (ADR 0024): the route's
          // object, or for a role change the (unknown) membership that was refused first.
          // The actor's rows only: a scheduled job (the reminders every quarter of an hour) may write
          // its own rows while the loop runs.
          const rows = await database.db
            .selectFrom('audit_event')
            .selectAll()
            .where('id', '>', lastRow)
            .where('user_id', '=', fx.users.B[role])
            .execute();
          expect(rows, cell).toHaveLength(1);
          if (!forbidden && /^(\/en)?\/kring\//.test(url) && !url.includes('/samenwerking/')) {
            // The circle's signal pages write their own refusal row (ADR 0031): circle.*, denied, the
            // signal named. Its team pages refuse as every other object does (ADR 0035).
            expect(rows[0]!.event_type_code, cell).toMatch(/^circle\./);
            expect(rows[0], cell).toMatchObject({
              event_outcome_indicator: 4,
              user_id: fx.users.B[role],
              organisation_id: fx.organisations.B,
              participant_object_id: signalA,
            });
            continue;
          }
          const roleChange = !forbidden && url.endsWith('/rol');
          const firstId = url.match(/[0-9a-f]{8}-[0-9a-f-]{27}/)![0];
          expect(rows[0], cell).toMatchObject({
            event_type_code: forbidden ? 'route.denied' : 'object.denied',
            event_outcome_indicator: 4,
            user_id: fx.users.B[role],
            organisation_id: fx.organisations.B,
            // A partner of the network's directory is the municipality's list, no organisation's (ADR 0036);
            // so is a network meeting (ADR 0038).
            target_organisation_id:
              roleChange || url.includes('/netwerk/partners/') || url.includes('/netwerk/bijeenkomsten/')
                ? null
                : url.includes('/veilig-thuis/')
                  ? vtOrg
                  : fx.organisations.A,
          });
          expect(rows[0]!.participant_object_id, cell).toContain(roleChange ? membership : firstId);
        }
      }
      // Ids in query strings: the per-person audit overview.
      const person = await agent.get(`/privacy/logboek/persoon?gebruiker=${fx.users.A.professional}`);
      expect([403, 404]).toContain(person.statusCode);
      expect(person.body).not.toContain(canary('A'));
    }
    expect(await stateChecksum()).toBe(before);
  }, 60_000);

  it('guessed and malformed ids answer 404 too', async () => {
    const agent = await sessionFor(fx.users.A.administrator);
    for (const id of [randomUUID(), 'not-a-uuid', '1', "' or 1=1 --"]) {
      expect((await agent.get(`/beheer/gebruikers/${encodeURIComponent(id)}`)).statusCode).toBe(404);
    }
  });
});

describe('T16 (in part): refusals are audited', () => {
  it('writes a denied row with actor, role and organisation for a 403', async () => {
    const agent = await sessionFor(fx.users.A.professional);
    expect((await agent.get('/beheer')).statusCode).toBe(403);
    const row = await database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('event_type_code', '=', 'route.denied')
      .where('user_id', '=', fx.users.A.professional)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      event_action_code: 'E',
      event_outcome_indicator: 4,
      role_id_code: 'professional',
      organisation_id: fx.organisations.A,
      on_behalf_of_user_id: fx.users.A.professional,
      network_access_point_id: 'web',
      participant_object_type_code: 'route',
      participant_object_id: 'GET /beheer',
      purpose_of_use: 'authorization',
    });
  });
});
