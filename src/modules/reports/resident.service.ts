// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's side of Veilig Thuis's intake (issue 5): a resident sends a report or asks for advice
 * without an account and gets a receipt code; with the code the resident sees the status, the
 * intake's questions and the advice, and answers the questions. Only the code's hash is stored; a code
 * opens only the report whose hash it is. The report itself is received by the intake
 * (intake.service.ts).
 */

import { z } from 'zod';
import type { RequestContext } from '#src/core/context.ts';
import { NoVeiligThuisError, ValidationError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import type { ConcernNotifier } from '#src/modules/concerns/index.ts';
import { receivingVeiligThuis } from '#src/modules/identity/index.ts';
import { receiveReport } from './intake.service.ts';
import { newReceiptCode, receiptHash } from './receipt.ts';
import { auditReport, reportStepNotAllowed, type Trx } from './report.internal.ts';
import * as repo from './report.repository.ts';
import { residentAnswer, residentInput } from './resident-report.schemas.ts';
import type { ResidentSnapshot } from './snapshot.ts';
import { type ReportKind, type ResidentStatus, reportTransition, residentStatus } from './workflow.ts';

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
 * @throws {ValidationError} the input breaks a rule of resident-report.schemas.ts (`bsn`: a BSN in a text)
 */
export async function submitResidentReport(
  ctx: RequestContext,
  given: ResidentInput,
  veiligThuisName: string,
  notifier: ConcernNotifier,
): Promise<{ code: string; number: number }> {
  // A resident has no legal basis to give a BSN (docs/domain.md §5): refused, whoever calls.
  const input: ResidentInput = validInput(residentInput, given);
  const s = input.snapshot;
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
 * @throws {ValidationError} the question is not open (already answered, or not of this report); the
 *   answer is empty, too long or holds a BSN (`answer`, `tooLong:2000`, `bsn`)
 * @throws {ConflictError} the report no longer takes answers (REPORT_STEP_NOT_ALLOWED)
 */
export async function answerQuestion(
  ctx: RequestContext,
  code: string,
  questionId: string,
  given: string,
): Promise<boolean> {
  const { answer: text } = validInput(z.object({ answer: residentAnswer }), { answer: given });
  return ctx.db.transaction().execute(async (trx) => {
    const found = await reportOfCode(trx, code);
    if (!found) return false;
    const report = (await repo.findReport(trx, found.id, true))!;
    if (!reportTransition('answer', report)) throw reportStepNotAllowed();
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
