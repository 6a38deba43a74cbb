// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of the intake's forms are the intake service's too (issue 13): a caller that skips the
 * report's page gets the same keys as ValidationError (intake.schemas.ts), and the report stays as it
 * was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import {
  askResident,
  assign,
  type DecisionInput,
  decide,
  endMonitoring,
  giveAdvice,
  triage,
} from '#src/modules/reports/intake.service.ts';
import {
  contextFor,
  createConcern,
  createMember,
  createProfessionalReport,
  createResidentReport,
  type Member,
} from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

const quiet = { notify: async () => undefined };
let t: Awaited<ReturnType<typeof createTestApp>>;
let worker: Member;
let ctx: RequestContext;

beforeAll(async () => {
  t = await createTestApp();
  worker = await createMember(t.app, 'intakeWorker');
  ctx = contextFor(t.app, worker);
}, 60_000);
afterAll(() => t.close());

/** The fields a ValidationError names, or what else happened. */
async function refusedFields(run: () => Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await run();
    return 'accepted';
  } catch (err) {
    return err instanceof ValidationError ? { ...(err.fields ?? {}) } : String(err);
  }
}

/** A report's status and the number of its events (to show nothing was stored). */
async function state(id: string): Promise<{ status: string; events: number }> {
  const db = t.database.db;
  const report = await db.selectFrom('vt_report').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('vt_report_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('report_id', '=', id)
    .executeTakeFirstOrThrow();
  return { status: report.status, events: Number(events.n) };
}

/** A decision closing the report, with these values changed. */
function decision(over: Partial<DecisionInput>): DecisionInput {
  return {
    outcome: 'closed',
    reasons: 'Geen zorgen meer.',
    handedOverTo: '',
    safetyConditions: '',
    feedback: '',
    ...over,
  };
}

const vtName = () => worker.organisation.name;

describe('the intake services refuse what the forms refuse', () => {
  it('triage, assign, a question, a decision and the end of monitoring of a resident’s report', async () => {
    const { id } = await createResidentReport(t.app, { kind: 'report', veiligThuisName: vtName() });
    const received = await state(id);
    expect(
      await refusedFields(() => triage(ctx, id, { acute: 'yes' as unknown as boolean, assignTo: 'Ahmed' })),
    ).toEqual({ acute: 'triageAcute', assignTo: 'assignTo' });
    // An id, but not of an intake worker of this Veilig Thuis.
    const stranger = await createMember(t.app, 'intakeWorker');
    expect(await refusedFields(() => triage(ctx, id, { acute: false, assignTo: stranger.userId }))).toEqual({
      assignTo: 'assignTo',
    });
    expect(await state(id)).toEqual(received);

    await triage(ctx, id, { acute: false, assignTo: null });
    const assessing = await state(id);
    expect(assessing.status).toBe('assessing');
    expect(await refusedFields(() => assign(ctx, id, 'Ahmed'))).toEqual({ assignTo: 'assignTo' });
    expect(await refusedFields(() => assign(ctx, id, stranger.userId))).toEqual({ assignTo: 'assignTo' });
    expect(await refusedFields(() => askResident(ctx, id, ' \n '))).toEqual({ question: 'askText' });
    expect(await refusedFields(() => askResident(ctx, id, 'x'.repeat(2001)))).toEqual({ question: 'tooLong:2000' });
    expect(await refusedFields(() => decide(ctx, id, decision({ reasons: '' }), quiet))).toEqual({
      reasons: 'reportReasons',
    });
    expect(
      await refusedFields(() => decide(ctx, id, decision({ outcome: 'safetyConditions', handedOverTo: ' ' }), quiet)),
    ).toEqual({ handedOverTo: 'handedOverTo', safetyConditions: 'safetyConditions' });
    expect(await state(id)).toEqual(assessing);

    await decide(ctx, id, decision({ outcome: 'investigation' }), quiet);
    const investigating = await state(id);
    expect(investigating.status).toBe('investigating');
    expect(await refusedFields(() => decide(ctx, id, decision({ outcome: 'adviceGiven' }), quiet))).toEqual({
      outcome: 'notAfterInvestigation',
    });
    expect(await state(id)).toEqual(investigating);

    await decide(
      ctx,
      id,
      decision({ outcome: 'safetyConditions', handedOverTo: 'Wijkteam', safetyConditions: 'Dagelijks contact' }),
      quiet,
    );
    const monitoring = await state(id);
    expect(monitoring.status).toBe('monitoring');
    expect(await refusedFields(() => endMonitoring(ctx, id, ''))).toEqual({ reasons: 'endReasons' });
    expect(await refusedFields(() => endMonitoring(ctx, id, 'x'.repeat(5001)))).toEqual({ reasons: 'tooLong:5000' });
    expect(await state(id)).toEqual(monitoring);
  });

  it('feedback to a professional reporter is required', async () => {
    const teacher = await createMember(t.app, 'professional');
    await createMember(t.app, 'safeguardingLead', { organisation: teacher.organisation });
    const concern = await createConcern(t.app, { by: teacher, through: 'decision' });
    const { id } = await createProfessionalReport(t.app, concern, { veiligThuisName: vtName() });
    await triage(ctx, id, { acute: false, assignTo: worker.userId });
    const before = await state(id);
    expect(await refusedFields(() => decide(ctx, id, decision({ feedback: '  ' }), quiet))).toEqual({
      feedback: 'feedback',
    });
    expect(await state(id)).toEqual(before);
  });

  it('advice to a resident’s request', async () => {
    const { id } = await createResidentReport(t.app, { kind: 'advice', veiligThuisName: vtName() });
    const before = await state(id);
    expect(await refusedFields(() => giveAdvice(ctx, id, '', quiet))).toEqual({ advice: 'adviceText' });
    expect(await refusedFields(() => giveAdvice(ctx, id, 'x'.repeat(5001), quiet))).toEqual({
      advice: 'tooLong:5000',
    });
    expect(await state(id)).toEqual(before);
  });
});
