// SPDX-License-Identifier: EUPL-1.2
/**
 * The test factories themselves: a member signs in through the pages, a concern advanced to a step
 * holds exactly the entries and audit rows of the steps asked for, and each kind of report arrives
 * at Veilig Thuis as the pages would leave it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptHash } from '#src/modules/reports/receipt.ts';
import {
  createAdviceRequest,
  createConcern,
  createMember,
  createOrganisation,
  createProfessionalReport,
  createResidentReport,
  type Member,
  signedIn,
  withSession,
} from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let teacher: Member;
let vtName: string;

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 1000 });
  teacher = await createMember(t.app, 'professional');
  await createMember(t.app, 'safeguardingLead', { organisation: teacher.organisation });
  vtName = (await createOrganisation(t.app, { type: 'veiligThuis' })).name;
}, 60_000);
afterAll(() => t.close());

async function entryKinds(concernId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('concern_entry')
    .select('kind')
    .where('concern_id', '=', concernId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.kind);
}

async function auditTypes(objectId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_event')
    .select('event_type_code')
    .where('participant_object_id', '=', objectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.event_type_code);
}

describe('the user factories', () => {
  it('makes a member who signs in with password and code, and one with a session written directly', async () => {
    const agent = await signedIn(t.app, teacher);
    expect((await agent.get('/zorgen')).statusCode).toBe(200);
    const officer = await createMember(t.app, 'privacyOfficer', { organisation: teacher.organisation });
    const direct = await withSession(t.app, officer);
    expect((await direct.get('/privacy/logboek')).statusCode).toBe(200);
    expect((await direct.get('/zorgen')).statusCode).toBe(403);
  });

  it('puts an intake worker in a Veilig Thuis of their own unless told otherwise', async () => {
    const intake = await createMember(t.app, 'intakeWorker');
    expect(intake.organisation.type).toBe('veiligThuis');
    expect((await (await signedIn(t.app, intake)).get('/veilig-thuis')).statusCode).toBe(200);
  });
});

describe('the concern factory', () => {
  it('takes a concern about a child to the decision with the entries and audit rows of every step', async () => {
    const concern = await createConcern(t.app, { by: teacher, through: 'decision' });
    expect(concern.status).toBe('report');
    expect(await entryKinds(concern.id)).toEqual([
      'opened',
      'observation',
      'consultationRequested',
      'consultation',
      'conversation',
      'weighing',
      'decision',
    ]);
    expect(await auditTypes(concern.id)).toEqual([
      'concern.create',
      'concern.entry.create',
      'concern.step.requestConsultation',
      'concern.step.recordConsultation',
      'concern.step.recordConversation',
      'concern.step.weigh',
      'concern.step.decideReport',
    ]);
    const row = await t.database.db
      .selectFrom('concern')
      .innerJoin('person', 'person.id', 'concern.person_id')
      .select(['concern.status', 'person.full_name', 'person.age_group', 'person.date_of_birth'])
      .where('concern.id', '=', concern.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'report', full_name: 'Tara Bakker', age_group: 'child' });
  });

  it('stops where asked, about an older person, with the outcome and the household asked for', async () => {
    const concern = await createConcern(t.app, {
      by: teacher,
      about: 'older',
      through: 'weighing',
      outcome: 'help',
      household: [{ name: 'Kees Smit', relation: 'partner', age: 88 }],
    });
    expect(concern.status).toBe('deciding');
    expect(await entryKinds(concern.id)).toEqual([
      'opened',
      'observation',
      'householdMember',
      'consultationRequested',
      'consultation',
      'conversation',
      'weighing',
    ]);
    const weighing = await t.database.db
      .selectFrom('concern_entry')
      .select('data')
      .where('concern_id', '=', concern.id)
      .where('kind', '=', 'weighing')
      .executeTakeFirstOrThrow();
    expect(weighing.data).toMatchObject({ outcome: 'help', answers: { 1: true, 2: false, 3: true, 4: true } });
    const person = await t.database.db
      .selectFrom('concern')
      .innerJoin('person', 'person.id', 'concern.person_id')
      .select(['person.full_name', 'person.age_group'])
      .where('concern.id', '=', concern.id)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ full_name: 'Johanna Smit', age_group: 'older' });
  });

  it('records Veilig Thuis’s advice before the conversation on the expert route, and helps when decided', async () => {
    const expert = await createConcern(t.app, { by: teacher, honourRisk: 'unknown', through: 'conversation' });
    expect(expert.status).toBe('weighing');
    expect(await entryKinds(expert.id)).toContain('advice');
    const helped = await createConcern(t.app, { by: teacher, about: 'adult', through: 'decision', decision: 'help' });
    expect(helped.status).toBe('helping');
  });

  it('sends a volunteer’s concern to consultation at once, and lets a professional take the steps', async () => {
    const volunteer = await createMember(t.app, 'volunteer', { organisation: teacher.organisation });
    const opened = await createConcern(t.app, { by: volunteer });
    expect(opened.status).toBe('consultation');
    const advanced = await createConcern(t.app, {
      by: volunteer,
      colleagues: [teacher],
      stepsBy: teacher,
      through: 'consultation',
    });
    expect(advanced.status).toBe('conversation');
    expect(await entryKinds(advanced.id)).toEqual([
      'opened',
      'consultationRequested',
      'memberAdded',
      'observation',
      'consultation',
    ]);
  });
});

describe('the report factories', () => {
  it('files a professional’s report and an advice request from a concern, and a resident’s report', async () => {
    const concern = await createConcern(t.app, { by: teacher, through: 'decision' });
    const report = await createProfessionalReport(t.app, concern, { veiligThuisName: vtName });
    const advice = await createAdviceRequest(t.app, concern, { veiligThuisName: vtName, question: 'Wat nu?' });
    const resident = await createResidentReport(t.app, { kind: 'report', veiligThuisName: vtName });
    const rows = await t.database.db
      .selectFrom('vt_report')
      .select(['id', 'kind', 'source', 'concern_id', 'receipt_hash', 'reporter_user_id'])
      .orderBy('number')
      .execute();
    expect(rows).toEqual([
      {
        id: report.id,
        kind: 'report',
        source: 'professional',
        concern_id: concern.id,
        receipt_hash: null,
        reporter_user_id: teacher.userId,
      },
      {
        id: advice.id,
        kind: 'advice',
        source: 'professional',
        concern_id: concern.id,
        receipt_hash: null,
        reporter_user_id: teacher.userId,
      },
      {
        id: resident.id,
        kind: 'report',
        source: 'resident',
        concern_id: null,
        receipt_hash: receiptHash(resident.code),
        reporter_user_id: null,
      },
    ]);
    expect(await entryKinds(concern.id)).toEqual(expect.arrayContaining(['reported', 'adviceRequested']));
    expect(await auditTypes(report.id)).toEqual(['report.receive.professional.report']);
    expect(await auditTypes(resident.id)).toEqual(['report.receive.resident.report']);
  });
});
