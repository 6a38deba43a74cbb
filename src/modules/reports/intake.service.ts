// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake of Veilig Thuis (issue 5): reports and advice requests arrive (from a concern, or from a
 * resident with a receipt code: resident.service.ts), the intake triages, assigns, asks the resident,
 * assesses safety within 5 working days, decides, and gives feedback to a professional reporter, which
 * lands in the reporter's concern. Each use case asks the policy (report.policy.ts: another
 * organisation's report is 404) and the transition table (workflow.ts: otherwise 409,
 * REPORT_STEP_NOT_ALLOWED), writes, and records its audit row in the same transaction. Notifications
 * are content-free and queued in the transaction.
 */
import { type Actor, actorOf, authorize } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { type Page, pageOf } from '#src/core/paging.ts';
import { hidden } from '#src/core/refusal.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { audit } from '#src/modules/audit/index.ts';
import { type ConcernNotifier, receiveFromVeiligThuis } from '#src/modules/concerns/index.ts';
import { colleagues } from '#src/modules/identity/index.ts';
import {
  adviceInput,
  askInput,
  assignInput,
  decisionInput,
  endMonitoringInput,
  triageInput,
} from './intake.schemas.ts';
import { addressKey, nameKey } from './radar-keys.ts';
import { auditReport, reportStepNotAllowed, type Trx } from './report.internal.ts';
import { reportPolicy } from './report.policy.ts';
import * as repo from './report.repository.ts';
import type { DecisionData, ReportSnapshot } from './snapshot.ts';
import {
  type AssessmentOutcome,
  assessmentDueOn,
  availableReportActions,
  decisionAction,
  feedbackRequired,
  HANDOVER_OUTCOMES,
  isOverdue,
  type ReportAction,
  type ReportKind,
  type ReportSource,
  reportTransition,
  STATUS_AFTER,
} from './workflow.ts';

/** A report arriving at Veilig Thuis. */
export interface IncomingReport {
  readonly veiligThuisId: string;
  /** The receiving Veilig Thuis's name (its intake workers' mail says which one). */
  readonly veiligThuisName: string;
  readonly kind: ReportKind;
  readonly source: ReportSource;
  readonly acuteByReporter: boolean;
  readonly concernId: string | null;
  readonly reporterOrganisationId: string | null;
  readonly reporterUserId: string | null;
  readonly receiptHash: string | null;
  readonly snapshot: ReportSnapshot;
  readonly reporter: repo.ReporterRow;
  /** The people it is about, for the radar (none for advice requests). */
  readonly subjects: readonly {
    readonly name: string;
    readonly dateOfBirth: string | null;
    readonly address: { street: string; postcode: string; place: string } | null;
  }[];
}

/**
 * Receives a report in the caller's transaction: stored with its reporter and radar keys, a
 * `received` event, its audit row, and, when the reporter sees acute danger, a content-free mail to
 * every intake worker of that Veilig Thuis.
 */
export async function receiveReport(
  trx: Trx,
  ctx: RequestContext,
  input: IncomingReport,
  notifier: ConcernNotifier,
): Promise<{ id: string; number: number }> {
  const created = await repo.insertReport(trx, {
    ...input,
    receivedAt: ctx.now,
    dueOn: assessmentDueOn(ctx.now),
    subjects: input.subjects.map((s) => ({
      nameKey: nameKey(s.name),
      dateOfBirth: s.dateOfBirth,
      addressKey: s.address ? addressKey(s.address) : null,
    })),
  });
  // Received from: the professional who sent it (null: a resident, who has no account).
  await repo.appendEvent(trx, {
    reportId: created.id,
    kind: 'received',
    data: {},
    authorId: input.reporterUserId,
    now: ctx.now,
  });
  await auditReport(trx, ctx, created.id, `report.receive.${input.source}.${input.kind}`, 'C');
  if (input.acuteByReporter) {
    const intake = await colleagues(trx, input.veiligThuisId, ['intakeWorker']);
    if (intake.length > 0) {
      await notifier.notify(trx, { kind: 'acuteReport', to: intake, organisationName: input.veiligThuisName });
    }
  }
  return created;
}

// ---- The intake ----

/** A report in the inbox, with its deadline state. */
export type InboxItem = repo.InboxRow & { readonly overdue: boolean };

/** The inbox of the actor's Veilig Thuis (audited as a list read). */
export async function listInbox(ctx: RequestContext, view: repo.InboxView): Promise<InboxItem[]> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    authorize(actor, reportPolicy, 'view', { veiligThuisId: actor.organisationId });
    const rows = await repo.listInbox(trx, actor.organisationId, view, actor.userId);
    await audit(trx, ctx, {
      type: 'report.list',
      action: 'R',
      purpose: 'safety',
      outcome: 'success',
      objectType: 'report',
      objectId: null,
    });
    const today = amsterdamIsoDate(ctx.now);
    return rows.map((r) => ({ ...r, overdue: isOverdue(r, today) }));
  });
}

/** A page of an inbox view. */
export interface InboxPage {
  readonly rows: readonly InboxItem[];
  readonly page: Page;
}

/** A page of an inbox view of the actor's Veilig Thuis (audited as a list read; ADR 0032). */
export async function listInboxPage(ctx: RequestContext, view: repo.InboxView, requested: number): Promise<InboxPage> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    authorize(actor, reportPolicy, 'view', { veiligThuisId: actor.organisationId });
    const page = pageOf(requested, await repo.countInbox(trx, actor.organisationId, view, actor.userId));
    const rows = await repo.listInbox(trx, actor.organisationId, view, actor.userId, {
      limit: page.size,
      offset: page.offset,
    });
    await audit(trx, ctx, {
      type: 'report.list',
      action: 'R',
      purpose: 'safety',
      outcome: 'success',
      objectType: 'report',
      objectId: null,
    });
    const today = amsterdamIsoDate(ctx.now);
    return { rows: rows.map((r) => ({ ...r, overdue: isOverdue(r, today) })), page };
  });
}

/** A report with everything the intake's page shows. */
export interface ReportView {
  readonly report: repo.ReportRow;
  readonly reporter: repo.ReporterRow | undefined;
  readonly events: readonly repo.ReportEvent[];
  readonly radar: readonly repo.RadarRow[];
  readonly intakeWorkers: readonly { readonly id: string; readonly name: string }[];
  readonly actions: readonly ReportAction[];
  readonly overdue: boolean;
  readonly feedbackRequired: boolean;
  /** Questions to the resident still unanswered. */
  readonly openQuestions: number;
}

/** Reads a report for the intake (audited; the reporter's identity is part of the read). */
export async function getReport(ctx: RequestContext, id: string): Promise<ReportView> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const report = await repo.findReport(trx, id);
    if (!report) throw hidden('report', id);
    authorize(actor, reportPolicy, 'view', report, { type: 'report', id });
    const events = await repo.listEvents(trx, id);
    const answered = new Set(events.flatMap((e) => (e.kind === 'answer' ? [e.data.questionId] : [])));
    const view: ReportView = {
      report,
      reporter: await repo.findReporter(trx, id),
      events,
      radar: await repo.radar(trx, id, report.veiligThuisId),
      intakeWorkers: (await colleagues(trx, report.veiligThuisId, ['intakeWorker'])).map((c) => ({
        id: c.id,
        name: c.name,
      })),
      actions: availableReportActions(report),
      overdue: isOverdue(report, amsterdamIsoDate(ctx.now)),
      feedbackRequired: feedbackRequired(decisionAction(report), report),
      openQuestions: events.filter((e) => e.kind === 'question' && !answered.has(e.id)).length,
    };
    await auditReport(trx, ctx, id, 'report.read', 'R');
    return view;
  });
}

/**
 * Loads a report for a step, under a row lock: 404 unless the actor's intake; 409 unless the table
 * allows the action (given, or chosen from the report's state).
 */
async function stepOn(
  trx: Trx,
  actor: Actor,
  id: string,
  action: ReportAction | ((report: repo.ReportRow) => ReportAction),
) {
  const report = await repo.findReport(trx, id, true);
  if (!report) throw hidden('report', id);
  authorize(actor, reportPolicy, 'work', report, { type: 'report', id });
  const allowed = reportTransition(typeof action === 'function' ? action(report) : action, report);
  if (!allowed) throw reportStepNotAllowed();
  return { report, allowed };
}

/** An intake worker of the same Veilig Thuis, or a validation error on `assignTo` (key `assignTo`). */
async function intakeWorker(trx: Trx, veiligThuisId: string, userId: string) {
  const found = (await colleagues(trx, veiligThuisId, ['intakeWorker'])).find((c) => c.id === userId);
  if (!found) throw new ValidationError({ assignTo: 'assignTo' });
  return found;
}

/**
 * Triage: acute (immediate action) or not, and who takes it. The safety assessment starts.
 * @throws {ValidationError} the input breaks a rule of intake.schemas.ts, or the worker is not an
 *   intake worker of this Veilig Thuis (`assignTo`)
 */
export async function triage(
  ctx: RequestContext,
  id: string,
  given: { readonly acute: boolean; readonly assignTo: string | null },
): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'triage');
    const input = validInput(triageInput, given);
    const worker = input.assignTo ? await intakeWorker(trx, actor.organisationId, input.assignTo) : null;
    await repo.updateReport(
      trx,
      id,
      { status: 'assessing', acute: input.acute, triagedAt: ctx.now, assignedTo: worker?.id ?? null },
      ctx.now,
    );
    await repo.appendEvent(trx, {
      reportId: id,
      kind: 'triaged',
      data: { acute: input.acute, assignedToName: worker?.name ?? null },
      authorId: actor.userId,
      now: ctx.now,
    });
    await auditReport(trx, ctx, id, 'report.triage', 'U');
  });
}

/**
 * Assigns the report to an intake worker of the same Veilig Thuis.
 * @throws {ValidationError} not an id, or not of an intake worker of this Veilig Thuis (`assignTo`)
 */
export async function assign(ctx: RequestContext, id: string, userId: string): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'assign');
    const { assignTo } = validInput(assignInput, { assignTo: userId });
    const worker = await intakeWorker(trx, actor.organisationId, assignTo);
    await repo.updateReport(trx, id, { assignedTo: worker.id }, ctx.now);
    await repo.appendEvent(trx, {
      reportId: id,
      kind: 'assigned',
      data: { assignedToName: worker.name },
      authorId: actor.userId,
      now: ctx.now,
    });
    await auditReport(trx, ctx, id, 'report.assign', 'U');
  });
}

/**
 * Asks the resident a question; the resident sees it with the receipt code.
 * @throws {ValidationError} the question is empty or too long (`question`)
 */
export async function askResident(ctx: RequestContext, id: string, given: string): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'ask');
    const { question: text } = validInput(askInput, { question: given });
    await repo.appendEvent(trx, {
      reportId: id,
      kind: 'question',
      data: { text },
      authorId: actor.userId,
      now: ctx.now,
    });
    await repo.updateReport(trx, id, {}, ctx.now);
    await auditReport(trx, ctx, id, 'report.ask', 'U');
  });
}

/** The decision of the safety assessment or of an investigation. */
export interface DecisionInput {
  readonly outcome: AssessmentOutcome;
  readonly reasons: string;
  readonly handedOverTo: string;
  readonly safetyConditions: string;
  readonly feedback: string;
}

/**
 * Records the decision after the safety assessment (`assess`), or at the end of an investigation
 * (`conclude`) when the report is being investigated. A professional's report requires feedback,
 * which lands in the reporter's concern and is announced to the reporter without content.
 * @throws {ValidationError} the input breaks a rule of intake.schemas.ts (decisionInput): no reasons,
 *   an outcome that does not end an investigation, a missing partner, safety conditions or feedback
 */
export async function decide(
  ctx: RequestContext,
  id: string,
  given: DecisionInput,
  notifier: ConcernNotifier,
): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { report } = await stepOn(trx, actor, id, decisionAction);
    const action = decisionAction(report);
    const needsFeedback = feedbackRequired(action, report);
    const input = validInput(
      decisionInput({ concludes: action === 'conclude', feedbackRequired: needsFeedback }),
      given,
    );
    const data: DecisionData = {
      outcome: input.outcome,
      reasons: input.reasons,
      handedOverTo: HANDOVER_OUTCOMES.includes(input.outcome) ? input.handedOverTo : '',
      safetyConditions: input.outcome === 'safetyConditions' ? input.safetyConditions : '',
      feedback: needsFeedback ? input.feedback : '',
    };
    const to = STATUS_AFTER[input.outcome];
    await repo.updateReport(
      trx,
      id,
      {
        status: to,
        outcome: input.outcome,
        assessedAt: action === 'assess' ? ctx.now : report.assessedAt,
        closedAt: to === 'closed' ? ctx.now : null,
      },
      ctx.now,
    );
    await repo.appendEvent(trx, {
      reportId: id,
      kind: action === 'assess' ? 'assessed' : 'concluded',
      data,
      authorId: actor.userId,
      now: ctx.now,
    });
    await auditReport(trx, ctx, id, `report.${action}`, 'U');
    if (needsFeedback && report.concernId && report.reporterUserId) {
      await receiveFromVeiligThuis(trx, ctx, report.concernId, {
        entry: {
          kind: 'vtFeedback',
          data: {
            reportId: id,
            number: report.number,
            veiligThuisName: report.veiligThuisName,
            stage: action === 'assess' ? 'assessment' : 'investigation',
            outcome: input.outcome,
            handedOverTo: data.handedOverTo,
            safetyConditions: data.safetyConditions,
            message: input.feedback,
          },
        },
        reporterUserId: report.reporterUserId,
        notice: 'feedbackWaiting',
        notifier,
      });
    }
  });
}

/**
 * Ends the monitoring of safety conditions.
 * @throws {ValidationError} the reasons are empty or too long (`reasons`)
 */
export async function endMonitoring(ctx: RequestContext, id: string, given: string): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'endMonitoring');
    const { reasons } = validInput(endMonitoringInput, { reasons: given });
    await repo.updateReport(trx, id, { status: 'closed', closedAt: ctx.now }, ctx.now);
    await repo.appendEvent(trx, {
      reportId: id,
      kind: 'monitoringEnded',
      data: { reasons },
      authorId: actor.userId,
      now: ctx.now,
    });
    await auditReport(trx, ctx, id, 'report.endMonitoring', 'U');
  });
}

/**
 * Answers an advice request. A professional's advice lands in the concern; a resident reads it with the code.
 * @throws {ValidationError} the advice is empty or too long (`advice`)
 */
export async function giveAdvice(
  ctx: RequestContext,
  id: string,
  given: string,
  notifier: ConcernNotifier,
): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { report } = await stepOn(trx, actor, id, 'giveAdvice');
    const { advice } = validInput(adviceInput, { advice: given });
    await repo.updateReport(trx, id, { status: 'closed', outcome: 'adviceGiven', closedAt: ctx.now }, ctx.now);
    await repo.appendEvent(trx, {
      reportId: id,
      kind: 'adviceGiven',
      data: { advice },
      authorId: actor.userId,
      now: ctx.now,
    });
    await auditReport(trx, ctx, id, 'report.giveAdvice', 'U');
    if (report.concernId && report.reporterUserId) {
      await receiveFromVeiligThuis(trx, ctx, report.concernId, {
        entry: { kind: 'advice', data: { adviser: 'veiligThuis', advice } },
        reporterUserId: report.reporterUserId,
        notice: 'adviceWaiting',
        notifier,
      });
    }
  });
}
