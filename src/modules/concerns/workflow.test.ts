// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ROLES } from '#src/core/roles.ts';
import {
  type ACTIONS,
  availableActions,
  CONCERN_STATUSES,
  roleIs,
  TRANSITIONS,
  transition,
  worksWithConcerns,
} from './workflow.ts';

describe('the transition table', () => {
  it('has one row per action and status (no ambiguity)', () => {
    const keys = TRANSITIONS.map((t) => `${t.action}:${t.from}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets nothing leave a closed concern but reopening by the aandachtsfunctionaris', () => {
    expect(TRANSITIONS.filter((t) => t.from === 'closed')).toEqual([
      { action: 'reopen', from: 'closed', to: 'signals', by: 'lead' },
    ]);
  });

  it('reaches every status from signals', () => {
    const seen = new Set(['signals']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (seen.has(t.from) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...CONCERN_STATUSES].sort());
  });

  const refused: Array<[(typeof ACTIONS)[number], (typeof CONCERN_STATUSES)[number]]> = [
    ['weigh', 'signals'],
    ['decideReport', 'signals'],
    ['decideReport', 'weighing'],
    ['decideHelp', 'consultation'],
    ['recordConversation', 'signals'],
    ['skipConversation', 'signals'],
    ['recordConversation', 'consultation'],
    ['skipConversation', 'consultation'],
    ['helpSucceeded', 'deciding'],
    ['helpFailed', 'report'],
    ['requestConsultation', 'closed'],
    ['reopen', 'signals'],
    ['close', 'closed'],
  ];
  it.each(refused)('refuses %s from %s', (action, from) => {
    expect(transition(action, from)).toBeUndefined();
  });

  /**
   * The meldcode as a professional walks it, written out by hand (domain.md §1.2, §1.3): from each
   * status, every step a professional may take and where it leads. Nothing else is allowed.
   */
  const PROFESSIONAL: Record<(typeof CONCERN_STATUSES)[number], Record<string, string>> = {
    signals: {
      requestConsultation: 'consultation',
      recordConsultation: 'conversation',
      recordAdvice: 'conversation',
      close: 'closed',
      requestAdvice: 'signals',
    },
    consultation: {
      requestConsultation: 'consultation',
      recordConsultation: 'conversation',
      recordAdvice: 'conversation',
      close: 'closed',
      requestAdvice: 'consultation',
    },
    conversation: {
      requestConsultation: 'conversation',
      recordConsultation: 'conversation',
      recordAdvice: 'conversation',
      recordConversation: 'weighing',
      skipConversation: 'weighing',
      close: 'closed',
      requestAdvice: 'conversation',
    },
    weighing: {
      requestConsultation: 'weighing',
      recordConsultation: 'weighing',
      recordAdvice: 'weighing',
      recordConversation: 'weighing',
      weigh: 'deciding',
      close: 'closed',
      requestAdvice: 'weighing',
    },
    deciding: {
      recordConsultation: 'deciding',
      recordAdvice: 'deciding',
      weigh: 'deciding',
      decideReport: 'report',
      decideHelp: 'helping',
      close: 'closed',
      requestAdvice: 'deciding',
    },
    helping: { helpSucceeded: 'closed', helpFailed: 'report', requestAdvice: 'helping' },
    report: { fileReport: 'report', decideHelp: 'helping', close: 'closed', requestAdvice: 'report' },
    closed: {},
  };

  /** Every step a role may take from a status, and where it leads. */
  const stepsFrom = (
    status: (typeof CONCERN_STATUSES)[number],
    role: 'professional' | 'safeguardingLead' | 'volunteer',
  ) => Object.fromEntries(availableActions(status, role).map((action) => [action, transition(action, status)?.to]));

  it.each(CONCERN_STATUSES.map((s) => [s] as const))(
    'a professional from %s: exactly the steps of the meldcode',
    (status) => {
      expect(stepsFrom(status, 'professional')).toEqual(PROFESSIONAL[status]);
    },
  );

  it.each(CONCERN_STATUSES.map((s) => [s] as const))(
    'the aandachtsfunctionaris from %s: the same, and reopening',
    (status) => {
      expect(stepsFrom(status, 'safeguardingLead')).toEqual(
        status === 'closed' ? { reopen: 'signals' } : PROFESSIONAL[status],
      );
    },
  );

  it('a volunteer only asks for consultation, until the weighing', () => {
    expect(Object.fromEntries(CONCERN_STATUSES.map((status) => [status, stepsFrom(status, 'volunteer')]))).toEqual({
      signals: { requestConsultation: 'consultation' },
      consultation: { requestConsultation: 'consultation' },
      conversation: { requestConsultation: 'conversation' },
      weighing: { requestConsultation: 'weighing' },
      deciding: {},
      helping: {},
      report: {},
      closed: {},
    });
  });

  it.each(ROLES.map((r) => [r] as const))('%s works with concerns only as signaller, professional or lead', (role) => {
    expect(worksWithConcerns(role)).toBe(['professional', 'volunteer', 'safeguardingLead'].includes(role));
    if (!worksWithConcerns(role)) expect(roleIs(role, 'lead')).toBe(false);
  });
});
