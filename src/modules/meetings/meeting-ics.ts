// SPDX-License-Identifier: EUPL-1.2
/**
 * A meeting as an iCalendar file (ADR 0038), made by ical-generator with the time zone
 * Europe/Amsterdam: DTSTART/DTEND carry `TZID=Europe/Amsterdam` and the clock time in Amsterdam, and
 * the file holds the zone's VTIMEZONE (CET/CEST, the EU rules), so a calendar shows 19:30 in winter
 * and in summer alike.
 *
 * ical-generator formats a plain `Date` in a time zone with the *process's* local clock, which is
 * wrong on a server in UTC. It also takes a date object that knows its zone (`withTimeZone`): the
 * `AmsterdamDate` below answers the clock in Amsterdam whatever the process's zone is.
 */
import ical, { type ICalTZDateStub } from 'ical-generator';
import type { MeetingRow } from './meeting.repository.ts';
import { type AmsterdamParts, amsterdamParts } from './meeting-rules.ts';

const ZONE = 'Europe/Amsterdam';

/** Europe/Amsterdam since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * A moment that answers its local getters with the clock in Amsterdam. ical-generator recognises a
 * zoned date by `internal`, `withTimeZone` and `tzComponents` (the shape of @date-fns/tz's TZDate).
 */
class AmsterdamDate extends Date implements ICalTZDateStub {
  timeZone = ZONE;
  get internal(): Date {
    return new Date(this.getTime());
  }
  tzComponents(): AmsterdamParts {
    return amsterdamParts(this);
  }
  withTimeZone(): ICalTZDateStub {
    const p = amsterdamParts(this);
    const local = new AmsterdamDate(this.getTime());
    local.getFullYear = () => p.year;
    local.getMonth = () => p.month - 1;
    local.getDate = () => p.day;
    local.getHours = () => p.hour;
    local.getMinutes = () => p.minute;
    local.getSeconds = () => p.second;
    return local;
  }
}

/** A moment as an iCalendar UTC date-time: `YYYYMMDDTHHMMSSZ`. */
function utcStamp(moment: Date): string {
  return `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The iCalendar text of a meeting.
 * @param meeting the meeting
 * @param url the meeting's public page
 * @param host the host name for the event's UID
 * @param updatedAt when the meeting last changed (DTSTAMP)
 */
export function meetingCalendar(
  meeting: Pick<MeetingRow, 'id' | 'title' | 'startsAt' | 'endsAt' | 'placeName' | 'placeAddress' | 'agenda'>,
  url: string,
  host: string,
  updatedAt: Date,
): string {
  const calendar = ical({
    prodId: { company: 'Kring', product: 'bijeenkomsten', language: 'NL' },
    name: meeting.title,
    timezone: { name: ZONE, generator: () => VTIMEZONE },
  });
  calendar.createEvent({
    id: `meeting-${meeting.id}@${host}`,
    start: new AmsterdamDate(meeting.startsAt.getTime()),
    end: new AmsterdamDate(meeting.endsAt.getTime()),
    timezone: ZONE,
    summary: meeting.title,
    location: `${meeting.placeName}, ${meeting.placeAddress}`,
    description: meeting.agenda.join('\n'),
    url,
  });
  // DTSTAMP is UTC by RFC 5545 (3.8.7.2); ical-generator writes it in the calendar's zone, without `Z`.
  return calendar.toString().replace(/^DTSTAMP:.*$/m, `DTSTAMP:${utcStamp(updatedAt)}`);
}
