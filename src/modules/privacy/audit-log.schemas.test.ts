// SPDX-License-Identifier: EUPL-1.2
/** The audit log's filter by day: valid and invalid days, each with the keys written by hand. */
import { describe, expect, it } from 'vitest';
import { fieldKeys } from '#src/core/field-rules.ts';
import { fieldErrorText } from '#src/web/field-errors.ts';
import { auditLogDays, utcDay } from './audit-log.schemas.ts';

describe('auditLogDays', () => {
  const rows: Array<[string, { from?: string; until?: string }, Record<string, string>]> = [
    ['no filter', {}, {}],
    ['empty boxes', { from: '', until: ' ' }, {}],
    ['two days', { from: '2026-11-01', until: '2026-11-25' }, {}],
    ['a day with spaces around it', { from: ' 2026-11-01 ' }, {}],
    ['a leap day', { until: '2024-02-29' }, {}],
    ['29 February of a common year', { until: '2026-02-29' }, { until: 'auditDate' }],
    ['a Dutch way of writing', { from: '25-11-2026' }, { from: 'auditDate' }],
    ['a month 13 and a word', { from: '2026-13-01', until: 'gisteren' }, { from: 'auditDate', until: 'auditDate' }],
  ];
  it.each(rows)('%s', (_name, input, expected) => {
    const result = auditLogDays.safeParse(input);
    expect(result.success ? {} : fieldKeys(result.error)).toEqual(expected);
  });

  it('has the text the log showed before', () => {
    expect(fieldErrorText('nl', 'auditDate')).toBe('Vul een datum in zoals 2026-11-25');
    expect(fieldErrorText('en', 'auditDate')).toBe('Enter a date like 2026-11-25');
  });
});

describe('utcDay', () => {
  it('gives the start of the day in UTC, or of the next day', () => {
    expect(utcDay('2026-11-25')?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(utcDay('2026-12-31', 1)?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(utcDay('2026-11-31')).toBeUndefined();
  });
});
