// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts of the public guidance site (domain.md §0, §1.2, §1.6, §2 and §6). Plain language
 * (B1), "u", short sentences. Names and numbers of the municipality and Veilig Thuis come from
 * content/gemeente.json and are passed in as parameters; only the national specialist lines (Meld
 * Misdaad Anoniem, LKHA) are written here.
 */
export const guidanceNl = {
  nav: {
    home: 'Home',
    signs: 'Signalen',
    whatCanIDo: 'Wat kan ik doen?',
    professionals: 'Voor professionals',
    contact: 'Contact',
    safeBrowsing: 'Veilig browsen',
  },

  /** Shared by several pages. */
  shared: {
    call: (phone: string) => `Bel ${phone}`,
    callVeiligThuis: (phone: string) => `Bel Veilig Thuis: ${phone}`,
    chatLink: 'Chat met Veilig Thuis',
    oneSignTitle: 'Eén signaal is geen bewijs',
    oneSignText: 'Ga af op het gevoel dat er iets niet klopt.',
  },

  home: {
    title: 'Kijk niet weg',
    description: (emergency: string, veiligThuis: string) =>
      `Maakt u zich zorgen over een kind, een partner of een oudere? Kijk niet weg. Bel ${emergency} bij direct gevaar, of Veilig Thuis ${veiligThuis} voor advies of een melding.`,
    heading: 'Kijk niet weg',
    lead: 'Maakt u zich zorgen over een kind, een partner of een oudere in uw omgeving? U hoeft het niet zeker te weten om iets te doen.',
    dangerTitle: 'Is iemand nu in gevaar?',
    dangerText: (emergency: string) => `Bel meteen ${emergency}. Bijvoorbeeld als u nu geweld hoort of ziet.`,
    worryTitle: 'Zorgen, advies of een melding?',
    worryText: 'Bel Veilig Thuis. U kunt eerst alleen advies vragen, ook zonder uw naam te noemen.',
    worryFree: 'Gratis, dag en nacht bereikbaar.',
    chatHours: (hours: string) => `Chatten kan ${hours}.`,
    oneSignMore: 'Twijfelt u? Vraag dan advies. Dat is nooit verkeerd.',
    nextTitle: 'Lees verder',
    entries: {
      signs: {
        title: 'Signalen herkennen',
        text: 'Waar kunt u op letten bij een kind, een partner of een oudere?',
      },
      whatCanIDo: {
        title: 'Wat kan ik doen?',
        text: 'Goed opletten, doorvragen, advies vragen en melden: zo pakt u het aan.',
      },
      professionals: {
        title: 'Voor professionals',
        text: 'Werkt u in zorg, onderwijs of kinderopvang? Lees de vijf stappen van de meldcode.',
      },
      safeBrowsing: {
        title: 'Veilig browsen',
        text: 'Bent u bang dat iemand meekijkt? Zo verlaat u deze website snel.',
      },
    },
  },

  signs: {
    title: 'Signalen',
    description:
      'Signalen van kindermishandeling, partnergeweld en ouderenmishandeling. Eén signaal is geen bewijs: ga af op het gevoel dat er iets niet klopt.',
    heading: 'Signalen herkennen',
    lead: 'Mishandeling en huiselijk geweld ziet u vaak niet meteen. Deze signalen kunnen erop wijzen. Ze kunnen ook een andere oorzaak hebben.',
    ruleMore: 'Let op meer signalen samen, en op plotselinge veranderingen. Twijfelt u? Vraag advies.',
    tocTitle: 'Op deze pagina',
    general: {
      title: 'Algemene signalen',
      intro: 'Bij kinderen, partners en ouderen kunt u letten op iemand die:',
      items: [
        'stil en teruggetrokken is, of juist heel druk',
        'schrikt als iemand hem of haar aanraakt',
        'vaak verwondingen heeft, of verwondingen op vreemde plekken',
        'een uitleg geeft die niet past bij de verwonding',
        'niet naar huis wil',
        'vaak honger heeft of er verwaarloosd uitziet',
        'vaak moe, angstig of somber is',
      ],
    },
    child: {
      title: 'Bij kinderen',
      intro:
        'Kindermishandeling is geweld, dreiging of verwaarlozing door ouders of andere volwassenen van wie een kind afhankelijk is.',
      physical: {
        title: 'Lichamelijke mishandeling',
        items: [
          'Blauwe plekken op de buik, rug, nek, billen, bovenbenen of de binnenkant van armen en benen',
          'Plekken met een vorm, zoals van een riem, snoer, stok of hand',
          'Een blauwe plek bij een baby die nog niet kruipt',
          'Meer blauwe plekken zonder uitleg',
          'Brandwonden, bijtwonden of krabwonden',
          'Botbreuken, vooral bij kinderen jonger dan 3 jaar',
          'Het gezin gaat steeds naar een andere huisarts, school of spoedeisende hulp',
        ],
      },
      emotional: {
        title: 'Emotionele mishandeling',
        items: [
          'Een ouder scheldt, vernedert of bedreigt het kind vaak',
          'Een ouder maakt het kind bang of houdt het weg bij anderen',
          'Een ouder vraagt te veel van het kind, of geeft het overal de schuld van',
          'Het kind denkt slecht over zichzelf en is bang om fouten te maken',
          'Het kind is angstig en altijd op zijn hoede',
          'Het kind is overdreven gehoorzaam',
          'Het kind doet anders als de ouders erbij zijn',
        ],
      },
      physicalNeglect: {
        title: 'Lichamelijke verwaarlozing',
        items: [
          'Heeft vaak honger',
          'Is vies of ruikt',
          'Draagt kleding die niet past bij het weer',
          'Is erg moe',
          'Is vaak ziek, of wordt langzaam beter',
          'Groeit niet goed',
          'Heeft slechte tanden of ernstige luieruitslag',
          'Krijgt geen medische zorg die nodig is',
        ],
      },
      emotionalNeglect: {
        title: 'Emotionele verwaarlozing',
        intro: 'Dit is de vorm die het meest voorkomt.',
        items: [
          'Een ouder geeft het kind weinig aandacht of warmte',
          'Een ouder is onvoorspelbaar',
          'Het kind is lusteloos of teruggetrokken',
          'Het kind speelt weinig',
          'Het kind kijkt u niet aan',
          'Het kind is met iedereen meteen vriendjes, ook met vreemden',
        ],
      },
      sexual: {
        title: 'Seksueel misbruik',
        items: [
          'Slaapt slecht of heeft nachtmerries',
          'Eet slecht, of heeft buikpijn zonder duidelijke oorzaak',
          'Is ineens heel anders van stemming',
          'Is bang voor bepaalde mensen of plekken',
          'Plast weer in bed of gaat weer duimen',
          'Heeft een ‘geheimpje’ met een volwassene',
          'Heeft een nieuwe, oudere vriend, of heeft ineens geld',
          'Doet seksueel op een manier die niet past bij de leeftijd',
          'Heeft pijn, wondjes of klachten bij de geslachtsdelen',
          'Is bang om zich uit te kleden of voor een onderzoek bij de dokter',
        ],
      },
      witness: {
        title: 'Getuige van huiselijk geweld',
        intro:
          'Ziet of hoort een kind geweld thuis, bijvoorbeeld tussen de ouders? Dan is dat ook kindermishandeling. Het doet een kind net zoveel kwaad.',
        items: [
          'Vaak wordt het kind ook zelf mishandeld',
          'Het kind kan gewond raken als er geweld is',
          'Het kind moet soms het huis uit vluchten',
          'Let ook op de algemene signalen hierboven',
        ],
      },
    },
    partner: {
      title: 'Bij partners',
      intro:
        'Partnergeweld is geweld door een partner of ex-partner. Het gaat om slaan, maar ook om bedreigen, vernederen en controleren.',
      person: {
        title: 'Bij de persoon zelf',
        items: [
          'Verwondingen die hij of zij verbergt',
          'Is vaak moe, angstig of somber',
          'Heeft vaak hoofdpijn',
          'Is schrikachtig en kijkt u weinig aan',
          'Heeft weinig contact met anderen',
          'Zegt afspraken vaak op het laatste moment af',
          'Vertelt verhalen die niet kloppen',
        ],
      },
      perpetrator: {
        title: 'Bij de (ex-)partner',
        items: [
          'Vernedert de ander of verbiedt dingen',
          'Bepaalt alles over het geld',
          'Is erg jaloers',
          'Wil alles controleren',
          'Is agressief',
        ],
      },
    },
    older: {
      title: 'Bij ouderen',
      intro:
        'Ouderenmishandeling is mishandeling van iemand van 65 jaar of ouder die (deels) afhankelijk is van een ander. Bijvoorbeeld van een familielid, een mantelzorger of een hulpverlener. Er zijn vijf vormen.',
      physical: {
        title: 'Lichamelijke mishandeling',
        items: ['Blauwe plekken of botbreuken zonder uitleg', 'Verwondingen die niet allemaal even oud zijn'],
      },
      psychological: {
        title: 'Psychische mishandeling',
        items: ['Is somber of angstig', 'Mag geen bezoek krijgen', 'Krijgt zijn of haar post niet'],
      },
      neglect: {
        title: 'Verwaarlozing',
        items: ['Doorligwonden die niet behandeld worden', 'Is ondervoed', 'Wordt slecht verzorgd'],
      },
      financial: {
        title: 'Financieel misbruik',
        items: [
          'Spullen of geld verdwijnen',
          'Heeft ineens schulden',
          'Het testament is ineens veranderd',
          'Iemand anders gebruikt de bankpas',
        ],
      },
      sexual: {
        title: 'Seksueel misbruik',
        items: ['Blauwe plekken rond de geslachtsdelen', 'Een soa zonder verklaring'],
      },
      carer: {
        title: 'Overbelaste mantelzorger',
        intro:
          'Soms wordt de zorg voor een oudere te zwaar voor een mantelzorger. Dan kan de zorg ontsporen, tot verwaarlozing of geweld. Ook dan kunt u Veilig Thuis om advies vragen.',
      },
    },
    special: {
      title: 'Bijzondere vormen',
      intro: 'Bij deze vormen is extra voorzichtigheid nodig.',
      familyWarning: 'Praat hier niet over met de familie. Neem direct contact op met Veilig Thuis of de politie.',
      familyWarningLink: 'Lees waarom',
      honour: {
        title: 'Eergerelateerd geweld',
        intro: 'Angst is het belangrijkste signaal.',
        items: [
          'Is erg bang',
          'Krijgt steeds meer druk of wordt bedreigd',
          'Mag niet vrij gaan en staan',
          'De familie controleert veel',
          'Wordt verstoten door de familie, of wordt daarmee bedreigd',
          'Is ineens niet meer op school of werk',
          'Wordt ineens door familie gebracht en gehaald',
          'Kleedt zich ineens anders',
        ],
      },
      fgm: {
        title: 'Meisjesbesnijdenis',
        intro:
          'Ook wel vrouwelijke genitale verminking genoemd. Meisjes van ongeveer 4 tot 20 jaar lopen het meeste risico, vooral in de zomervakantie.',
        items: [
          'Is bang of vaag over een reis naar een land waar besnijdenis voorkomt',
          'Vertelt dat er ‘iets bijzonders’ gaat gebeuren',
          'Het paspoort is ineens kwijt',
          'De familie vindt besnijdenis goed, of moeder of zussen zijn besneden',
          'Was ziek in de vakantie, of komt na de vakantie niet op school',
          'Heeft pijn bij lopen, zitten of plassen',
          'Heeft vaak blaasontsteking',
          'Wil niet meer meedoen met sport',
        ],
      },
      forcedMarriage: {
        title: 'Huwelijksdwang en achterlating',
        intro:
          'Iemand wordt gedwongen te trouwen, of wordt in het buitenland achtergelaten. Jongeren van ongeveer 16 tot 25 jaar lopen het meeste risico.',
        items: [
          'Trekt zich terug en verbreekt vriendschappen',
          'Wordt ineens opgehaald door een broer of vader',
          'Kleedt zich ineens anders',
          'Is bang voor de vakantie',
          'Gaat op het laatste moment op familiebezoek',
          'Is ineens afwezig',
          'Heeft geen retourticket',
          'Heeft zelf geen paspoort, visum, ticket of geld in handen',
        ],
      },
      exploitation: {
        title: 'Uitbuiting en mensenhandel',
        intro:
          'Iemand wordt gedwongen tot seks of tot criminele klussen. Bijvoorbeeld door een ‘loverboy’: iemand die eerst doet alsof hij verliefd is.',
        items: [
          'Spijbelt, of haalt ineens slechte cijfers',
          'Moet altijd bereikbaar zijn, of heeft meer telefoons',
          'Heeft dure spullen of geld zonder uitleg',
          'Wordt met een auto of scooter van school gehaald',
          'Heeft contact met veel oudere mensen',
          'Is geheimzinnig over nieuwe vrienden',
          'Loopt weg van huis, of verblijft in hotelkamers',
          'Doet zichzelf pijn',
          'Heeft ineens schulden',
        ],
      },
    },
    nextTitle: 'Maakt u zich zorgen?',
    nextText: 'U hoeft het niet zeker te weten. Vraag advies aan Veilig Thuis. Dat is gratis en kan dag en nacht.',
    nextLink: 'Lees wat u kunt doen',
  },

  whatCanIDo: {
    title: 'Wat kan ik doen?',
    description: (emergency: string, veiligThuis: string) =>
      `Maakt u zich zorgen over iemand? Let goed op, vraag door, vraag advies aan Veilig Thuis (${veiligThuis}) of doe een melding. Bij direct gevaar: bel ${emergency}.`,
    heading: 'Wat kan ik doen?',
    lead: 'Maakt u zich zorgen over iemand? U hoeft het niet zeker te weten. U hoeft het ook niet alleen op te lossen.',
    dangerTitle: 'Is iemand nu in gevaar?',
    dangerText: (emergency: string) => `Wacht niet. Bel meteen ${emergency}.`,
    stepsTitle: 'Stap voor stap',
    notice: {
      title: 'Let goed op',
      paragraphs: [
        'Vertrouw op uw gevoel dat er iets niet klopt.',
        'Schrijf op wat u ziet of hoort, en wanneer. Houd het bij de feiten: wat gebeurde er, waar en wanneer?',
        'Eén signaal is geen bewijs. Let op meer signalen samen.',
      ],
      signsLink: 'Bekijk de signalen',
    },
    ask: {
      title: 'Vraag door',
      paragraphs: [
        'Praat met de persoon als u even alleen bent.',
        'Vertel rustig wat u zag. Houd het bij de feiten. Vraag hoe het gaat, en luister.',
      ],
      exampleTitle: 'Voorbeeld: een sportleraar die niet wegkeek',
      example: [
        'Een sportleraar ziet dat een leerling schrikt als zij hem even aanraakt. Ze ziet ook een blauwe plek op zijn arm.',
        'Na de les vraagt ze rustig: ‘Hoe gaat het met je?’ Ze luistert en oordeelt niet.',
        'Daarna schrijft ze op wat ze zag en wat hij vertelde, met de datum erbij. Dan belt ze Veilig Thuis voor advies.',
      ],
      exceptionNote: 'Let op: bij eergerelateerd geweld en huwelijksdwang praat u niet met de familie.',
      exceptionLink: 'Lees de uitzondering',
    },
    advice: {
      title: 'Vraag advies',
      paragraphs: [
        'Bel Veilig Thuis. Dat is gratis en kan dag en nacht.',
        'U kunt anoniem advies vragen. U hoeft dan geen namen te noemen.',
        'Veilig Thuis denkt met u mee: wat is er aan de hand, en wat kunt u zelf doen?',
      ],
      chatText: (hours: string) =>
        `Liever chatten? Dat kan ${hours}. U chat anoniem, met een zelfgekozen naam. De chat is voor advies. Voor een melding belt u.`,
      doctor: 'U kunt ook uw huisarts om advies vragen.',
    },
    report: {
      title: 'Doe een melding',
      paragraphs: [
        'Bij een melding vertelt u Veilig Thuis om wie het gaat. U geeft ook uw eigen naam en telefoonnummer.',
        'Veilig Thuis vertelt de familie niet wie u bent. Dat gebeurt alleen als u daar zelf toestemming voor geeft.',
      ],
      afterTitle: 'Wat gebeurt er na een melding?',
      after: [
        'Veilig Thuis kijkt eerst hoe veilig de situatie is.',
        'Is er acuut gevaar? Dan komt er meteen actie. Anders besluit Veilig Thuis binnen 5 werkdagen wat er nodig is.',
        'Meestal zorgt Veilig Thuis dat anderen hulp geven. Bijvoorbeeld het wijkteam, of een hulpverlener die het gezin al kent.',
        'Soms doet Veilig Thuis zelf onderzoek.',
        'Veilig Thuis laat u weten welke stappen er zijn gezet.',
      ],
      relief: 'Na uw melding let Veilig Thuis op de veiligheid. U hoeft het niet zelf op te lossen.',
    },
    exception: {
      title: 'Uitzondering: eergerelateerd geweld en huwelijksdwang',
      paragraphs: [
        'Denkt u aan eergerelateerd geweld, huwelijksdwang of achterlating in het buitenland? Praat er dan niet over met de familie. Spreek hen er ook niet op aan. Dat kan het gevaar groter maken.',
        'Neem direct contact op met Veilig Thuis of met de politie.',
      ],
      emergency: (phone: string) => `Direct gevaar: bel ${phone}`,
      police: (phone: string) => `Politie, geen spoed: bel ${phone}`,
    },
    specialist: {
      title: 'Speciale hulplijnen',
      trafficking: {
        text: 'Mensenhandel of uitbuiting? Meld het anoniem bij Meld Misdaad Anoniem.',
        display: '0800-7000',
        tel: '08007000',
      },
      forcedMarriage: {
        text: 'Huwelijksdwang of achterlating in het buitenland? Bel het Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA).',
        display: '070-345 43 19',
        tel: '+31703454319',
      },
    },
  },

  professionals: {
    title: 'Voor professionals',
    description:
      'De meldcode huiselijk geweld en kindermishandeling in vijf stappen, het afwegingskader, en wanneer u altijd meldt bij Veilig Thuis.',
    heading: 'Voor professionals: de meldcode',
    lead: 'Ziet u in uw werk signalen van huiselijk geweld of kindermishandeling? De meldcode helpt u in vijf stappen om te beslissen wat u doet.',
    about: {
      title: 'Wat is de meldcode?',
      paragraphs: [
        'Sinds 1 juli 2013 geldt de Wet verplichte meldcode huiselijk geweld en kindermishandeling. Organisaties en zelfstandigen in deze sectoren moeten een meldcode hebben en gebruiken:',
      ],
      sectors: [
        'gezondheidszorg',
        'onderwijs',
        'kinderopvang',
        'maatschappelijke ondersteuning',
        'jeugdhulp',
        'justitie (ook leerplicht)',
      ],
      notADuty:
        'Een meldcode is geen meldplicht. U beslist zelf of u meldt. De stappen helpen u om een goede beslissing te nemen.',
      framework: 'Sinds 1 januari 2019 hoort bij elke meldcode een afwegingskader dat past bij uw beroep.',
      volunteers:
        'Werkt u bij een sportclub, of als vrijwilliger buiten deze sectoren? Dan is de meldcode niet verplicht. U kunt de stappen wel gebruiken.',
    },
    steps: {
      title: 'De vijf stappen',
      mapSignals: {
        title: 'Breng de signalen in kaart',
        paragraphs: [
          'Schrijf feitelijk op wat u ziet en hoort, met de datum. Schrijf ook op wat uw zorg tegenspreekt. Komt informatie van iemand anders? Noteer van wie.',
          'Doe de kindcheck. Heeft uw volwassen cliënt problemen die gevaar kunnen opleveren voor kinderen? Vraag of hij of zij voor kinderen zorgt of zwanger is. Noteer hoeveel kinderen, hoe oud ze zijn en of de cliënt alleen of samen voor hen zorgt.',
        ],
      },
      consult: {
        title: 'Overleg met een collega',
        paragraphs: [
          'Bespreek de signalen met een deskundige collega of met de aandachtsfunctionaris. Vraag zo nodig advies aan Veilig Thuis of aan een deskundige op het gebied van letselduiding, zoals een forensisch arts. Dat kan anoniem.',
        ],
        direct:
          'Gaat het om eergerelateerd geweld, huwelijksdwang of meisjesbesnijdenis? Neem dan meteen contact op met Veilig Thuis.',
      },
      talk: {
        title: 'Praat met de betrokkene',
        paragraphs: [
          'Leg uit waarom u het gesprek voert. Vertel wat u zag en hoorde. Vraag om een reactie. Pas daarna trekt u conclusies.',
          'Gaat het om een kind? Praat dan met het kind, liefst ook een keer zonder de ouders. En praat met de ouders die het gezag hebben.',
          'Is uw zorg na het gesprek weg? Dan sluit u af.',
        ],
        skipIntro: 'U mag dit gesprek alleen overslaan als:',
        skip: [
          'het gesprek de veiligheid van de cliënt of van anderen in het gezin ernstig in gevaar brengt;',
          'u vreest voor uw eigen veiligheid of die van collega’s;',
          'u na redelijke moeite geen contact krijgt.',
        ],
        skipAfter: 'Zoek dan later een moment om het de cliënt te vertellen.',
        honour:
          'Bij eergerelateerd geweld praat u nooit eerst met de ouders of familie. Overleg eerst met een deskundige op dit gebied.',
      },
      weigh: {
        title: 'Weeg het geweld',
        paragraphs: [
          'Weeg de aard, de ernst en het risico met het afwegingskader. Gebruik een instrument voor risicotaxatie als uw sector dat heeft.',
          'Twijfelt u? Vraag dan altijd advies aan Veilig Thuis.',
        ],
      },
      decide: {
        title: 'Beslis: melden en/of hulp',
        paragraphs: [
          'Is een melding bij Veilig Thuis nodig? En kunt u zelf hulp bieden of organiseren? Vaak is het allebei. Volg daarna of de hulp werkt.',
        ],
      },
    },
    framework: {
      title: 'Het afwegingskader in vijf vragen',
      questions: [
        {
          question:
            'Heb ik na stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?',
          answers: ['Nee: sluit af en leg dat vast.', 'Ja: ga naar vraag 2.'],
        },
        {
          question: 'Is er acute of structurele onveiligheid?',
          answers: [
            'Ja: meld bij Veilig Thuis. De vragen 3 tot en met 5 beantwoordt u dan samen met Veilig Thuis.',
            'Nee: ga naar vraag 3.',
          ],
        },
        {
          question: 'Kan ik zelf passende hulp bieden of organiseren?',
          answers: ['Nee: meld.', 'Ja: ga naar vraag 4.'],
        },
        {
          question: 'Aanvaarden de betrokkenen deze hulp, en werken ze mee?',
          answers: ['Nee: meld.', 'Ja: bied of organiseer de hulp, en ga naar vraag 5.'],
        },
        {
          question: 'Leidt de hulp binnen de afgesproken tijd tot de nodige veiligheid en herstel?',
          answers: ['Nee: meld (opnieuw).', 'Ja: rond de hulp af, met afspraken over het volgen van de veiligheid.'],
        },
      ],
      ruleTitle: 'Acute of structurele onveiligheid: meld altijd',
      ruleText: 'Bij acute of structurele onveiligheid meldt u altijd bij Veilig Thuis. Ook als u zelf blijft helpen.',
      acute:
        'Acuut: iemand is nu in direct lichamelijk gevaar en heeft meteen bescherming nodig. En de situatie blijft de komende dagen waarschijnlijk onveilig.',
      structural:
        'Structureel: de onveiligheid gebeurt steeds weer, of houdt aan. Bijvoorbeeld een kind dat steeds huiselijk geweld meemaakt.',
    },
    veiligThuis: {
      title: 'Advies van Veilig Thuis',
      paragraphs: [
        'U kunt in elke stap advies vragen aan Veilig Thuis. Dat kan anoniem: u beschrijft de situatie zonder namen.',
        'Als professional belt u. De chat is bedoeld voor burgers.',
      ],
    },
    kring: {
      title: 'Straks helpt Kring u bij deze stappen',
      text: 'Binnenkort kunt u als professional inloggen in Kring. Kring leidt u dan door de vijf stappen en helpt u vastleggen wat u doet.',
    },
  },

  contact: {
    title: 'Contact',
    description:
      'Telefoonnummers voor hulp bij geweld of zorgen, en de contactgegevens van de gemeente en het sociaal wijkteam.',
    heading: 'Contact',
    lead: 'Hier vindt u de telefoonnummers voor hulp bij geweld of zorgen. En de contactgegevens van de gemeente.',
    helpTitle: 'Hulp bij geweld of zorgen',
    emergencyLabel: 'Direct gevaar',
    emergencyText: 'Bel meteen. Bijvoorbeeld als u nu geweld hoort of ziet.',
    veiligThuisText: 'Voor zorgen, advies of een melding. Gratis, dag en nacht.',
    chatHours: (hours: string) => `Chatten kan ${hours}.`,
    policeLabel: 'Politie, geen spoed',
    socialTeamText:
      'Het sociaal wijkteam helpt inwoners bij vragen over opvoeden, zorg en problemen thuis. Ook als u hulp zoekt voor uzelf.',
  },

  safeBrowsing: {
    title: 'Veilig browsen',
    description: 'Hoe u deze website snel verlaat, wat Snel weg niet kan, en tips om veiliger te zoeken en te bellen.',
    heading: 'Veilig browsen',
    lead: 'Bent u bang dat iemand ziet dat u deze website bekijkt? Lees hier hoe u de website snel verlaat, en wat u nog meer kunt doen.',
    exit: {
      title: 'Snel weg',
      howTo: (button: string) =>
        `Bovenaan elke pagina staat de knop ‘${button}’. Klik erop, of druk 3 keer snel achter elkaar op de Shift-toets.`,
      paragraphs: [
        'Deze pagina wordt dan meteen vervangen door een andere, gewone website.',
        'Werkt de Shift-toets niet? Gebruik dan de knop.',
      ],
    },
    limits: {
      title: 'Wat Snel weg niet kan',
      intro: 'Snel weg helpt, maar het wist niet alles. Denk hieraan:',
      items: [
        'Deze website blijft in de geschiedenis van uw browser staan. Iemand kan later zien dat u hier was.',
        'Staat er meekijksoftware op uw telefoon of computer? Dan kan iemand alles zien wat u doet.',
        'Gebruikt u een apparaat samen met iemand anders? Dan kan die persoon uw geschiedenis zien.',
        'Uw geschiedenis wissen kan juist opvallen, zeker als u dat anders nooit doet.',
      ],
    },
    tips: {
      title: 'Tips',
      items: [
        'Gebruik een privévenster (incognito). Uw browser bewaart dan geen geschiedenis.',
        'Gebruik een veiliger apparaat. Bijvoorbeeld een computer in de bibliotheek, of de telefoon van een vriend die u vertrouwt.',
        'Bel liever dan dat u zoekt. Let op: het nummer komt wel in de belgeschiedenis van uw telefoon.',
        'Wis uw geschiedenis alleen als dat veilig is.',
      ],
    },
    callTitle: 'Liever bellen?',
    callText: 'Veilig Thuis is gratis en dag en nacht bereikbaar.',
    dangerText: (emergency: string) => `Bent u nu in gevaar? Bel ${emergency}.`,
  },
};
