// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake's steps on a report (issue 5): triage, assigning, a question to the resident, the
 * decision after the safety assessment or the investigation, the end of monitoring, advice. The rules
 * the report's forms are checked with (intake.pages.tsx) and intake.service.ts checks its input with.
 * Whether the intake worker chosen works at this Veilig Thuis (`assignTo`) is the service's to know.
 */
import { z } from 'zod';
import { choice, EVERY_TIME, text, uuid } from '#src/core/field-rules.ts';
import { ASSESSMENT_OUTCOMES, HANDOVER_OUTCOMES, INVESTIGATION_OUTCOMES } from './workflow.ts';

/** The longest reasons, conditions, feedback and advice. */
export const LONG = 5000;

/** The longest question to the resident (the resident's answer has the same limit). */
export const QUESTION_MAX = 2000;

/** The longest name of the partner a family is handed over to. */
export const PARTNER_MAX = 300;

/** Triage: immediate action or not, and who takes it (nobody yet: null). */
export const triageInput = z.object({
  acute: z.boolean({ error: 'triageAcute' }),
  assignTo: uuid('assignTo').nullable(),
});

/** Assigning the report to an intake worker. */
export const assignInput = z.object({ assignTo: uuid('assignTo') });

/** A question to the resident, who answers it with the receipt code. */
export const askInput = z.object({ question: text(QUESTION_MAX, 'askText') });

/** The decision as the form has it: an outcome from the list with the reasons; the rest may be empty. */
export const decisionForm = z.object({
  outcome: choice(ASSESSMENT_OUTCOMES, 'outcome'),
  reasons: text(LONG, 'reportReasons'),
  handedOverTo: text(PARTNER_MAX),
  safetyConditions: text(LONG),
  feedback: text(LONG),
});

/** Where the report is when it is decided on. */
export interface DecisionStep {
  /** It ends an investigation (only handing over, conditions or closing). */
  readonly concludes: boolean;
  /** The reporter is a professional who gets feedback (workflow.ts, feedbackRequired). */
  readonly feedbackRequired: boolean;
}

/**
 * The decision as the service stores it: the form's rules, an outcome that fits the step, the
 * partner when handed over, the conditions when set, the feedback when required.
 * @param step where the report is
 */
export function decisionInput(step: DecisionStep) {
  return decisionForm.superRefine((value, ctx) => {
    const outcome = String(value.outcome);
    const missing = (field: string, key = field) => ctx.addIssue({ code: 'custom', message: key, path: [field] });
    if (step.concludes && !(INVESTIGATION_OUTCOMES as readonly string[]).includes(outcome))
      missing('outcome', 'notAfterInvestigation');
    if ((HANDOVER_OUTCOMES as readonly string[]).includes(outcome) && !value.handedOverTo) missing('handedOverTo');
    if (outcome === 'safetyConditions' && !value.safetyConditions) missing('safetyConditions');
    if (step.feedbackRequired && !value.feedback) missing('feedback');
  }, EVERY_TIME);
}

/** The end of monitoring the safety conditions, with the reasons. */
export const endMonitoringInput = z.object({ reasons: text(LONG, 'endReasons') });

/** The advice that answers an advice request. */
export const adviceInput = z.object({ advice: text(LONG, 'adviceText') });
