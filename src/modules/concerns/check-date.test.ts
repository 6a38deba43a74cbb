// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { checkDateState, checkIsDue, withCheckDates } from './check-date.ts';

describe('checkDateState', () => {
  it.each([
    ['2027-01-15', '2027-01-14', 'upcoming'],
    ['2027-01-15', '2027-01-15', 'today'],
    ['2027-01-15', '2027-01-16', 'overdue'],
    ['2026-12-31', '2027-01-01', 'overdue'],
    ['2027-01-01', '2026-12-31', 'upcoming'],
    ['2027-02-28', '2027-03-01', 'overdue'],
  ] as const)('a check on %s, seen on %s, is %s', (date, today, state) => {
    expect(checkDateState(date, today)).toBe(state);
  });
});

describe('checkIsDue', () => {
  it.each([
    ['helping', '2027-01-15', '2027-01-15', true],
    ['helping', '2027-01-14', '2027-01-15', true],
    ['helping', '2027-01-16', '2027-01-15', false],
    ['helping', null, '2027-01-15', false],
    ['report', '2027-01-14', '2027-01-15', false],
    ['closed', '2027-01-14', '2027-01-15', false],
  ] as const)('%s with check date %s on %s → %s', (status, checkDate, today, due) => {
    expect(checkIsDue({ status, checkDate }, today)).toBe(due);
  });
});

describe('withCheckDates', () => {
  it('keeps only help with a date, soonest first', () => {
    const rows = [
      { id: 'a', status: 'helping', checkDate: '2027-03-01' },
      { id: 'b', status: 'report', checkDate: '2027-01-01' },
      { id: 'c', status: 'helping', checkDate: null },
      { id: 'd', status: 'helping', checkDate: '2026-12-20' },
      { id: 'e', status: 'helping', checkDate: '2027-01-10' },
    ] as const;
    expect(withCheckDates(rows).map((r) => r.id)).toEqual(['d', 'e', 'a']);
  });
});
