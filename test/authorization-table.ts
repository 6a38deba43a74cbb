// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may use which route, written out by hand: the authorization matrix test (T1) reads its
 * expectations here, not from `can()` or the routes' declared policies, so a wrong policy on a route
 * or a wrong permission in `ROLE_PERMISSIONS` fails it. docs/authorization.md's route table is
 * generated from this file (`npm run docs:authorization`; a test keeps the two in step).
 *
 * A new route fails the matrix until it is added here. English routes (`/en/...`) answer as their
 * Dutch twin.
 */

/** The identities the matrix tries: anonymous, each role of a school, and two of other organisations. */
export const IDENTITIES = [
  'anonymous',
  'professional',
  'volunteer',
  'safeguardingLead',
  'intakeWorker',
  'coordinator',
  'editor',
  'privacyOfficer',
  'administrator',
  'municipalityAdministrator',
  'veiligThuisIntakeWorker',
] as const;
export type IdentityName = (typeof IDENTITIES)[number];

/**
 * The audiences of routes, and who is in each. `intakeWorker` is an intake worker of a school: the
 * role means something only at a Veilig Thuis. `coordinator` has no route of its own yet.
 */
export const AUDIENCES = {
  /** Open to everyone; a route may still lead to the right step of signing in. */
  anyone: IDENTITIES,
  signedIn: [
    'professional',
    'volunteer',
    'safeguardingLead',
    'intakeWorker',
    'coordinator',
    'editor',
    'privacyOfficer',
    'administrator',
    'municipalityAdministrator',
    'veiligThuisIntakeWorker',
  ],
  /** Who works with concerns: professionals, volunteers and the aandachtsfunctionaris. */
  concernWorkers: ['professional', 'volunteer', 'safeguardingLead'],
  /** The aandachtsfunctionaris' dashboard. */
  safeguardingLeads: ['safeguardingLead'],
  /** Only an intake worker acting for a Veilig Thuis. */
  veiligThuisIntake: ['veiligThuisIntakeWorker'],
  /** Administrators of any organisation; the municipality's administrators too. */
  administrators: ['administrator', 'municipalityAdministrator'],
  /** Only the municipality's administrators. */
  municipalityAdministrators: ['municipalityAdministrator'],
  /** The privacy officer (never an administrator: ADR 0014). */
  privacyOfficers: ['privacyOfficer'],
  /** Administrators of an organisation with a basis to register in the circle (a school, not the municipality). */
  circleAdministrators: ['administrator'],
  /**
   * The municipality's circle coordinator (`coordinator` at the municipality, ADR 0035). No identity of
   * the matrix is one (its coordinator works at a school), so the matrix proves everyone else is
   * refused; test/http/circle-team.http.test.ts signs one in.
   */
  circleOversight: [],
  /**
   * Who keeps the network's pages (issue 15): the municipality's editor and administrators. The
   * matrix's editor works at a school, so only the municipality's administrator is one here.
   */
  networkEditors: ['municipalityAdministrator'],
  /**
   * Who reads the municipality's full statistics (ADR 0039): its editor, circle coordinator and
   * administrators; in the matrix only the municipality's administrator is one.
   */
  statisticsReaders: ['municipalityAdministrator'],
  /** No session at all: a source system's API client with a bearer token (ADR 0033); every identity here gets 401. */
  apiClients: [],
} as const satisfies Record<string, readonly IdentityName[]>;
export type Audience = keyof typeof AUDIENCES;

/** Every route (method and Dutch path) and its audience. */
export const ROUTE_AUDIENCE: Readonly<Record<string, Audience>> = {
  'GET /': 'anyone',
  'GET /account': 'signedIn',
  'POST /account/taal': 'signedIn',
  'POST /account/tweede-stap': 'signedIn',
  'POST /account/wachtwoord': 'signedIn',
  'GET /assets/:file': 'anyone',
  'GET /api/docs': 'administrators',
  'GET /api/docs/openapi.json': 'administrators',
  'GET /api/v1/circle/signals': 'apiClients',
  'POST /api/v1/circle/signals': 'apiClients',
  'POST /api/v1/circle/signals/batch': 'apiClients',
  'POST /api/v1/circle/signals/:id/withdrawal': 'apiClients',
  'GET /beheer': 'administrators',
  'GET /beheer/api-koppelingen': 'administrators',
  'POST /beheer/api-koppelingen': 'circleAdministrators',
  'POST /beheer/api-koppelingen/:id/intrekken': 'administrators',
  'POST /beheer/api-koppelingen/:id/sleutel': 'administrators',
  'GET /beheer/gebruikers': 'administrators',
  'GET /beheer/gebruikers/:id': 'administrators',
  'POST /beheer/gebruikers/:id/inschakelen': 'administrators',
  'POST /beheer/gebruikers/:id/rol': 'administrators',
  'POST /beheer/gebruikers/:id/uitschakelen': 'administrators',
  'GET /beheer/organisaties': 'municipalityAdministrators',
  'POST /beheer/organisaties': 'municipalityAdministrators',
  'GET /beheer/uitnodigingen': 'administrators',
  'POST /beheer/uitnodigingen': 'administrators',
  'POST /beheer/uitnodigingen/:id/intrekken': 'administrators',
  'GET /componenten': 'anyone',
  'GET /contact': 'anyone',
  'GET /healthz': 'anyone',
  'GET /inloggen': 'anyone',
  // The circle (issue 14): everyone who works with concerns reaches it; those without a basis (a
  // volunteer) get the page that says why, and a registration they send is refused by the service.
  'GET /kring': 'concernWorkers',
  'GET /kring/:id': 'concernWorkers',
  'POST /kring/:id/beeindigen': 'concernWorkers',
  'GET /kring/aanmelden': 'concernWorkers',
  'GET /kring/overzicht': 'circleOversight',
  'GET /kring/samenwerking/:id': 'concernWorkers',
  'POST /kring/samenwerking/:id/acties': 'concernWorkers',
  'POST /kring/samenwerking/:id/acties/:actionId': 'concernWorkers',
  'POST /kring/samenwerking/:id/contact': 'concernWorkers',
  'POST /kring/samenwerking/:id/regie': 'concernWorkers',
  'POST /kring/samenwerking/:id/regie/antwoord': 'concernWorkers',
  'POST /kring/samenwerking/:id/toestemming': 'concernWorkers',
  'POST /kring/aanmelden': 'concernWorkers',
  'POST /inloggen': 'anyone',
  'GET /inloggen/code': 'anyone',
  'POST /inloggen/code': 'anyone',
  'GET /inloggen/instellen': 'anyone',
  'POST /inloggen/instellen': 'anyone',
  'GET /kies-organisatie': 'anyone',
  'POST /kies-organisatie': 'anyone',
  'GET /mijn-kring': 'signedIn',
  // News and campaigns (issue 15, ADR 0037): public reading, the network's editors write.
  'GET /nieuws': 'anyone',
  'GET /nieuws/:slug': 'anyone',
  'GET /nieuws/afbeeldingen/:id': 'anyone',
  'GET /netwerk/nieuws': 'networkEditors',
  'GET /netwerk/nieuws/afbeeldingen/:id': 'networkEditors',
  'GET /netwerk/nieuws/nieuw': 'networkEditors',
  'POST /netwerk/nieuws/nieuw': 'networkEditors',
  'GET /netwerk/nieuws/:id': 'networkEditors',
  'POST /netwerk/nieuws/:id': 'networkEditors',
  'POST /netwerk/nieuws/:id/offline': 'networkEditors',
  'POST /netwerk/nieuws/:id/afbeelding': 'networkEditors',
  'GET /netwerk/nieuws/:id/versies': 'networkEditors',
  'GET /netwerk/nieuws/:id/versies/:version': 'networkEditors',
  'GET /ontwikkeling/demo': 'anyone',
  'GET /ontwikkeling/post': 'anyone',
  'GET /opnieuw-bevestigen': 'signedIn',
  'POST /opnieuw-bevestigen': 'signedIn',
  'GET /privacy/logboek': 'privacyOfficers',
  'GET /privacy/logboek/betrokkene/:id/overzicht.csv': 'privacyOfficers',
  'GET /privacy/logboek/betrokkene/:id/overzicht.pdf': 'privacyOfficers',
  'GET /privacy/logboek/betrokkenen': 'privacyOfficers',
  'GET /privacy/logboek/controle': 'privacyOfficers',
  'GET /privacy/logboek/persoon': 'privacyOfficers',
  'GET /readyz': 'anyone',
  'GET /signalen': 'anyone',
  'POST /uitloggen': 'anyone',
  'GET /uitnodiging': 'anyone',
  'POST /uitnodiging': 'anyone',
  'GET /veilig-browsen': 'anyone',
  'GET /veilig-thuis': 'veiligThuisIntake',
  'GET /veilig-thuis/meldingen': 'veiligThuisIntake',
  'GET /veilig-thuis/meldingen/:id': 'veiligThuisIntake',
  'POST /veilig-thuis/meldingen/:id/advies': 'veiligThuisIntake',
  'POST /veilig-thuis/meldingen/:id/besluit': 'veiligThuisIntake',
  'POST /veilig-thuis/meldingen/:id/monitoring-beeindigen': 'veiligThuisIntake',
  'POST /veilig-thuis/meldingen/:id/toewijzen': 'veiligThuisIntake',
  'POST /veilig-thuis/meldingen/:id/triage': 'veiligThuisIntake',
  'POST /veilig-thuis/meldingen/:id/vraag': 'veiligThuisIntake',
  'GET /voor-professionals': 'anyone',
  'GET /wachtwoord-herstellen': 'anyone',
  'POST /wachtwoord-herstellen': 'anyone',
  'GET /wachtwoord-vergeten': 'anyone',
  'POST /wachtwoord-vergeten': 'anyone',
  'GET /wat-kan-ik-doen': 'anyone',
  'GET /zorgen': 'concernWorkers',
  'GET /zorgen-over-iemand': 'anyone',
  'POST /zorgen-over-iemand/antwoord': 'anyone',
  'GET /zorgen-over-iemand/direct-gevaar': 'anyone',
  'GET /zorgen-over-iemand/formulier': 'anyone',
  'POST /zorgen-over-iemand/formulier': 'anyone',
  'GET /zorgen-over-iemand/status': 'anyone',
  'POST /zorgen-over-iemand/status': 'anyone',
  'GET /zorgen-over-iemand/wat-kan-ik-doen': 'anyone',
  'GET /zorgen/:id': 'concernWorkers',
  'GET /zorgen/:id/advies-vragen': 'concernWorkers',
  'POST /zorgen/:id/advies-vragen': 'concernWorkers',
  'GET /zorgen/:id/afweging': 'concernWorkers',
  'POST /zorgen/:id/afweging': 'concernWorkers',
  'POST /zorgen/:id/afweging/vastleggen': 'concernWorkers',
  'GET /zorgen/:id/besluit': 'concernWorkers',
  'POST /zorgen/:id/besluit': 'concernWorkers',
  'GET /zorgen/:id/bijlage': 'concernWorkers',
  'POST /zorgen/:id/bijlage': 'concernWorkers',
  'GET /zorgen/:id/bijlagen/:attachmentId': 'concernWorkers',
  'GET /zorgen/:id/chronologie': 'concernWorkers',
  'GET /zorgen/:id/chronologie.pdf': 'concernWorkers',
  'GET /zorgen/:id/collegas': 'concernWorkers',
  'POST /zorgen/:id/collegas': 'concernWorkers',
  'GET /zorgen/:id/consultatie': 'concernWorkers',
  'POST /zorgen/:id/consultatie/advies': 'concernWorkers',
  'POST /zorgen/:id/consultatie/vastleggen': 'concernWorkers',
  'POST /zorgen/:id/consultatie/vragen': 'concernWorkers',
  'POST /zorgen/:id/eergerelateerd-geweld': 'concernWorkers',
  'GET /zorgen/:id/gesprek': 'concernWorkers',
  'POST /zorgen/:id/gesprek': 'concernWorkers',
  'POST /zorgen/:id/gesprek/overslaan': 'concernWorkers',
  'POST /zorgen/:id/heropenen': 'concernWorkers',
  'GET /zorgen/:id/huishouden': 'concernWorkers',
  'POST /zorgen/:id/huishouden': 'concernWorkers',
  'POST /zorgen/:id/huishouden/:memberId/zorg': 'concernWorkers',
  'POST /zorgen/:id/hulp': 'concernWorkers',
  'POST /zorgen/:id/kindcheck': 'concernWorkers',
  'GET /zorgen/:id/letsel': 'concernWorkers',
  'POST /zorgen/:id/letsel': 'concernWorkers',
  'POST /zorgen/:id/mantelzorgcheck': 'concernWorkers',
  'GET /zorgen/:id/melden': 'concernWorkers',
  'POST /zorgen/:id/melden': 'concernWorkers',
  'GET /zorgen/:id/signaal': 'concernWorkers',
  'POST /zorgen/:id/signaal': 'concernWorkers',
  'GET /zorgen/nieuw': 'concernWorkers',
  'POST /zorgen/nieuw': 'concernWorkers',
  'GET /zorgen/overzicht': 'safeguardingLeads',
  'GET /partners': 'anyone',
  'GET /netwerk/partners': 'networkEditors',
  'GET /netwerk/partners/nieuw': 'networkEditors',
  'POST /netwerk/partners/nieuw': 'networkEditors',
  'GET /netwerk/partners/:id': 'networkEditors',
  'POST /netwerk/partners/:id': 'networkEditors',
  'GET /netwerk/partners/:id/verwijderen': 'networkEditors',
  'POST /netwerk/partners/:id/verwijderen': 'networkEditors',
  'GET /statistieken': 'anyone',
  'GET /statistieken/csv': 'anyone',
  'GET /netwerk/statistieken': 'statisticsReaders',
  'GET /netwerk/statistieken/csv': 'statisticsReaders',
  'GET /bijeenkomsten': 'anyone',
  'GET /bijeenkomsten/:id': 'anyone',
  'POST /bijeenkomsten/:id': 'anyone',
  'GET /bijeenkomsten/:id/ontvangen': 'anyone',
  'GET /bijeenkomsten/:id/agenda.ics': 'anyone',
  'GET /bijeenkomsten/afmelden': 'anyone',
  'POST /bijeenkomsten/afmelden': 'anyone',
  'GET /netwerk/bijeenkomsten': 'networkEditors',
  'GET /netwerk/bijeenkomsten/nieuw': 'networkEditors',
  'POST /netwerk/bijeenkomsten/nieuw': 'networkEditors',
  'GET /netwerk/bijeenkomsten/:id': 'networkEditors',
  'GET /netwerk/bijeenkomsten/:id/wijzigen': 'networkEditors',
  'POST /netwerk/bijeenkomsten/:id/wijzigen': 'networkEditors',
  'GET /netwerk/bijeenkomsten/:id/aanwezigen.csv': 'networkEditors',
  'POST /netwerk/bijeenkomsten/:id/acties': 'networkEditors',
  'POST /netwerk/bijeenkomsten/:id/acties/:meetingActionId': 'networkEditors',
};

/** Who each audience is, in words, for the documentation. */
const AUDIENCE_WORDS: Readonly<Record<Audience, string>> = {
  anyone: 'anyone',
  signedIn: 'anyone signed in',
  concernWorkers: 'professional, volunteer, aandachtsfunctionaris',
  safeguardingLeads: 'aandachtsfunctionaris',
  veiligThuisIntake: 'intake worker of a Veilig Thuis',
  administrators: 'administrator (any organisation)',
  municipalityAdministrators: "the municipality's administrator",
  privacyOfficers: 'privacy officer',
  circleAdministrators: 'administrator of an organisation that may register in the circle',
  circleOversight: "the municipality's circle coordinator",
  networkEditors: "the municipality's editor or administrator",
  statisticsReaders: "the municipality's editor, circle coordinator or administrator",
  apiClients: "an API client of the organisation (bearer token with the operation's scope), no session",
};

/** The markers between which docs/authorization.md holds the generated route table. */
export const ROUTE_TABLE_MARKERS = ['<!-- route-table:start -->', '<!-- route-table:end -->'] as const;

/** The route table of docs/authorization.md, generated from ROUTE_AUDIENCE. */
export function routeTableMarkdown(): string {
  const rows = Object.entries(ROUTE_AUDIENCE).map(
    ([route, audience]) => `| \`${route}\` | ${AUDIENCE_WORDS[audience]} |`,
  );
  return [
    ROUTE_TABLE_MARKERS[0],
    '<!-- Generated from test/authorization-table.ts by `npm run docs:authorization`; do not edit here. -->',
    '',
    '| Route | Who may use it |',
    '| --- | --- |',
    ...rows,
    '',
    ROUTE_TABLE_MARKERS[1],
  ].join('\n');
}
