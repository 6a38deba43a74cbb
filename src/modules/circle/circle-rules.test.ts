// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's pure rules (docs/domain.md §11, ADR 0031), table by table: who registers, the age
 * range, informing, when a signal ends, and the flag of a match without contact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES, ROLES } from '#src/core/roles.ts';
import { ageOn, birthday, circleAgeProblem } from './age.ts';
import { isNoContactFlagged, noContactDueAt } from './contact.ts';
import {
  addMonths,
  calendarEnd,
  checkMaxMonths,
  lastEndedRegistrationDay,
  MAX_SIGNAL_MONTHS,
  signalExpiry,
} from './expiry.ts';
import { informingRecord, whoMustBeInformed } from './informing.ts';
import { legalGround, mayRegister } from './legal-basis.ts';

describe('legal basis', () => {
  it.each([
    ['youthCare', 'youthCare'],
    ['healthCare', 'youthHealthCare'],
    ['school', 'education'],
    ['police', 'police'],
    ['socialTeam', 'neighbourhoodTeam'],
    ['veiligThuis', 'veiligThuis'],
    ['sportsClub', null],
    ['childcare', null],
    ['municipality', null],
    ['elderlyCare', null],
    ['homeCare', null],
    ['other', null],
  ] as const)('%s: %s', (type, ground) => {
    expect(legalGround(type)).toBe(ground);
  });

  it('decides every organisation type', () => {
    for (const type of ORGANISATION_TYPES) expect(legalGround(type), type).not.toBeUndefined();
  });

  it.each([
    ['school', 'professional', true],
    ['school', 'safeguardingLead', true],
    ['school', 'volunteer', false],
    ['school', 'administrator', false],
    ['school', 'privacyOfficer', false],
    ['school', 'coordinator', false],
    ['youthCare', 'professional', true],
    ['veiligThuis', 'intakeWorker', true],
    ['police', 'professional', true],
    ['sportsClub', 'professional', false],
    ['sportsClub', 'volunteer', false],
    ['sportsClub', 'safeguardingLead', false],
    ['municipality', 'coordinator', false],
    ['elderlyCare', 'professional', false],
  ] as const)('%s, %s: may register %s', (organisationType, role, expected) => {
    expect(mayRegister({ organisationType, role })).toBe(expected);
  });

  it('a volunteer never registers, whatever the organisation', () => {
    for (const organisationType of ORGANISATION_TYPES) {
      expect(mayRegister({ organisationType, role: 'volunteer' }), organisationType).toBe(false);
    }
    expect(ROLES).toContain('volunteer');
  });
});

describe('age', () => {
  it.each([
    ['2013-05-10', '2026-05-09', 12],
    ['2013-05-10', '2026-05-10', 13],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2026-05-10', '2026-05-10', 0],
  ])('born %s, on %s: %i', (dob, today, age) => {
    expect(ageOn(dob, today)).toBe(age);
  });

  it.each([
    ['2003-06-15', 23, '2026-06-15'],
    ['2004-02-29', 23, '2027-03-01'],
    ['2004-02-29', 24, '2028-02-29'],
    ['2010-12-31', 23, '2033-12-31'],
  ])('born %s, turns %i on %s', (dob, years, expected) => {
    expect(birthday(dob, years)).toBe(expected);
  });

  it.each([
    ['2026-05-10', '2026-05-10', null],
    ['2026-05-11', '2026-05-10', 'future'],
    ['2003-05-11', '2026-05-10', null],
    ['2003-05-10', '2026-05-10', 'tooOld'],
    ['1990-01-01', '2026-05-10', 'tooOld'],
    ['2026-02-30', '2026-05-10', 'invalid'],
    ['2026-13-01', '2026-05-10', 'invalid'],
    ['10-05-2020', '2026-05-10', 'invalid'],
    ['', '2026-05-10', 'invalid'],
  ])('born %s, on %s: %s', (dob, today, problem) => {
    expect(circleAgeProblem(dob, today)).toBe(problem);
  });
});

describe('informing', () => {
  it.each([
    [0, true, false],
    [11, true, false],
    [12, true, true],
    [15, true, true],
    [16, false, true],
    [22, false, true],
  ])('at %i: parents %s, young person %s', (age, parents, youngPerson) => {
    expect(whoMustBeInformed(age)).toEqual({ parents, youngPerson });
  });

  const informed = { informing: 'informed' } as const;
  const postponed = (postponedBecause: 'notReasonablyPossible' | 'notInInterest' | null) =>
    ({ informing: 'postponed', postponedBecause }) as const;

  it.each([
    [
      'both informed at 13',
      13,
      { parents: informed, youngPerson: informed },
      {
        record: {
          parents: { informing: 'informed', postponedBecause: null },
          youngPerson: { informing: 'informed', postponedBecause: null },
        },
      },
    ],
    [
      'parents only at 8',
      8,
      { parents: postponed('notInInterest') },
      {
        record: {
          parents: { informing: 'postponed', postponedBecause: 'notInInterest' },
          youngPerson: { informing: 'notRequired', postponedBecause: null },
        },
      },
    ],
    [
      'young person only at 17',
      17,
      { youngPerson: postponed('notReasonablyPossible') },
      {
        record: {
          parents: { informing: 'notRequired', postponedBecause: null },
          youngPerson: { informing: 'postponed', postponedBecause: 'notReasonablyPossible' },
        },
      },
    ],
    [
      'parents informed of a 17-year-old are recorded',
      17,
      { parents: informed, youngPerson: informed },
      {
        record: {
          parents: { informing: 'informed', postponedBecause: null },
          youngPerson: { informing: 'informed', postponedBecause: null },
        },
      },
    ],
    [
      'nothing at 13',
      13,
      {},
      { errors: { parentsInforming: 'informingRequired', youngPersonInforming: 'informingRequired' } },
    ],
    [
      'young person missing at 12',
      12,
      { parents: informed },
      { errors: { youngPersonInforming: 'informingRequired' } },
    ],
    ['parents missing at 15', 15, { youngPerson: informed }, { errors: { parentsInforming: 'informingRequired' } }],
    [
      'postponed without a reason',
      14,
      { parents: postponed(null), youngPerson: informed },
      { errors: { parentsInforming: 'informingReasonRequired' } },
    ],
    [
      'postponed with a reason not on the list',
      14,
      { parents: informed, youngPerson: { informing: 'postponed', postponedBecause: 'busy' } as never },
      { errors: { youngPersonInforming: 'informingReasonRequired' } },
    ],
  ])('%s', (_name, age, choices, expected) => {
    expect(informingRecord(age, choices)).toEqual(expected);
  });
});

describe('expiry', () => {
  it.each([
    [
      'two years',
      { registeredOn: '2026-03-10', dateOfBirth: '2012-01-01' },
      24,
      { on: '2028-03-10', reason: 'maxDuration' },
    ],
    [
      'one year (Haaglanden)',
      { registeredOn: '2026-03-10', dateOfBirth: '2012-01-01' },
      12,
      { on: '2027-03-10', reason: 'maxDuration' },
    ],
    [
      '23rd birthday first',
      { registeredOn: '2026-03-10', dateOfBirth: '2004-09-01' },
      24,
      { on: '2027-09-01', reason: 'age23' },
    ],
    [
      'both on one day: the birthday',
      { registeredOn: '2026-03-10', dateOfBirth: '2005-03-10' },
      24,
      { on: '2028-03-10', reason: 'age23' },
    ],
    [
      'registered on 29 February',
      { registeredOn: '2028-02-29', dateOfBirth: '2015-01-01' },
      24,
      { on: '2030-02-28', reason: 'maxDuration' },
    ],
    [
      'registered on 31 August, 6 months',
      { registeredOn: '2026-08-31', dateOfBirth: '2015-01-01' },
      6,
      { on: '2027-02-28', reason: 'maxDuration' },
    ],
  ])('%s', (_name, signal, months, expected) => {
    expect(signalExpiry(signal, months)).toEqual(expected);
  });

  it.each([
    ['the day before the end', '2028-03-09', null],
    ['the end day', '2028-03-10', 'maxDuration'],
    ['after', '2029-01-01', 'maxDuration'],
  ])('two years: %s', (_name, today, expected) => {
    expect(calendarEnd({ registeredOn: '2026-03-10', dateOfBirth: '2012-01-01' }, today)).toBe(expected);
  });

  it.each([
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-05-10', -24, '2024-05-10'],
    ['2026-02-28', -24, '2024-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s plus %i months: %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([0, 25, 1.5, -3])('refuses a period of %s months', (months) => {
    expect(() => checkMaxMonths(months)).toThrow(RangeError);
  });

  it.each([
    ['2026-05-10', 24, '2024-05-10'],
    ['2026-02-28', 24, '2024-02-29'],
    ['2026-03-01', 24, '2024-03-01'],
    ['2026-04-30', 2, '2026-02-28'],
  ])('on %s with %i months, signals registered on or before %s have ended', (today, months, expected) => {
    expect(lastEndedRegistrationDay(today, months)).toBe(expected);
  });

  it('the database cut-off agrees with signalExpiry for any day and period', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDaysFrom('2024-01-01', n));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: MAX_SIGNAL_MONTHS }), (registeredOn, today, months) => {
        const ended = calendarEnd({ registeredOn, dateOfBirth: '2020-01-01' }, today, months) !== null;
        expect(registeredOn <= lastEndedRegistrationDay(today, months)).toBe(ended);
      }),
      { numRuns: 5000 },
    );
  });
});

/** A day `n` days after an ISO date (independent of the code under test). */
function addDaysFrom(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

describe('no contact after 10 working days', () => {
  // Monday 20 April 2026, 09:00 in Amsterdam (summer time). Not counted: 27 April (Koningsdag),
  // 5 May (Bevrijdingsdag), the weekends. The 10th working day is Wednesday 6 May.
  const matchedAt = new Date('2026-04-20T07:00:00Z');

  it('is due on the 10th working day, at the same time of day', () => {
    expect(noContactDueAt(matchedAt).toISOString()).toBe('2026-05-06T07:00:00.000Z');
  });

  it.each([
    ['the day before', '2026-05-05T12:00:00Z', null, false],
    ['a minute before', '2026-05-06T06:59:00Z', null, false],
    ['at the moment', '2026-05-06T07:00:00Z', null, true],
    ['later', '2026-06-01T07:00:00Z', null, true],
    ['contact recorded', '2026-06-01T07:00:00Z', '2026-04-22T10:00:00Z', false],
  ])('%s: flagged %s', (_name, now, contact, expected) => {
    expect(
      isNoContactFlagged({ matchedAt, contactRecordedAt: contact ? new Date(contact) : null }, new Date(now)),
    ).toBe(expected);
  });
});
