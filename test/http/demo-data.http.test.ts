// SPDX-License-Identifier: EUPL-1.2
/**
 * The demo data a newcomer meets at first start (issue 12, items 6 and 7): every role sees its part
 * of the stories, and what the pages say about them is true.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#src/db/seed.ts';
import { DEMO_PASSWORD } from '#src/modules/identity/identity.seed.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl');
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 10_000, env: { NODE_ENV: 'development' } });
  expect(await seedDemoData(t.database.db, t.app.kring.config)).toBe(true);
}, 120_000);
afterAll(() => t.close());

const demo = (email: string) => new Agent(t.app).signIn(email, DEMO_PASSWORD);

describe('Sem’s report in the intake (issue 12, item 7)', () => {
  it('says it came from the teacher who sent it, not from “de inwoner”', async () => {
    const intake = await demo('intake@demo.kring.nl');
    const report = await t.database.db
      .selectFrom('vt_report')
      .select('id')
      .where('source', '=', 'professional')
      .where('concern_id', 'in', (q) =>
        q
          .selectFrom('concern')
          .innerJoin('person', 'person.id', 'concern.person_id')
          .select('concern.id')
          .where('person.full_name', '=', 'Sem Voorbeeld (demo)'),
      )
      .executeTakeFirstOrThrow();
    const page = await intake.get(`/veilig-thuis/meldingen/${report.id}`);
    expect(page.statusCode).toBe(200);
    // The history ("Verloop") is the last list of events on the page (the snapshot's come first).
    const history = parse(page.body).querySelectorAll('ol.kring-events').at(-1)?.textContent ?? '';
    expect(history).toContain(nl.reports.report.events.received);
    expect(history).toContain('Sanne de Leerkracht');
    expect(history).not.toContain(nl.reports.report.resident);
  });
});
