// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo meeting of Harderwijk's network (issue 15): the yearly network meeting of 16 November 2017 in
 * the town hall (Havendam 56), which more than 80 residents, volunteers and professionals attended,
 * with three agreements, two still open: they show on the page of the next meeting an editor plans.
 * No registrations (they would have been removed three months after the meeting). Each value goes
 * through the form's rules (meeting-input.ts), so the demo shows nothing an editor could not enter.
 */
import type { Transaction } from 'kysely';
import type { Database } from '#src/db/database.ts';
import { insertAction, insertMeeting, setActionDone } from './meeting.repository.ts';
import { actionInput, meetingInput } from './meeting-input.ts';

/** The 2017 meeting, as an editor would enter it. */
export const DEMO_MEETING = {
  title: 'Netwerkbijeenkomst huiselijk geweld en kindermishandeling 2017',
  'date-day': '16',
  'date-month': '11',
  'date-year': '2017',
  startTime: '19:00',
  endTime: '21:30',
  placeName: 'Stadhuis',
  placeAddress: 'Havendam 56, Harderwijk',
  agenda: [
    'Welkom en de opdracht voor de kinderen en gezinnen van Harderwijk (wethouder en burgemeester)',
    'Een effectieve aanpak heeft elkaar nodig',
    'De campagne Verbind voor het kind!',
    'In gesprek: wat kunnen wij samen beter doen?',
  ].join('\n'),
  capacity: '100',
  published: 'ja',
  announcementArticleId: '',
  retrospectiveArticleId: '',
} as const;

/** The agreements made, and whether they are done. */
export const DEMO_ACTIONS = [
  {
    description: 'Sportverenigingen helpen een vertrouwenscontactpersoon te kiezen en bekend te maken',
    owner: 'Netwerkcoördinator van de gemeente',
    due: ['1', '3', '2018'],
    done: false,
  },
  {
    description: 'De campagne Verbind voor het kind! elk jaar herhalen in de week tegen kindermishandeling',
    owner: 'Gemeente en Veilig Thuis',
    due: ['1', '11', '2018'],
    done: false,
  },
  {
    description: 'De signalenlijst van Veilig Thuis delen met scholen en kinderopvang',
    owner: 'Sociaal wijkteam',
    due: ['1', '2', '2018'],
    done: true,
  },
] as const;

/** Seeds the demo meeting and its agreements. */
export async function seedMeetingsDemo(trx: Transaction<Database>): Promise<void> {
  const now = new Date();
  const checked = meetingInput(DEMO_MEETING);
  if (!('fields' in checked)) throw new Error(`demo meeting refused: ${JSON.stringify(checked.errors)}`);
  const meetingId = await insertMeeting(trx, checked.fields, null, now);
  for (const a of DEMO_ACTIONS) {
    const action = actionInput({
      description: a.description,
      owner: a.owner,
      'due-day': a.due[0],
      'due-month': a.due[1],
      'due-year': a.due[2],
    });
    if (!('values' in action)) throw new Error(`demo action refused: ${JSON.stringify(action.errors)}`);
    const id = await insertAction(trx, { meetingId, ...action.values, now });
    if (a.done) await setActionDone(trx, meetingId, id, true);
  }
}
