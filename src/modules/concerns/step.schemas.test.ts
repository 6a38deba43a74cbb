// SPDX-License-Identifier: EUPL-1.2
/**
 * The meldcode steps' input (consultation.schemas.ts, conversation.schemas.ts, decision.schemas.ts,
 * together in step.schemas.ts): valid and invalid input, each with the keys written by hand.
 */
import { describe, expect, it } from 'vitest';
import { fieldKeys } from '#src/core/field-rules.ts';
import { recordAdviceInput, recordConsultationInput, requestConsultationInput } from './consultation.schemas.ts';
import { recordConversationInput, skipConversationInput } from './conversation.schemas.ts';
import {
  closeInput,
  decideHelpInput,
  decideReportInput,
  helpReviewInput,
  reopenInput,
  weighInput,
} from './decision.schemas.ts';
import { colleagueId } from './member.schemas.ts';
import { stepInputSchema } from './step.schemas.ts';

// 12:00 on 15 June 2025 in Amsterdam.
const NOW = new Date('2025-06-15T10:00:00Z');
const ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

function keys(input: unknown): Record<string, string> {
  const result = stepInputSchema(NOW).safeParse(input);
  return result.success ? {} : fieldKeys(result.error);
}

describe('stepInputSchema', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    // Step 2
    ['consultation asked of anyone', { action: 'requestConsultation', leadId: null }, {}],
    ['consultation asked of one', { action: 'requestConsultation', leadId: ID }, {}],
    ['consultation asked of no id', { action: 'requestConsultation', leadId: 'any' }, { leadId: 'lead' }],
    ['consultation recorded', { action: 'recordConsultation', withName: 'Anna', advice: 'Bel Veilig Thuis' }, {}],
    [
      'consultation recorded without a name or advice',
      { action: 'recordConsultation', withName: '', advice: ' ' },
      { withName: 'withName', advice: 'advice' },
    ],
    ['advice recorded', { action: 'recordAdvice', adviser: 'veiligThuis', advice: 'Melden' }, {}],
    [
      'advice of someone not on the list',
      { action: 'recordAdvice', adviser: 'neighbour', advice: 'Melden' },
      { adviser: 'adviser' },
    ],
    // Step 3
    [
      'a conversation today',
      { action: 'recordConversation', conversationDate: '2025-06-15', participants: 'Moeder', reaction: 'Boos' },
      {},
    ],
    [
      'a conversation tomorrow, nobody there, no reaction',
      { action: 'recordConversation', conversationDate: '2025-06-16', participants: '', reaction: '' },
      { conversationDate: 'date', participants: 'participants', reaction: 'reaction' },
    ],
    [
      'participants of 501 characters',
      {
        action: 'recordConversation',
        conversationDate: '2025-06-01',
        participants: 'x'.repeat(501),
        reaction: 'Rustig',
      },
      { participants: 'tooLong:500' },
    ],
    ['skipped for danger', { action: 'skipConversation', reason: 'dangerToPerson', explanation: 'Dreiging' }, {}],
    [
      'skipped for no reason on the list, unexplained',
      { action: 'skipConversation', reason: 'busy', explanation: '' },
      { reason: 'reason', explanation: 'explanation' },
    ],
    // Steps 4 and 5
    ['weighed', { action: 'weigh', answers: { 1: true, 2: false }, rationale: { 1: 'Gezien' } }, {}],
    [
      'an explanation of 5001 characters',
      { action: 'weigh', answers: { 1: true }, rationale: { 1: 'x'.repeat(5001) } },
      { 1: 'tooLong:5000' },
    ],
    [
      'report, helping on until a date after today',
      { action: 'decideReport', reasons: 'Onveilig', keepHelping: true, checkDate: '2025-06-16', informedPerson: true },
      {},
    ],
    [
      'report, not helping on',
      { action: 'decideReport', reasons: 'Onveilig', keepHelping: false, checkDate: null, informedPerson: false },
      {},
    ],
    [
      'report, helping on without a date',
      { action: 'decideReport', reasons: 'Onveilig', keepHelping: true, checkDate: null, informedPerson: true },
      { checkDate: 'checkDate' },
    ],
    [
      'report, helping on until today, no reasons',
      { action: 'decideReport', reasons: '', keepHelping: true, checkDate: '2025-06-15', informedPerson: true },
      { reasons: 'reasons', checkDate: 'checkDate' },
    ],
    ['help until a date after today', { action: 'decideHelp', reasons: 'Steun', checkDate: '2025-09-01' }, {}],
    [
      'help without a real date',
      { action: 'decideHelp', reasons: 'Steun', checkDate: 'invalid' },
      { checkDate: 'checkDate' },
    ],
    ['closed', { action: 'close', reasons: 'Weerlegd' }, {}],
    ['closed without reasons', { action: 'close', reasons: '' }, { reasons: 'reasons' }],
    ['help worked', { action: 'helpSucceeded', notes: 'Afspraken nagekomen' }, {}],
    ['help failed, no notes', { action: 'helpFailed', notes: '' }, { notes: 'notes' }],
    ['reopened', { action: 'reopen', reason: 'Nieuwe signalen' }, {}],
    [
      'reopened with a reason of 2001 characters',
      { action: 'reopen', reason: 'x'.repeat(2001) },
      { reason: 'tooLong:2000' },
    ],
  ];
  it.each(rows)('%s', (_name, input, expected) => expect(keys(input)).toEqual(expected));

  it('every step schema is part of the union', () => {
    const parts = [
      requestConsultationInput,
      recordConsultationInput,
      recordAdviceInput,
      recordConversationInput(NOW),
      skipConversationInput,
      weighInput,
      decideReportInput(NOW),
      decideHelpInput(NOW),
      closeInput,
      helpReviewInput,
      reopenInput,
    ];
    expect(stepInputSchema(NOW).options).toHaveLength(parts.length);
  });
});

describe('colleagueId', () => {
  const rows: Array<[unknown, boolean]> = [
    [ID, true],
    ['', false],
    ['Anna', false],
    [undefined, false],
  ];
  it.each(rows)('%j → valid %s', (value, valid) => expect(colleagueId.safeParse(value).success).toBe(valid));
});
