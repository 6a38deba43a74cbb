// SPDX-License-Identifier: EUPL-1.2
/**
 * The team's pages over HTTP (issue 14 item 4, ADR 0035), without JavaScript: a school and youth care
 * match; the signal's page leads to the team; youth care is proposed by the municipality's rule and
 * accepts; the proposed professional gets a content-free e-mail; bad consent and actions come back
 * with the errors next to the fields and what was typed; the plan with two actions; progress; a third
 * organisation gets 404 and a volunteer of a member 403 (audited as `object.denied`); the
 * municipality's circle coordinator sees the overview, others are refused.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import type { Agent } from '#test/agent.ts';
import { createMember, createOrganisation, type Member, signedIn } from '#test/factories/users.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl').circleTeam;
const [MILAN] = distinctBsns(1, 2718) as [string];

let t: Awaited<ReturnType<typeof createTestApp>>;
let femke: Agent;
let joost: Agent;
let schoolVolunteer: Agent;
let police: Agent;
let regie: Agent;
let joostMember: Member;
let femkeMember: Member;
let teamPath: string;
let femkeSignal: string;
let joostSignal: string;

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 10_000, jobPollingSeconds: 0.5 });
  const school = await createOrganisation(t.app, { name: 'Veluwe College', type: 'school' });
  const youthCare = await createOrganisation(t.app, { name: 'Jeugdzorg Veluwe', type: 'youthCare' });
  const municipality = await createOrganisation(t.app, { name: 'Gemeente', type: 'municipality' });
  femkeMember = await createMember(t.app, 'professional', {
    organisation: school,
    displayName: 'Femke de Vries',
  });
  joostMember = await createMember(t.app, 'professional', { organisation: youthCare, displayName: 'Joost Smit' });
  femke = await signedIn(t.app, femkeMember);
  joost = await signedIn(t.app, joostMember);
  schoolVolunteer = await signedIn(t.app, await createMember(t.app, 'volunteer', { organisation: school }));
  police = await signedIn(
    t.app,
    await createMember(t.app, 'professional', { organisation: await createOrganisation(t.app, { type: 'police' }) }),
  );
  regie = await signedIn(t.app, await createMember(t.app, 'coordinator', { organisation: municipality }));
}, 60_000);
afterAll(() => t.close());

function registration(name: string): Record<string, string> {
  return {
    zorg: '',
    bsn: MILAN,
    'dateOfBirth-day': '2',
    'dateOfBirth-month': '4',
    'dateOfBirth-year': '2013',
    parentBsn1: '',
    parentBsn2: '',
    contactName: name,
    contactRole: 'Professional',
    contactPhone: '0341-123456',
    contactEmail: '',
    parentsInforming: 'informed',
    youngPersonInforming: 'informed',
  };
}

const text = (html: string, selector: string) =>
  (parse(html).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const errorOf = (html: string, id: string) => text(html, `#${id}-error`);
const idOf = (location: unknown) => String(location).split('?')[0]!.split('/').pop()!;

describe('working together after a match, without JavaScript', () => {
  it('the signal page leads to the team, where the rule proposed youth care and told Joost', async () => {
    femkeSignal = idOf((await femke.post('/kring/aanmelden', registration('Femke de Vries'))).headers.location);
    const r = await joost.post('/kring/aanmelden', registration('Joost Smit'));
    expect(r.statusCode).toBe(303);
    joostSignal = idOf(r.headers.location);
    const signalPage = await femke.get(`/kring/${femkeSignal}`);
    const link = parse(signalPage.body).querySelector('[data-testid="team-link"]')?.getAttribute('href');
    expect(link).toMatch(/^\/kring\/samenwerking\/[0-9a-f-]{36}$/);
    teamPath = link!;
    const page = await femke.get(teamPath);
    expect(page.statusCode).toBe(200);
    expect(text(page.body, '[data-testid="proposal"]')).toBe(
      nl.coordination.proposedByRule('Joost Smit (Jeugdzorg Veluwe)'),
    );
    // Only the proposed organisation is offered the answer; Femke is offered a proposal of her own.
    expect(page.body).not.toContain(`${teamPath}/regie/antwoord`);
    expect(page.body).toContain(`action="${teamPath}/regie"`);
    expect((await joost.get(teamPath)).body).toContain(`${teamPath}/regie/antwoord`);
  });

  it('Joost accepts; a consent without anything comes back with errors next to the fields', async () => {
    const accepted = await joost.post(`${teamPath}/regie/antwoord`, { answer: 'accepted' });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe(`${teamPath}?melding=aangenomen`);
    expect(text((await femke.get(teamPath)).body, '[data-testid="coordinator"]')).toBe(
      nl.coordination.coordinator('Joost Smit (Jeugdzorg Veluwe)'),
    );
    const empty = await joost.post(`${teamPath}/toestemming`, {
      givenBy: '',
      'givenOn-day': '31',
      'givenOn-month': '2',
      'givenOn-year': '2026',
      scope: 'Plan delen',
    });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty.body, 'givenBy')).toContain(nl.errors.givenByRequired);
    expect(errorOf(empty.body, 'givenOn')).toContain(nl.errors.dateInvalid);
    expect(parse(empty.body).querySelector('#scope')?.textContent).toBe('Plan delen');
    expect(parse(empty.body).querySelector('#givenOn-day')?.getAttribute('value')).toBe('31');
    expect(parse(empty.body).querySelector('.utrecht-alert, [role="alert"]')).not.toBeNull();
  });

  it('an action before consent is refused next to its field; after consent the plan holds two', async () => {
    const now = t.app.kring.clock();
    const due = { 'dueOn-day': '1', 'dueOn-month': '1', 'dueOn-year': String(now.getUTCFullYear() + 1) };
    const early = await joost.post(`${teamPath}/acties`, { description: 'Huisbezoek', owner: joostSignal, ...due });
    expect(early.statusCode).toBe(400);
    expect(errorOf(early.body, 'description')).toContain(nl.errors.consentFirst);
    const consent = await joost.post(`${teamPath}/toestemming`, {
      givenBy: 'parents',
      'givenOn-day': String(now.getUTCDate()),
      'givenOn-month': String(now.getUTCMonth() + 1),
      'givenOn-year': String(now.getUTCFullYear()),
      scope: 'Het plan delen tussen school en jeugdzorg',
    });
    expect(consent.statusCode).toBe(303);
    for (const [description, owner] of [
      ['Huisbezoek met moeder', joostSignal],
      ['Gesprek met mentor', femkeSignal],
    ] as const) {
      expect((await joost.post(`${teamPath}/acties`, { description, owner, ...due })).statusCode).toBe(303);
    }
    const noOwner = await joost.post(`${teamPath}/acties`, { description: 'x', owner: '', ...due });
    expect(errorOf(noOwner.body, 'owner')).toContain(nl.errors.ownerRequired);
    // Femke is not the coordinator: no plan form for her, and the service refuses a post anyway.
    const femkePage = await femke.get(teamPath);
    expect(femkePage.body).not.toContain(`action="${teamPath}/acties"`);
    expect(femkePage.body).toContain('Gesprek met mentor');
    expect((await femke.post(`${teamPath}/acties`, { description: 'x', owner: femkeSignal, ...due })).statusCode).toBe(
      403,
    );
  });

  it('Femke records progress on her own action', async () => {
    const page = parse((await femke.get(teamPath)).body);
    const form = page
      .querySelectorAll('form')
      .find((f) => /\/acties\/[0-9a-f-]{36}$/.test(f.getAttribute('action') ?? ''));
    expect(form).toBeDefined();
    const r = await femke.post(form!.getAttribute('action')!, { status: 'done', progress: 'Gesprek gevoerd' });
    expect(r.statusCode).toBe(303);
    expect((await joost.get(teamPath)).body).toContain('Gesprek gevoerd');
  });

  it('an action that is not of this team is 404, audited as the action tried', async () => {
    const unknown = '0f0f0f0f-0000-4000-8000-000000000001';
    const r = await femke.post(`${teamPath}/acties/${unknown}`, { status: 'done', progress: 'x' });
    expect(r.statusCode).toBe(404);
    const denied = await t.database.db
      .selectFrom('audit_event')
      .select('participant_object_type_code as type')
      .where('event_type_code', '=', 'object.denied')
      .where('participant_object_id', '=', unknown)
      .execute();
    expect(denied.map((d) => d.type)).toEqual(['circle_plan_action']);
  });

  it('another organisation gets 404 and a volunteer of the school 403, both audited', async () => {
    expect((await police.get(teamPath)).statusCode).toBe(404);
    expect((await police.post(`${teamPath}/contact`, {})).statusCode).toBe(404);
    expect((await schoolVolunteer.get(teamPath)).body).toContain(messages('nl').circle.noBasis.title);
    const denied = await t.database.db
      .selectFrom('audit_event')
      .select('participant_object_type_code as type')
      .where('event_type_code', '=', 'object.denied')
      .where('participant_object_id', '=', idOf(teamPath))
      .execute();
    // Femke's action (she does not coordinate), and the police's read and post.
    expect(denied.map((d) => d.type)).toEqual(['circle_team', 'circle_team', 'circle_team']);
  });

  it("the municipality's circle coordinator sees the overview; a professional is refused", async () => {
    const page = await regie.get('/kring/overzicht');
    expect(page.statusCode).toBe(200);
    expect(text(page.body, '[data-testid="flagged"]')).toBe(nl.oversee.none);
    expect((await joost.get('/kring/overzicht')).statusCode).toBe(403);
  });

  it('a proposal to another professional sends her a content-free e-mail; the rule sent none', async () => {
    const proposals = () => (t.app.kring.mailer.outbox ?? []).filter((m) => m.subject === nl.mail.proposedSubject);
    expect(proposals()).toEqual([]);
    expect((await joost.post(`${teamPath}/regie`, { coordinator: femkeSignal })).statusCode).toBe(303);
    await expect.poll(() => proposals().length, { timeout: 10_000 }).toBe(1);
    const mail = proposals()[0]!;
    expect(mail.to).toBe(femkeMember.email);
    expect(mail.text).not.toContain('Joost');
    expect(mail.text).not.toContain(MILAN);
    expect(mail.text).toContain(teamPath);
  });
});
