// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 11, finding 5 (ADR 0024): probing another organisation's records leaves a trace. Every
 * refused object access writes one `object.denied` audit row with the object as the actor named it
 * and, when it exists, the organisation it belongs to; `route.denied` rows name the route's
 * parameters; the privacy officers of both organisations see the attempt; and the 404 itself stays
 * byte for byte the same for an object of another organisation and one that does not exist.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '#src/core/secrets.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { routeParamType } from '#src/modules/audit/refusals.ts';
import { addAttachment } from '#src/modules/concerns/entry.service.ts';
import { insertInvitation } from '#src/modules/identity/admin.repository.ts';
import { canary, type Fixtures, seedFixtures } from '#test/agent.ts';
import {
  contextFor,
  createAdviceRequest,
  createConcern,
  createMember,
  createOrganisation,
  type Member,
  withSession,
} from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let database: DatabaseHandle;
let fx: Fixtures;
let concernA: string;
let concernB: string;
let attachmentA: string;
let invitationA: string;
let membershipA: string;
let vtV: string;
let reportV: string;
let intakeW: string;
let intakeWorkerW: Member;

/** An agent with a fresh active session for a member, acting for their organisation. */
const sessionFor = (member: Member) => withSession(t.app, member);

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 100_000 });
  database = t.database;
  fx = await seedFixtures(database.db, t.app.kring.config);
  const child = (org: 'A' | 'B') => ({
    by: fx.members[org].professional,
    fullName: `Kind ${canary(org)}`,
    dateOfBirth: '2013-04-04',
  });
  const a = await createConcern(t.app, child('A'));
  concernA = a.id;
  concernB = (await createConcern(t.app, child('B'))).id;
  const bytes = Buffer.from('png');
  attachmentA = await addAttachment(
    contextFor(t.app, fx.members.A.professional),
    concernA,
    {
      ok: true,
      kind: 'png',
      mediaType: 'image/png',
      extension: 'png',
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      displayName: `foto-${canary('A')}.png`,
    },
    '',
    t.app.kring.attachments,
  );
  invitationA = await database.db.transaction().execute((trx) => {
    const now = new Date();
    return insertInvitation(trx, {
      tokenHash: hashToken(newToken()),
      email: 'invitee.refusals@fixture.kring.nl',
      displayName: `Invitee ${canary('A')}`,
      organisationId: fx.organisations.A,
      role: 'professional',
      invitedBy: fx.users.A.administrator,
      now,
      expiresAt: new Date(now.getTime() + 86_400_000),
    });
  });
  // Two Veilig Thuis organisations, V and W, each with an intake worker; V received an advice request.
  const v = await createOrganisation(t.app, { name: `Veilig Thuis V ${canary('A')}`, type: 'veiligThuis' });
  vtV = v.id;
  const vtW = await createOrganisation(t.app, { name: 'Veilig Thuis W', type: 'veiligThuis' });
  intakeWorkerW = await createMember(t.app, 'intakeWorker', {
    organisation: vtW,
    email: 'intake.w@fixture.kring.nl',
    displayName: 'Intake W',
  });
  intakeW = intakeWorkerW.userId;
  reportV = (
    await createAdviceRequest(t.app, a, {
      veiligThuisName: v.name,
      situation: `Situatie ${canary('A')}`,
      question: 'Wat nu?',
    })
  ).id;
  membershipA = fx.members.A.professional.membershipId;
}, 60_000);
afterAll(() => t.close());

/** The id of the newest audit row, to find the rows a request adds. */
async function lastAuditId(): Promise<string> {
  const row = await database.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return String(row?.id ?? '0');
}

/** The audit rows written after `after`, oldest first. */
function auditRowsAfter(after: string) {
  return database.db.selectFrom('audit_event').selectAll().where('id', '>', after).orderBy('id').execute();
}

/** Sends a request and returns the response with the audit rows it wrote. */
async function probe(send: () => Promise<LightMyRequestResponse>) {
  const before = await lastAuditId();
  const res = await send();
  return { res, rows: await auditRowsAfter(before) };
}

describe('a refused object writes one object.denied row (finding 5)', () => {
  it('another organisation’s concern: the concern as tried, its organisation, and the actor', async () => {
    const agent = await sessionFor(fx.members.B.safeguardingLead);
    const { res, rows } = await probe(() => agent.get(`/zorgen/${concernA}`));
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(canary('A'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_type_code: 'object.denied',
      event_action_code: 'R',
      event_outcome_indicator: 4,
      user_id: fx.users.B.safeguardingLead,
      role_id_code: 'safeguardingLead',
      organisation_id: fx.organisations.B,
      on_behalf_of_user_id: fx.users.B.safeguardingLead,
      network_access_point_id: 'web',
      purpose_of_use: 'authorization',
      participant_object_type_code: 'concern',
      participant_object_id: concernA,
      target_organisation_id: fx.organisations.A,
    });
    expect(rows[0]!.request_id).toBeTruthy();
  });

  it('a concern that does not exist: the same row without an organisation', async () => {
    const agent = await sessionFor(fx.members.B.safeguardingLead);
    const missing = randomUUID();
    const { res, rows } = await probe(() => agent.get(`/en/zorgen/${missing}/chronologie`));
    expect(res.statusCode).toBe(404);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_type_code: 'object.denied',
      event_outcome_indicator: 4,
      user_id: fx.users.B.safeguardingLead,
      organisation_id: fx.organisations.B,
      participant_object_type_code: 'concern',
      participant_object_id: missing,
      target_organisation_id: null,
      data_subject_pseudonym: null,
    });
  });

  it('a form posted to another organisation’s concern: refused as an attempt to act (E), nothing written', async () => {
    const agent = await sessionFor(fx.members.B.professional);
    const before = await database.db.selectFrom('concern_entry').select('id').execute();
    const { res, rows } = await probe(() =>
      agent.post(`/zorgen/${concernA}/signaal?soort=observation`, { text: 'x', date: '2026-11-01' }),
    );
    expect(res.statusCode).toBe(404);
    expect(await database.db.selectFrom('concern_entry').select('id').execute()).toHaveLength(before.length);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_type_code: 'object.denied',
      event_action_code: 'E',
      participant_object_type_code: 'concern',
      participant_object_id: concernA,
      target_organisation_id: fx.organisations.A,
    });
  });

  it('an attachment of another organisation, tried through one’s own concern, names the attachment', async () => {
    const agent = await sessionFor(fx.members.B.professional);
    const { res, rows } = await probe(() => agent.get(`/zorgen/${concernB}/bijlagen/${attachmentA}`));
    expect(res.statusCode).toBe(404);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_type_code: 'object.denied',
      participant_object_type_code: 'concern_attachment',
      participant_object_id: attachmentA,
      target_organisation_id: fx.organisations.A,
    });
    // Through the other organisation's concern, the concern is what was refused.
    const direct = await probe(() => agent.get(`/zorgen/${concernA}/bijlagen/${attachmentA}`));
    expect(direct.res.statusCode).toBe(404);
    expect(direct.rows).toHaveLength(1);
    expect(direct.rows[0]).toMatchObject({
      participant_object_type_code: 'concern',
      participant_object_id: concernA,
      target_organisation_id: fx.organisations.A,
    });
  });

  it('a report of another Veilig Thuis, and a user, membership and invitation of another organisation', async () => {
    const intake = await sessionFor(intakeWorkerW);
    const report = await probe(() => intake.get(`/veilig-thuis/meldingen/${reportV}`));
    expect(report.res.statusCode).toBe(404);
    expect(report.res.body).not.toContain(canary('A'));
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({
      event_type_code: 'object.denied',
      user_id: intakeW,
      participant_object_type_code: 'report',
      participant_object_id: reportV,
      target_organisation_id: vtV,
    });

    const admin = await sessionFor(fx.members.B.administrator);
    const cases = [
      [() => admin.get(`/beheer/gebruikers/${fx.users.A.professional}`), 'user', fx.users.A.professional],
      [
        () =>
          admin.post(`/beheer/gebruikers/${fx.users.A.professional}/rol`, {
            membership: membershipA,
            role: 'coordinator',
          }),
        'membership',
        membershipA,
      ],
      [() => admin.post(`/beheer/uitnodigingen/${invitationA}/intrekken`), 'invitation', invitationA],
    ] as const;
    for (const [send, type, id] of cases) {
      const { res, rows } = await probe(send);
      expect(res.statusCode, type).toBe(404);
      expect(rows, type).toHaveLength(1);
      expect(rows[0], type).toMatchObject({
        event_type_code: 'object.denied',
        user_id: fx.users.B.administrator,
        organisation_id: fx.organisations.B,
        participant_object_type_code: type,
        participant_object_id: id,
        target_organisation_id: fx.organisations.A,
      });
    }
  });

  it('an id that is no id is recorded as tried: cleaned, bounded, with the route’s kind, and never echoed', async () => {
    const agent = await sessionFor(fx.members.B.safeguardingLead);
    const tried = [
      ["' or 1=1 --", "' or 1=1 --"],
      ['\u0000<script>x</script>\n', '\uFFFD<script>x</script>\uFFFD'],
      ['x'.repeat(100), 'x'.repeat(100)],
    ];
    for (const [id, stored] of tried) {
      const { res, rows } = await probe(() => agent.get(`/zorgen/${encodeURIComponent(id!)}`));
      expect(res.statusCode, id).toBe(404);
      expect(res.body).not.toContain('<script>x');
      expect(rows, id).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        event_type_code: 'object.denied',
        participant_object_type_code: 'concern',
        participant_object_id: stored,
        target_organisation_id: null,
      });
    }
    // The second id of a route, when it is no id: refused before anything is looked up, as its own kind.
    const attachment = await probe(() => agent.get(`/zorgen/${concernA}/bijlagen/geen-id`));
    expect(attachment.res.statusCode).toBe(404);
    expect(attachment.rows).toHaveLength(1);
    expect(attachment.rows[0]).toMatchObject({
      participant_object_type_code: 'concern_attachment',
      participant_object_id: 'geen-id',
      target_organisation_id: null,
    });
  });
});

describe('every object route’s parameters have a kind (finding 5)', () => {
  it('so that a refusal there is recorded as a concern, report, user …, never without one', () => {
    const params = t.app.kring.routes.flatMap((r) =>
      [...r.url.matchAll(/:(\w+)/g)].map((m) => [r.url, m[1]!] as const).filter(([url]) => !url.startsWith('/assets/')),
    );
    expect(params.length).toBeGreaterThan(20);
    for (const [url, param] of params) expect(routeParamType(url, param), `${url} :${param}`).toBeDefined();
  });
});

describe('route.denied names the route’s parameters (finding 5)', () => {
  it('a role without the permission, on another organisation’s concern: the id and its organisation', async () => {
    const agent = await sessionFor(fx.members.B.administrator);
    const { res, rows } = await probe(() => agent.get(`/zorgen/${concernA}/chronologie`));
    expect(res.statusCode).toBe(403);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_type_code: 'route.denied',
      event_outcome_indicator: 4,
      user_id: fx.users.B.administrator,
      organisation_id: fx.organisations.B,
      participant_object_type_code: 'route',
      participant_object_id: `GET /zorgen/:id/chronologie id=${concernA}`,
      target_organisation_id: fx.organisations.A,
    });
  });
});

/**
 * A response with what differs per response replaced: the CSP nonce (in the header and in the page),
 * the Date header, and the id the request itself named (the page's language link repeats its own
 * URL). Nothing else is touched: status, every other header and the body must match.
 */
function normalised(res: LightMyRequestResponse, id: string) {
  const nonce = /'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))?.[1];
  expect(nonce).toBeTruthy();
  const { date: _date, ...headers } = res.headers;
  const strip = (text: string) => text.split(nonce!).join('NONCE').split(id).join('ID');
  return {
    status: res.statusCode,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, strip(String(v))])),
    body: strip(res.body),
  };
}

describe('the 404 is the same for another organisation’s object and for none (finding 5)', () => {
  it('byte for byte, apart from the nonce and the date, on every kind of object route', async () => {
    const lead = await sessionFor(fx.members.B.safeguardingLead);
    const intake = await sessionFor(intakeWorkerW);
    const admin = await sessionFor(fx.members.B.administrator);
    const missing = randomUUID();
    const pairs = [
      [lead, (id: string) => `/zorgen/${id}`, concernA],
      [lead, (id: string) => `/en/zorgen/${id}`, concernA],
      [lead, (id: string) => `/zorgen/${id}/chronologie.pdf`, concernA],
      [lead, (id: string) => `/zorgen/${concernB}/bijlagen/${id}`, attachmentA],
      [intake, (id: string) => `/veilig-thuis/meldingen/${id}`, reportV],
      [admin, (id: string) => `/beheer/gebruikers/${id}`, fx.users.A.professional],
    ] as const;
    for (const [agent, url, existing] of pairs) {
      const foreign = await agent.get(url(existing));
      const none = await agent.get(url(missing));
      expect(foreign.statusCode, url(existing)).toBe(404);
      expect(normalised(foreign, existing), url(existing)).toEqual(normalised(none, missing));
    }
    const post = (id: string) => lead.post(`/zorgen/${id}/signaal?soort=observation`, { text: 'x' });
    expect(normalised(await post(concernA), concernA)).toEqual(normalised(await post(missing), missing));
  });
});

describe('the privacy officers see the attempt (finding 5)', () => {
  it('of the organisation tried and of the actor, in Dutch and English; no one else', async () => {
    const agent = await sessionFor(fx.members.B.safeguardingLead);
    expect((await agent.get(`/zorgen/${concernA}`)).statusCode).toBe(404);
    expect((await agent.get('/zorgen/niet-een-id')).statusCode).toBe(404);
    const intake = await sessionFor(intakeWorkerW);
    expect((await intake.get(`/veilig-thuis/meldingen/${reportV}`)).statusCode).toBe(404);

    const officerA = await sessionFor(fx.members.A.privacyOfficer);
    const logA = await officerA.get('/privacy/logboek?soort=object.denied');
    expect(logA.statusCode).toBe(200);
    expect(logA.body).toContain('Geweigerde toegang (object.denied)');
    expect(logA.body).toContain(`zorg ${concernA}`);
    // Who tried: the other organisation's user, by name and organisation, without a link to their
    // overview (their own organisation's to read).
    expect(logA.body).toContain(`safeguardingLead B ${canary('B')}`);
    expect(logA.body).toContain(`van School B ${canary('B')}`);
    expect(logA.body).not.toContain(`gebruiker=${fx.users.B.safeguardingLead}`);
    // An id that is no id concerns no organisation but the actor's.
    expect(logA.body).not.toContain('niet-een-id');
    // Not the report of another Veilig Thuis, by someone of neither organisation.
    expect(logA.body).not.toContain(reportV);
    expect((await officerA.get('/en/privacy/logboek?soort=object.denied')).body).toContain('Refused access');
    // "Who looked at this child?" shows who tried, too.
    const person = await database.db
      .selectFrom('concern')
      .select('person_id')
      .where('id', '=', concernA)
      .executeTakeFirstOrThrow();
    const child = await officerA.get(`/privacy/logboek/persoon?betrokkene=${person.person_id}`);
    expect(child.statusCode).toBe(200);
    expect(child.body).toContain('Probeerde gegevens te openen zonder toegang (geweigerd)');
    expect(child.body).toContain(`School B ${canary('B')}`);

    const officerB = await sessionFor(fx.members.B.privacyOfficer);
    const logB = await officerB.get('/privacy/logboek?soort=object.denied');
    expect(logB.body).toContain('Geweigerde toegang');
    expect(logB.body).toContain(`zorg ${concernA}`);
    expect(logB.body).toContain('zorg niet-een-id (geen geldig id)');
    expect(logB.body).toContain(`gebruiker=${fx.users.B.safeguardingLead}`);
    expect(logB.body).not.toContain(reportV);
    // B's officer learns nothing of A from the row: not whether the concern exists, nor whose it is.
    expect(logB.body).not.toContain(canary('A'));
  });
});
