// SPDX-License-Identifier: EUPL-1.2
/**
 * The outside security probe (issue 11), findings 11 and 3, each with the request that showed it:
 * development mode stays on this machine, and a failing write logs no personal data. Every test here
 * failed on the code before its fix.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '#src/config.ts';
import { Agent, fixtureEmail, seedFixtures } from '#test/agent.ts';
import { createTestApp, testConfig } from '#test/setup.ts';
import { captureLog } from './security-probe.ts';

// ---- Finding 11: development mode by accident ----

describe('finding 11: development mode stays on this machine', () => {
  it('refuses to start in development on a non-loopback HOST, unless explicitly allowed', () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10', 'kring.example.nl']) {
      expect(() => testConfig({ NODE_ENV: 'development', HOST: host }), host).toThrow(ConfigError);
      expect(testConfig({ NODE_ENV: 'development', HOST: host, KRING_ALLOW_DEVELOPMENT_ON_NETWORK: 'true' }).env).toBe(
        'development',
      );
    }
    for (const host of ['localhost', '127.0.0.1', '::1', '[::1]'])
      expect(testConfig({ NODE_ENV: 'development', HOST: host }).host, host).toBe(host);
    // Production on any interface is fine.
    expect(() =>
      testConfig({
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        KRING_AUDIT_KEY: 'k'.repeat(32),
        KRING_SECRET_KEY: 's'.repeat(32),
        KRING_CIRCLE_KEY: `v1:${Buffer.alloc(32, 'c').toString('base64')}`,
        KRING_SMTP_URL: 'smtp://127.0.0.1:2525',
      }),
    ).not.toThrow();
  });

  it('development pages answer only loopback requests that no proxy forwarded', async () => {
    const dev = await createTestApp({ env: { NODE_ENV: 'development' } });
    try {
      await dev.app.kring.mailer.send({ to: 'x@fixture.kring.nl', subject: 'Reset', text: 'secret-link-CNRY' });
      for (const url of ['/ontwikkeling/post', '/ontwikkeling/demo', '/en/ontwikkeling/post']) {
        const local = await dev.app.inject({ url, remoteAddress: '127.0.0.1' });
        expect(local.statusCode, url).toBe(200);
        for (const remoteAddress of ['203.0.113.9', '10.0.0.5', '::ffff:192.0.2.1']) {
          const remote = await dev.app.inject({ url, remoteAddress });
          expect(remote.statusCode, `${url} from ${remoteAddress}`).toBe(404);
          expect(remote.body).not.toContain('secret-link-CNRY');
        }
        const proxied = await dev.app.inject({
          url,
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': '203.0.113.9' },
        });
        expect(proxied.statusCode, `${url} through a proxy`).toBe(404);
      }
    } finally {
      await dev.close();
    }
  });
});

// ---- Finding 3: no personal data in the log when a write fails ----

describe('finding 3: a failing write logs no personal data, on either database driver', () => {
  it('a refused concern insert and a refused resident report leave their canaries out of the log at trace', async () => {
    const { lines, stream } = captureLog();
    const app = await createTestApp({ logger: { level: 'trace', stream } });
    try {
      await seedFixtures(app.database.db, app.app.kring.config);
      const { seedVeiligThuis } = await import('#test/agent.ts');
      await seedVeiligThuis(app.database.db, app.app.kring.config, 'Veilig Thuis Noord-Veluwe', ['dana']);
      // Make the writes fail inside the database, where the driver has the values in hand.
      await sql`alter table person add constraint canary_refused check (full_name not like '%CNRY-name%')`.execute(
        app.database.db,
      );
      await sql`alter table vt_report add constraint canary_refused check (snapshot::text not like '%CNRY-text%')`.execute(
        app.database.db,
      );
      const teacher = await new Agent(app.app).signIn(fixtureEmail('A', 'professional'));
      const concern = await teacher.post('/zorgen/nieuw', {
        fullName: 'Tara CNRY-name-5e1d',
        'dateOfBirth-day': '',
        'dateOfBirth-month': '',
        'dateOfBirth-year': '',
        ageGroup: 'child',
        honourRisk: 'no',
      });
      expect(concern.statusCode).toBe(500);
      const neighbour = new Agent(app.app);
      await neighbour.get('/zorgen-over-iemand/formulier');
      const report = await neighbour.post('/zorgen-over-iemand/formulier', {
        kind: 'report',
        whatHappened: 'Geschreeuw CNRY-text-77aa',
        street: 'Dorpsstraat CNRY-text-street 12',
        place: 'Harderwijk',
      });
      expect(report.statusCode).toBe(500);
      await new Promise((r) => setTimeout(r, 50));
      const log = lines.join('');
      // The failures are logged, with their SQLSTATE and the constraint, so the operator can act.
      expect(log).toContain('request failed');
      expect(log).toContain('23514');
      expect(log).toContain('canary_refused');
      for (const canary of ['CNRY-name', 'CNRY-text', 'Tara', 'Dorpsstraat', 'Geschreeuw', 'Harderwijk'])
        expect(log, canary).not.toContain(canary);
    } finally {
      await app.close();
    }
  });
});
