// SPDX-License-Identifier: EUPL-1.2
/**
 * The app, fixtures and helpers of the concern dossier's http tests (concerns.http.test.ts,
 * concerns-dossier.http.test.ts): importing this module gives the test file a fresh app per test
 * (its beforeEach and afterEach), and the bindings below follow it.
 */
import { afterEach, beforeEach } from 'vitest';
import type { Role } from '#src/core/roles.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { createConcern } from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

export let t: Awaited<ReturnType<typeof createTestApp>>;
export let fx: Fixtures;
export const clock = new TestClock();
export const outbox = () => t.app.kring.mailer.outbox ?? [];

beforeEach(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 1000, jobPollingSeconds: 0.5 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

export const today = () => {
  const d = clock.now();
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
};

export async function signedIn(role: Parameters<typeof fixtureEmail>[1], org: 'A' | 'B' = 'A'): Promise<Agent> {
  return new Agent(t.app).signIn(fixtureEmail(org, role));
}

/** Opens a concern about a child (born 3 March 2012) as a user of organisation A; returns its id. */
export async function open(role: Role = 'professional', name = 'Tara Bakker'): Promise<string> {
  return (await createConcern(t.app, { by: fx.members.A[role], fullName: name, dateOfBirth: '2012-03-03' })).id;
}

export async function auditTypes(objectId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_event')
    .select('event_type_code')
    .where('participant_object_id', '=', objectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.event_type_code);
}

export async function status(id: string): Promise<string> {
  const row = await t.database.db.selectFrom('concern').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  return row.status;
}
