// SPDX-License-Identifier: EUPL-1.2
/**
 * The outside security probe (issue 11), findings 12 and 2, each with the request that showed it: a
 * resident's report with no Veilig Thuis set up, and the residents' report budget, which nobody can use
 * up. Every test here failed on the code before its fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '#src/config.ts';
import { Agent } from '#test/agent.ts';
import { databaseText } from '#test/database-text.ts';
import { createTestApp, testConfig } from '#test/setup.ts';
import { captureLog, en, expectSecurityHeaders, nl, t, useProbeApp } from './security-probe.ts';

useProbeApp();

// ---- Finding 12: no Veilig Thuis set up ----

describe('finding 12: no Veilig Thuis to receive a report is a catalogued 503 with the phone number', () => {
  it('the resident who reports sees 503 with 0800-2000 and 112, in her language, and nothing is stored', async () => {
    // No Veilig Thuis organisation exists in this app's fixtures.
    for (const [prefix, m] of [
      ['', nl],
      ['/en', en],
    ] as const) {
      const agent = new Agent(t.app);
      await agent.get(`${prefix}/zorgen-over-iemand/formulier`);
      const res = await agent.post(`${prefix}/zorgen-over-iemand/formulier`, {
        kind: 'report',
        whatHappened: 'Er wordt elke avond geschreeuwd.',
      });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain(m.errors.noVeiligThuisTitle);
      expect(res.body).toContain('0800-2000');
      expect(res.body).toContain('112');
      expectSecurityHeaders(res, prefix);
    }
    const stored = await t.database.db.selectFrom('vt_report').select('id').execute();
    expect(stored).toEqual([]);
  });
});

// ---- Finding 2: nobody can use up the residents' budget ----

describe('finding 2: the resident’s budget counts only accepted reports, across languages, per real client', () => {
  let limited: Awaited<ReturnType<typeof createTestApp>>;
  const accepted = async (agent: Agent, prefix = '') => {
    await agent.get(`${prefix}/zorgen-over-iemand/formulier`);
    return agent.post(`${prefix}/zorgen-over-iemand/formulier`, { kind: 'advice', whatHappened: 'Ik maak me zorgen.' });
  };
  beforeAll(async () => {
    limited = await createTestApp({ residentRateLimit: 10, env: { KRING_TRUST_PROXY: '127.0.0.1' } });
    const { seedVeiligThuis } = await import('#test/agent.ts');
    await seedVeiligThuis(limited.database.db, limited.app.kring.config, 'Veilig Thuis Noord-Veluwe', ['dana']);
  });
  afterAll(() => limited.close());

  it('junk without a form token, wrong content types and forms with errors cost nothing', async () => {
    const attacker = new Agent(limited.app, { 'x-forwarded-for': '198.51.100.1' });
    for (let i = 0; i < 30; i++) {
      const noToken = await attacker.post('/zorgen-over-iemand/formulier', {
        _csrf: null,
        kind: 'advice',
        whatHappened: 'x',
      });
      expect(noToken.statusCode).toBe(403);
      const xml = await limited.app.inject({
        method: 'POST',
        url: '/en/zorgen-over-iemand/formulier',
        payload: '<x/>',
        headers: { 'content-type': 'text/xml', 'x-forwarded-for': '198.51.100.1' },
      });
      expect(xml.statusCode).toBe(415);
      const unknownField = await attacker.post('/zorgen-over-iemand/formulier', {
        kind: 'advice',
        whatHappened: 'x',
        bsn: '1',
      });
      expect(unknownField.statusCode).toBe(400);
      const invalid = await attacker.post('/zorgen-over-iemand/formulier', { kind: 'advice', whatHappened: '' });
      expect(invalid.statusCode).toBe(400);
    }
    // The same address still has all ten.
    const resident = new Agent(limited.app, { 'x-forwarded-for': '198.51.100.1' });
    for (let i = 0; i < 10; i++)
      expect((await accepted(resident, i % 2 ? '/en' : '')).statusCode, `report ${i}`).toBe(200);
  });

  it('one budget across Dutch and English; the 429 page is a full page in the visitor’s language', async () => {
    const resident = new Agent(limited.app, { 'x-forwarded-for': '198.51.100.2' });
    for (let i = 0; i < 5; i++) expect((await accepted(resident)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await accepted(resident, '/en')).statusCode).toBe(200);
    for (const [prefix, m] of [
      ['/en', en],
      ['', nl],
    ] as const) {
      const res = await accepted(resident, prefix);
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toContain(`<html lang="${prefix ? 'en' : 'nl'}"`);
      expect(res.body).toContain(m.errors.rateLimitedTitle);
      expect(res.body).toContain(m.quickExit.button);
      expect(res.body).toContain('0800-2000');
      expect(res.body).toContain('112');
      expectSecurityHeaders(res, prefix);
    }
  });

  it('behind a trusted proxy each resident has her own budget, and no address is kept (T20)', async () => {
    const { lines, stream } = captureLog();
    const app = await createTestApp({
      residentRateLimit: 2,
      env: { KRING_TRUST_PROXY: '1' },
      logger: { level: 'trace', stream },
    });
    try {
      const { seedVeiligThuis } = await import('#test/agent.ts');
      await seedVeiligThuis(app.database.db, app.app.kring.config, 'Veilig Thuis Noord-Veluwe', ['dana']);
      const one = new Agent(app.app, { 'x-forwarded-for': '203.0.113.41' });
      const two = new Agent(app.app, { 'x-forwarded-for': '203.0.113.42' });
      expect([
        (await accepted(one)).statusCode,
        (await accepted(one)).statusCode,
        (await accepted(one)).statusCode,
      ]).toEqual([200, 200, 429]);
      expect((await accepted(two)).statusCode).toBe(200);
      const stored = await databaseText(app.database.db);
      const logs = lines.join('');
      for (const address of ['203.0.113.41', '203.0.113.42', '127.0.0.1']) {
        expect(stored, address).not.toContain(address);
        expect(logs, address).not.toContain(address);
      }
    } finally {
      await app.close();
    }
  });

  it('KRING_TRUST_PROXY takes hops or addresses, never `true`', () => {
    expect(testConfig({ KRING_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(testConfig({ KRING_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,loopback' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      'loopback',
    ]);
    expect(testConfig({}).trustProxy).toBe(false);
    for (const bad of ['true', '0', '11', 'nginx', '10.0.0.0/33', '300.1.1.1'])
      expect(() => testConfig({ KRING_TRUST_PROXY: bad }), bad).toThrow(ConfigError);
  });
});
