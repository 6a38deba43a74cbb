// SPDX-License-Identifier: EUPL-1.2
/** Dutch: the source language of every user-facing string in Kring. */
import { bodyMapNl } from './body-map.nl.ts';
import { circleNl } from './circle.nl.ts';
import { circleApiNl } from './circle-api.nl.ts';
import { circleTeamNl } from './circle-team.nl.ts';
import { concernsNl } from './concerns.nl.ts';
import { fieldErrorsNl } from './field-errors.nl.ts';
import { guidanceNl } from './guidance.nl.ts';
import { meetingsNl } from './meetings.nl.ts';
import { newsNl } from './news.nl.ts';
import { partnersNl } from './partners.nl.ts';
import { problemDetailsNl } from './problem-details.nl.ts';
import { reportsNl } from './reports.nl.ts';
import { staffNl } from './staff.nl.ts';
import { statisticsNl } from './statistics.nl.ts';

export const nl = {
  lang: 'nl',
  common: {
    appName: 'Kring',
    tagline: 'Samen zorgen voor veiligheid thuis',
    optional: '(niet verplicht)',
    errorPrefix: 'Fout: ',
    free: 'gratis',
    dayAndNight: 'dag en nacht',
  },
  layout: {
    skipLink: 'Ga direct naar de inhoud',
    homeLink: (name: string) => `Kring, ${name}: naar de beginpagina`,
    mainNav: 'Hoofdmenu',
    languageNav: 'Taal',
    otherLanguageName: 'English',
    otherLanguageLabel: 'Read this page in English',
    footerHeading: 'Contact met de gemeente',
    footerEmergency: 'Bij direct gevaar: bel 112.',
    footerVeiligThuis: (phone: string) =>
      `Zorgen, advies of een melding: Veilig Thuis ${phone}, gratis en dag en nacht.`,
    staffSignIn: 'Inloggen voor medewerkers en vrijwilligers',
    footerLinks: 'Over deze website',
    visitingAddress: 'Bezoekadres',
    postalAddress: 'Postadres',
    phone: 'Telefoon',
    email: 'E-mail',
    openingHours: 'Openingstijden',
    website: 'Website',
  },
  quickExit: {
    button: 'Snel weg',
    buttonLong: 'Verlaat deze website snel',
    skipLink: 'Verlaat deze website snel',
    hint: 'Druk 3 keer op Shift om deze website snel te verlaten.',
    shiftPressed: (count: number) => `Shift is ${count} keer ingedrukt`,
    timedOut: 'Snel weg is niet gestart',
    leaving: 'U verlaat deze website',
    overlay: 'Een moment…',
    safeBrowsingLink: 'Veilig browsen',
  },
  errors: {
    /** The texts next to form fields, by key (one map for every form). */
    fields: fieldErrorsNl,
    notFoundTitle: 'Pagina niet gevonden',
    notFoundBody: 'Deze pagina bestaat niet (meer), of u heeft geen toegang. Controleer het adres.',
    notFoundHome: 'Ga naar de beginpagina',
    serverErrorTitle: 'Er ging iets mis',
    serverErrorBody:
      'Er ging bij ons iets mis. Uw gegevens zijn niet verloren gegaan als u ze al had verstuurd. Probeer het later opnieuw.',
    serverErrorReference: (id: string) => `Noem deze code als u contact opneemt: ${id}`,
    unavailableTitle: 'Kring is even niet bereikbaar',
    unavailableBody: 'Probeer het over een paar minuten opnieuw.',
    rateLimitedTitle: 'Te veel verzoeken',
    rateLimitedBody: 'U heeft in korte tijd te veel verzoeken gedaan. Wacht even en probeer het opnieuw.',
    badRequestTitle: 'Dit verzoek klopt niet',
    badRequestBody: 'Wat er verstuurd is, kunnen we niet verwerken. Ga terug en probeer het opnieuw.',
    forbiddenTitle: 'Geen toegang',
    forbiddenBody: 'U heeft geen toegang tot deze pagina.',
    noVeiligThuisTitle: 'Uw bericht kan nu niet via Kring',
    noVeiligThuisBody: (phone: string) =>
      `Kring kan uw bericht nu niet doorsturen naar Veilig Thuis. Er is niets verstuurd. Bel Veilig Thuis, gratis en dag en nacht: ${phone}.`,
    stepNotAllowedTitle: 'Deze stap kan nu niet',
    stepNotAllowedBody:
      'Deze stap past niet bij waar de zorg nu is, of iemand anders heeft hem net gezet. Ga terug naar de zorg en kijk wat de volgende stap is.',
    reportStepNotAllowedBody:
      'Deze stap past niet bij waar de melding nu is, of iemand anders heeft hem net gezet. Ga terug naar de melding en kijk wat de volgende stap is.',
    unsupportedCharacter:
      'Er staat een onzichtbaar teken in deze tekst dat Kring niet kan bewaren. Typ de tekst hier opnieuw, of plak hem als platte tekst',
    stepNotForRoleTitle: 'Deze stap zet iemand anders',
    stepNotForRoleBody: {
      professional:
        'Deze stap van de meldcode zetten een professional of de aandachtsfunctionaris van uw organisatie, niet u. Als vrijwilliger heeft u uw zorg gedeeld: de aandachtsfunctionaris neemt de volgende stappen en neemt contact met u op. Ziet of hoort u iets nieuws? Leg het vast in de zorg.',
      lead: 'Deze stap zet alleen de aandachtsfunctionaris van uw organisatie. Vraag hem of haar erom.',
    },
    teamNotYoursTitle: 'Dit doet iemand anders in de samenwerking',
    teamNotYoursBody:
      'Wie voor de regie gevraagd is, neemt die aan of niet. De regiehouder legt de toestemming en het plan vast. De voortgang van een afspraak legt degene vast die haar uitvoert, of de regiehouder. Ga terug naar de samenwerking en overleg met hen.',
    urgentHelp: 'Is iemand nu in gevaar? Bel 112.',
  },
  components: {
    errorSummaryTitle: 'Er is een probleem',
    dateDay: 'Dag',
    dateMonth: 'Maand',
    dateYear: 'Jaar',
    examplesTitle: 'Formulieronderdelen',
    pagination: {
      label: "Pagina's",
      previous: 'Vorige pagina',
      next: 'Volgende pagina',
      page: (n: number) => `Pagina ${n}`,
      status: (n: number, count: number) => `Pagina ${n} van ${count}`,
    },
  },
  guidance: guidanceNl,
  bodyMap: bodyMapNl,
  concerns: concernsNl,
  reports: reportsNl,
  circle: circleNl,
  circleApi: circleApiNl,
  news: newsNl,
  circleTeam: circleTeamNl,
  partners: partnersNl,
  meetings: meetingsNl,
  statistics: statisticsNl,
  problemDetails: problemDetailsNl,
  staff: staffNl,
};
