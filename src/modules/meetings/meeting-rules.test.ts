// SPDX-License-Identifier: EUPL-1.2
/**
 * The meetings' pure rules (ADR 0038), table-driven: places and the waiting list, who moves up, the
 * retention's cut-off, CSV cells no spreadsheet runs as a formula, the attendance list's CSV and the
 * iCalendar file's times in Europe/Amsterdam (winter and summer).
 */
import { describe, expect, it } from 'vitest';
import { attendanceCsv } from './meeting-csv.ts';
import { meetingCalendar } from './meeting-ics.ts';
import {
  amsterdamDateTime,
  movingUp,
  placesLeft,
  retentionCutoff,
  safeCsvCell,
  statusForNew,
} from './meeting-rules.ts';

describe('placesLeft and statusForNew', () => {
  const cases: [string, number, number, number, 'confirmed' | 'waiting'][] = [
    ['an empty meeting', 80, 0, 80, 'confirmed'],
    ['one place left', 80, 79, 1, 'confirmed'],
    ['full', 80, 80, 0, 'waiting'],
    ['capacity lowered under the registrations', 10, 12, 0, 'waiting'],
    ['a meeting for one', 1, 0, 1, 'confirmed'],
  ];
  it.each(cases)('%s', (_name, capacity, confirmed, left, status) => {
    expect(placesLeft(capacity, confirmed)).toBe(left);
    expect(statusForNew(capacity, confirmed)).toBe(status);
  });
});

describe('movingUp', () => {
  const waiting = [
    { id: 'c', seq: 30 },
    { id: 'a', seq: 10 },
    { id: 'b', seq: 20 },
  ];
  const cases: [string, number, string[]][] = [
    ['no place free', 0, []],
    ['a negative count (over capacity)', -2, []],
    ['one place: the earliest', 1, ['a']],
    ['two places: the two earliest in order', 2, ['a', 'b']],
    ['more places than people waiting', 5, ['a', 'b', 'c']],
  ];
  it.each(cases)('%s', (_name, free, expected) => {
    expect(movingUp(waiting, free)).toEqual(expected);
  });

  it('moves no one up from an empty list', () => {
    expect(movingUp([], 3)).toEqual([]);
  });
});

describe('retentionCutoff', () => {
  const cases: [string, string, number, string][] = [
    ['three months back', '2026-12-07T02:00:00.000Z', 3, '2026-09-07T02:00:00.000Z'],
    ['across a year', '2027-02-15T02:00:00.000Z', 3, '2026-11-15T02:00:00.000Z'],
    ['a month end that the earlier month lacks', '2026-05-31T02:00:00.000Z', 3, '2026-02-28T02:00:00.000Z'],
    ['a leap year', '2028-05-31T02:00:00.000Z', 3, '2028-02-29T02:00:00.000Z'],
    ['one month', '2026-03-31T02:00:00.000Z', 1, '2026-02-28T02:00:00.000Z'],
    ['twelve months', '2026-12-07T02:00:00.000Z', 12, '2025-12-07T02:00:00.000Z'],
  ];
  it.each(cases)('%s', (_name, now, months, expected) => {
    expect(retentionCutoff(new Date(now), months).toISOString()).toBe(expected);
  });
});

describe('safeCsvCell', () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+31 6 12345678', `'+31 6 12345678`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Ahmed El Amrani', 'Ahmed El Amrani'],
    ['VV Harderwijk', 'VV Harderwijk'],
    ['a=b', 'a=b'],
    ['', ''],
  ];
  it.each(cases)('%j', (value, expected) => {
    expect(safeCsvCell(value)).toBe(expected);
  });
});

describe('attendanceCsv', () => {
  const words = {
    headings: ['Naam', 'Organisatie', 'E-mail', 'Als', 'Status'] as const,
    roles: { resident: 'inwoner', volunteer: 'vrijwilliger', professional: 'professional' },
    statuses: { confirmed: 'aangemeld', waiting: 'wachtlijst' },
  };

  it('writes a heading row and one row per registration, with a byte order mark and CRLF', () => {
    const csv = attendanceCsv(
      [
        {
          name: 'Ahmed',
          organisation: 'VV Harderwijk',
          email: 'ahmed@example.nl',
          role: 'volunteer',
          status: 'confirmed',
        },
        { name: 'José', organisation: '', email: 'jose@example.nl', role: 'resident', status: 'waiting' },
      ],
      words,
    );
    expect(csv).toBe(
      '\uFEFFNaam,Organisatie,E-mail,Als,Status\r\n' +
        'Ahmed,VV Harderwijk,ahmed@example.nl,vrijwilliger,aangemeld\r\n' +
        'José,,jose@example.nl,inwoner,wachtlijst\r\n',
    );
  });

  it('quotes separators, quotes and line breaks, and defuses formulas in every column', () => {
    const csv = attendanceCsv(
      [
        {
          name: '=cmd|"/c calc"!A1',
          organisation: 'Kring, "de" club\nHarderwijk',
          email: '@evil@example.nl',
          role: 'professional',
          status: 'confirmed',
        },
      ],
      words,
    );
    expect(csv.split('\r\n')[1]).toBe(
      `"'=cmd|""/c calc""!A1","Kring, ""de"" club\nHarderwijk",'@evil@example.nl,professional,aangemeld`,
    );
  });
});

describe('amsterdamDateTime', () => {
  const cases: [string, string, string, string][] = [
    ['winter (UTC+1)', '2026-11-16T18:30:00Z', '2026-11-16', '19:30'],
    ['summer (UTC+2)', '2027-06-10T17:30:00Z', '2027-06-10', '19:30'],
    ['after midnight in Amsterdam, still the day before in UTC', '2026-11-16T23:30:00Z', '2026-11-17', '00:30'],
  ];
  it.each(cases)('%s', (_name, moment, date, time) => {
    expect(amsterdamDateTime(new Date(moment))).toEqual({ date, time });
  });
});

describe('meetingCalendar', () => {
  const meeting = {
    id: '0b7c1d2e-0000-4000-8000-000000000001',
    title: 'Samen sterk; in de kring, van veiligheid',
    placeName: 'Stadhuis',
    placeAddress: 'Havendam 56, Harderwijk',
    agenda: ['Welkom', 'Verbind voor het kind!'],
  };
  const stamp = new Date('2026-10-01T10:00:00Z');

  it('writes a winter evening as 19:30 in Amsterdam with the zone, and escapes the text', () => {
    const ics = meetingCalendar(
      { ...meeting, startsAt: new Date('2026-11-16T18:30:00Z'), endsAt: new Date('2026-11-16T21:00:00Z') },
      'https://kring.example/bijeenkomsten/x',
      'kring.example',
      stamp,
    );
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261116T193000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261116T220000');
    expect(lines).toContain('DTSTAMP:20261001T100000Z');
    expect(lines).toContain('UID:meeting-0b7c1d2e-0000-4000-8000-000000000001@kring.example');
    expect(lines).toContain('SUMMARY:Samen sterk\\; in de kring\\, van veiligheid');
    expect(lines).toContain('LOCATION:Stadhuis\\, Havendam 56\\, Harderwijk');
    expect(lines).toContain('DESCRIPTION:Welkom\\nVerbind voor het kind!');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('TZOFFSETTO:+0200');
    expect(lines).toContain('TZOFFSETTO:+0100');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('writes a summer evening as 19:30 in Amsterdam too (UTC+2)', () => {
    const ics = meetingCalendar(
      { ...meeting, startsAt: new Date('2027-06-10T17:30:00Z'), endsAt: new Date('2027-06-10T20:00:00Z') },
      'https://kring.example/bijeenkomsten/x',
      'kring.example',
      stamp,
    );
    expect(ics.split('\r\n')).toContain('DTSTART;TZID=Europe/Amsterdam:20270610T193000');
    expect(ics.split('\r\n')).toContain('DTEND;TZID=Europe/Amsterdam:20270610T220000');
  });
});
