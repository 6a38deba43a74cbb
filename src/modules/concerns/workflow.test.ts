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

  it.each(TRANSITIONS.map((t) => [t.action, t.from, t.to] as const))('allows %s from %s to %s', (action, from, to) => {
    expect(transition(action, from)?.to).toBe(to);
  });

  it('gives volunteers only signalling steps and leads everything', () => {
    for (const status of CONCERN_STATUSES) {
      for (const action of availableActions(status, 'volunteer')) {
        expect(transition(action, status)?.by).toBe('signaller');
      }
      expect(availableActions(status, 'safeguardingLead')).toEqual(
        TRANSITIONS.filter((t) => t.from === status).map((t) => t.action),
      );
    }
  });

  it.each(ROLES.map((r) => [r] as const))('%s works with concerns only as signaller, professional or lead', (role) => {
    expect(worksWithConcerns(role)).toBe(['professional', 'volunteer', 'safeguardingLead'].includes(role));
    if (!worksWithConcerns(role)) expect(roleIs(role, 'lead')).toBe(false);
  });
});
