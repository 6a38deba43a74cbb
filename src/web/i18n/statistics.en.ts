// SPDX-License-Identifier: EUPL-1.2
/** English texts of the statistics (issue 15, ADR 0039). */
import type { statisticsNl } from './statistics.nl.ts';

export const statisticsEn: typeof statisticsNl = {
  nav: 'Figures',
  homeEntry: {
    title: 'Figures',
    text: 'How often are people worried about someone, and what happens next? Figures in which no one can be recognised.',
  },
  public: {
    title: 'Figures on worries in our municipality',
    description: 'How often are people worried about someone, and what happens next?',
    lead: 'How often are residents, volunteers and professionals worried about someone? And what happens next? Here are the figures per year.',
    fullSet: 'Do you work for the municipality? Sign in to see more figures.',
  },
  municipality: {
    title: 'Figures for the municipality',
    nav: 'Figures',
    lead: 'All figures of the year, also those not on the public page. Here too, no figure counts fewer than 10 people.',
    publicPage: 'To the public figures',
  },
  privacy: {
    heading: 'How no one can be recognised',
    text: 'We never show a number under 10. In its place you see ×. Sometimes a larger number has × as well. Otherwise you could work out a small number by subtracting one figure from another.',
  },
  hidden: '×',
  hiddenLabel: 'not shown',
  year: {
    label: 'Year',
    show: 'Show figures',
    heading: (year: number) => `Figures for ${year}`,
    invalid: 'Choose a year from the list',
  },
  withheld: 'We do not show these figures for this year, so that no one can be recognised.',
  total: 'Total',
  count: 'Number',
  share: 'Share',
  csv: 'Download this table as a CSV file',
  chartNote: 'The numbers are also in the table.',
  tables: {
    byMonth: { title: 'Worries per month', key: 'Month', text: 'How many worries were recorded in each month.' },
    bySubject: {
      title: 'Who the worry is about',
      key: 'About',
      text: 'A child, an adult or an older person (65 or over).',
    },
    byCategoryAndSubject: {
      title: 'Kind of worry and who it is about',
      key: 'Kind of worry',
      text: 'The first kind of sign that was recorded, and who the worry is about.',
    },
    byOrganisationType: {
      title: 'Worries per kind of organisation',
      key: 'Kind of organisation',
      text: 'Where the worry was recorded.',
    },
    byOutcome: {
      title: 'How the worries ended',
      key: 'Outcome',
      text: 'Whether there was a report to Veilig Thuis, help, or both.',
    },
    steps: {
      title: 'Time per step of the reporting code',
      key: 'Step',
      value: 'Days (median)',
      text: 'How many days a step usually took. Half of the worries were quicker, the other half slower.',
      days: (days: string) => `${days} days`,
    },
    assessments: {
      title: 'Veilig Thuis: assessment within 5 working days',
      key: 'Assessment',
      text: 'Veilig Thuis assesses how safe things are within 5 working days of a report. These are the reports of the year.',
    },
    matches: {
      title: 'Working together after a match in the circle',
      key: 'Contact',
      text: 'When organisations find out they are involved with the same family, they get in touch within 10 working days.',
    },
  },
  outcomes: {
    reportAndHelp: 'Report to Veilig Thuis and help',
    reportOnly: 'Only a report to Veilig Thuis',
    helpOnly: 'Only help',
    neither: 'No report or help (not yet, or not needed)',
  },
  assessmentTimes: { withinFiveDays: 'Within 5 working days', later: 'Assessed later', notYet: 'Not assessed yet' },
  followUps: { withinTenDays: 'Contact within 10 working days', later: 'Contact later', notYet: 'No contact yet' },
  noCategory: 'No kind recorded',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  stepName: (step: number, name: string) => `Step ${step}: ${name}`,
  fileName: (table: string, year: number) => `figures-${table}-${year}.csv`,
};
