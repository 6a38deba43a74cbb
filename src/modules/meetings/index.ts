// SPDX-License-Identifier: EUPL-1.2
/** The network's meetings (issue 15, ADR 0038): the module's public entry. */
export { DEFAULT_REGISTRATION_MONTHS, registerMeetingRetention, runMeetingRetention } from './meeting-jobs.ts';
export { meetingMailNotifier } from './meeting-notifier.ts';
export { meetingPages } from './meetings.pages.tsx';
export { seedMeetingsDemo } from './meetings.seed.ts';
export type { MeetingNotifier } from './registration.service.ts';
