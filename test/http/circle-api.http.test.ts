// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's API for source systems (issue 14 item 7, ADR 0033) over HTTP: bearer tokens of
 * per-organisation clients (wrong, revoked, rotated), scopes, the professional named in the call,
 * another organisation's signal (404, audited), bad input as problem details with field errors and
 * never a BSN, the per-client rate limit, the administrator's page and the OpenAPI document. Every
 * response is finally validated against the generated document (the contract).
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '#src/core/context.ts';
import { createApiClient, revokeApiClient, rotateApiClient } from '#src/modules/circle/api-client.service.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, serviceContext } from '#test/agent.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { createTestApp } from '#test/setup.ts';
import { contractFailures, type SeenResponse } from './circle-api-contract.ts';

const RATE = 8;
let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const seen: SeenResponse[] = [];
const [BSN_1, BSN_2, BSN_3, BSN_4] = distinctBsns(4, 4711) as [string, string, string, string];
const ALL = ['circle:register', 'circle:withdraw', 'circle:read'];

beforeAll(async () => {
  t = await createTestApp({ circleApiRateLimit: RATE, authRateLimit: 1000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
}, 60_000);
afterAll(() => t.close());

/** One signed-in agent per user for the whole file (a second factor's code is good once per step). */
const agents = new Map<string, Agent>();
async function signedIn(email: string): Promise<Agent> {
  const known = agents.get(email);
  if (known) return known;
  const agent = await new Agent(t.app).signIn(email);
  agents.set(email, agent);
  return agent;
}

function adminOf(org: 'A' | 'B'): Promise<RequestContext> {
  return serviceContext(t.app, fx, org, 'administrator');
}

async function newClient(org: 'A' | 'B', scopes: string[] = ALL): Promise<{ id: string; token: string }> {
  return createApiClient(await adminOf(org), { name: `Bron ${org}`, scopes });
}

/** One API call, recorded for the contract check. */
async function call(
  method: 'GET' | 'POST',
  template: string,
  token: string | undefined,
  options: { params?: Record<string, string>; body?: unknown; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const url = `/api/v1/circle${template}`.replace(/:(\w+)/g, (_m, name: string) => options.params![name]!);
  const res = await t.app.inject({
    method,
    url,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...options.headers },
    ...(options.body !== undefined && { payload: options.body as object }),
  });
  seen.push({ method, template: `/api/v1/circle${template}`, res });
  return res;
}

function registration(org: 'A' | 'B', bsn: string, over: Record<string, unknown> = {}) {
  return {
    bsn,
    dateOfBirth: '2013-04-02',
    contact: { name: 'Prof', role: 'mentor', phone: '0341-123456', email: fixtureEmail(org, 'professional') },
    informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
    ...over,
  };
}

async function auditRows(since: Date) {
  return t.database.db
    .selectFrom('audit_event')
    .selectAll()
    .where('event_date_time', '>=', since)
    .orderBy('id')
    .execute();
}

function expectProblem(res: LightMyRequestResponse, status: number): Record<string, unknown> {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body.status).toBe(status);
  expect(body.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(typeof body.title).toBe('string');
  expect(typeof body.type).toBe('string');
  return body;
}

describe('registering, listing and withdrawing', () => {
  it('works for a client of organisation A, audited as A and the professional named', async () => {
    const { token } = await newClient('A');
    const before = new Date(Date.now() - 1);
    const made = await call('POST', '/signals', token, { body: registration('A', BSN_1) });
    expect(made.statusCode).toBe(201);
    const { id, matches } = made.json() as { id: string; matches: number };
    expect(matches).toBe(0);

    const listed = await call('GET', '/signals', token, {
      headers: { 'kring-professional': fixtureEmail('A', 'professional') },
    });
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as { signals: Array<{ id: string }> }).signals.map((s) => s.id)).toEqual([id]);
    expect(listed.body).not.toContain(BSN_1);

    const ended = await call('POST', '/signals/:id/withdrawal', token, {
      params: { id },
      body: { professional: fixtureEmail('A', 'professional') },
    });
    expect(ended.statusCode).toBe(204);
    expect(ended.body).toBe('');

    const rows = await auditRows(before);
    const types = rows.filter((r) => r.event_type_code.startsWith('circle.signal')).map((r) => r.event_type_code);
    expect(types).toEqual(['circle.signal.register', 'circle.signal.list', 'circle.signal.withdraw']);
    for (const row of rows.filter((r) => r.event_type_code.startsWith('circle.signal'))) {
      expect(row.user_id).toBe(fx.users.A.professional);
      expect(row.organisation_id).toBe(fx.organisations.A);
      expect(row.network_access_point_id).toMatch(/^api:[0-9a-f-]{36}$/);
      expect(row.event_outcome_indicator).toBe(0);
    }
  });

  it('matches a signal of another organisation (the count, never who)', async () => {
    const a = await newClient('A');
    const b = await newClient('B');
    expect((await call('POST', '/signals', a.token, { body: registration('A', BSN_2) })).statusCode).toBe(201);
    const res = await call('POST', '/signals', b.token, { body: registration('B', BSN_2) });
    expect(res.statusCode).toBe(201);
    expect((res.json() as { matches: number }).matches).toBe(1);
    // Both professionals hear of it by the content-free e-mail, as when registered in the browser.
    const to = () => (t.app.kring.mailer.outbox ?? []).map((m) => m.to).sort();
    await expect
      .poll(to, { timeout: 15_000 })
      .toEqual([fixtureEmail('A', 'professional'), fixtureEmail('B', 'professional')].sort());
  });
});

describe('tokens', () => {
  it('refuses no token, a malformed and an unknown token with 401 problems and WWW-Authenticate', async () => {
    for (const token of [undefined, 'nonsense', `kring_circle_${'A'.repeat(43)}`]) {
      const res = await call('GET', '/signals', token, { headers: { 'kring-professional': 'x@y.nl' } });
      const body = expectProblem(res, 401);
      expect(body.code).toBe('AUTH_UNAUTHENTICATED');
      expect(String(res.headers['www-authenticate'])).toMatch(/^Bearer realm="kring"/);
    }
  });

  it('refuses a revoked token and a rotated one at once; the new token works', async () => {
    const admin = await adminOf('A');
    const revoked = await newClient('A');
    await revokeApiClient(admin, revoked.id);
    expectProblem(await call('POST', '/signals', revoked.token, { body: registration('A', BSN_3) }), 401);

    const rotated = await newClient('A');
    const fresh = (await rotateApiClient(admin, rotated.id))?.token;
    expect(fresh).toMatch(/^kring_circle_[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(rotated.token);
    expectProblem(await call('POST', '/signals', rotated.token, { body: registration('A', BSN_3) }), 401);
    expect((await call('POST', '/signals', fresh, { body: registration('A', BSN_3) })).statusCode).toBe(201);
    // Only the hash is stored.
    const stored = await t.database.db.selectFrom('circle_api_client').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(fresh!.slice('kring_circle_'.length));
  });
});

describe('scopes and who acts', () => {
  it('refuses an operation outside the scopes with a 403 problem, audited for the organisation', async () => {
    const { token, id } = await newClient('A', ['circle:read']);
    const before = new Date(Date.now() - 1);
    const body = expectProblem(await call('POST', '/signals', token, { body: registration('A', BSN_4) }), 403);
    expect(body.code).toBe('AUTH_FORBIDDEN');
    const rows = await auditRows(before);
    expect(
      rows.map((r) => [r.event_type_code, r.organisation_id, r.participant_object_id, r.event_outcome_indicator]),
    ).toEqual([['circle.api.scope_denied', fx.organisations.A, id, 4]]);
  });

  it('refuses a professional who is no member of the organisation (field error), and a volunteer (403)', async () => {
    const { token } = await newClient('A');
    const unknown = registration('A', BSN_4, {
      contact: { name: 'X', role: 'Y', phone: '', email: fixtureEmail('B', 'professional') },
    });
    const body = expectProblem(await call('POST', '/signals', token, { body: unknown }), 400);
    expect(body.errors).toEqual([
      { pointer: '/body/contact/email', code: 'professionalUnknown', detail: expect.any(String) },
    ]);
    const before = new Date(Date.now() - 1);
    const volunteer = registration('A', BSN_4, {
      contact: { name: 'V', role: 'vrijwilliger', phone: '', email: fixtureEmail('A', 'volunteer') },
    });
    expectProblem(await call('POST', '/signals', token, { body: volunteer }), 403);
    const rows = await auditRows(before);
    expect(rows.map((r) => [r.event_type_code, r.user_id, r.event_outcome_indicator])).toEqual([
      ['circle.signal.register', fx.users.A.volunteer, 4],
    ]);
  });

  it("answers another organisation's signal as one that does not exist, and audits the attempt", async () => {
    const a = await newClient('A');
    const b = await newClient('B');
    const made = await call('POST', '/signals', a.token, { body: registration('A', distinctBsns(1, 99)[0]!) });
    const { id } = made.json() as { id: string };
    const before = new Date(Date.now() - 1);
    const res = await call('POST', '/signals/:id/withdrawal', b.token, {
      params: { id },
      body: { professional: fixtureEmail('B', 'professional') },
    });
    expect(expectProblem(res, 404).code).toBe('HTTP_NOT_FOUND');
    const rows = await auditRows(before);
    expect(
      rows.map((r) => [
        r.event_type_code,
        r.user_id,
        r.organisation_id,
        r.participant_object_id,
        r.event_outcome_indicator,
      ]),
    ).toEqual([['circle.signal.withdraw', fx.users.B.professional, fx.organisations.B, id, 4]]);
    // Still there for A.
    const listed = await call('GET', '/signals', a.token, {
      headers: { 'kring-professional': fixtureEmail('A', 'professional') },
    });
    expect((listed.json() as { signals: Array<{ id: string }> }).signals.map((s) => s.id)).toContain(id);
  });
});

describe('bad input', () => {
  it("answers the circle's rules as field errors, never with the BSN", async () => {
    const { token } = await newClient('A');
    const wrongBsn = '123456789';
    const res = await call('POST', '/signals', token, {
      body: registration('A', wrongBsn, { dateOfBirth: '1990-01-01', parentBsns: [wrongBsn] }),
    });
    const body = expectProblem(res, 400);
    expect(body.code).toBe('REQUEST_VALIDATION');
    const errors = body.errors as Array<{ pointer: string; code: string }>;
    expect(errors.map((e) => [e.pointer, e.code]).sort()).toEqual([
      ['/body/bsn', 'bsnInvalid'],
      ['/body/dateOfBirth', 'dateOfBirthTooOld'],
      ['/body/parentBsns/0', 'parentBsnInvalid'],
    ]);
    expect(res.body).not.toContain(wrongBsn);
  });

  it('answers a wrong shape with the fields named by the schema, and no 5xx for junk', async () => {
    const { token } = await newClient('A');
    const res = await call('POST', '/signals', token, {
      body: { bsn: 123, dateOfBirth: '2013-04-02', contact: { name: 'x' }, extra: BSN_1 },
    });
    const body = expectProblem(res, 400);
    const pointers = (body.errors as Array<{ pointer: string }>).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/bsn', '/body/contact/role', '/body/informing']));
    expect(res.body).not.toContain(BSN_1);

    for (const payload of ['{not json', '[]', 'null']) {
      const junk = await t.app.inject({
        method: 'POST',
        url: '/api/v1/circle/signals',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload,
      });
      seen.push({ method: 'POST', template: '/api/v1/circle/signals', res: junk });
      expectProblem(junk, 400);
    }
    const noHeader = expectProblem(await call('GET', '/signals', token), 400);
    expect((noHeader.errors as Array<{ pointer: string }>).map((e) => e.pointer)).toEqual([
      '/headers/kring-professional',
    ]);
    const badId = await call('POST', '/signals/:id/withdrawal', token, {
      params: { id: 'not-a-uuid' },
      body: { professional: fixtureEmail('A', 'professional') },
    });
    expectProblem(badId, 404);
  });
});

describe('the rate limit', () => {
  it('answers 429 problems with Retry-After once a client has used its requests, per client', async () => {
    const a = await newClient('A');
    const b = await newClient('A');
    const headers = { 'kring-professional': fixtureEmail('A', 'professional') };
    for (let i = 0; i < RATE; i++) expect((await call('GET', '/signals', a.token, { headers })).statusCode).toBe(200);
    const res = await call('GET', '/signals', a.token, { headers });
    expect(expectProblem(res, 429).code).toBe('HTTP_RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await call('GET', '/signals', b.token, { headers })).statusCode).toBe(200);
  });
});

describe("the administrator's page", () => {
  it('makes a client (token shown once), gives it a new token and revokes it', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const made = await admin.post('/beheer/api-koppelingen', { name: 'Leerlingvolgsysteem', scopes: ['circle:read'] });
    expect(made.statusCode).toBe(200);
    const token = /kring_circle_[A-Za-z0-9_-]{43}/.exec(made.body)?.[0];
    expect(token).toBeDefined();
    const page = await admin.get('/beheer/api-koppelingen');
    expect(page.body).toContain('Leerlingvolgsysteem');
    expect(page.body).not.toContain(token!);
    const headers = { 'kring-professional': fixtureEmail('A', 'professional') };
    expect((await call('GET', '/signals', token, { headers })).statusCode).toBe(200);

    const id = (
      await t.database.db
        .selectFrom('circle_api_client')
        .select('id')
        .where('name', '=', 'Leerlingvolgsysteem')
        .executeTakeFirstOrThrow()
    ).id;
    const rotated = await admin.post(`/beheer/api-koppelingen/${id}/sleutel`);
    const fresh = /kring_circle_[A-Za-z0-9_-]{43}/.exec(rotated.body)?.[0];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(token);
    expectProblem(await call('GET', '/signals', token, { headers }), 401);
    expect((await call('GET', '/signals', fresh, { headers })).statusCode).toBe(200);

    const revoked = await admin.post(`/beheer/api-koppelingen/${id}/intrekken`);
    expect(revoked.statusCode).toBe(303);
    expectProblem(await call('GET', '/signals', fresh, { headers }), 401);
  });

  it('keeps what was typed and names the field when the input is wrong; B cannot touch A’s client', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const res = await admin.post('/beheer/api-koppelingen', { name: 'Zonder rechten' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('value="Zonder rechten"');
    const { id } = await newClient('A');
    const other = await signedIn(fixtureEmail('B', 'administrator'));
    expect((await other.post(`/beheer/api-koppelingen/${id}/intrekken`)).statusCode).toBe(404);
    const professional = await signedIn(fixtureEmail('A', 'professional'));
    expect((await professional.get('/beheer/api-koppelingen')).statusCode).toBe(403);
  });
});

describe('the OpenAPI document', () => {
  it('is served to administrators only, and lists the four operations', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).statusCode).toBe(401);
    const professional = await signedIn(fixtureEmail('A', 'professional'));
    expect((await professional.get('/api/docs/openapi.json')).statusCode).toBe(403);
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const doc = (await admin.get('/api/docs/openapi.json')).json() as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/circle/signals',
      '/api/v1/circle/signals/batch',
      '/api/v1/circle/signals/{id}/withdrawal',
    ]);
    expect(
      Object.values(doc.paths)
        .flatMap((p) => Object.values(p).map((o) => o.operationId))
        .sort(),
    ).toEqual(['listSignals', 'registerSignal', 'registerSignals', 'withdrawSignal']);
    const html = await admin.get('/api/docs');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('/api/v1/circle/signals/{id}/withdrawal');
  });

  it('describes every response the tests above saw (status, content type, body)', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const doc = (await admin.get('/api/docs/openapi.json')).json() as Record<string, unknown>;
    expect(seen.length).toBeGreaterThan(30);
    expect(new Set(seen.map((s) => s.res.statusCode))).toEqual(new Set([200, 201, 204, 400, 401, 403, 404, 429]));
    expect(contractFailures(doc, seen)).toEqual([]);
    // The check bites: a body, a status and a content type the document does not describe.
    const fake = (statusCode: number, type: string, body: unknown) =>
      ({
        statusCode,
        headers: { 'content-type': type },
        body: JSON.stringify(body),
        json: () => body,
      }) as unknown as LightMyRequestResponse;
    const wrong: SeenResponse[] = [
      { method: 'POST', template: '/api/v1/circle/signals', res: fake(201, 'application/json', { id: 'x' }) },
      { method: 'POST', template: '/api/v1/circle/signals', res: fake(418, 'application/json', {}) },
      { method: 'GET', template: '/api/v1/circle/signals', res: fake(400, 'application/json', {}) },
    ];
    expect(contractFailures(doc, wrong)).toHaveLength(3);
  });
});
