// SPDX-License-Identifier: EUPL-1.2
/**
 * The transition table as scenarios through the service (issue 4): every allowed transition is taken
 * from its status with a valid input and lands in its target status with its entry and audit row; a
 * sample of refused transitions answers 409 and changes nothing; a step of the wrong role answers 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '#src/core/errors.ts';
import type { ConcernNotifier } from '#src/modules/concerns/concern.service.ts';
import { type StepInput, takeStep } from '#src/modules/concerns/step.service.ts';
import { type Action, type ConcernStatus, TRANSITIONS } from '#src/modules/concerns/workflow.ts';
import { type Fixtures, seedFixtures, serviceContext } from '#test/agent.ts';
import {
  contextFor,
  createAdviceRequest,
  createConcern,
  createOrganisation,
  createProfessionalReport,
  type MeldcodeStep,
  type Member,
  type ReachableOutcome,
} from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const quiet: ConcernNotifier = { notify: async () => undefined };
const VEILIG_THUIS = 'Veilig Thuis Test';

// One app for the file: every test works on a concern of its own.
beforeAll(async () => {
  t = await createTestApp();
  fx = await seedFixtures(t.database.db, t.app.kring.config);
  await createOrganisation(t.app, { name: VEILIG_THUIS, type: 'veiligThuis' });
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
const OUTCOME_FOR: Partial<Record<Action, ReachableOutcome>> = {
  decideReport: 'reportUnsafe',
  decideHelp: 'help',
  close: 'close',
};

/** How far the concern factory takes a concern to leave it in each status. */
const REACHED: Record<ConcernStatus, { through: MeldcodeStep; decision?: 'report' | 'help' | 'close' }> = {
  signals: { through: 'signals' },
  consultation: { through: 'consultationRequested' },
  conversation: { through: 'consultation' },
  weighing: { through: 'conversation' },
  deciding: { through: 'weighing' },
  helping: { through: 'decision', decision: 'help' },
  report: { through: 'decision', decision: 'report' },
  closed: { through: 'decision', decision: 'close' },
};

/**
 * A concern of organisation A in a status, taken there through the meldcode's real steps, with the
 * outcome a decision needs; on the expert route (ADR 0027) when asked: "don't know" to the
 * honour-related violence question.
 */
async function concernIn(
  status: ConcernStatus,
  outcome?: ReachableOutcome,
  route: 'any' | 'expert' = 'any',
  colleagues: readonly Member[] = [],
): Promise<string> {
  const concern = await createConcern(t.app, {
    by: fx.members.A.professional,
    honourRisk: route === 'expert' ? 'unknown' : 'no',
    notifier: quiet,
    colleagues,
    ...REACHED[status],
    ...(outcome && { outcome }),
  });
  expect(concern.status).toBe(status);
  return concern.id;
}

/** Takes any step of the table as a member: the report and the advice request through their own services. */
async function take(by: Member, id: string, action: Action): Promise<ConcernStatus> {
  if (action === 'fileReport' || action === 'requestAdvice') {
    const concern = { id, by };
    const route = { veiligThuisName: VEILIG_THUIS, notifier: quiet };
    if (action === 'fileReport')
      await createProfessionalReport(t.app, concern, { ...route, helpGiven: '', phone: '0341 123456' });
    else await createAdviceRequest(t.app, concern, { ...route, situation: 'Zorgen', question: 'Wat nu?' });
    const row = await t.database.db
      .selectFrom('concern')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.status;
  }
  return takeStep(contextFor(t.app, by), id, INPUT[action], quiet);
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
      const member = fx.members.A[by === 'lead' ? 'safeguardingLead' : 'professional'];
      await expect(take(member, id, action)).resolves.toBe(to);
      const after = await state(id);
      expect(after.status).toBe(to);
      expect(after.entry_count).toBe(before.entry_count + 1);
      expect(after.audits).toContain(`concern.step.${action}`);
      // The setup's own steps are audited too: this step adds one row of its kind.
      const count = (audits: string[]) => audits.filter((a) => a === `concern.step.${action}`).length;
      expect(count(after.audits)).toBe(count(before.audits) + 1);
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
    await expect(take(fx.members.A.safeguardingLead, id, action)).rejects.toBeInstanceOf(ConflictError);
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
    const id = await concernIn('signals', undefined, 'any', [fx.members.A.volunteer]);
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
