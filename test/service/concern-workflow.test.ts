// SPDX-License-Identifier: EUPL-1.2
/**
 * The transition table as scenarios through the service (issue 4): every allowed transition is taken
 * from its status with a valid input and lands in its target status with its entry and audit row; a
 * sample of refused transitions answers 409 and changes nothing; a step of the wrong role answers 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '#src/core/errors.ts';
import type { Outcome } from '#src/modules/concerns/afwegingskader.ts';
import { type ConcernNotifier, openConcern } from '#src/modules/concerns/concern.service.ts';
import { appendEntry } from '#src/modules/concerns/entry.repository.ts';
import { fileReport, requestAdvice } from '#src/modules/concerns/report-to-vt.service.ts';
import { type StepInput, takeStep } from '#src/modules/concerns/step.service.ts';
import { type Action, type ConcernStatus, TRANSITIONS } from '#src/modules/concerns/workflow.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { receiveReport } from '#src/modules/reports/intake.service.ts';
import { type Fixtures, seedFixtures, serviceContext } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const quiet: ConcernNotifier = { notify: async () => undefined };
const VEILIG_THUIS = 'Veilig Thuis Test';

// One app for the file: every test works on a concern of its own.
beforeAll(async () => {
  t = await createTestApp();
  fx = await seedFixtures(t.database.db, t.app.kring.config);
  await t.database.db
    .transaction()
    .execute((trx) => insertOrganisation(trx, { name: VEILIG_THUIS, type: 'veiligThuis', now: new Date() }));
}, 60_000);
afterAll(() => t.close());

/** A valid input for each action taken through takeStep (the report and advice have services of their own). */
const INPUT: Record<Exclude<Action, 'fileReport' | 'requestAdvice'>, StepInput> = {
  requestConsultation: { action: 'requestConsultation', leadId: null },
  recordConsultation: { action: 'recordConsultation', withName: 'Mark Jansen', advice: 'Ga in gesprek.' },
  recordAdvice: { action: 'recordAdvice', adviser: 'veiligThuis', advice: 'Zorgen terecht.' },
  recordConversation: {
    action: 'recordConversation',
    conversationDate: '2026-11-01',
    participants: 'Moeder',
    reaction: 'Het was maar één keer.',
  },
  skipConversation: { action: 'skipConversation', reason: 'noContact', explanation: 'Drie keer gebeld.' },
  weigh: { action: 'weigh', answers: { 1: true, 2: true }, rationale: { '1': 'Ja', '2': 'Patroon' } },
  decideReport: {
    action: 'decideReport',
    reasons: 'Meldnorm 1',
    keepHelping: false,
    checkDate: null,
    informedPerson: true,
  },
  decideHelp: { action: 'decideHelp', reasons: 'Hulp via het zorgteam', checkDate: '2027-02-01' },
  close: { action: 'close', reasons: 'Geen vermoeden meer' },
  helpSucceeded: { action: 'helpSucceeded', notes: 'Veilig; afspraken gemaakt' },
  helpFailed: { action: 'helpFailed', notes: 'Opnieuw geweld' },
  reopen: { action: 'reopen', reason: 'Nieuwe signalen' },
};

/** The afwegingskader outcome a decision from `deciding` needs. */
const OUTCOME_FOR: Partial<Record<Action, Outcome>> = {
  decideReport: 'reportUnsafe',
  decideHelp: 'help',
  close: 'close',
};

/**
 * A concern of organisation A in a status, with the outcome a decision needs; on the expert route
 * (ADR 0027) when asked: "don't know" to the honour-related violence question.
 */
async function concernIn(status: ConcernStatus, outcome?: Outcome, route: 'any' | 'expert' = 'any'): Promise<string> {
  const ctx = await serviceContext(t.app, fx, 'A', 'professional');
  const id = await openConcern(
    ctx,
    {
      fullName: 'Tara Bakker',
      dateOfBirth: '2012-03-03',
      ageGroup: 'child',
      honourRisk: route === 'expert' ? 'unknown' : 'no',
    },
    quiet,
  );
  await t.database.db.transaction().execute(async (trx) => {
    await trx.updateTable('concern').set({ status }).where('id', '=', id).execute();
    await appendEntry(trx, {
      concernId: id,
      authorId: fx.users.A.professional,
      entry: {
        kind: 'observation',
        data: {
          facts: 'Blauwe plek',
          interpretation: '',
          sourceKind: 'self',
          source: '',
          categories: [],
          signListVersion: '1',
        },
      },
      occurredAt: null,
      correctsId: null,
      now: new Date(),
    });
    if (outcome) {
      await appendEntry(trx, {
        concernId: id,
        authorId: fx.users.A.professional,
        entry: { kind: 'weighing', data: { answers: { 1: true }, rationale: {}, outcome } },
        occurredAt: null,
        correctsId: null,
        now: new Date(),
      });
    }
  });
  return id;
}

/** Takes any step of the table: the report and the advice request through their own services. */
async function take(
  ctx: Awaited<ReturnType<typeof serviceContext>>,
  id: string,
  action: Action,
): Promise<ConcernStatus> {
  if (action === 'fileReport' || action === 'requestAdvice') {
    if (action === 'fileReport') {
      const observation = await t.database.db
        .selectFrom('concern_entry')
        .select('id')
        .where('concern_id', '=', id)
        .where('kind', '=', 'observation')
        .executeTakeFirstOrThrow();
      await fileReport(
        ctx,
        id,
        {
          observationIds: [observation.id],
          householdIds: [],
          helpGiven: '',
          informed: true,
          notInformedGround: null,
          notInformedExplanation: '',
          acute: false,
          role: 'Docent',
          phone: '0341 123456',
          staysUnknown: false,
          staysUnknownReason: '',
        },
        { veiligThuisName: VEILIG_THUIS, inbox: receiveReport, notifier: quiet },
      );
    } else {
      await requestAdvice(
        ctx,
        id,
        { situation: 'Zorgen', question: 'Wat nu?', role: 'Docent', phone: '' },
        { veiligThuisName: VEILIG_THUIS, inbox: receiveReport, notifier: quiet },
      );
    }
    const row = await t.database.db
      .selectFrom('concern')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.status;
  }
  return takeStep(ctx, id, INPUT[action], quiet);
}

async function state(id: string) {
  const concern = await t.database.db
    .selectFrom('concern')
    .select(['status', 'entry_count'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const audits = await t.database.db
    .selectFrom('audit_event')
    .select('event_type_code')
    .where('participant_object_id', '=', id)
    .execute();
  return { ...concern, audits: audits.map((a) => a.event_type_code) };
}

describe('every allowed transition, as a scenario through the service', () => {
  it.each(TRANSITIONS.map((row) => [row.action, row.from, row.to, row.by, row.on] as const))(
    '%s from %s → %s (by %s, on %s route)',
    async (action, from, to, by, on) => {
      const id = await concernIn(from, from === 'deciding' ? OUTCOME_FOR[action] : undefined, on);
      const before = await state(id);
      const ctx = await serviceContext(t.app, fx, 'A', by === 'lead' ? 'safeguardingLead' : 'professional');
      await expect(take(ctx, id, action)).resolves.toBe(to);
      const after = await state(id);
      expect(after.status).toBe(to);
      expect(after.entry_count).toBe(before.entry_count + 1);
      expect(after.audits).toContain(`concern.step.${action}`);
    },
  );
});

describe('refused transitions change nothing', () => {
  const refused: Array<[Action, ConcernStatus]> = [
    ['weigh', 'signals'],
    ['decideReport', 'consultation'],
    ['recordConversation', 'signals'],
    ['skipConversation', 'consultation'],
    ['decideHelp', 'weighing'],
    ['helpSucceeded', 'deciding'],
    ['helpFailed', 'report'],
    ['requestConsultation', 'closed'],
    ['reopen', 'report'],
    ['close', 'closed'],
    ['fileReport', 'deciding'],
    ['fileReport', 'helping'],
    ['requestAdvice', 'closed'],
  ];
  it.each(refused)('%s from %s → 409', async (action, from) => {
    const id = await concernIn(from);
    const before = await state(id);
    const ctx = await serviceContext(t.app, fx, 'A', 'safeguardingLead');
    await expect(take(ctx, id, action)).rejects.toBeInstanceOf(ConflictError);
    expect(await state(id)).toEqual(before);
  });

  it.each([
    ['decideHelp', 'reportUnsafe'],
    ['close', 'reportUnsafe'],
    ['close', 'help'],
    ['decideHelp', 'close'],
  ] as const)(
    '%s after outcome %s → 409 (acute or structural unsafety is always reported)',
    async (action, outcome) => {
      const id = await concernIn('deciding', outcome);
      const before = await state(id);
      const ctx = await serviceContext(t.app, fx, 'A', 'professional');
      await expect(takeStep(ctx, id, INPUT[action], quiet)).rejects.toBeInstanceOf(ConflictError);
      expect(await state(id)).toEqual(before);
    },
  );

  it('refuses the steps 2–5 to a volunteer who can see the concern (403), but lets them ask for consultation', async () => {
    const id = await concernIn('signals');
    await t.database.db
      .insertInto('concern_member')
      .values({
        concern_id: id,
        user_id: fx.users.A.volunteer,
        added_by: fx.users.A.professional,
        added_at: new Date(),
      })
      .execute();
    const volunteer = await serviceContext(t.app, fx, 'A', 'volunteer');
    const before = await state(id);
    // A 403 that says whose step it is (issue 12, item 5): a professional's.
    await expect(takeStep(volunteer, id, INPUT.recordAdvice, quiet)).rejects.toMatchObject({
      status: 403,
      code: 'CONCERN_STEP_NOT_FOR_ROLE',
      takenBy: 'professional',
    });
    expect(await state(id)).toEqual(before);
    await expect(takeStep(volunteer, id, INPUT.requestConsultation, quiet)).resolves.toBe('consultation');
  });

  it('an unanswered afwegingskader records nothing', async () => {
    const id = await concernIn('weighing');
    const before = await state(id);
    const ctx = await serviceContext(t.app, fx, 'A', 'professional');
    await expect(
      takeStep(ctx, id, { action: 'weigh', answers: { 1: true }, rationale: {} }, quiet),
    ).rejects.toMatchObject({ fields: { q2: 'unanswered' } });
    expect(await state(id)).toEqual(before);
  });
});
