// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake of Veilig Thuis as data (issue 5, docs/domain.md §3, Handelingsprotocol 2019): the statuses a
 * report or advice request moves through, the decisions of the safety assessment, and the one table
 * of allowed steps. The service looks every request up here; anything not in the table is refused
 * (409), whatever the page sent.
 */
import { addWorkingDays, amsterdamIsoDate } from '#src/core/working-days.ts';

/** A report (melding) or a request for advice. */
export const REPORT_KINDS = ['advice', 'report'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Who sent it. */
export const REPORT_SOURCES = ['professional', 'resident'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/**
 * Where it is: received (waiting for triage), assessing (the safety assessment runs), monitoring
 * (safety conditions set, Veilig Thuis follows them), investigating, closed.
 */
export const REPORT_STATUSES = ['received', 'assessing', 'monitoring', 'investigating', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The open statuses (the inbox). */
export const OPEN_REPORT_STATUSES = REPORT_STATUSES.filter((s) => s !== 'closed');

/**
 * The decisions after the safety assessment (domain.md §3): advice given (the report becomes an
 * advice), hand over to the local team or a care provider, safety conditions with monitoring
 * (Voorwaarden & Vervolg), investigation, or close (end involvement).
 */
export const ASSESSMENT_OUTCOMES = [
  'adviceGiven',
  'handedOver',
  'safetyConditions',
  'investigation',
  'closed',
] as const;
export type AssessmentOutcome = (typeof ASSESSMENT_OUTCOMES)[number];

/** The decisions that end an investigation (it cannot end in another investigation or in advice). */
export const INVESTIGATION_OUTCOMES = ['handedOver', 'safetyConditions', 'closed'] as const;
export type InvestigationOutcome = (typeof INVESTIGATION_OUTCOMES)[number];

/** The outcomes that hand the family to a partner, whose name is then required. */
export const HANDOVER_OUTCOMES: readonly AssessmentOutcome[] = ['handedOver', 'safetyConditions'];

/** The status an outcome leads to. */
export const STATUS_AFTER: Readonly<Record<AssessmentOutcome, ReportStatus>> = {
  adviceGiven: 'closed',
  handedOver: 'closed',
  safetyConditions: 'monitoring',
  investigation: 'investigating',
  closed: 'closed',
};

/** The steps of the intake. */
export const REPORT_ACTIONS = [
  'triage',
  'assign',
  'ask',
  'answer',
  'assess',
  'conclude',
  'endMonitoring',
  'giveAdvice',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** One allowed step: from which status, for which kind and source, to which status (`same`: unchanged). */
export interface ReportTransition {
  readonly action: ReportAction;
  readonly kind: ReportKind;
  readonly from: ReportStatus;
  /** `outcome`: the status follows from the decision (STATUS_AFTER). */
  readonly to: ReportStatus | 'same' | 'outcome';
  /** Only for a resident's report or advice request (questions go through the receipt code). */
  readonly residentOnly?: boolean;
}

const row = (
  action: ReportAction,
  kind: ReportKind,
  from: ReportStatus,
  to: ReportTransition['to'],
  residentOnly = false,
): ReportTransition => ({ action, kind, from, to, residentOnly });

/**
 * Every allowed step. A report: triage → safety assessment → closed, monitoring or investigation →
 * closed. An advice request: answered with advice. Questions to a resident while it is open.
 */
export const REPORT_TRANSITIONS: readonly ReportTransition[] = [
  // Triage: acute or not, and who takes it (a report).
  row('triage', 'report', 'received', 'assessing'),
  // Assignment of whoever works on it, at any open moment.
  ...(['received', 'assessing', 'monitoring', 'investigating'] as const).flatMap((s) => [
    row('assign', 'report', s, 'same'),
  ]),
  row('assign', 'advice', 'received', 'same'),
  // Questions to a resident, through the receipt code, and the resident's answers.
  ...(['received', 'assessing', 'investigating'] as const).flatMap((s) => [
    row('ask', 'report', s, 'same', true),
    row('answer', 'report', s, 'same', true),
  ]),
  row('ask', 'advice', 'received', 'same', true),
  row('answer', 'advice', 'received', 'same', true),
  // The safety assessment (veiligheidsbeoordeling) and its decision.
  row('assess', 'report', 'assessing', 'outcome'),
  // The end of an investigation, with its own decision and feedback.
  row('conclude', 'report', 'investigating', 'outcome'),
  // Monitoring ends when the safety conditions are met or the case is handed over for good.
  row('endMonitoring', 'report', 'monitoring', 'closed'),
  // An advice request is answered with advice.
  row('giveAdvice', 'advice', 'received', 'closed'),
];

/**
 * The step for an action on a report, or undefined when the table does not allow it.
 * @param action the step asked for
 * @param report its kind, source and status now
 */
export function reportTransition(
  action: ReportAction,
  report: { readonly kind: ReportKind; readonly source: ReportSource; readonly status: ReportStatus },
): ReportTransition | undefined {
  return REPORT_TRANSITIONS.find(
    (t) =>
      t.action === action &&
      t.kind === report.kind &&
      t.from === report.status &&
      (!t.residentOnly || report.source === 'resident'),
  );
}

/** The actions the intake may take now (for the page: which forms to show). */
export function availableReportActions(report: {
  readonly kind: ReportKind;
  readonly source: ReportSource;
  readonly status: ReportStatus;
}): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => a !== 'answer' && reportTransition(a, report) !== undefined);
}

/** The decision step a report is at: the end of an investigation, or else the safety assessment. */
export function decisionAction(report: { readonly status: ReportStatus }): 'assess' | 'conclude' {
  return report.status === 'investigating' ? 'conclude' : 'assess';
}

/**
 * Whether a step must carry feedback to the reporter: a professional's report, after the safety
 * assessment and again after an investigation (Wmo 2015 art. 4.1.1; docs/domain.md §3 Terugkoppeling).
 * A resident sees the status through the receipt code instead.
 */
export function feedbackRequired(
  action: ReportAction,
  report: { readonly kind: ReportKind; readonly source: ReportSource },
): boolean {
  return report.source === 'professional' && report.kind === 'report' && (action === 'assess' || action === 'conclude');
}

/** Working days within which the safety assessment is due (Uitvoeringsbesluit Wmo 2015 art. 4.1.7). */
export const ASSESSMENT_WORKING_DAYS = 5;

/**
 * The date the safety assessment is due: 5 working days after the day of receipt (Amsterdam time),
 * skipping weekends and Dutch public holidays.
 * @param receivedAt when the report arrived
 */
export function assessmentDueOn(receivedAt: Date): string {
  return amsterdamIsoDate(addWorkingDays(receivedAt, ASSESSMENT_WORKING_DAYS));
}

/**
 * Whether the safety assessment is overdue: not yet assessed and the due date has passed.
 * @param report its kind, status and due date
 * @param today the Amsterdam date now (ISO)
 */
export function isOverdue(
  report: { readonly kind: ReportKind; readonly status: ReportStatus; readonly dueOn: string },
  today: string,
): boolean {
  const waiting = report.kind === 'report' ? ['received', 'assessing'] : ['received'];
  return waiting.includes(report.status) && today > report.dueOn;
}

/** What a resident sees of the status (never the decision about the family). */
export type ResidentStatus = 'received' | 'inProgress' | 'adviceGiven' | 'done';

/**
 * The status shown to a resident with a receipt code. A report's decision concerns the family, so a
 * resident sees only that it was handled; advice is the resident's own and is shown.
 */
export function residentStatus(report: {
  readonly status: ReportStatus;
  readonly outcome: AssessmentOutcome | null;
}): ResidentStatus {
  if (report.outcome === 'adviceGiven') return 'adviceGiven';
  if (report.status === 'received') return 'received';
  if (report.status === 'assessing' || report.status === 'investigating') return 'inProgress';
  return 'done';
}
