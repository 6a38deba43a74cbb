// SPDX-License-Identifier: EUPL-1.2
/**
 * The tables (ADR 0039), table-driven with expectations worked out by hand: how a concern is counted
 * (outcome, category, month), a safety assessment's timeliness against its due date, a match's
 * follow-up within 10 working days (Dutch holidays count as no working day), the step medians, and
 * that the public's "who" table is the municipality's table's margin with the same marks.
 */
import { describe, expect, it } from 'vitest';
import { buildTables, type Facts, median } from './tables.ts';

const KEYS = {
  months: [1, 2, 3],
  categories: ['physicalAbuse', 'emotionalNeglect'],
  subjects: ['child', 'adult', 'older'],
  organisationTypes: ['school', 'sportsClub', 'socialTeam'],
};

const at = (iso: string) => new Date(iso);

/** A concern with defaults; `over` changes what a case is about. */
function concern(over: Partial<Facts['concerns'][number]> = {}): Facts['concerns'][number] {
  return {
    organisationType: 'school',
    ageGroup: 'child',
    month: 1,
    category: 'physicalAbuse',
    reported: false,
    helped: false,
    openedAt: at('2025-01-10T09:00:00Z'),
    stepsDoneAt: [null, null, null, null, null],
    ...over,
  };
}

const many = (n: number, over: Partial<Facts['concerns'][number]> = {}) =>
  Array.from({ length: n }, () => concern(over));
const facts = (over: Partial<Facts>): Facts => ({ concerns: [], assessments: [], matches: [], ...over });

describe('how a concern is counted', () => {
  it.each([
    { reported: true, helped: true, row: 'reportAndHelp' },
    { reported: true, helped: false, row: 'reportOnly' },
    { reported: false, helped: true, row: 'helpOnly' },
    { reported: false, helped: false, row: 'neither' },
  ])('reported $reported, helped $helped → $row', ({ reported, helped, row }) => {
    // 12 of the kind and 12 of each other kind, so nothing is hidden and the count lands visibly.
    const others = [
      { reported: true, helped: true },
      { reported: true, helped: false },
      { reported: false, helped: true },
      { reported: false, helped: false },
    ];
    const all = [...many(12, { reported, helped }), ...others.flatMap((o) => many(12, o))];
    const { byOutcome } = buildTables(facts({ concerns: all }), KEYS);
    if (byOutcome.withheld) throw new Error('withheld');
    expect(byOutcome.total).toBe(60);
    expect(byOutcome.rows.find((r) => r.key === row)!.mark).toEqual({ kind: 'shown', value: 24 });
  });

  it('a concern without a category (or with one not on the list) counts under "none"', () => {
    const all = [...many(10), ...many(10, { category: null }), ...many(10, { category: 'unknownCategory' })];
    const { byCategoryAndSubject: t } = buildTables(facts({ concerns: all }), KEYS);
    if (t.withheld) throw new Error('withheld');
    expect(t.rows).toEqual(['physicalAbuse', 'emotionalNeglect', 'none']);
    expect(t.rowTotals[2]).toEqual({ kind: 'shown', value: 20 });
  });

  it('counts by month over the months given, with the year’s total', () => {
    const all = [...many(10, { month: 1 }), ...many(11, { month: 2 }), ...many(12, { month: 3 })];
    const { byMonth } = buildTables(facts({ concerns: all }), KEYS);
    expect(byMonth).toEqual({
      withheld: false,
      rows: [
        { key: '1', mark: { kind: 'shown', value: 10 } },
        { key: '2', mark: { kind: 'shown', value: 11 } },
        { key: '3', mark: { kind: 'shown', value: 12 } },
      ],
      total: 33,
    });
  });

  it('the public "who" table is the margin of the category × subject table, with its marks', () => {
    const all = [
      ...many(25, { ageGroup: 'child' }),
      ...many(12, { ageGroup: 'adult', category: 'emotionalNeglect' }),
      ...many(3, { ageGroup: 'older' }),
    ];
    const { bySubject, byCategoryAndSubject } = buildTables(facts({ concerns: all }), KEYS);
    if (bySubject.withheld || byCategoryAndSubject.withheld) throw new Error('withheld');
    expect(bySubject.rows.map((r) => r.mark)).toEqual(byCategoryAndSubject.columnTotals);
    expect(bySubject.rows.find((r) => r.key === 'older')!.mark).toEqual({ kind: 'hidden' });
    expect(bySubject.total).toBe(40);
  });

  it('fewer than 10 concerns in the year: every concern table is withheld', () => {
    const t = buildTables(facts({ concerns: many(9) }), KEYS);
    expect([t.byMonth, t.bySubject, t.byCategoryAndSubject, t.byOrganisationType, t.byOutcome, t.steps]).toEqual(
      Array(6).fill({ withheld: true }),
    );
  });
});

describe('Veilig Thuis: the safety assessment within 5 working days', () => {
  it.each([
    // Due on Friday 7 March 2025: 23:30 that evening in Amsterdam is on time, 00:30 the next day is late.
    { dueOn: '2025-03-07', assessedAt: at('2025-03-07T23:30:00Z'), row: 'later' },
    { dueOn: '2025-03-07', assessedAt: at('2025-03-07T22:30:00Z'), row: 'withinFiveDays' },
    { dueOn: '2025-03-07', assessedAt: at('2025-03-03T08:00:00Z'), row: 'withinFiveDays' },
    { dueOn: '2025-03-07', assessedAt: null, row: 'notYet' },
  ])('due $dueOn, assessed $assessedAt → $row', ({ dueOn, assessedAt, row }) => {
    // The case's report and 10 of each kind around it, so its row is shown as 11.
    const base = [
      ...Array(10).fill({ dueOn: '2025-03-07', assessedAt: at('2025-03-04T10:00:00Z') }),
      ...Array(10).fill({ dueOn: '2025-03-07', assessedAt: at('2025-03-12T10:00:00Z') }),
      ...Array(10).fill({ dueOn: '2025-03-07', assessedAt: null }),
    ];
    const { assessments } = buildTables(facts({ assessments: [...base, { dueOn, assessedAt }] }), KEYS);
    if (assessments.withheld) throw new Error('withheld');
    expect(assessments.rows.find((r) => r.key === row)!.mark).toEqual({ kind: 'shown', value: 11 });
  });
});

describe('the circle: contact within 10 working days of a match', () => {
  it.each([
    // Formed Monday 14 April 2025 at 12:00 in Amsterdam: 10 working days later, with Good Friday a
    // working day and Easter Monday (21 April) not, is Tuesday 29 April at 12:00 (10:00 UTC), the
    // moment the circle flags a team without contact (Koningsdag, 26 April, is a Saturday).
    { contactAt: at('2025-04-29T09:00:00Z'), row: 'withinTenDays' },
    { contactAt: at('2025-04-29T11:00:00Z'), row: 'later' },
    { contactAt: null, row: 'notYet' },
  ])('contact $contactAt → $row', ({ contactAt, row }) => {
    const formedAt = at('2025-04-14T10:00:00Z');
    const base = [
      ...Array(10).fill({ formedAt, contactAt: at('2025-04-15T10:00:00Z') }),
      ...Array(10).fill({ formedAt, contactAt: at('2025-06-01T10:00:00Z') }),
      ...Array(10).fill({ formedAt, contactAt: null }),
    ];
    const { matches } = buildTables(facts({ matches: [...base, { formedAt, contactAt }] }), KEYS);
    if (matches.withheld) throw new Error('withheld');
    expect(matches.rows.find((r) => r.key === row)!.mark).toEqual({ kind: 'shown', value: 11 });
  });
});

describe('time per step', () => {
  const day = (d: number) => at(`2025-01-${String(d).padStart(2, '0')}T09:00:00Z`);
  it('the median days of each step, from the previous step’s end (the opening for step 1)', () => {
    // Opened on the 1st; steps done on the 3rd, 4th, 8th, 9th and 15th: 2, 1, 4, 1 and 6 days.
    const steps = [day(3), day(4), day(8), day(9), day(15)];
    const slow = [day(5), day(6), day(16), day(17), day(27)]; // 4, 1, 10, 1, 10 days
    const all = [
      ...many(6, { openedAt: day(1), stepsDoneAt: steps }),
      ...many(5, { openedAt: day(1), stepsDoneAt: slow }),
    ];
    const t = buildTables(facts({ concerns: all }), KEYS);
    expect(t.steps).toEqual({
      withheld: false,
      rows: [
        { step: 1, medianDays: 2 },
        { step: 2, medianDays: 1 },
        { step: 3, medianDays: 4 },
        { step: 4, medianDays: 1 },
        { step: 5, medianDays: 6 },
      ],
    });
  });

  it('is withheld when any step was completed by fewer than 10 concerns (a gap would say so)', () => {
    const steps = [day(3), day(4), day(8), day(9), null];
    const all = [
      ...many(10, { openedAt: day(1), stepsDoneAt: steps }),
      ...many(9, { openedAt: day(1), stepsDoneAt: [...steps.slice(0, 4), day(20)] }),
    ];
    expect(buildTables(facts({ concerns: all }), KEYS).steps).toEqual({ withheld: true });
  });

  it.each([
    { values: [3], expected: 3 },
    { values: [4, 1, 2], expected: 2 },
    { values: [4, 1, 2, 10], expected: 3 },
  ])('median of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});
