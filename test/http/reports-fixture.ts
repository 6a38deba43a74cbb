// SPDX-License-Identifier: EUPL-1.2
/**
 * The app, fixtures and helpers of the reports' http tests (reports.http.test.ts,
 * reports-resident.http.test.ts): importing this module gives the test file a fresh app per test
 * (its beforeEach and afterEach), and the bindings below follow it.
 */
import { Writable } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, seedVeiligThuis } from '#test/agent.ts';
import { databaseText as allDatabaseText } from '#test/database-text.ts';
import { createConcern, createProfessionalReport } from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

export const t = messages('nl');
export const r = t.reports;
export const VT_NAME = 'Veilig Thuis Noord-Veluwe';

export let app: Awaited<ReturnType<typeof createTestApp>>;
export let fx: Fixtures;
export let vt: Awaited<ReturnType<typeof seedVeiligThuis>>;
export let elsewhere: Awaited<ReturnType<typeof seedVeiligThuis>>;
export let logLines: string[];
export const outbox = () => app.app.kring.mailer.outbox ?? [];

beforeEach(async () => {
  logLines = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await createTestApp({
    authRateLimit: 1000,
    residentRateLimit: 1000,
    jobPollingSeconds: 0.5,
    logger: { level: 'trace', stream },
  });
  fx = await seedFixtures(app.database.db, app.app.kring.config);
  vt = await seedVeiligThuis(app.database.db, app.app.kring.config, VT_NAME, ['ahmed', 'bo']);
  elsewhere = await seedVeiligThuis(app.database.db, app.app.kring.config, 'Veilig Thuis Elders', ['cas']);
});
afterEach(() => app.close());

export const teacher = () => new Agent(app.app).signIn(fixtureEmail('A', 'professional'));
export const intake = (key = 'ahmed') => new Agent(app.app).signIn(`intake.${key}@fixture.kring.nl`);

/**
 * A concern of organisation A's teacher with one observation and a brother in the household, taken
 * through the meldcode to the decision to report (`report`) or to the consultation asked
 * (`consultation`); the meldcode itself is tested elsewhere.
 */
export async function concernWithObservation(status: 'report' | 'consultation' = 'report', name = 'Tara Bakker') {
  const concern = await createConcern(app.app, {
    by: fx.members.A.professional,
    fullName: name,
    dateOfBirth: '2012-03-03',
    household: [{ name: 'Daan Bakker', relation: 'broer', age: 8 }],
    through: status === 'report' ? 'decision' : 'consultationRequested',
  });
  return concern.id;
}

/** Files the teacher's report from a concern through the service, with every observation chosen. */
export async function fileReport(concernId: string) {
  return createProfessionalReport(app.app, { id: concernId, by: fx.members.A.professional });
}

export async function entryIds(concernId: string, kind: 'observation' | 'reported' | 'vtFeedback'): Promise<string[]> {
  const rows = await app.database.db
    .selectFrom('concern_entry')
    .select('id')
    .where('concern_id', '=', concernId)
    .where('kind', '=', kind)
    .orderBy('seq')
    .execute();
  return rows.map((x) => x.id);
}

export const reportFields = (observations: string[], over: Record<string, string | string[]> = {}) => ({
  observations,
  household: [],
  acute: 'no',
  helpGiven: 'Gesprekken met de mentor.',
  informed: 'yes',
  notInformedGround: '',
  notInformedExplanation: '',
  role: 'Docent lichamelijke opvoeding',
  phone: '0341 123 456',
  staysUnknown: '',
  staysUnknownReason: '',
  ...over,
});

export async function reports() {
  return app.database.db.selectFrom('vt_report').selectAll().orderBy('number').execute();
}

/** Every text value in every table of the public schema, for canary scans. */
export const databaseText = () => allDatabaseText(app.database.db);
