// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_OUTCOMES,
  assessmentDueOn,
  availableReportActions,
  feedbackRequired,
  isOverdue,
  REPORT_ACTIONS,
  REPORT_KINDS,
  REPORT_SOURCES,
  REPORT_STATUSES,
  REPORT_TRANSITIONS,
  reportTransition,
  residentStatus,
  STATUS_AFTER,
} from './workflow.ts';

describe('the safety assessment deadline: 5 working days, Dutch public holidays and weekends skipped', () => {
  it.each([
    // received (UTC instant)        due on        why
    ['2026-11-23T09:00:00Z', '2026-11-30', 'Monday → next Monday'],
    ['2026-11-26T09:00:00Z', '2026-12-03', 'Thursday → next Thursday'],
    ['2026-11-27T15:00:00Z', '2026-12-04', 'Friday → next Friday'],
    ['2026-11-28T10:00:00Z', '2026-12-04', 'Saturday counts from Monday'],
    ['2026-11-29T10:00:00Z', '2026-12-04', 'Sunday counts from Monday'],
    ['2026-11-26T23:30:00Z', '2026-12-04', 'half past midnight in Amsterdam is already Friday'],
    ['2026-04-02T09:00:00Z', '2026-04-10', 'Easter Monday skipped (Good Friday is a working day)'],
    ['2026-04-22T09:00:00Z', '2026-04-30', "King's Day (Monday 27 April) skipped"],
    ['2026-05-04T09:00:00Z', '2026-05-12', 'Liberation Day (5 May) skipped'],
    ['2026-05-11T09:00:00Z', '2026-05-19', 'Ascension Day skipped'],
    ['2026-05-22T09:00:00Z', '2026-06-01', 'Whit Monday skipped'],
    ['2026-12-23T09:00:00Z', '2026-12-31', 'Christmas Day skipped (Boxing Day is a Saturday)'],
    ['2026-12-31T09:00:00Z', '2027-01-08', "New Year's Day skipped"],
    ['2027-12-23T09:00:00Z', '2027-12-30', 'Christmas and Boxing Day on the weekend: nothing extra skipped'],
  ])('received %s → due %s (%s)', (received, due) => {
    expect(assessmentDueOn(new Date(received))).toBe(due);
  });
});

describe('overdue', () => {
  it.each([
    ['report', 'received', '2026-12-03', '2026-12-03', false],
    ['report', 'received', '2026-12-03', '2026-12-04', true],
    ['report', 'assessing', '2026-12-03', '2026-12-04', true],
    ['report', 'investigating', '2026-12-03', '2026-12-04', false],
    ['report', 'monitoring', '2026-12-03', '2026-12-04', false],
    ['report', 'closed', '2026-12-03', '2026-12-04', false],
    ['advice', 'received', '2026-12-03', '2026-12-04', true],
  ] as const)('%s %s due %s, today %s → %s', (kind, status, dueOn, today, overdue) => {
    expect(isOverdue({ kind, status, dueOn }, today)).toBe(overdue);
  });
});

describe('the intake transitions', () => {
  it('has no duplicate rows and only known statuses', () => {
    const keys = REPORT_TRANSITIONS.map((t) => `${t.action}|${t.kind}|${t.from}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of REPORT_TRANSITIONS) {
      expect(REPORT_STATUSES).toContain(t.from);
      expect([...REPORT_STATUSES, 'same', 'outcome']).toContain(t.to);
    }
  });

  it('allows nothing on a closed report', () => {
    for (const kind of REPORT_KINDS)
      for (const source of REPORT_SOURCES)
        for (const action of REPORT_ACTIONS)
          expect(reportTransition(action, { kind, source, status: 'closed' })).toBeUndefined();
  });

  it.each([
    ['triage', 'report', 'professional', 'received', 'assessing'],
    ['triage', 'report', 'professional', 'assessing', undefined],
    ['assess', 'report', 'professional', 'received', undefined],
    ['assess', 'report', 'professional', 'assessing', 'outcome'],
    ['conclude', 'report', 'professional', 'assessing', undefined],
    ['conclude', 'report', 'professional', 'investigating', 'outcome'],
    ['endMonitoring', 'report', 'professional', 'monitoring', 'closed'],
    ['giveAdvice', 'advice', 'resident', 'received', 'closed'],
    ['giveAdvice', 'report', 'resident', 'received', undefined],
    ['triage', 'advice', 'professional', 'received', undefined],
    ['ask', 'report', 'resident', 'received', 'same'],
    ['ask', 'report', 'professional', 'received', undefined],
    ['answer', 'advice', 'resident', 'received', 'same'],
    ['answer', 'advice', 'resident', 'closed', undefined],
  ] as const)('%s on a %s from a %s, %s → %s', (action, kind, source, status, to) => {
    expect(reportTransition(action, { kind, source, status })?.to).toBe(to);
  });

  it('offers the intake the steps of the table, never the resident’s answer', () => {
    expect(availableReportActions({ kind: 'report', source: 'resident', status: 'received' })).toEqual([
      'triage',
      'assign',
      'ask',
    ]);
    expect(availableReportActions({ kind: 'advice', source: 'resident', status: 'received' })).toEqual([
      'assign',
      'ask',
      'giveAdvice',
    ]);
  });

  it('requires feedback to a professional reporter after the assessment and after an investigation', () => {
    for (const action of REPORT_ACTIONS) {
      expect(feedbackRequired(action, { kind: 'report', source: 'professional' })).toBe(
        action === 'assess' || action === 'conclude',
      );
      expect(feedbackRequired(action, { kind: 'report', source: 'resident' })).toBe(false);
      expect(feedbackRequired(action, { kind: 'advice', source: 'professional' })).toBe(false);
    }
  });

  it('maps every outcome to a status', () => {
    for (const o of ASSESSMENT_OUTCOMES) expect(REPORT_STATUSES).toContain(STATUS_AFTER[o]);
    expect(STATUS_AFTER.investigation).toBe('investigating');
    expect(STATUS_AFTER.safetyConditions).toBe('monitoring');
  });
});

describe('what a resident sees', () => {
  it.each([
    ['received', null, 'received'],
    ['assessing', null, 'inProgress'],
    ['investigating', 'investigation', 'inProgress'],
    ['monitoring', 'safetyConditions', 'done'],
    ['closed', 'handedOver', 'done'],
    ['closed', 'adviceGiven', 'adviceGiven'],
  ] as const)('%s / %s → %s', (status, outcome, shown) => {
    expect(residentStatus({ status, outcome })).toBe(shown);
  });
});
