// SPDX-License-Identifier: EUPL-1.2
/** The intake's steps on a report: valid and invalid input, each with the keys written by hand. */
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { fieldKeys } from '#src/core/field-rules.ts';
import { fieldErrorText } from '#src/web/field-errors.ts';
import {
  adviceInput,
  askInput,
  assignInput,
  type DecisionStep,
  decisionForm,
  decisionInput,
  endMonitoringInput,
  triageInput,
} from './intake.schemas.ts';

const ID = '0b7f3c52-4a1e-4c9b-9d2a-6f1e2d3c4b5a';

/** The keys of a parse, by field ({} when valid). */
function keys(schema: ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldKeys(result.error);
}

type Row = [string, unknown, Record<string, string>];

describe('triageInput', () => {
  const rows: Row[] = [
    ['acute, nobody yet', { acute: true, assignTo: null }, {}],
    ['not acute, to a worker', { acute: false, assignTo: ID }, {}],
    ['an id in capitals', { acute: false, assignTo: ID.toUpperCase() }, {}],
    ['no answer whether acute', { assignTo: null }, { acute: 'triageAcute' }],
    ['“yes” as a text', { acute: 'yes', assignTo: null }, { acute: 'triageAcute' }],
    ['a worker that is no id', { acute: true, assignTo: 'Ahmed' }, { assignTo: 'assignTo' }],
    ['both wrong', { assignTo: '' }, { acute: 'triageAcute', assignTo: 'assignTo' }],
  ];
  it.each(rows)('%s', (_name, input, expected) => expect(keys(triageInput, input)).toEqual(expected));
});

describe('assignInput', () => {
  const rows: Row[] = [
    ['a worker', { assignTo: ID }, {}],
    ['nobody', { assignTo: '' }, { assignTo: 'assignTo' }],
    ['an id one digit short', { assignTo: ID.slice(1) }, { assignTo: 'assignTo' }],
  ];
  it.each(rows)('%s', (_name, input, expected) => expect(keys(assignInput, input)).toEqual(expected));
});

describe('askInput, endMonitoringInput, adviceInput', () => {
  const rows: Array<[string, ZodType, unknown, Record<string, string>]> = [
    ['a question', askInput, { question: 'Wanneer hoorde u het?' }, {}],
    ['an empty question', askInput, { question: '   ' }, { question: 'askText' }],
    ['a question of 2000 characters', askInput, { question: 'x'.repeat(2000) }, {}],
    ['a question of 2001 characters', askInput, { question: 'x'.repeat(2001) }, { question: 'tooLong:2000' }],
    ['reasons to end monitoring', endMonitoringInput, { reasons: 'De voorwaarden worden nageleefd.' }, {}],
    ['no reasons to end monitoring', endMonitoringInput, { reasons: '' }, { reasons: 'endReasons' }],
    ['reasons of 5001 characters', endMonitoringInput, { reasons: 'x'.repeat(5001) }, { reasons: 'tooLong:5000' }],
    ['advice', adviceInput, { advice: 'Bel de huisarts.' }, {}],
    ['no advice', adviceInput, { advice: '\n' }, { advice: 'adviceText' }],
    ['advice of 5001 characters', adviceInput, { advice: 'x'.repeat(5001) }, { advice: 'tooLong:5000' }],
  ];
  it.each(rows)('%s', (_name, schema, input, expected) => expect(keys(schema, input)).toEqual(expected));
});

interface Decision {
  outcome?: unknown;
  reasons?: string;
  handedOverTo?: string;
  safetyConditions?: string;
  feedback?: string;
}

/** A decision with these values changed (by default closing, with reasons). */
function decision(c: Decision) {
  return {
    outcome: 'outcome' in c ? c.outcome : 'closed',
    reasons: c.reasons ?? 'Geen zorgen meer na het gesprek.',
    handedOverTo: c.handedOverTo ?? '',
    safetyConditions: c.safetyConditions ?? '',
    feedback: c.feedback ?? '',
  };
}

describe('decisionForm (the page, before the report is known)', () => {
  const rows: Array<[string, Decision, Record<string, string>]> = [
    ['closing with reasons', {}, {}],
    ['handing over without a partner (the service decides that)', { outcome: 'handedOver' }, {}],
    ['an outcome not on the list', { outcome: 'jail' }, { outcome: 'outcome' }],
    ['no outcome', { outcome: undefined }, { outcome: 'outcome' }],
    ['no reasons', { reasons: ' ' }, { reasons: 'reportReasons' }],
    ['a partner of 301 characters', { handedOverTo: 'x'.repeat(301) }, { handedOverTo: 'tooLong:300' }],
    ['conditions of 5001 characters', { safetyConditions: 'x'.repeat(5001) }, { safetyConditions: 'tooLong:5000' }],
    ['feedback of 5001 characters', { feedback: 'x'.repeat(5001) }, { feedback: 'tooLong:5000' }],
  ];
  it.each(rows)('%s', (_name, change, expected) => expect(keys(decisionForm, decision(change))).toEqual(expected));
});

describe('decisionInput (the service, where the report is)', () => {
  const assess: DecisionStep = { concludes: false, feedbackRequired: false };
  const assessForAProfessional: DecisionStep = { concludes: false, feedbackRequired: true };
  const conclude: DecisionStep = { concludes: true, feedbackRequired: false };
  const rows: Array<[string, DecisionStep, Decision, Record<string, string>]> = [
    ['closing after the assessment', assess, {}, {}],
    ['advice after the assessment', assess, { outcome: 'adviceGiven' }, {}],
    ['advice after an investigation', conclude, { outcome: 'adviceGiven' }, { outcome: 'notAfterInvestigation' }],
    [
      'an investigation after an investigation',
      conclude,
      { outcome: 'investigation' },
      { outcome: 'notAfterInvestigation' },
    ],
    ['closing after an investigation', conclude, {}, {}],
    ['an outcome not on the list after an investigation', conclude, { outcome: 'jail' }, { outcome: 'outcome' }],
    ['handed over to a partner', assess, { outcome: 'handedOver', handedOverTo: 'Wijkteam Oost' }, {}],
    ['handed over to nobody', assess, { outcome: 'handedOver', handedOverTo: '  ' }, { handedOverTo: 'handedOverTo' }],
    [
      'conditions without the partner or the conditions',
      conclude,
      { outcome: 'safetyConditions' },
      { handedOverTo: 'handedOverTo', safetyConditions: 'safetyConditions' },
    ],
    [
      'conditions with both',
      conclude,
      { outcome: 'safetyConditions', handedOverTo: 'Wijkteam Oost', safetyConditions: 'Dagelijks contact' },
      {},
    ],
    ['a professional without feedback', assessForAProfessional, {}, { feedback: 'feedback' }],
    ['a professional with feedback', assessForAProfessional, { feedback: 'Wij sluiten af.' }, {}],
    ['feedback not required and not given', assess, { feedback: '' }, {}],
    [
      'no reasons, no feedback: both',
      assessForAProfessional,
      { reasons: '' },
      { reasons: 'reportReasons', feedback: 'feedback' },
    ],
  ];
  it.each(rows)('%s', (_name, step, change, expected) =>
    expect(keys(decisionInput(step), decision(change))).toEqual(expected),
  );
});

describe('the texts', () => {
  const expected = [
    'triageAcute',
    'assignTo',
    'askText',
    'endReasons',
    'adviceText',
    'outcome',
    'notAfterInvestigation',
    'reportReasons',
    'handedOverTo',
    'safetyConditions',
    'feedback',
    'tooLong:5000',
  ];
  it.each(expected)('%s has a text in Dutch and English', (key) => {
    expect(fieldErrorText('nl', key)).toBeTruthy();
    expect(fieldErrorText('en', key)).toBeTruthy();
  });
});
