// SPDX-License-Identifier: EUPL-1.2
/** English: every string of nl.ts, in the same shape. */

import { bodyMapEn } from './body-map.en.ts';
import { circleEn } from './circle.en.ts';
import { circleApiEn } from './circle-api.en.ts';
import { circleTeamEn } from './circle-team.en.ts';
import { concernsEn } from './concerns.en.ts';
import { fieldErrorsEn } from './field-errors.en.ts';
import { guidanceEn } from './guidance.en.ts';
import { meetingsEn } from './meetings.en.ts';
import type { Messages } from './messages.ts';
import { newsEn } from './news.en.ts';
import { partnersEn } from './partners.en.ts';
import { plural } from './plural.ts';
import { problemDetailsEn } from './problem-details.en.ts';
import { reportsEn } from './reports.en.ts';
import { staffEn } from './staff.en.ts';
import { statisticsEn } from './statistics.en.ts';

export const en: Messages = {
  lang: 'en',
  common: {
    appName: 'Kring',
    tagline: 'Keeping homes safe, together',
    optional: '(optional)',
    errorPrefix: 'Error: ',
    free: 'free',
    dayAndNight: 'day and night',
  },
  layout: {
    skipLink: 'Skip to main content',
    homeLink: (name: string) => `Kring, ${name}: go to the home page`,
    mainNav: 'Main menu',
    languageNav: 'Language',
    otherLanguageName: 'Nederlands',
    otherLanguageLabel: 'Lees deze pagina in het Nederlands',
    footerHeading: 'Contact the municipality',
    footerEmergency: 'In immediate danger: call 112.',
    footerVeiligThuis: (phone: string) => `Worries, advice or a report: Veilig Thuis ${phone}, free, day and night.`,
    staffSignIn: 'Sign in for staff and volunteers',
    footerLinks: 'About this website',
    visitingAddress: 'Visiting address',
    postalAddress: 'Postal address',
    phone: 'Phone',
    email: 'Email',
    openingHours: 'Opening hours',
    website: 'Website',
  },
  quickExit: {
    button: 'Exit',
    buttonLong: 'Leave this website quickly',
    skipLink: 'Leave this website quickly',
    hint: 'Press Shift 3 times to leave this website quickly.',
    shiftPressed: (count: number) =>
      plural('en', count, { one: 'Shift has been pressed # time', other: 'Shift has been pressed # times' }),
    timedOut: 'Exit this page expired',
    leaving: 'Leaving this website',
    overlay: 'One moment…',
    safeBrowsingLink: 'Browse safely',
  },
  errors: {
    /** The texts next to form fields, by key (one map for every form). */
    fields: fieldErrorsEn,
    notFoundTitle: 'Page not found',
    notFoundBody: 'This page does not exist (any more), or you do not have access to it. Check the address.',
    notFoundHome: 'Go to the home page',
    serverErrorTitle: 'Something went wrong',
    serverErrorBody:
      'Something went wrong on our side. If you had already sent your details, they are not lost. Please try again later.',
    serverErrorReference: (id: string) => `Quote this code if you contact us: ${id}`,
    unavailableTitle: 'Kring is briefly unavailable',
    unavailableBody: 'Please try again in a few minutes.',
    rateLimitedTitle: 'Too many requests',
    rateLimitedBody: 'You made too many requests in a short time. Wait a moment and try again.',
    badRequestTitle: 'This request is not valid',
    badRequestBody: 'We cannot process what was sent. Go back and try again.',
    forbiddenTitle: 'No access',
    forbiddenBody: 'You do not have access to this page.',
    noVeiligThuisTitle: 'Your message cannot go through Kring right now',
    noVeiligThuisBody: (phone: string) =>
      `Kring cannot pass your message on to Veilig Thuis right now. Nothing was sent. Call Veilig Thuis, free and day and night: ${phone}.`,
    stepNotAllowedTitle: 'This step is not possible now',
    stepNotAllowedBody:
      'This step does not fit where the concern is now, or someone else has just taken it. Go back to the concern and see what the next step is.',
    reportStepNotAllowedBody:
      'This step does not fit where the report is now, or someone else has just taken it. Go back to the report and see what the next step is.',
    unsupportedCharacter:
      'This text holds an invisible character that Kring cannot save. Type the text here again, or paste it as plain text',
    stepNotForRoleTitle: 'Someone else takes this step',
    stepNotForRoleBody: {
      professional:
        'This step of the meldcode is taken by a professional or the safeguarding lead of your organisation, not by you. As a volunteer you have shared your concern: the safeguarding lead takes the next steps and will contact you. Do you see or hear something new? Record it in the concern.',
      lead: 'Only the safeguarding lead of your organisation takes this step. Ask them to.',
    },
    teamNotYoursTitle: 'Someone else in the team does this',
    teamNotYoursBody:
      'Whoever is asked to coordinate accepts or declines. The coordinator records the consent and the plan. Progress on an agreement is recorded by whoever carries it out, or by the coordinator. Go back to the team and talk with them.',
    urgentHelp: 'Is someone in danger right now? Call 112.',
  },
  components: {
    errorSummaryTitle: 'There is a problem',
    dateDay: 'Day',
    dateMonth: 'Month',
    dateYear: 'Year',
    examplesTitle: 'Form components',
    pagination: {
      label: 'Pages',
      previous: 'Previous page',
      next: 'Next page',
      page: (n: number) => `Page ${n}`,
      status: (n: number, count: number) => `Page ${n} of ${count}`,
    },
  },
  guidance: guidanceEn,
  bodyMap: bodyMapEn,
  concerns: concernsEn,
  reports: reportsEn,
  circle: circleEn,
  circleApi: circleApiEn,
  news: newsEn,
  circleTeam: circleTeamEn,
  partners: partnersEn,
  meetings: meetingsEn,
  statistics: statisticsEn,
  problemDetails: problemDetailsEn,
  staff: staffEn,
};
