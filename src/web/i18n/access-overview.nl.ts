// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts of the access overview ("wie keek naar het dossier", ADR 0029): every audit event in
 * plain words, the purposes, the name that replaces a protected one, the note that says why, and the
 * export (PDF and CSV) a privacy officer hands to a parent or the person.
 */

export const accessOverviewNl = {
  /**
   * Every event type Kring writes to the audit log, in plain words, as a line of "wat deed iemand".
   * A type that is not here is shown as `otherEvent`, never as its code (presenter test).
   */
  events: {
    // The dossier (concern) of the person.
    'concern.create': 'Opende een zorgdossier',
    'concern.read': 'Las het dossier',
    'concern.list': 'Bekeek de lijst met zorgen',
    'concern.entry.create': 'Voegde een observatie of notitie toe aan het dossier',
    'concern.entry.correct': 'Corrigeerde een regel in het dossier',
    'concern.household.create': 'Voegde een gezinslid toe aan het dossier',
    'concern.member.add': 'Gaf een collega toegang tot het dossier',
    'concern.honourRisk.answer': 'Beantwoordde de vraag over signalen van eergerelateerd geweld',
    'concern.chronology.read': 'Bekeek het verloop van het dossier',
    'concern.chronology.export': 'Printte of downloadde het verloop van het dossier',
    'concern.attachment.create': 'Voegde een foto of document toe aan het dossier',
    'concern.attachment.read': 'Opende een foto of document uit het dossier',
    'concern.receive.vtFeedback': 'Stuurde de terugkoppeling van Veilig Thuis naar het dossier',
    'concern.receive.advice': 'Stuurde een advies van Veilig Thuis naar het dossier',
    'concern.reminder': 'Kring stuurde een herinnering over het dossier',
    'concern.step.requestConsultation': 'Vroeg de aandachtsfunctionaris om overleg',
    'concern.step.recordConsultation': 'Legde het overleg met de aandachtsfunctionaris vast',
    'concern.step.recordAdvice': 'Legde een advies vast in het dossier',
    'concern.step.recordConversation': 'Legde het gesprek met de persoon of het gezin vast',
    'concern.step.skipConversation': 'Legde vast waarom er geen gesprek was',
    'concern.step.weigh': 'Woog de zorgen af',
    'concern.step.decideReport': 'Besloot een melding te doen bij Veilig Thuis',
    'concern.step.decideHelp': 'Besloot zelf hulp te bieden of te regelen',
    'concern.step.close': 'Sloot het dossier',
    'concern.step.helpSucceeded': 'Legde vast dat de hulp werkt',
    'concern.step.helpFailed': 'Legde vast dat de hulp niet genoeg is',
    'concern.step.reopen': 'Opende het gesloten dossier opnieuw',
    'concern.step.fileReport': 'Meldde bij Veilig Thuis',
    'concern.step.requestAdvice': 'Vroeg Veilig Thuis om advies, zonder namen',
    // The report at Veilig Thuis.
    'report.receive.professional.report': 'De melding kwam aan bij Veilig Thuis',
    'report.receive.professional.advice': 'De adviesvraag kwam aan bij Veilig Thuis',
    'report.receive.resident.report': 'De melding van een inwoner kwam aan bij Veilig Thuis',
    'report.receive.resident.advice': 'De adviesvraag van een inwoner kwam aan bij Veilig Thuis',
    'report.list': 'Bekeek de binnengekomen meldingen bij Veilig Thuis',
    'report.read': 'Las de melding bij Veilig Thuis',
    'report.triage': 'Beoordeelde hoe dringend de melding is',
    'report.assign': 'Gaf de melding aan een medewerker van Veilig Thuis',
    'report.ask': 'Stelde de melder een vraag',
    'report.assess': 'Legde de beoordeling van de veiligheid vast',
    'report.conclude': 'Rondde het onderzoek van Veilig Thuis af',
    'report.endMonitoring': 'Stopte met het volgen van de veiligheidsafspraken',
    'report.giveAdvice': 'Gaf advies',
    'report.reminder': 'Kring herinnerde Veilig Thuis aan de termijn',
    'report.resident.read': 'De melder bekeek de stand van de melding',
    'report.resident.answer': 'De melder beantwoordde een vraag',
    // The circle (ADR 0031): who, never what.
    'circle.signal.register': 'Meldde een jongere aan in de Kring (wie er betrokken is, geen inhoud)',
    'circle.signal.withdraw': 'Trok een aanmelding in de Kring in',
    'circle.signal.end.death': 'Beëindigde een aanmelding in de Kring na overlijden',
    'circle.signal.list': 'Bekeek de aanmeldingen van de organisatie in de Kring',
    'circle.match.read': 'Bekeek wie nog meer betrokken is bij deze jongere',
    'circle.signal.expire.maxDuration': 'Kring beëindigde een aanmelding na de bewaartermijn',
    'circle.signal.expire.age23': 'Kring beëindigde een aanmelding omdat de jongere 23 werd',
    'circle.signal.expire.withdrawn': 'Kring beëindigde een ingetrokken aanmelding',
    'circle.signal.expire.death': 'Kring beëindigde een aanmelding na overlijden',
    'circle.keys.rotate': 'Vernieuwde de sleutel van de Kring (alle pseudoniemen opnieuw berekend)',
    'circle.api_client.list': 'Bekeek de koppelingen met de Kring',
    'circle.api_client.create': 'Maakte een koppeling met de Kring (een bronsysteem)',
    'circle.api_client.rotate': 'Gaf een koppeling met de Kring een nieuwe sleutel',
    'circle.api_client.revoke': 'Trok een koppeling met de Kring in',
    'circle.api.scope_denied': 'Een koppeling vroeg iets wat zij niet mag',
    'circle.api.professional_unknown': 'Een koppeling noemde een professional die niet bij de organisatie werkt',
    'circle.team.form': 'Kring bracht de betrokken professionals rond een jongere bij elkaar (koppeling)',
    'circle.team.join': 'Kring voegde een aanmelding toe aan de professionals rond een jongere',
    'circle.team.end': 'Kring sloot de samenwerking rond een jongere af (geen aanmelding meer)',
    'circle.team.read': 'Bekeek de samenwerking, de regie en het plan rond een jongere',
    'circle.team.flag': 'Kring meldde dat er 10 werkdagen na een koppeling geen contact was',
    'circle.team.oversee': 'Bekeek de koppelingen zonder contact (alleen organisaties)',
    'circle.coordinator.propose': 'Stelde iemand voor om de regie te nemen',
    'circle.coordinator.accept': 'Nam de regie aan',
    'circle.coordinator.decline': 'Nam de regie niet aan',
    'circle.contact.record': 'Legde vast dat de professionals contact hadden',
    'circle.consent.record': 'Legde toestemming vast om het plan te delen',
    'circle.plan.action.create': 'Zette een afspraak in het gezamenlijke plan',
    'circle.plan.action.update': 'Legde voortgang vast op een afspraak in het plan',
    // The network's partner directory (organisations, no persons).
    'network.partner.create': 'Zette een partnerorganisatie in de lijst van het netwerk',
    'network.partner.update': 'Wijzigde een partnerorganisatie in de lijst van het netwerk',
    'network.partner.delete': 'Verwijderde een partnerorganisatie uit de lijst van het netwerk',
    // Refused attempts (ADR 0024).
    'object.denied': 'Probeerde gegevens te openen zonder toegang',
    'route.denied': 'Probeerde een pagina te openen zonder toegang',
    // The audit log itself.
    'audit.read': 'Las het logboek',
    'audit.person': 'Bekeek wie de gegevens van deze medewerker inzag',
    'audit.subject': 'Bekeek wie het dossier inzag',
    'audit.subject.search': 'Zocht een persoon in het logboek',
    'audit.subject.export': 'Maakte een overzicht van wie het dossier inzag (PDF of CSV)',
    'audit.verify': 'Controleerde of het logboek onveranderd is',
    // Signing in and accounts.
    'auth.password': 'Vulde het wachtwoord in om in te loggen',
    'auth.lock': 'Het account werd even geblokkeerd na te veel pogingen',
    'auth.second_factor': 'Vulde de code van de authenticator-app in',
    'auth.second_factor_lock': 'Codes invullen werd geblokkeerd na te veel foute codes',
    'auth.second_factor_enrol': 'Stelde de authenticator-app in',
    'auth.second_factor_reset': 'Begon opnieuw met een authenticator-app',
    'auth.sign_in': 'Logde in',
    'auth.sign_in_recovery_code': 'Logde in met een herstelcode',
    'auth.sign_out': 'Logde uit',
    'auth.choose_organisation': 'Koos de organisatie om voor te werken',
    'auth.step_up': 'Bevestigde met een code voor een gevoelige handeling',
    'auth.password_reset_request': 'Vroeg een nieuw wachtwoord aan',
    'auth.password_reset': 'Stelde een nieuw wachtwoord in via de e-mail',
    'auth.password_change': 'Wijzigde het wachtwoord',
    'user.search': 'Zocht gebruikers',
    'user.read': 'Bekeek de gegevens van de medewerker',
    'user.disable': 'Schakelde het account uit',
    'user.enable': 'Schakelde het account weer in',
    'user.mail_language': 'Koos de taal van de e-mail van Kring',
    'membership.update': 'Wijzigde de rol',
    'invitation.list': 'Bekeek de verstuurde uitnodigingen',
    'invitation.create': 'Nodigde iemand uit',
    'invitation.revoke': 'Trok een uitnodiging in',
    'invitation.accept': 'Nam een uitnodiging aan',
    'organisation.create': 'Voegde een organisatie toe',
  },
  /** An event Kring has no words for (never its code). */
  otherEvent: 'Een andere handeling in Kring',
  /** Added to the event when it did not succeed. */
  outcomes: { 4: 'geweigerd', 8: 'mislukt', 12: 'mislukt' },
  withOutcome: (event: string, outcome: string) => `${event} (${outcome})`,
  /** Why the data were used, per purpose code. */
  purposes: {
    care: 'Zorg voor de persoon',
    safety: 'Veiligheid (melding of advies van Veilig Thuis)',
    'audit-review': 'Controle van het logboek',
    authentication: 'Inloggen',
    authorization: 'Toegangscontrole',
    administration: 'Beheer van accounts',
    security: 'Beveiliging',
    network: 'Het netwerk van de gemeente (partners, nieuws, bijeenkomsten)',
  },
  otherPurpose: 'Ander doel',
  /** Who, when there is no person: Kring itself (reminders) or someone without an account. */
  nobody: 'Kring zelf, of iemand zonder account',
  unknownOrganisation: 'Onbekende organisatie',
  noRole: 'Geen rol',
  otherRole: 'Andere rol',
  /** The name that replaces a protected one. */
  professionalOf: (organisation: string) => `Een professional van ${organisation}`,
  /** The table and the export. */
  time: 'Datum en tijd',
  timeZoneNote: 'Alle tijden zijn Nederlandse tijd.',
  who: 'Wie',
  whoWithRole: 'Wie (rol en organisatie)',
  roleAt: (role: string, organisation: string) => `${role} bij ${organisation}`,
  organisation: 'Organisatie',
  role: 'Rol',
  event: 'Wat',
  purpose: 'Waarom',
  caption: (name: string) => `Wie keek naar de gegevens van ${name}`,
  intro: (name: string) =>
    `Wie heeft de gegevens van ${name} ingezien of gewijzigd, wanneer en waarom. Het nieuwste staat bovenaan.`,
  /** The note above the table when names are left out, and why. */
  redactedTitle: 'Waarom er bij sommige regels geen naam staat',
  redactedIntro:
    'Bij sommige regels staat geen naam maar “een professional van” de organisatie. De organisatie en de rol staan er altijd bij.',
  redactedReasons: {
    staysUnknown:
      'Wie zich zorgen maakt en dat meldt bij Veilig Thuis, mag vragen onbekend te blijven voor het gezin. Dat is hier gevraagd. Daarom staat de naam van die persoon bij geen enkele regel, ook niet bij andere dingen die hij of zij deed.',
    veiligThuis:
      'Medewerkers van Veilig Thuis staan er zonder naam in. Veilig Thuis kan u vertellen wie er met u contact heeft.',
  },
  /** For the privacy officer only, on the screen. */
  officerNote:
    'U ziet hier de namen van mensen van uw eigen organisatie. In de PDF en de CSV zijn de namen met “In de uitvoer” vervangen: geef het overzicht alleen als PDF of CSV door.',
  exportedAs: (who: string) => `In de uitvoer: ${who}`,
  exportTitle: 'Het overzicht doorgeven',
  exportIntro:
    'Voor een inzageverzoek van de persoon of een ouder: het hele overzicht, van oud naar nieuw, in begrijpelijke woorden en zonder de namen die beschermd zijn. Het maken ervan komt ook in het logboek.',
  exportPdf: 'Download als PDF',
  exportCsv: 'Download als CSV (voor Excel)',
  /** The export itself. */
  documentTitle: 'Overzicht: wie keek naar het dossier',
  title: (name: string) => `Wie keek naar de gegevens van ${name}`,
  madeBy: (organisation: string, at: string) => `Gemaakt door ${organisation} op ${at}.`,
  exportExplanation: (name: string) =>
    `Dit overzicht laat zien wie de gegevens van ${name} heeft ingezien of gewijzigd, wanneer en waarom, van oud naar nieuw. Alle tijden zijn Nederlandse tijd. Heeft u vragen, neem dan contact op met de privacyfunctionaris van de organisatie.`,
  exportNone: 'Er is niets over deze persoon vastgelegd in het logboek.',
  confidential: 'Vertrouwelijk. Alleen voor de persoon zelf of de ouders.',
  pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  fileName: 'inzage-overzicht',
};
