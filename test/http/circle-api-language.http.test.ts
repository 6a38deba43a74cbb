// SPDX-License-Identifier: EUPL-1.2
/**
 * The language of the circle API's problem details (ADR 0033): Dutch by default, English for a client
 * whose Accept-Language prefers it, said in Content-Language; the `type`, the code and the rules'
 * codes are the same in both. The texts expected here are written out, not taken from the code.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '#src/modules/circle/api-client.service.ts';
import { type Fixtures, fixtureEmail, seedFixtures, serviceContext } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
let token = '';

beforeAll(async () => {
  t = await createTestApp();
  fx = await seedFixtures(t.database.db, t.app.kring.config);
  token = (
    await createApiClient(await serviceContext(t.app, fx, 'A', 'administrator'), {
      name: 'Bron A',
      scopes: ['circle:register', 'circle:withdraw', 'circle:read'],
    })
  ).token;
}, 60_000);
afterAll(() => t.close());

const DUTCH = [undefined, 'nl', 'nl-NL,nl;q=0.9,en;q=0.8', 'de, fr', '*'];
const ENGLISH = ['en', 'en-GB,en;q=0.9,nl;q=0.8', 'nl;q=0.3, en-US', 'de, en;q=0.5'];

function unauthenticated(language: string | undefined): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'GET',
    url: '/api/v1/circle/signals',
    headers: { ...(language && { 'accept-language': language }), 'kring-professional': 'x@y.nl' },
  });
}

/** A registration with a BSN that fails the 11-proef, a role of the wrong type and a professional unknown. */
function invalid(language: string | undefined): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/circle/signals',
    headers: { authorization: `Bearer ${token}`, ...(language && { 'accept-language': language }) },
    payload: {
      bsn: '123456789',
      dateOfBirth: '2013-04-02',
      contact: { name: 'Prof', role: 7, phone: '', email: fixtureEmail('A', 'professional') },
      informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
    },
  });
}

function problem(res: LightMyRequestResponse) {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(String(res.headers.vary)).toMatch(/accept-language/i);
  return res.json() as { type: string; code: string; title: string; detail: string; errors?: unknown[] };
}

describe("the problem details' language", () => {
  it.each(DUTCH)('is Dutch for Accept-Language %s', async (language) => {
    const res = await unauthenticated(language);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-language']).toBe('nl');
    expect(problem(res)).toMatchObject({
      type: 'urn:kring:problem:auth-unauthenticated',
      code: 'AUTH_UNAUTHENTICATED',
      title: 'Authenticatie vereist',
      detail: 'Stuur een geldige API-sleutel mee: Authorization: Bearer <sleutel>.',
    });
  });

  it.each(ENGLISH)('is English for Accept-Language %s', async (language) => {
    const res = await unauthenticated(language);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-language']).toBe('en');
    expect(problem(res)).toMatchObject({
      type: 'urn:kring:problem:auth-unauthenticated',
      code: 'AUTH_UNAUTHENTICATED',
      title: 'Authentication required',
      detail: 'Send a current API token: Authorization: Bearer <token>.',
    });
  });

  it("gives the schema's field errors in the client's language, with the same pointers and codes", async () => {
    const nl = problem(await invalid('nl'));
    const en = problem(await invalid('en'));
    expect(nl).toMatchObject({ code: 'REQUEST_VALIDATION', title: 'Het verzoek is niet geldig' });
    expect(nl.detail).toBe('Een of meer velden zijn niet geldig; zie errors.');
    expect(en).toMatchObject({ code: 'REQUEST_VALIDATION', title: 'The request is not valid' });
    expect(en.detail).toBe('One or more fields are not valid; see errors.');
    expect(nl.type).toBe(en.type);
    const role = (p: typeof nl) =>
      (p.errors as Array<{ pointer: string }>).find((e) => e.pointer === '/body/contact/role');
    expect(role(nl)).toEqual({
      pointer: '/body/contact/role',
      code: 'invalid_type',
      detail: 'Ontbreekt, of is van het verkeerde type',
    });
    expect(role(en)).toEqual({
      pointer: '/body/contact/role',
      code: 'invalid_type',
      detail: 'Missing, or of the wrong type',
    });
  });

  it("gives the circle's rules in the client's language, as the pages say them", async () => {
    const body = {
      bsn: '123456789',
      dateOfBirth: '2013-04-02',
      contact: { name: 'Prof', role: 'mentor', phone: '', email: fixtureEmail('A', 'professional') },
      informing: { parents: { informing: 'informed' }, youngPerson: { informing: 'informed' } },
    };
    const send = (language: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/circle/signals',
        headers: { authorization: `Bearer ${token}`, 'accept-language': language },
        payload: body,
      });
    const nl = problem(await send('nl'));
    const en = problem(await send('en-GB'));
    expect(nl.errors).toEqual([
      {
        pointer: '/body/bsn',
        code: 'bsnInvalid',
        detail: 'Dit is geen geldig burgerservicenummer: controleer de 9 cijfers',
      },
    ]);
    expect(en.errors).toEqual([
      {
        pointer: '/body/bsn',
        code: 'bsnInvalid',
        detail: 'This is not a valid citizen service number: check the 9 digits',
      },
    ]);
  });
});
