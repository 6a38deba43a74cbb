// SPDX-License-Identifier: EUPL-1.2
/**
 * Bulk registration through the circle's API (POST /api/v1/circle/signals/batch, ADR 0034): a valid
 * batch, a mix of valid and invalid items answered by index (never a BSN), the same young person
 * twice in one batch, over the limit, the wrong scope, another organisation's professional and
 * another organisation's signals (matches); one pending audit row per signal, chained by the sealer.
 * Every response is validated against the generated OpenAPI document.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditLog } from '#src/modules/audit/audit-sealer.ts';
import { verifyAuditLog } from '#src/modules/audit/index.ts';
import { createApiClient } from '#src/modules/circle/api-client.service.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, serviceContext } from '#test/agent.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { createTestApp } from '#test/setup.ts';
import { contractFailures, type SeenResponse } from './circle-api-contract.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const seen: SeenResponse[] = [];
const BSNS = distinctBsns(40, 9100);
const bsn = (i: number): string => BSNS[i]!;

beforeAll(async () => {
  t = await createTestApp({ circleApiRateLimit: 1000, authRateLimit: 1000, jobPollingSeconds: 0.5 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
}, 60_000);
afterAll(() => t.close());

async function newClient(org: 'A' | 'B', scopes = ['circle:register', 'circle:read']): Promise<string> {
  const admin = await serviceContext(t.app, fx, org, 'administrator');
  return (await createApiClient(admin, { name: `Bulk ${org}`, scopes })).token;
}

function registration(org: 'A' | 'B', youngBsn: string, over: Record<string, unknown> = {}) {
  return {
    bsn: youngBsn,
    dateOfBirth: '2013-04-02',
    contact: { name: 'Prof', role: 'mentor', phone: '0341-123456', email: fixtureEmail(org, 'professional') },
    informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
    ...over,
  };
}

async function batch(token: string, signals: unknown[]): Promise<LightMyRequestResponse> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/circle/signals/batch',
    headers: { authorization: `Bearer ${token}` },
    payload: { signals },
  });
  seen.push({ method: 'POST', template: '/api/v1/circle/signals/batch', res });
  return res;
}

interface Answer {
  created: number;
  invalid: number;
  results: Array<{
    index: number;
    status: 'created' | 'invalid';
    id?: string;
    matches?: number;
    errors?: Array<{ pointer: string; code: string; detail: string }>;
  }>;
}

function registerRows(ids: readonly string[]) {
  return t.database.db
    .selectFrom('audit_event')
    .selectAll()
    .where('event_type_code', '=', 'circle.signal.register')
    .where('participant_object_id', 'in', ids)
    .execute();
}

describe('bulk registration', () => {
  it('registers a valid batch, with one audit row per signal (pending, then chained by the sealer)', async () => {
    const token = await newClient('A');
    const res = await batch(token, [registration('A', bsn(0)), registration('A', bsn(1)), registration('A', bsn(2))]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Answer;
    expect(body).toMatchObject({ created: 3, invalid: 0 });
    expect(body.results.map((r) => [r.index, r.status, r.matches])).toEqual([
      [0, 'created', 0],
      [1, 'created', 0],
      [2, 'created', 0],
    ]);
    const ids = body.results.map((r) => r.id!);
    expect(new Set(ids).size).toBe(3);

    const rows = await registerRows(ids);
    expect(rows.map((r) => r.participant_object_id).sort()).toEqual([...ids].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        user_id: fx.users.A.professional,
        organisation_id: fx.organisations.A,
        event_outcome_indicator: 0,
        chain_seq: null,
        hash: null,
      });
      expect(row.network_access_point_id).toMatch(/^api:[0-9a-f-]{36}$/);
    }
    const key = t.app.kring.config.auditKey;
    expect(await verifyAuditLog(t.database.db, key)).toMatchObject({ ok: true, pending: { count: 3 } });
    expect(await sealAuditLog(t.database.db, key)).toBe(3);
    const sealed = await verifyAuditLog(t.database.db, key);
    expect(sealed.ok).toBe(true);
    expect(sealed).not.toHaveProperty('pending');
    expect((await registerRows(ids)).every((r) => r.hash !== null)).toBe(true);
  });

  it('answers a mix of valid and invalid items by index, with pointers and never the BSN', async () => {
    const token = await newClient('A');
    const res = await batch(token, [
      registration('A', bsn(3)),
      registration('A', '123456789'),
      registration('A', bsn(4), { dateOfBirth: '1990-01-01', parentBsns: [bsn(4)] }),
      registration('A', bsn(5), {
        contact: { name: '', role: 'mentor', phone: '', email: fixtureEmail('A', 'professional') },
      }),
      registration('A', bsn(6)),
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Answer;
    expect(body).toMatchObject({ created: 2, invalid: 3 });
    expect(body.results.map((r) => r.status)).toEqual(['created', 'invalid', 'invalid', 'invalid', 'created']);
    const codes = (i: number) => body.results[i]!.errors!.map((e) => [e.pointer, e.code]).sort();
    expect(codes(1)).toEqual([['/body/signals/1/bsn', 'bsnInvalid']]);
    expect(codes(2)).toEqual([
      ['/body/signals/2/dateOfBirth', 'dateOfBirthTooOld'],
      ['/body/signals/2/parentBsns/0', 'parentBsnSameAsYoungPerson'],
    ]);
    expect(codes(3)).toEqual([['/body/signals/3/contact/name', 'contactNameRequired']]);
    for (const error of body.results.flatMap((r) => r.errors ?? [])) expect(error.detail.length).toBeGreaterThan(5);
    for (const b of [bsn(3), bsn(4), bsn(5), bsn(6), '123456789']) expect(res.body).not.toContain(b);
  });

  it('registers the same young person once per batch, and not again in a later one', async () => {
    const token = await newClient('A');
    const first = (await batch(token, [registration('A', bsn(7)), registration('A', bsn(7))])).json() as Answer;
    expect(first.results.map((r) => r.status)).toEqual(['created', 'invalid']);
    expect(first.results[1]!.errors).toEqual([
      { pointer: '/body/signals/1/bsn', code: 'bsnAlreadyRegistered', detail: expect.any(String) },
    ]);
    const again = (await batch(token, [registration('A', bsn(7)), registration('A', bsn(8))])).json() as Answer;
    expect(again.results.map((r) => [r.status, r.errors?.[0]?.code])).toEqual([
      ['invalid', 'bsnAlreadyRegistered'],
      ['created', undefined],
    ]);
  });

  it('refuses more than 1,000 signals, and an empty batch, as a whole', async () => {
    const token = await newClient('A');
    const over = await batch(
      token,
      Array.from({ length: 1001 }, () => registration('A', bsn(9))),
    );
    expect(over.statusCode).toBe(400);
    expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((over.json() as { errors: Array<{ pointer: string; code: string }> }).errors).toEqual([
      expect.objectContaining({ pointer: '/body/signals', code: 'too_big' }),
    ]);
    expect((await batch(token, [])).statusCode).toBe(400);
    const stored = await t.database.db
      .selectFrom('circle_signal')
      .select('id')
      .where('organisation_id', '=', fx.organisations.A)
      .execute();
    expect(stored.length).toBe(7);
  });

  it('refuses a client without the register scope (403), and a call without a token (401)', async () => {
    const readOnly = await newClient('A', ['circle:read']);
    const res = await batch(readOnly, [registration('A', bsn(10))]);
    expect(res.statusCode).toBe(403);
    expect((await batch('', [registration('A', bsn(10))])).statusCode).toBe(401);
  });

  it("refuses another organisation's professional per item, and matches another organisation's signals", async () => {
    const tokenB = await newClient('B');
    const res = await batch(tokenB, [
      registration('B', bsn(0)),
      registration('A', bsn(11)),
      registration('B', bsn(12)),
      registration('B', bsn(1)),
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Answer;
    expect(body.results.map((r) => [r.index, r.status, r.matches ?? r.errors?.[0]?.code])).toEqual([
      [0, 'created', 1],
      [1, 'invalid', 'professionalUnknown'],
      [2, 'created', 0],
      [3, 'created', 1],
    ]);
    expect(body.results[1]!.errors![0]!.pointer).toBe('/body/signals/1/contact/email');
    const mine = await t.database.db
      .selectFrom('circle_signal')
      .select('organisation_id')
      .where('id', 'in', [body.results[0]!.id!, body.results[3]!.id!])
      .execute();
    expect(mine.map((r) => r.organisation_id)).toEqual([fx.organisations.B, fx.organisations.B]);
    // Each matched signal is in a team with the signal it met, as when registered one by one.
    for (const id of [body.results[0]!.id!, body.results[3]!.id!]) {
      const team = await t.database.db
        .selectFrom('circle_team_member as mine')
        .innerJoin('circle_team_member as all', 'all.team_id', 'mine.team_id')
        .select('all.signal_id')
        .where('mine.signal_id', '=', id)
        .execute();
      expect(team).toHaveLength(2);
    }
    // Everyone involved in the batch's new matches hears of it once (two matches, one e-mail each).
    const outbox = () => t.app.kring.mailer.outbox ?? [];
    await expect.poll(() => outbox().length, { timeout: 10_000 }).toBe(2);
    expect(
      outbox()
        .map((m) => m.to)
        .sort(),
    ).toEqual([fixtureEmail('A', 'professional'), fixtureEmail('B', 'professional')].sort());
    for (const mail of outbox()) for (const b of [bsn(0), bsn(1)]) expect(mail.text).not.toContain(b);
  });

  it('answers only what the OpenAPI document describes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(res.statusCode).toBe(401);
    const admin = await new Agent(t.app).signIn(fixtureEmail('A', 'administrator'));
    const doc = (await admin.get('/api/docs/openapi.json')).json() as Record<string, unknown>;
    expect(new Set(seen.map((s) => s.res.statusCode))).toEqual(new Set([200, 400, 401, 403]));
    expect(contractFailures(doc, seen)).toEqual([]);
  });
});
