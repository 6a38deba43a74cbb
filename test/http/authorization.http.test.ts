// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/security.md T1 (authorization matrix), T2 (cross-organisation / IDOR with canaries) and T7 (CSRF,
 * GET without side effects), generated from the routes Fastify registered: a new route is in the
 * matrix the moment it exists, and a route with a path parameter this file has no sample for fails.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/core/authz.ts';
import { ROLES } from '#src/core/roles.ts';
import type { RouteSeen } from '#src/core/route-policy.ts';
import { hashToken, newToken } from '#src/core/secrets.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { insertApiClient } from '#src/modules/circle/api-client.repository.ts';
import { registerSignal } from '#src/modules/circle/index.ts';
import { insertConcern, insertPerson } from '#src/modules/concerns/concern.repository.ts';
import { insertInvitation, insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import {
  insertMembership,
  insertSession,
  insertUser,
  membershipsOf,
} from '#src/modules/identity/identity.repository.ts';
import { insertReport } from '#src/modules/reports/report.repository.ts';
import { cookieNames } from '#src/plugins/auth.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, canary, type Fixtures, seedFixtures } from '#test/agent.ts';
import { AUDIENCES, IDENTITIES, type IdentityName, ROUTE_AUDIENCE } from '#test/authorization-table.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { contextFor } from '#test/fixtures/circle.ts';
import { createTestApp } from '#test/setup.ts';

let app: FastifyInstance;
let database: DatabaseHandle;
let close: () => Promise<void>;
let fx: Fixtures;
let municipalityAdmin: string;
let invitationA: string;
let concernA: string;
let personA: string;
let vtIntake: string;
let reportV: string;
let vtOrg: string;
let signalA: string;
let apiClientA: string;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** An identity of the matrix: anonymous, one role of organisation A, or one of another organisation. */
type Identity = { key: IdentityName; userId?: string };

/** An agent with a fresh active session for a user (acting for their first organisation). */
async function sessionFor(userId: string): Promise<Agent> {
  const [membership] = await membershipsOf(database.db, userId);
  const token = newToken();
  await database.db.transaction().execute((trx) =>
    insertSession(trx, {
      idHash: hashToken(token),
      userId,
      stage: 'active',
      membershipId: membership!.id,
      now: app.kring.clock(),
      factorAt: app.kring.clock(),
    }),
  );
  const agent = new Agent(app);
  agent.cookies.set(cookieNames(false).session, token);
  return agent;
}

beforeAll(async () => {
  ({ app, database, close } = await createTestApp({
    authRateLimit: 100_000,
    residentRateLimit: 100_000,
    uploadRateLimit: 100_000,
  }));
  fx = await seedFixtures(database.db, app.kring.config);
  await database.db.transaction().execute(async (trx) => {
    const now = new Date();
    const org = (await insertOrganisation(trx, { name: 'Gemeente M', type: 'municipality', now }))!;
    municipalityAdmin = await insertUser(trx, {
      email: 'admin.m@fixture.kring.nl',
      displayName: 'Admin M',
      passwordHash: 'x',
      now,
    });
    await insertMembership(trx, { userId: municipalityAdmin, organisationId: org, role: 'administrator', now });
    invitationA = await insertInvitation(trx, {
      tokenHash: hashToken(newToken()),
      email: `invitee.a.${canary('A')}@fixture.kring.nl`.toLowerCase(),
      displayName: `Invitee ${canary('A')}`,
      organisationId: fx.organisations.A,
      role: 'professional',
      invitedBy: fx.users.A.administrator,
      now,
      expiresAt: new Date(now.getTime() + 86_400_000),
    });
    const person = await insertPerson(trx, {
      organisationId: fx.organisations.A,
      fullName: `Kind ${canary('A')}`,
      dateOfBirth: '2012-03-03',
      ageGroup: 'child',
      now,
    });
    personA = person;
    concernA = await insertConcern(trx, {
      organisationId: fx.organisations.A,
      personId: person,
      authorId: fx.users.A.professional,
      status: 'signals',
      sector: 'education',
      parentId: null,
      now,
    });
    apiClientA = await insertApiClient(trx, {
      organisationId: fx.organisations.A,
      name: `Bron ${canary('A')}`,
      tokenHash: hashToken(newToken()),
      scopes: ['circle:read'],
      createdBy: fx.users.A.administrator,
      now,
    });
    // A Veilig Thuis with an intake worker, and a report it received from organisation A.
    const vt = (await insertOrganisation(trx, { name: 'Veilig Thuis V', type: 'veiligThuis', now }))!;
    vtOrg = vt;
    vtIntake = await insertUser(trx, {
      email: 'intake.v@fixture.kring.nl',
      displayName: 'Intake V',
      passwordHash: 'x',
      now,
    });
    await insertMembership(trx, { userId: vtIntake, organisationId: vt, role: 'intakeWorker', now });
    reportV = (
      await insertReport(trx, {
        veiligThuisId: vt,
        kind: 'report',
        source: 'professional',
        acuteByReporter: false,
        receivedAt: now,
        dueOn: '2026-12-03',
        concernId: concernA,
        reporterOrganisationId: fx.organisations.A,
        reporterUserId: fx.users.A.professional,
        receiptHash: null,
        snapshot: {
          type: 'professionalAdvice',
          organisationName: 'School A',
          sector: 'education',
          ageGroup: 'child',
          meldcodeStep: 2,
          situation: `Situatie ${canary('A')}`,
          question: 'Wat nu?',
        },
        reporter: {
          name: `Melder ${canary('A')}`,
          role: 'Docent',
          organisationName: 'School A',
          phone: '0341 000000',
          email: 'melder@fixture.kring.nl',
          staysUnknown: false,
          staysUnknownReason: '',
        },
        subjects: [],
      })
    ).id;
  });
  // A signal of organisation A in the circle (issue 14).
  const professional: Actor = {
    userId: fx.users.A.professional,
    displayName: 'professional A',
    email: 'professional.a@fixture.kring.nl',
    membershipId: randomUUID(),
    organisationId: fx.organisations.A,
    organisationName: 'School A',
    organisationType: 'school',
    role: 'professional',
    factorAt: new Date(),
    membershipCount: 1,
  };
  signalA = (
    await registerSignal(contextFor(database.db, professional), app.kring.circle, {
      bsn: distinctBsns(1, 99)[0]!,
      dateOfBirth: '2013-04-02',
      contact: { name: `Contact ${canary('A')}`, role: 'Mentor', phone: '0341-000000', email: '' },
      informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
    })
  ).id;
}, 60_000);
afterAll(() => close());

/** Sample values for path parameters, by route and parameter: objects of organisation A. */
function samplePath(url: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => {
    if (url.startsWith('/beheer/gebruikers/') || url.startsWith('/en/beheer/gebruikers/'))
      return fx.users.A.professional;
    if (url.includes('/beheer/uitnodigingen/')) return invitationA;
    if (url.includes('/beheer/api-koppelingen/')) return apiClientA;
    if (url.startsWith('/api/v1/circle/signals/')) return NO_SUCH_ID;
    if (name === 'file') return 'kring.000000000000.css';
    if (url.includes('/zorgen/:id')) return name === 'id' ? concernA : NO_SUCH_ID;
    if (url.includes('/veilig-thuis/meldingen/:id')) return reportV;
    if (url.includes('/privacy/logboek/betrokkene/:id')) return personA;
    if (url.includes('/kring/:id')) return signalA;
    throw new Error(`No sample for :${name} in ${url}: add one to the authorization matrix`);
  });
}

function methods(route: RouteSeen): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD' && m !== 'OPTIONS');
}

/**
 * The titles of the page of a meldcode step that is not the role's (CONCERN_STEP_NOT_FOR_ROLE), and of
 * the circle's page for those without a basis (a volunteer's registration, refused by the service).
 */
const STEP_NOT_FOR_ROLE_TITLES = [
  messages('nl').errors.stepNotForRoleTitle,
  messages('en').errors.stepNotForRoleTitle,
  messages('nl').circle.noBasis.title,
  messages('en').circle.noBasis.title,
];

/**
 * What the hand-written table (test/authorization-table.ts) says an identity gets on a route: never
 * computed from `can()` or the route's declared policy, which are what is under test.
 */
function expected(
  route: RouteSeen,
  method: string,
  who: Identity,
): 'open' | 'signIn' | 'forbidden' | 'allowed' | 'token' {
  const key = `${method} ${route.url.replace(/^\/en(?=\/|$)/, '') || '/'}`;
  const audience = ROUTE_AUDIENCE[key];
  if (!audience) throw new Error(`${key} is not in test/authorization-table.ts: add it, with who may use it`);
  if (audience === 'anyone') return 'open';
  // The circle's API ignores sessions: without a bearer token everyone is unauthenticated (ADR 0033).
  if (audience === 'apiClients') return 'token';
  if (who.key === 'anonymous') return 'signIn';
  return (AUDIENCES[audience] as readonly IdentityName[]).includes(who.key) ? 'allowed' : 'forbidden';
}

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

/** The id of the newest audit row. */
async function lastAuditId(): Promise<string> {
  const row = await database.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return String(row?.id ?? '0');
}

/** A checksum of every table that holds state (not the audit log, not session bookkeeping). */
async function stateChecksum(): Promise<string> {
  const tables = [
    'organisation',
    'app_user',
    'membership',
    'recovery_code',
    'invitation',
    'password_reset',
    'kring_meta',
    'person',
    'concern',
    'concern_member',
    'household_member',
    'concern_entry',
    'consultation_request',
    'concern_attachment',
    'vt_report',
    'vt_reporter',
    'vt_report_subject',
    'vt_report_event',
    'circle_signal',
    'circle_signal_tombstone',
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await sql<{
      r: string;
    }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as r from ${sql.table(table)} t`.execute(
      database.db,
    );
    parts.push(`${table}:${rows.rows[0]!.r}`);
  }
  const sessions = await sql<{
    r: string;
  }>`select md5(coalesce(string_agg(id_hash || stage || coalesce(membership_id::text, ''), '|' order by id_hash), '')) as r from user_session`.execute(
    database.db,
  );
  parts.push(`sessions:${sessions.rows[0]!.r}`);
  return parts.join(',');
}

describe('T2: another organisation’s objects', () => {
  it('answer 404 to organisation B on every route with an object id, leak no canary and change nothing', async () => {
    // The circle's API ignores sessions; its other organisation's signal is in circle-api.http.test.ts.
    const objectRoutes = app.kring.routes.filter(
      (r) => r.url.includes(':') && !r.url.includes('/assets/') && !r.url.startsWith('/api/v1/'),
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
          const rows = await database.db.selectFrom('audit_event').selectAll().where('id', '>', lastRow).execute();
          expect(rows, cell).toHaveLength(1);
          if (!forbidden && /^(\/en)?\/kring\//.test(url)) {
            // The circle writes its own refusal row (ADR 0031): circle.*, denied, the signal named.
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
            target_organisation_id: roleChange ? null : url.includes('/veilig-thuis/') ? vtOrg : fx.organisations.A,
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
