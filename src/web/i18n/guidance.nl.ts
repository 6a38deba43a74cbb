// SPDX-License-Identifier: EUPL-1.2
/** Dutch texts of the public guidance site (domain.md §2 and §6). Plain language (B1). */
export const guidanceNl = {
  nav: {
    home: 'Home',
    signs: 'Signalen',
    whatCanIDo: 'Wat kan ik doen?',
    professionals: 'Voor professionals',
    contact: 'Contact',
    safeBrowsing: 'Veilig browsen',
  },
  home: {
    title: 'Kijk niet weg',
    description: 'Maakt u zich zorgen over een kind, een partner of een oudere? Kijk niet weg. Bel 112 bij direct gevaar, of Veilig Thuis 0800-2000 voor advies of een melding.',
    heading: 'Kijk niet weg',
    lead: 'Maakt u zich zorgen over een kind, een partner of een oudere in uw omgeving? U hoeft het niet zeker te weten om iets te doen.',
    dangerTitle: 'Is iemand nu in gevaar?',
    dangerText: 'Bel meteen 112. Bijvoorbeeld als u nu geweld hoort of ziet.',
    dangerCall: (n: string) => `Bel ${n}`,
    worryTitle: 'Zorgen, advies of een melding?',
    worryText: 'Bel Veilig Thuis. U kunt eerst alleen advies vragen, ook zonder uw naam te noemen.',
    worryCall: (n: string) => `Bel ${n}`,
    worryFree: 'Gratis, dag en nacht bereikbaar.',
    chatLink: 'Chat met Veilig Thuis',
    chatHours: (hours: string) => `(${hours}).`,
    nextTitle: 'Lees verder',
  },
};
