// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  allowedDecisions,
  mustReport,
  nextStep,
  REPORTING_NORM,
  relevantAnswers,
} from './afwegingskader.ts';

describe('afwegingskader: every path', () => {
  // [answers, reviewing help (question 5), expected next step]
  const paths: Array<[string, Answers, boolean, ReturnType<typeof nextStep>]> = [
    ['nothing answered', {}, false, { question: 1 }],
    ['1 no → close', { 1: false }, false, { outcome: 'close' }],
    ['1 yes → ask 2', { 1: true }, false, { question: 2 }],
    ['2 yes → report, norm 1', { 1: true, 2: true }, false, { outcome: 'reportUnsafe' }],
    ['2 no → ask 3', { 1: true, 2: false }, false, { question: 3 }],
    ['3 no → report, norm 2', { 1: true, 2: false, 3: false }, false, { outcome: 'reportNoHelp' }],
    ['3 yes → ask 4', { 1: true, 2: false, 3: true }, false, { question: 4 }],
    ['4 no → report, norm 2', { 1: true, 2: false, 3: true, 4: false }, false, { outcome: 'reportNotAccepted' }],
    ['4 yes → help with a check date', { 1: true, 2: false, 3: true, 4: true }, false, { outcome: 'help' }],
    ['4 yes, reviewing → ask 5', { 1: true, 2: false, 3: true, 4: true }, true, { question: 5 }],
    [
      '5 no → re-report, norm 3',
      { 1: true, 2: false, 3: true, 4: true, 5: false },
      true,
      { outcome: 'reportHelpFailed' },
    ],
    [
      '5 yes → close with agreements',
      { 1: true, 2: false, 3: true, 4: true, 5: true },
      true,
      { outcome: 'closeWithAgreements' },
    ],
    [
      'later answers do not override an earlier decision',
      { 1: true, 2: true, 3: true, 4: true },
      false,
      { outcome: 'reportUnsafe' },
    ],
    ['no suspicion wins over everything after it', { 1: false, 2: true, 3: false }, false, { outcome: 'close' }],
    [
      'question 5 is not asked before help was given',
      { 1: true, 2: false, 3: true, 4: true, 5: false },
      false,
      { outcome: 'help' },
    ],
  ];
  it.each(paths)('%s', (_name, answers, reviewing, expected) => {
    expect(nextStep(answers, reviewing)).toEqual(expected);
  });

  it('acute or structural unsafety always leads to a report, whatever else is answered', () => {
    for (const q3 of [true, false, undefined]) {
      for (const q4 of [true, false, undefined]) {
        const step = nextStep({ 1: true, 2: true, 3: q3, 4: q4 });
        expect(step).toEqual({ outcome: 'reportUnsafe' });
        expect(allowedDecisions('reportUnsafe')).toEqual(['report']);
      }
    }
  });

  it.each([
    ['close', false, 0, ['close', 'report']],
    ['reportUnsafe', true, 1, ['report']],
    ['reportNoHelp', true, 2, ['report']],
    ['reportNotAccepted', true, 2, ['report']],
    ['help', false, 0, ['help', 'report']],
    ['reportHelpFailed', true, 3, ['report']],
  ] as const)('outcome %s: report %s, norm %s, decisions %j', (outcome, report, norm, decisions) => {
    expect(mustReport(outcome)).toBe(report);
    expect(REPORTING_NORM[outcome] ?? 0).toBe(norm);
    expect(allowedDecisions(outcome)).toEqual(decisions);
  });

  it('keeps only the answers on the path', () => {
    expect(relevantAnswers({ 1: true, 2: true, 3: false, 4: true })).toEqual({ 1: true, 2: true });
    expect(relevantAnswers({ 1: true, 2: false, 3: true, 4: true, 5: true })).toEqual({
      1: true,
      2: false,
      3: true,
      4: true,
    });
    expect(relevantAnswers({ 1: true, 2: false, 3: true, 4: true, 5: true }, true)).toEqual({
      1: true,
      2: false,
      3: true,
      4: true,
      5: true,
    });
    expect(relevantAnswers({ 2: true })).toEqual({});
  });
});
