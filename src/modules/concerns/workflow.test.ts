// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ROLES } from '#src/core/roles.ts';
import {
  type ACTIONS,
  availableActions,
  CONCERN_STATUSES,
  type ConcernStatus,
  ROUTES,
  type Route,
  roleIs,
  TRANSITIONS,
  transition,
  worksWithConcerns,
} from './workflow.ts';

describe('the transition table', () => {
  it('has one row per action and status (no ambiguity, on either route)', () => {
    const keys = TRANSITIONS.map((t) => `${t.action}:${t.from}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets nothing leave a closed concern but reopening by the aandachtsfunctionaris', () => {
    expect(TRANSITIONS.filter((t) => t.from === 'closed')).toEqual([
      { action: 'reopen', from: 'closed', to: 'signals', by: 'lead', on: 'any' },
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
  it.each(refused)('refuses %s from %s on the standard route', (action, from) => {
    expect(transition(action, from, 'standard')).toBeUndefined();
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

  /**
   * On the expert route of honour-related violence (ADR 0027) the same, and the decision to report
   * from every status before step 5.
   */
  const EXPERT: Record<(typeof CONCERN_STATUSES)[number], Record<string, string>> = {
    ...PROFESSIONAL,
    signals: { ...PROFESSIONAL.signals, decideReport: 'report' },
    consultation: { ...PROFESSIONAL.consultation, decideReport: 'report' },
    conversation: { ...PROFESSIONAL.conversation, decideReport: 'report' },
    weighing: { ...PROFESSIONAL.weighing, decideReport: 'report' },
  };
  const ON_ROUTE = { standard: PROFESSIONAL, expert: EXPERT } as const;

  /** Every step a role may take from a status on a route, and where it leads. */
  const stepsFrom = (
    status: (typeof CONCERN_STATUSES)[number],
    role: 'professional' | 'safeguardingLead' | 'volunteer',
    route: Route = 'standard',
  ) =>
    Object.fromEntries(
      availableActions(status, role, route).map((action) => [action, transition(action, status, route)?.to]),
    );

  it.each(ROUTES.flatMap((r) => CONCERN_STATUSES.map((s) => [s, r] as const)))(
    'a professional from %s on the %s route: exactly the steps of the meldcode',
    (status, route) => {
      expect(stepsFrom(status, 'professional', route)).toEqual(ON_ROUTE[route][status]);
    },
  );

  it.each(ROUTES.flatMap((r) => CONCERN_STATUSES.map((s) => [s, r] as const)))(
    'the aandachtsfunctionaris from %s on the %s route: the same, and reopening',
    (status, route) => {
      expect(stepsFrom(status, 'safeguardingLead', route)).toEqual(
        status === 'closed' ? { reopen: 'signals' } : ON_ROUTE[route][status],
      );
    },
  );

  it.each(ROUTES.map((r) => [r] as const))(
    'a volunteer only asks for consultation, until the weighing (%s route)',
    (route) => {
      expect(
        Object.fromEntries(CONCERN_STATUSES.map((status) => [status, stepsFrom(status, 'volunteer', route)])),
      ).toEqual({
        signals: { requestConsultation: 'consultation' },
        consultation: { requestConsultation: 'consultation' },
        conversation: { requestConsultation: 'conversation' },
        weighing: { requestConsultation: 'weighing' },
        deciding: {},
        helping: {},
        report: {},
        closed: {},
      });
    },
  );

  it.each(ROLES.map((r) => [r] as const))('%s works with concerns only as signaller, professional or lead', (role) => {
    expect(worksWithConcerns(role)).toBe(['professional', 'volunteer', 'safeguardingLead'].includes(role));
    if (!worksWithConcerns(role)) expect(roleIs(role, 'lead')).toBe(false);
  });
});

/**
 * The expert route of honour-related violence (ADR 0027): the decision to report from any step before
 * step 5, only there. Expected values written by hand, not read from the table.
 */
describe('the transition table on the expert route', () => {
  const cases: Array<[(typeof ACTIONS)[number], ConcernStatus, Route, ConcernStatus | undefined]> = [
    ['decideReport', 'signals', 'standard', undefined],
    ['decideReport', 'consultation', 'standard', undefined],
    ['decideReport', 'conversation', 'standard', undefined],
    ['decideReport', 'weighing', 'standard', undefined],
    ['decideReport', 'deciding', 'standard', 'report'],
    ['decideReport', 'signals', 'expert', 'report'],
    ['decideReport', 'consultation', 'expert', 'report'],
    ['decideReport', 'conversation', 'expert', 'report'],
    ['decideReport', 'weighing', 'expert', 'report'],
    ['decideReport', 'deciding', 'expert', 'report'],
    ['decideReport', 'helping', 'expert', undefined],
    ['decideReport', 'report', 'expert', undefined],
    ['decideReport', 'closed', 'expert', undefined],
    ['decideHelp', 'signals', 'expert', undefined],
    ['weigh', 'signals', 'expert', undefined],
    ['fileReport', 'signals', 'expert', undefined],
    ['fileReport', 'report', 'expert', 'report'],
    ['recordAdvice', 'signals', 'expert', 'conversation'],
    ['recordConversation', 'conversation', 'expert', 'weighing'],
    ['close', 'signals', 'expert', 'closed'],
  ];
  it.each(cases)('%s from %s on the %s route → %s', (action, from, route, to) => {
    expect(transition(action, from, route)?.to).toBe(to);
  });

  it('offers a professional the report in step 1 only on the expert route; never a volunteer', () => {
    expect(availableActions('signals', 'professional', 'expert')).toContain('decideReport');
    expect(availableActions('signals', 'professional', 'standard')).not.toContain('decideReport');
    expect(availableActions('consultation', 'safeguardingLead', 'expert')).toContain('decideReport');
    expect(availableActions('signals', 'volunteer', 'expert')).toEqual(['requestConsultation']);
  });
});
