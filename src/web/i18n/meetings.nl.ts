// SPDX-License-Identifier: EUPL-1.2
/** Dutch texts of the network's meetings (issue 15, ADR 0038): e-mails, the attendance list, the pages. */
export const meetingsNl = {
  roles: { resident: 'Inwoner', volunteer: 'Vrijwilliger', professional: 'Professional' },
  statuses: { confirmed: 'Aangemeld', waiting: 'Op de wachtlijst' },
  csv: {
    headings: ['Naam', 'Organisatie', 'E-mailadres', 'Komt als', 'Status'] as readonly [
      string,
      string,
      string,
      string,
      string,
    ],
    fileName: (date: string) => `aanwezigen-${date}.csv`,
  },
  mail: {
    confirmedSubject: (title: string) => `Aanmelding bevestigd: ${title}`,
    waitingSubject: (title: string) => `Op de wachtlijst: ${title}`,
    movedUpSubject: (title: string) => `Er is een plaats voor u: ${title}`,
    confirmedText: (name: string, title: string, when: string, where: string, cancel: string) =>
      `Beste ${name},\n\nU bent aangemeld voor "${title}" op ${when}, ${where}.\n\nKunt u toch niet komen? Meld u dan af, dan krijgt iemand anders uw plaats:\n${cancel}\n\nMet vriendelijke groet,\nDe gemeente`,
    waitingText: (name: string, title: string, when: string, where: string, cancel: string) =>
      `Beste ${name},\n\n"${title}" op ${when}, ${where} is vol. U staat op de wachtlijst. Komt er een plaats vrij, dan krijgt u bericht.\n\nWilt u niet meer op de wachtlijst staan? Meld u af:\n${cancel}\n\nMet vriendelijke groet,\nDe gemeente`,
    movedUpText: (name: string, title: string, when: string, where: string) =>
      `Beste ${name},\n\nEr is een plaats vrijgekomen. U bent nu aangemeld voor "${title}" op ${when}, ${where}.\n\nKunt u toch niet komen? Gebruik dan de afmeldlink uit de eerste e-mail.\n\nMet vriendelijke groet,\nDe gemeente`,
    when: (date: string, start: string, end: string) => `${date} van ${start} tot ${end} uur`,
  },
};
