// SPDX-License-Identifier: EUPL-1.2
/** Dutch texts of the circle (issue 14, ADR 0031): registering who is involved with a young person. */

export const circleNl = {
  /** Errors next to the fields of a registration; the keys are what the circle's service reports. */
  errors: {
    bsnRequired: 'Vul het burgerservicenummer (BSN) van de jongere in',
    bsnInvalid: 'Dit is geen geldig burgerservicenummer: controleer de 9 cijfers',
    bsnAlreadyRegistered: 'Uw organisatie heeft deze jongere al aangemeld',
    bsn: 'Zet hier geen burgerservicenummer in',
    parentBsnInvalid: 'Dit is geen geldig burgerservicenummer van een ouder: controleer de 9 cijfers',
    parentBsnSameAsYoungPerson: 'Het nummer van de ouder is hetzelfde als dat van de jongere',
    parentBsnTwice: 'U vulde hetzelfde nummer van een ouder twee keer in',
    parentBsnTooMany: 'Vul hoogstens twee ouders in',
    batchTooLarge: 'Meld hoogstens 1000 signalen per keer aan',
    dateOfBirthInvalid: 'Vul een echte geboortedatum in, bijvoorbeeld 14 3 2012',
    dateOfBirthFuture: 'De geboortedatum kan niet in de toekomst liggen',
    dateOfBirthTooOld: 'De Kring is voor jongeren tot 23 jaar',
    contactNameRequired: 'Vul uw naam in, zodat anderen weten wie u bent',
    contactRoleRequired: 'Vul uw functie in',
    contactPhoneOrEmailRequired: 'Vul een telefoonnummer of e-mailadres in waarop anderen u bereiken',
    contactEmailInvalid: 'Vul een e-mailadres in zoals naam@organisatie.nl',
    contactTooLong: 'Dit is te lang: gebruik hoogstens 200 tekens',
    informingRequired: 'Kies of u hen heeft geïnformeerd, of waarom dat later gebeurt',
    informingReasonRequired: 'Kies waarom het informeren later gebeurt',
  },
  nav: 'De Kring',
  /** After a failed submit the BSN fields come back empty: the number is never shown again. */
  bsnRetype: 'Vul het burgerservicenummer opnieuw in: om het te beschermen tonen we het niet nog eens',
  parentBsnRetype: 'Vul dit nummer opnieuw in als u het wilt opgeven: om het te beschermen tonen we het niet nog eens',
  overview: {
    title: 'De Kring',
    intro:
      'In De Kring ziet u welke andere professionals betrokken zijn bij een jongere tot 23 jaar: wie, nooit wat. Er staat geen reden en geen inhoud in, alleen hoe u elkaar bereikt.',
    register: 'Een jongere aanmelden',
    ownTitle: 'Aanmeldingen van uw organisatie',
    none: 'Uw organisatie heeft op dit moment niemand aangemeld.',
    dateOfBirth: 'Geboortedatum',
    registeredOn: 'Aangemeld op',
    registeredBy: 'Contactpersoon',
    endsOn: 'Loopt tot',
    involved: 'Betrokkenen',
    involvedCount: (n: number) =>
      n === 0 ? 'Nog niemand anders' : n === 1 ? '1 andere betrokkene' : `${n} andere betrokkenen`,
    open: 'Bekijken',
    openFor: (date: string) => `Bekijk de aanmelding van ${date}`,
    ended: 'Afgelopen',
  },
  register: {
    title: 'Een jongere aanmelden in De Kring',
    intro:
      'U meldt alleen dat uw organisatie betrokken is. Schrijf nergens waarom: daar is geen veld voor. Het burgerservicenummer wordt niet bewaard, alleen een versleutelde code die andere aanmeldingen herkent.',
    bsn: 'Burgerservicenummer (BSN) van de jongere',
    bsnHint: '9 cijfers. Het nummer wordt nergens getoond, ook niet als u iets moet verbeteren.',
    dateOfBirth: 'Geboortedatum van de jongere',
    dateOfBirthHint: 'Bijvoorbeeld 2 4 2013',
    parents: 'Ouders (niet verplicht)',
    parentsHint:
      'Met de BSN’s van de ouders ziet u ook professionals die bij een broer of zus betrokken zijn. Laat leeg als u ze niet weet.',
    parent1: 'BSN van de eerste ouder',
    parent2: 'BSN van de tweede ouder',
    contact: 'Hoe anderen u bereiken',
    contactHint: 'Alleen dit zien andere betrokken professionals, met de naam van uw organisatie.',
    contactName: 'Uw naam',
    contactRole: 'Uw functie',
    contactPhone: 'Telefoonnummer',
    contactEmail: 'E-mailadres',
    informingParents: 'Heeft u de ouders geïnformeerd over deze aanmelding?',
    informingParentsHint: 'Nodig als de jongere jonger is dan 16.',
    informingYoungPerson: 'Heeft u de jongere geïnformeerd over deze aanmelding?',
    informingYoungPersonHint: 'Nodig als de jongere 12 jaar of ouder is.',
    informed: 'Ja, geïnformeerd',
    postponedBecause: {
      notReasonablyPossible: 'Later: het is nu redelijkerwijs niet mogelijk',
      notInInterest: 'Later: het is nu niet in het belang van de jongere',
    },
    notApplicable: 'Niet van toepassing (leeftijd)',
    submit: 'Aanmelden',
  },
  match: {
    title: 'Aanmelding in De Kring',
    registeredOn: (date: string) => `Aangemeld op ${date}`,
    endsOn: (date: string) => `Loopt tot en met ${date}, tenzij u haar eerder intrekt.`,
    bornOn: (date: string) => `Jongere geboren op ${date}`,
    othersTitle: 'Wie er nog meer betrokken is',
    othersIntro:
      'Neem zelf contact op om af te stemmen. U ziet niet waarom zij betrokken zijn, en zij niet waarom u dat bent.',
    none: 'Er is nu geen andere professional aangemeld voor deze jongere.',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Functie',
    phone: 'Telefoon',
    email: 'E-mail',
    since: 'Aangemeld op',
    kinds: { client: 'Deze jongere', family: 'Iemand uit het gezin' },
    kind: 'Betrokken bij',
    endTitle: 'Aanmelding beëindigen',
    endReason: 'Waarom beëindigt u de aanmelding?',
    endReasons: {
      withdrawn: 'Uw organisatie is niet meer betrokken, of de aanmelding was niet nodig',
      death: 'De jongere is overleden',
    },
    endReasonRequired: 'Kies waarom u de aanmelding beëindigt',
    endSubmit: 'Aanmelding beëindigen',
    back: 'Terug naar De Kring',
  },
  notices: {
    registered: (n: number) =>
      n === 0
        ? 'De jongere is aangemeld. Er is nu nog geen andere betrokkene.'
        : `De jongere is aangemeld. ${n === 1 ? 'Er is 1 andere betrokkene' : `Er zijn ${n} andere betrokkenen`}: u en zij krijgen een e-mail.`,
    ended: 'De aanmelding is beëindigd. Er wordt niets meer getoond of gekoppeld.',
  },
  noBasis: {
    title: 'De Kring is alleen voor professionals met een wettelijke taak',
    why: 'In De Kring zetten professionals van bijvoorbeeld een school, jeugdhulp of de politie dat zij betrokken zijn bij een jongere. Daarvoor gebruiken ze het burgerservicenummer. Dat mag alleen als de wet het toestaat.',
    you: 'Uw organisatie of uw rol heeft die toestemming niet. Vrijwilligers, sportclubs en bewoners kunnen dus niemand aanmelden. Dat ligt niet aan u.',
    whatNow: 'Wat kunt u wél doen?',
    concern: 'Schrijf op wat u zag of hoorde',
    concernText: 'in een zorg. De aandachtsfunctionaris van uw organisatie leest mee en helpt u verder.',
    talk: 'Praat met de aandachtsfunctionaris (contactpersoon) van uw organisatie. Die weet wie er kan helpen.',
    vt: (phone: string) => `Twijfelt u of wilt u advies? Bel Veilig Thuis: ${phone} (gratis, dag en nacht).`,
    emergency: 'Is iemand nu in gevaar? Bel 112.',
  },
  concern: {
    title: 'De Kring',
    registered: (date: string) => `Aangemeld in De Kring op ${date}.`,
    involved: (n: number) =>
      n === 0 ? 'Nog geen andere betrokkenen.' : n === 1 ? '1 andere betrokkene.' : `${n} andere betrokkenen.`,
    view: 'Bekijk wie er betrokken is',
    notRegistered: 'Wilt u weten welke andere professionals bij deze jongere betrokken zijn?',
    register: 'Aanmelden in de Kring',
  },
  mail: {
    subject: 'Kring: een andere professional is betrokken',
    text: (link: string) =>
      `Bij een jongere die u in De Kring aanmeldde, is nu ook een andere professional betrokken.\n\nLog in om te zien wie: ${link}\n\nDeze e-mail noemt bewust geen namen.`,
  },
};
