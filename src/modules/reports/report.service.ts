// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake of Veilig Thuis (issue 5): reports and advice requests arrive (from a concern, or from a
 * resident with a receipt code), the intake triages, assigns, asks the resident, assesses safety
 * within 5 working days, decides, and gives feedback to a professional reporter, which lands in the
 * reporter's concern. Each use case asks the policy (report.policy.ts: another organisation's report
 * is 404) and the transition table (workflow.ts: otherwise 409), writes, and records its audit row in
 * the same transaction. Notifications are content-free and queued in the transaction.
 */
import type { Transaction } from 'kysely';
import { type Actor, actorOf, authorize } from '#src/core/authz.ts';
import { refuseBsn } from '#src/core/bsn.ts';
import type { RequestContext } from '#src/core/context.ts';
import { AppError, ConflictError, NoVeiligThuisError, ValidationError } from '#src/core/errors.ts';
import { hidden } from '#src/core/refusal.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import { type ConcernNotifier, receiveFromVeiligThuis } from '#src/modules/concerns/index.ts';
import { colleagues, receivingVeiligThuis } from '#src/modules/identity/index.ts';
import { addressKey, nameKey } from './radar-keys.ts';
import { newReceiptCode, receiptHash } from './receipt.ts';
import { reportPolicy } from './report.policy.ts';
import * as repo from './report.repository.ts';
import type { DecisionData, ReportSnapshot, ResidentSnapshot } from './snapshot.ts';
import {
  type AssessmentOutcome,
  assessmentDueOn,
  availableReportActions,
  decisionAction,
  feedbackRequired,
  HANDOVER_OUTCOMES,
  INVESTIGATION_OUTCOMES,
  isOverdue,
  type ReportAction,
  type ReportKind,
  type ReportSource,
  type ResidentStatus,
  reportTransition,
  residentStatus,
  STATUS_AFTER,
} from './workflow.ts';

type Trx = Transaction<Database>;

function auditReport(
  trx: Trx,
  ctx: RequestContext,
  reportId: string,
  type: string,
  action: 'C' | 'R' | 'U',
  purpose = 'safety',
): Promise<void> {
  return audit(trx, ctx, {
    type,
    action,
    purpose,
    outcome: 'success',
    subject: { kind: 'report', id: reportId },
    objectType: 'report',
    objectId: reportId,
  });
}

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
  if (!allowed) throw new ConflictError();
  return { report, allowed };
}

/** An intake worker of the same Veilig Thuis, or a validation error on `field`. */
async function intakeWorker(trx: Trx, veiligThuisId: string, userId: string, field: string) {
  const found = (await colleagues(trx, veiligThuisId, ['intakeWorker'])).find((c) => c.id === userId);
  if (!found) throw new ValidationError({ [field]: 'unknownWorker' });
  return found;
}

/** Triage: acute (immediate action) or not, and who takes it. The safety assessment starts. */
export async function triage(
  ctx: RequestContext,
  id: string,
  input: { readonly acute: boolean; readonly assignTo: string | null },
): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'triage');
    const worker = input.assignTo ? await intakeWorker(trx, actor.organisationId, input.assignTo, 'assignTo') : null;
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

/** Assigns the report to an intake worker of the same Veilig Thuis. */
export async function assign(ctx: RequestContext, id: string, userId: string): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'assign');
    const worker = await intakeWorker(trx, actor.organisationId, userId, 'assignTo');
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

/** Asks the resident a question; the resident sees it with the receipt code. */
export async function askResident(ctx: RequestContext, id: string, text: string): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'ask');
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
 * @throws {ValidationError} a missing partner, safety conditions or feedback
 */
export async function decide(
  ctx: RequestContext,
  id: string,
  input: DecisionInput,
  notifier: ConcernNotifier,
): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { report } = await stepOn(trx, actor, id, decisionAction);
    const action = decisionAction(report);
    const errors: Record<string, string> = {};
    if (action === 'conclude' && !(INVESTIGATION_OUTCOMES as readonly string[]).includes(input.outcome))
      errors.outcome = 'notAfterInvestigation';
    if (HANDOVER_OUTCOMES.includes(input.outcome) && !input.handedOverTo) errors.handedOverTo = 'required';
    if (input.outcome === 'safetyConditions' && !input.safetyConditions) errors.safetyConditions = 'required';
    const needsFeedback = feedbackRequired(action, report);
    if (needsFeedback && !input.feedback) errors.feedback = 'required';
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
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

/** Ends the monitoring of safety conditions. */
export async function endMonitoring(ctx: RequestContext, id: string, reasons: string): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await stepOn(trx, actor, id, 'endMonitoring');
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

/** Answers an advice request. A professional's advice lands in the concern; a resident reads it with the code. */
export async function giveAdvice(
  ctx: RequestContext,
  id: string,
  advice: string,
  notifier: ConcernNotifier,
): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { report } = await stepOn(trx, actor, id, 'giveAdvice');
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

// ---- The resident ----

/** What a resident sends. */
export interface ResidentInput {
  readonly kind: ReportKind;
  readonly snapshot: ResidentSnapshot;
  readonly contact: { readonly name: string; readonly phone: string; readonly email: string };
}

/**
 * Receives a resident's report or advice request. No account, no IP address, no user agent: the
 * context carries neither. Returns the receipt code, shown once; only its hash is stored.
 * @throws {NoVeiligThuisError} when no Veilig Thuis is set up to receive it
 */
export async function submitResidentReport(
  ctx: RequestContext,
  input: ResidentInput,
  veiligThuisName: string,
  notifier: ConcernNotifier,
): Promise<{ code: string; number: number }> {
  const s = input.snapshot;
  // A resident has no legal basis to give a BSN (docs/domain.md §5): refused, whoever calls.
  refuseBsn({
    whatHappened: s.whatHappened,
    when: s.when,
    names: s.names,
    street: s.address.street,
    postcode: s.address.postcode,
    place: s.address.place,
    name: input.contact.name,
  });
  return ctx.db.transaction().execute(async (trx) => {
    const vt = await receivingVeiligThuis(trx, veiligThuisName);
    if (!vt) throw new NoVeiligThuisError();
    const code = newReceiptCode();
    const hasAddress = Boolean(s.address.street || s.address.postcode);
    const created = await receiveReport(
      trx,
      ctx,
      {
        veiligThuisId: vt.id,
        veiligThuisName: vt.name,
        kind: input.kind,
        source: 'resident',
        acuteByReporter: false,
        concernId: null,
        reporterOrganisationId: null,
        reporterUserId: null,
        receiptHash: receiptHash(code),
        snapshot: s,
        reporter: {
          name: input.contact.name,
          role: '',
          organisationName: '',
          phone: input.contact.phone,
          email: input.contact.email,
          // A bystander's identity is never given to the family without consent (domain.md §1.7).
          staysUnknown: true,
          staysUnknownReason: '',
        },
        // The radar: the names given (one per line or comma) and the address, if any.
        subjects:
          input.kind === 'report'
            ? [
                ...s.names
                  .split(/[\n,;]/)
                  .map((n) => n.trim())
                  .filter(Boolean)
                  .slice(0, 10)
                  .map((name) => ({ name, dateOfBirth: null, address: hasAddress ? s.address : null })),
                ...(hasAddress ? [{ name: '', dateOfBirth: null, address: s.address }] : []),
              ]
            : [],
      },
      notifier,
    );
    return { code, number: created.number };
  });
}

/** What a resident sees with the receipt code. */
export interface ResidentView {
  readonly number: number;
  readonly kind: ReportKind;
  readonly receivedAt: Date;
  readonly status: ResidentStatus;
  readonly questions: readonly {
    readonly id: string;
    readonly text: string;
    readonly askedAt: Date;
    readonly answer: string | null;
  }[];
  readonly advice: string | null;
  /** Whether questions may still be answered. */
  readonly canAnswer: boolean;
}

async function reportOfCode(trx: Trx, code: string): Promise<repo.ReportRow | undefined> {
  const hash = receiptHash(code);
  if (!hash) return undefined;
  const report = await repo.findReportByReceipt(trx, hash);
  return report?.source === 'resident' ? report : undefined;
}

function residentViewOf(report: repo.ReportRow, events: readonly repo.ReportEvent[]): ResidentView {
  const answers = new Map<string, string>();
  for (const e of events) if (e.kind === 'answer') answers.set(e.data.questionId, e.data.text);
  const advice = events.findLast((e) => e.kind === 'adviceGiven');
  return {
    number: report.number,
    kind: report.kind,
    receivedAt: report.receivedAt,
    status: residentStatus(report),
    questions: events.flatMap((e) =>
      e.kind === 'question'
        ? [{ id: e.id, text: e.data.text, askedAt: e.createdAt, answer: answers.get(e.id) ?? null }]
        : [],
    ),
    advice: advice?.kind === 'adviceGiven' ? advice.data.advice : null,
    canAnswer: reportTransition('answer', report) !== undefined,
  };
}

/**
 * The status of the report a receipt code belongs to (audited, without actor), or undefined when
 * the code opens none. A code opens only the report whose hash it is.
 */
export async function residentReport(ctx: RequestContext, code: string): Promise<ResidentView | undefined> {
  return ctx.db.transaction().execute(async (trx) => {
    const report = await reportOfCode(trx, code);
    if (!report) return undefined;
    const events = await repo.listEvents(trx, report.id);
    await auditReport(trx, ctx, report.id, 'report.resident.read', 'R');
    return residentViewOf(report, events);
  });
}

/**
 * The resident answers a question of the intake.
 * @returns false when the code opens no report (the page says the code is not known)
 * @throws {ValidationError} the question is not open (already answered, or not of this report)
 * @throws {ConflictError} the report no longer takes answers
 */
export async function answerQuestion(
  ctx: RequestContext,
  code: string,
  questionId: string,
  text: string,
): Promise<boolean> {
  refuseBsn({ answer: text });
  return ctx.db.transaction().execute(async (trx) => {
    const found = await reportOfCode(trx, code);
    if (!found) return false;
    const report = (await repo.findReport(trx, found.id, true))!;
    if (!reportTransition('answer', report)) throw new ConflictError();
    const events = await repo.listEvents(trx, report.id);
    const view = residentViewOf(report, events);
    const question = view.questions.find((q) => q.id === questionId);
    if (!question || question.answer !== null) throw new ValidationError({ answer: 'notOpen' });
    await repo.appendEvent(trx, {
      reportId: report.id,
      kind: 'answer',
      data: { questionId, text },
      authorId: null,
      now: ctx.now,
    });
    await repo.updateReport(trx, report.id, {}, ctx.now);
    await auditReport(trx, ctx, report.id, 'report.resident.answer', 'U');
    return true;
  });
}
