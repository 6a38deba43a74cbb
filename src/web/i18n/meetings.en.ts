// SPDX-License-Identifier: EUPL-1.2
/** English texts of the network's meetings (issue 15, ADR 0038). */
import type { meetingsNl } from './meetings.nl.ts';

export const meetingsEn: typeof meetingsNl = {
  roles: { resident: 'Resident', volunteer: 'Volunteer', professional: 'Professional' },
  statuses: { confirmed: 'Registered', waiting: 'On the waiting list' },
  csv: {
    headings: ['Name', 'Organisation', 'Email address', 'Attends as', 'Status'],
    fileName: (date: string) => `attendance-${date}.csv`,
  },
  mail: {
    confirmedSubject: (title: string) => `Registration confirmed: ${title}`,
    waitingSubject: (title: string) => `On the waiting list: ${title}`,
    movedUpSubject: (title: string) => `A place for you: ${title}`,
    confirmedText: (name: string, title: string, when: string, where: string, cancel: string) =>
      `Dear ${name},\n\nYou are registered for "${title}" on ${when}, ${where}.\n\nCan you not come after all? Please cancel, so someone else gets your place:\n${cancel}\n\nKind regards,\nThe municipality`,
    waitingText: (name: string, title: string, when: string, where: string, cancel: string) =>
      `Dear ${name},\n\n"${title}" on ${when}, ${where} is full. You are on the waiting list. When a place comes free, we will tell you.\n\nNo longer want to wait? Cancel here:\n${cancel}\n\nKind regards,\nThe municipality`,
    movedUpText: (name: string, title: string, when: string, where: string) =>
      `Dear ${name},\n\nA place has come free. You are now registered for "${title}" on ${when}, ${where}.\n\nCan you not come after all? Use the cancel link from the first e-mail.\n\nKind regards,\nThe municipality`,
    when: (date: string, start: string, end: string) => `${date} from ${start} to ${end}`,
  },
};
