// SPDX-License-Identifier: EUPL-1.2
/**
 * The chronology of a concern (page and PDF) and the aandachtsfunctionaris' dashboard (issue 4):
 * who may see them, what they show, the download's headers, and the audit rows of reading and
 * exporting. Concerns are made through the service (the forms have their own tests).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '#src/core/context.ts';
import type { Role } from '#src/core/roles.ts';
import * as repo from '#src/modules/concerns/concern.repository.ts';
import { type ConcernNotifier, openConcern } from '#src/modules/concerns/concern.service.ts';
import * as entryRepo from '#src/modules/concerns/entry.repository.ts';
import { addEntry } from '#src/modules/concerns/entry.service.ts';
import { type AgeGroup, OPEN_STATUSES } from '#src/modules/concerns/workflow.ts';
import { messages } from '#src/web/i18n/messages.ts';
import {
  Agent,
  canary,
  type FixtureOrg,
  type Fixtures,
  fixtureEmail,
  seedFixtures,
  serviceContext,
} from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;

beforeEach(async () => {
  t = await createTestApp({ authRateLimit: 1000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

/** Notices are not what these tests are about. */
const quiet: ConcernNotifier = { notify: async () => undefined };

/** The context a service call of a fixture user runs in (as request.context() builds it). */
function contextOf(org: FixtureOrg, role: Role): Promise<RequestContext> {
  return serviceContext(t.app, fx, org, role);
}

const QUOTE = 'Papa werd boos, ik mocht niks “zeggen” tegen juf';

/** A concern of professional A about Zoë, with a quote and an observation. */
async function zoeConcern(): Promise<string> {
  const ctx = await contextOf('A', 'professional');
  const id = await openConcern(
    ctx,
    { fullName: `Zoë de Brée ${canary('A')}`, dateOfBirth: '2015-03-03', ageGroup: 'child', honourRisk: 'no' },
    quiet,
  );
  await addEntry(ctx, id, {
    kind: 'quote',
    data: { words: QUOTE, context: 'Bij het omkleden voor gym.', sourceKind: 'self', source: '' },
  });
  await addEntry(ctx, id, {
    kind: 'observation',
    data: {
      facts: 'Blauwe plek op de linker bovenarm.',
      interpretation: '',
      sourceKind: 'self',
      source: '',
      categories: ['physicalAbuse'],
      signListVersion: '2026-11',
    },
  });
  return id;
}

function signedIn(org: FixtureOrg, role: Role): Promise<Agent> {
  return new Agent(t.app).signIn(fixtureEmail(org, role));
}

/** The audit rows of a type about an object. */
function auditRows(type: string, objectId: string) {
  return t.database.db
    .selectFrom('audit_event')
    .selectAll()
    .where('event_type_code', '=', type)
    .where('participant_object_id', '=', objectId)
    .execute();
}

/** The part of a page from an element with this data-testid to the end of its table. */
function section(body: string, testId: string): string {
  const start = body.indexOf(`data-testid="${testId}"`);
  if (start < 0) return '';
  return body.slice(start, body.indexOf('</table>', start));
}

describe('the chronology page', () => {
  it('shows every entry of the concern, printable, and is audited as a read', async () => {
    const id = await zoeConcern();
    const author = await signedIn('A', 'professional');
    const res = await author.get(`/zorgen/${id}/chronologie`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`Chronologie van Zoë de Brée ${canary('A')}`);
    expect(res.body).toContain(`“${QUOTE}”`);
    expect(res.body).toContain('Blauwe plek op de linker bovenarm.');
    expect(res.body).toContain('Lichamelijke mishandeling');
    for (const n of [1, 2, 3]) expect(res.body).toContain(`Regel ${n}`);
    expect(res.body).toContain('Zorg 1: ');
    // Printing: the confidentiality line (shown on paper), the PDF link, and the print button that
    // stays hidden until the script shows it.
    expect(res.body).toContain('Vertrouwelijk. Niet doorsturen.');
    expect(res.body).toContain(`href="/zorgen/${id}/chronologie.pdf"`);
    expect(res.body).toMatch(/<button[^>]*data-module="kring-print"[^>]*hidden/);
    // No correction links on the chronology.
    expect(res.body).not.toContain('?corrigeert=');

    const rows = await auditRows('concern.chronology.read', id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: fx.users.A.professional, event_outcome_indicator: 0 });
    expect(await auditRows('concern.chronology.export', id)).toHaveLength(0);
  });

  it('shows the other concerns about the same person that the reader may see, with anchors per concern', async () => {
    const id = await zoeConcern();
    // A second concern about Zoë, written by the volunteer: the aandachtsfunctionaris sees both,
    // the professional only their own.
    const db = t.database.db;
    const { personId } = (await repo.findConcern(db, id))!;
    await db.transaction().execute(async (trx) => {
      const other = await repo.insertConcern(trx, {
        organisationId: fx.organisations.A,
        personId,
        authorId: fx.users.A.volunteer,
        status: 'signals',
        sector: 'education',
        parentId: null,
        now: new Date(),
      });
      await entryRepo.appendEntry(trx, {
        concernId: other,
        authorId: fx.users.A.volunteer,
        entry: { kind: 'note', data: { text: 'Tweede zorg: Zoë was vandaag stil.' } },
        occurredAt: null,
        correctsId: null,
        now: new Date(),
      });
    });

    const lead = await (await signedIn('A', 'safeguardingLead')).get(`/zorgen/${id}/chronologie`);
    expect(lead.statusCode).toBe(200);
    expect(lead.body).toContain('Zorg 2: Stap 1: signalen in kaart brengen');
    expect(lead.body).toContain('Tweede zorg: Zoë was vandaag stil.');
    expect(lead.body).toContain('id="zorg-1-regel-1"');
    expect(lead.body).toContain('id="zorg-2-regel-1"');
    expect(lead.body).not.toContain('id="regel-');

    const author = await (await signedIn('A', 'professional')).get(`/zorgen/${id}/chronologie`);
    expect(author.statusCode).toBe(200);
    expect(author.body).not.toContain('Tweede zorg');
    expect(author.body).not.toContain('Zorg 2:');
  });
});

describe('the chronology PDF', () => {
  it('is a download without the name in its file name, not cached, and audited as an export', async () => {
    const id = await zoeConcern();
    const author = await signedIn('A', 'professional');
    const res = await author.get(`/zorgen/${id}/chronologie.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="chronologie.pdf"');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);

    const rows = await auditRows('concern.chronology.export', id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: fx.users.A.professional, event_outcome_indicator: 0 });
    expect(await auditRows('concern.chronology.read', id)).toHaveLength(0);
  });
});

describe('who may read a chronology', () => {
  const paths = (id: string) => [`/zorgen/${id}/chronologie`, `/zorgen/${id}/chronologie.pdf`];

  it('another organisation gets 404, as for a concern that does not exist', async () => {
    const id = await zoeConcern();
    for (const role of ['professional', 'safeguardingLead'] as const) {
      const other = await signedIn('B', role);
      for (const path of paths(id)) {
        const res = await other.get(path);
        expect(res.statusCode, `${role} B ${path}`).toBe(404);
        expect(res.body).not.toContain(canary('A'));
      }
    }
    const author = await signedIn('A', 'professional');
    for (const path of [...paths(randomUUID()), ...paths('niet-een-id'), ...paths(`${id}x`)]) {
      expect((await author.get(path)).statusCode, path).toBe(404);
    }
    expect(await auditRows('concern.chronology.read', id)).toHaveLength(0);
    expect(await auditRows('concern.chronology.export', id)).toHaveLength(0);
  });

  it('colleagues who were not added get 404', async () => {
    const id = await zoeConcern();
    const volunteer = await signedIn('A', 'volunteer');
    for (const path of paths(id)) expect((await volunteer.get(path)).statusCode, path).toBe(404);
  });

  it('an administrator and a privacy officer never see a dossier', async () => {
    const id = await zoeConcern();
    // Both routes require `concerns:work`, which neither role has: the route policy answers 403
    // before the handler (and the service's 404) is reached. The answer is the same for every id,
    // existing or not, so it reveals nothing about the concern.
    for (const role of ['administrator', 'privacyOfficer'] as const) {
      const agent = await signedIn('A', role);
      for (const path of [...paths(id), ...paths(randomUUID())]) {
        const res = await agent.get(path);
        expect(res.statusCode, `${role} ${path}`).toBe(403);
        expect(res.body).not.toContain('Zoë');
      }
    }
    expect(await auditRows('concern.chronology.read', id)).toHaveLength(0);
    expect(await auditRows('concern.chronology.export', id)).toHaveLength(0);
  });
});

describe('the dashboard', () => {
  /** Three open concerns in A: a child (professional), an adult (volunteer: consultation waits), help due. */
  async function seedDashboard(): Promise<{ child: string; adult: string; helping: string }> {
    const open = async (role: Role, fullName: string, ageGroup: AgeGroup) =>
      openConcern(await contextOf('A', role), { fullName, dateOfBirth: null, ageGroup, honourRisk: 'no' }, quiet);
    const child = await open('professional', `Kind Eén ${canary('A')}`, 'child');
    const adult = await open('volunteer', `Volwassene Twee ${canary('A')}`, 'adult');
    const helping = await open('professional', `Oudere Drie ${canary('A')}`, 'older');
    await t.database.db
      .updateTable('concern')
      .set({ status: 'helping', check_date: '2020-01-15' })
      .where('id', '=', helping)
      .execute();
    return { child, adult, helping };
  }

  it('is for the aandachtsfunctionaris only', async () => {
    const lead = await signedIn('A', 'safeguardingLead');
    expect((await lead.get('/zorgen/overzicht')).statusCode).toBe(200);
    for (const role of ['professional', 'volunteer', 'administrator', 'privacyOfficer'] as const) {
      const agent = await signedIn('A', role);
      expect((await agent.get('/zorgen/overzicht')).statusCode, role).toBe(403);
    }
  });

  it('counts, lists what waits and what is due, and filters', async () => {
    const { child, adult, helping } = await seedDashboard();
    const lead = await signedIn('A', 'safeguardingLead');
    const res = await lead.get('/zorgen/overzicht');
    expect(res.statusCode).toBe(200);

    // Per step: as the database has them (a volunteer's concern may have moved on to consultation).
    const statuses = await t.database.db.selectFrom('concern').select('status').execute();
    const byStep = section(res.body, 'count-by-step');
    for (const status of OPEN_STATUSES) {
      const n = statuses.filter((r) => r.status === status).length;
      expect(byStep).toMatch(new RegExp(`${messages('nl').concerns.statuses[status]}</td><td[^>]*>${n}<`));
    }
    expect(byStep).toMatch(/Hulp loopt<\/td><td[^>]*>1</);
    const byAge = section(res.body, 'count-by-age');
    for (const group of ['Kind', 'Volwassene', 'Oudere']) expect(byAge).toMatch(new RegExp(`${group}</td><td[^>]*>1<`));

    const waiting = section(res.body, 'waiting');
    expect(waiting).toContain(`href="/zorgen/${adult}"`);
    expect(waiting).not.toContain(child);
    const due = section(res.body, 'check-dates');
    expect(due).toContain(`href="/zorgen/${helping}"`);
    expect(due).toContain('15 januari 2020 (verstreken)');
    expect(due).not.toContain(child);
    const all = section(res.body, 'filtered');
    for (const id of [child, adult, helping]) expect(all).toContain(`href="/zorgen/${id}"`);
    expect(res.body).toContain('3 zorgen');

    const byStatus = await lead.get('/zorgen/overzicht?stap=helping&leeftijd=');
    expect(byStatus.statusCode).toBe(200);
    const helpingOnly = section(byStatus.body, 'filtered');
    expect(helpingOnly).toContain(helping);
    expect(helpingOnly).not.toContain(child);
    expect(helpingOnly).not.toContain(adult);
    expect(byStatus.body).toContain('1 zorg<');
    expect(byStatus.body).toMatch(/<option value="helping" selected/);

    const byAgeGroup = section((await lead.get('/zorgen/overzicht?stap=&leeftijd=adult')).body, 'filtered');
    expect(byAgeGroup).toContain(adult);
    expect(byAgeGroup).not.toContain(child);
    expect(byAgeGroup).not.toContain(helping);

    const none = await lead.get('/zorgen/overzicht?stap=helping&leeftijd=child');
    expect(none.statusCode).toBe(200);
    expect(section(none.body, 'filtered')).toBe('');
    expect(none.body).toContain('0 zorgen');

    // Only open steps and known age groups can be asked for.
    expect((await lead.get('/zorgen/overzicht?stap=closed')).statusCode).toBe(400);
    expect((await lead.get('/zorgen/overzicht?leeftijd=baby')).statusCode).toBe(400);
  });

  it("shows another organisation's aandachtsfunctionaris none of these concerns", async () => {
    await seedDashboard();
    const res = await (await signedIn('B', 'safeguardingLead')).get('/zorgen/overzicht');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(canary('A'));
    expect(res.body).toContain('Er wachten geen consultaties.');
    expect(res.body).toContain('0 zorgen');
  });
});
