// SPDX-License-Identifier: EUPL-1.2
/**
 * The afwegingskader of the meldcode (domain.md §1.3, NJI 2019): five questions, asked one at a
 * time, and the outcome with the reporting norm it rests on. Pure: the pages, the service and the
 * tests all ask `nextStep()`; nothing else decides.
 *
 * 1. Vermoeden: no → close and record. Yes → 2.
 * 2. Acute or structural unsafety: yes → report (norm 1), even when the professional keeps helping;
 *    questions 3–5 are then answered together with Veilig Thuis. No → 3.
 * 3. Can I offer or organise effective help? No → report (norm 2). Yes → 4.
 * 4. Do those involved accept the help? No → report (norm 2). Yes → help, with a check date → 5.
 * 5. At the check date: did the help bring safety and wellbeing? No → (re)report (norm 3).
 *    Yes → close the help with agreements on monitoring.
 */

/** The questions, by number. */
export const QUESTIONS = [1, 2, 3, 4, 5] as const;
export type Question = (typeof QUESTIONS)[number];

/** Answers given so far (true = yes). */
export type Answers = Readonly<Partial<Record<Question, boolean>>>;

/** Where the afwegingskader ends. */
export type Outcome =
  /** Q1 no: no suspicion; close and record it in the dossier. */
  | 'close'
  /** Q2 yes: acute or structural unsafety; always report (norm 1), helping may go on. */
  | 'reportUnsafe'
  /** Q3 no: no effective help possible; report (norm 2). */
  | 'reportNoHelp'
  /** Q4 no: help not accepted; report (norm 2). */
  | 'reportNotAccepted'
  /** Q4 yes: offer or organise help, agree a check date (question 5 then). */
  | 'help'
  /** Q5 no: the help did not bring safety; (re)report (norm 3). */
  | 'reportHelpFailed'
  /** Q5 yes: close the help with monitoring agreements. */
  | 'closeWithAgreements';

/** The reporting norm (meldnorm 1–3) behind a report outcome. */
export const REPORTING_NORM: Readonly<Partial<Record<Outcome, 1 | 2 | 3>>> = {
  reportUnsafe: 1,
  reportNoHelp: 2,
  reportNotAccepted: 2,
  reportHelpFailed: 3,
};

/** Whether an outcome means: report to Veilig Thuis. */
export function mustReport(outcome: Outcome): boolean {
  return REPORTING_NORM[outcome] !== undefined;
}

/** The next question to ask, or the outcome. */
export type Step = { readonly question: Question } | { readonly outcome: Outcome };

/**
 * The next step given the answers so far. Answers after the one that decides are ignored, so a
 * changed earlier answer can never leave a stale later one in charge.
 * @param answers the answers given (question 5 only once help has been given)
 * @param reviewingHelp whether question 5 is being asked (at the help's check date)
 */
export function nextStep(answers: Answers, reviewingHelp = false): Step {
  const q1 = answers[1];
  if (q1 === undefined) return { question: 1 };
  if (!q1) return { outcome: 'close' };
  const q2 = answers[2];
  if (q2 === undefined) return { question: 2 };
  if (q2) return { outcome: 'reportUnsafe' };
  const q3 = answers[3];
  if (q3 === undefined) return { question: 3 };
  if (!q3) return { outcome: 'reportNoHelp' };
  const q4 = answers[4];
  if (q4 === undefined) return { question: 4 };
  if (!q4) return { outcome: 'reportNotAccepted' };
  if (!reviewingHelp) return { outcome: 'help' };
  const q5 = answers[5];
  if (q5 === undefined) return { question: 5 };
  return { outcome: q5 ? 'closeWithAgreements' : 'reportHelpFailed' };
}

/**
 * The answers that count for a path: the ones up to the deciding question, in order.
 * @param answers everything the form sent
 */
export function relevantAnswers(answers: Answers, reviewingHelp = false): Answers {
  const kept: Partial<Record<Question, boolean>> = {};
  for (const q of QUESTIONS) {
    const step = nextStep(kept, reviewingHelp);
    if (!('question' in step) || step.question !== q || answers[q] === undefined) break;
    kept[q] = answers[q];
  }
  return kept;
}

/** The decisions the outcome allows in step 5 (the service refuses any other). */
export type Decision = 'report' | 'help' | 'close';

/**
 * Which decisions an outcome allows. A report is always allowed; help instead of a report only when
 * no reporting norm applies; closing only when there is no suspicion.
 */
export function allowedDecisions(outcome: Outcome): readonly Decision[] {
  if (outcome === 'close') return ['close', 'report'];
  if (outcome === 'help') return ['help', 'report'];
  return ['report'];
}
