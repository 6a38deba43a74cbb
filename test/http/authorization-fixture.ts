// SPDX-License-Identifier: EUPL-1.2
/**
 * The app, the objects and the helpers of the authorization tests (docs/security.md T1, T2, T7, T16 in
 * part): authorization.http.test.ts (the matrix), authorization-objects.http.test.ts (another
 * organisation's objects, refusals audited) and authorization-forgery.http.test.ts (forged writes,
 * GETs without side effects). Importing this module gives the test file one app for all its tests
 * (its beforeAll and afterAll): two schools A and B with a user per role, a municipality's
 * administrator, a Veilig Thuis with an intake worker, and objects of organisation A on every kind of
 * route. The bindings below follow it.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { Actor } from '#src/core/authz.ts';
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
import { Agent, canary, type Fixtures, seedFixtures } from '#test/agent.ts';
import { AUDIENCES, type IdentityName, ROUTE_AUDIENCE } from '#test/authorization-table.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { contextFor, createMember } from '#test/fixtures/circle.ts';
import { createTestApp } from '#test/setup.ts';

export let app: FastifyInstance;
export let database: DatabaseHandle;
let close: () => Promise<void>;
export let fx: Fixtures;
export let municipalityAdmin: string;
let invitationA: string;
let concernA: string;
let personA: string;
export let vtIntake: string;
let reportV: string;
export let vtOrg: string;
export let signalA: string;
/** The team of organisation A's signal and youth care's (a third organisation). */
export let teamA: string;
let apiClientA: string;
let partnerP: string;
let meetingM: string;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** An identity of the matrix: anonymous, one role of organisation A, or one of another organisation. */
export type Identity = { key: IdentityName; userId?: string };

/** An agent with a fresh active session for a user (acting for their first organisation). */
export async function sessionFor(userId: string): Promise<Agent> {
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
  // Youth care (neither A nor B) registers the same young person: organisation A's team (ADR 0035).
  const youthCare = await createMember(
    database.db,
    { name: 'Jeugdzorg C', type: 'youthCare' },
    { name: 'Jeugdhulpverlener', role: 'professional' },
  );
  await registerSignal(contextFor(database.db, youthCare), app.kring.circle, {
    bsn: distinctBsns(1, 99)[0]!,
    dateOfBirth: '2013-04-02',
    contact: { name: 'Jeugdhulpverlener', role: 'Jeugdhulp', phone: '0341-000001', email: '' },
    informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
  });
  teamA = (
    await database.db
      .selectFrom('circle_team_member')
      .select('team_id')
      .where('signal_id', '=', signalA)
      .executeTakeFirstOrThrow()
  ).team_id;
  // A partner in the network's directory (issue 15): the municipality's, no organisation's.
  partnerP = (
    await database.db
      .insertInto('network_partner')
      .values({
        name: `Partner ${canary('A')}`,
        type: 'socialTeam',
        audiences: ['children'],
        description_nl: 'Hulp dichtbij.',
        phone: '0341 000002',
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  // A published network meeting (issue 15): the municipality's, no organisation's.
  meetingM = (
    await database.db
      .insertInto('meeting')
      .values({
        title: `Bijeenkomst ${canary('A')}`,
        starts_at: new Date('2099-11-15T18:30:00Z'),
        ends_at: new Date('2099-11-15T21:00:00Z'),
        place_name: 'Stadhuis',
        place_address: 'Havendam 56',
        agenda: ['Welkom'],
        capacity: 80,
        published: true,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}, 60_000);
afterAll(() => close());

/** Sample values for path parameters, by route and parameter: objects of organisation A. */
export function samplePath(url: string): string {
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
    if (url.includes('/kring/samenwerking/:id')) return name === 'id' ? teamA : NO_SUCH_ID;
    if (url.includes('/nieuws/')) return name === 'slug' ? 'geen-artikel' : name === 'version' ? '1' : NO_SUCH_ID;
    if (url.includes('/netwerk/partners/:id')) return partnerP;
    if (url.includes('/bijeenkomsten/:id')) return name === 'id' ? meetingM : NO_SUCH_ID;
    throw new Error(`No sample for :${name} in ${url}: add one to the authorization matrix`);
  });
}

export function methods(route: RouteSeen): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD' && m !== 'OPTIONS');
}

/**
 * What the hand-written table (test/authorization-table.ts) says an identity gets on a route: never
 * computed from `can()` or the route's declared policy, which are what is under test.
 */
export function expected(
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

/** A checksum of every table that holds state (not the audit log, not session bookkeeping). */
export async function stateChecksum(): Promise<string> {
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
    'news_article',
    'news_article_version',
    'news_image',
    'network_partner',
    'meeting',
    'meeting_registration',
    'meeting_action',
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
