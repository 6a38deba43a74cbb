// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo partners of Harderwijk's circle of safety (issue 15): organisations of the kinds the
 * municipality works with, each name marked "(demo)" like the other demo data, with invented
 * numbers, addresses and `.example` web addresses (the national numbers of Veilig Thuis and the
 * police excepted). Each goes through the form's rules (partner.schemas.ts), so the demo shows
 * nothing an editor could not enter.
 */
import type { Transaction } from 'kysely';
import type { Database } from '#src/db/database.ts';
import { insertPartner } from './partner.repository.ts';
import { partnerInput } from './partner.schemas.ts';

const NONE = { phone: '', email: '', webAddress: '', street: '', postcode: '', city: '' };
const HARDERWIJK = { city: 'Harderwijk' };

/** The demo partners, as an editor would enter them. */
export const DEMO_PARTNERS = [
  {
    ...NONE,
    name: 'Veilig Thuis Noord-Veluwe (demo)',
    type: 'veiligThuis',
    audiences: ['children', 'adults', 'olderPeople'],
    descriptionNl:
      'Advies- en meldpunt voor huiselijk geweld en kindermishandeling. Voor iedereen die zich zorgen maakt over zichzelf of een ander, ook anoniem. Gratis en dag en nacht bereikbaar.',
    descriptionEn:
      'Advice and reporting centre for domestic violence and child abuse. For anyone worried about themselves or someone else, anonymously too. Free of charge, day and night.',
    phone: '0800-2000',
    webAddress: 'https://www.veiligthuis.example',
    hasSafeguardingLead: false,
    hasConfidentialContact: false,
  },
  {
    ...NONE,
    ...HARDERWIJK,
    name: 'Sociaal wijkteam Harderwijk (demo)',
    type: 'socialTeam',
    audiences: ['children', 'adults', 'olderPeople'],
    descriptionNl:
      'Hulp en ondersteuning dicht bij huis: opvoeden, geldzorgen, mantelzorg, eenzaamheid. Het wijkteam denkt mee als u zich zorgen maakt over een gezin of een buur.',
    descriptionEn:
      'Help and support close to home: parenting, money worries, informal care, loneliness. The team thinks along when you are worried about a family or a neighbour.',
    phone: '0341 41 10 00',
    email: 'wijkteam@harderwijk.example',
    street: 'Havendam 56',
    postcode: '3841 AA',
    hasSafeguardingLead: true,
    hasConfidentialContact: false,
  },
  {
    ...NONE,
    ...HARDERWIJK,
    name: 'Basisschool De Regenboog (demo)',
    type: 'school',
    audiences: ['children'],
    descriptionNl:
      'Basisschool voor kinderen van 4 tot 12 jaar. De aandachtsfunctionaris helpt leerkrachten bij zorgen over een leerling.',
    descriptionEn:
      'Primary school for children aged 4 to 12. The safeguarding lead helps teachers with worries about a pupil.',
    phone: '0341 10 20 30',
    email: 'info@deregenboog.example',
    street: 'Regenbooglaan 3',
    postcode: '3842 AB',
    hasSafeguardingLead: true,
    hasConfidentialContact: false,
  },
  {
    ...NONE,
    ...HARDERWIJK,
    name: 'Veluwe College (demo)',
    type: 'school',
    audiences: ['children'],
    descriptionNl:
      'Middelbare school. Leerlingen kunnen met zorgen terecht bij hun mentor of bij de vertrouwenspersoon; de aandachtsfunctionaris coördineert de meldcode.',
    descriptionEn:
      'Secondary school. Pupils can go to their mentor or the confidential contact person with worries; the safeguarding lead coordinates the reporting code.',
    phone: '0341 20 30 40',
    webAddress: 'https://www.veluwecollege.example',
    hasSafeguardingLead: true,
    hasConfidentialContact: true,
  },
  {
    ...NONE,
    ...HARDERWIJK,
    name: 'Kinderopvang Het Zonnetje (demo)',
    type: 'childcare',
    audiences: ['children'],
    descriptionNl: 'Dagopvang en buitenschoolse opvang. Werkt met de meldcode en heeft een aandachtsfunctionaris.',
    descriptionEn: 'Day care and after-school care. Works with the reporting code and has a safeguarding lead.',
    email: 'info@hetzonnetje.example',
    street: 'Zonnelaan 12',
    postcode: '3843 CD',
    hasSafeguardingLead: true,
    hasConfidentialContact: false,
  },
  {
    ...NONE,
    name: 'Sportvereniging Harderwijk (demo)',
    type: 'sportsClub',
    audiences: ['children', 'adults'],
    descriptionNl:
      'Sportvereniging met jeugd- en seniorenteams. Trainers en vrijwilligers kennen de signalen; leden en ouders kunnen terecht bij de vertrouwenscontactpersoon.',
    descriptionEn:
      'Sports club with youth and senior teams. Coaches and volunteers know the signs; members and parents can go to the confidential contact person.',
    email: 'vertrouwenspersoon@sportharderwijk.example',
    webAddress: 'https://www.sportharderwijk.example',
    hasSafeguardingLead: false,
    hasConfidentialContact: true,
  },
  {
    ...NONE,
    name: 'Jeugdzorg Veluwe (demo)',
    type: 'youthCare',
    audiences: ['children'],
    descriptionNl:
      'Jeugdhulp voor kinderen, jongeren en hun ouders, na een verwijzing van het wijkteam, de huisarts of Veilig Thuis.',
    descriptionEn:
      'Youth care for children, young people and their parents, after a referral by the neighbourhood team, the GP or Veilig Thuis.',
    phone: '0341 30 40 50',
    hasSafeguardingLead: true,
    hasConfidentialContact: false,
  },
  {
    ...NONE,
    name: 'GGD Noord-Veluwe, jeugdgezondheidszorg (demo)',
    type: 'publicHealth',
    audiences: ['children', 'adults'],
    descriptionNl:
      'Het consultatiebureau en de jeugdarts en -verpleegkundige op school. Volgen de groei en ontwikkeling van kinderen en denken mee met ouders.',
    descriptionEn: '',
    phone: '0341 40 50 60',
    webAddress: 'https://www.ggd-noordveluwe.example',
    hasSafeguardingLead: true,
    hasConfidentialContact: false,
  },
  {
    ...NONE,
    name: 'Politie, basisteam Noord-Veluwe (demo)',
    type: 'police',
    audiences: ['children', 'adults', 'olderPeople'],
    descriptionNl:
      'Bij direct gevaar: bel 112. Voor aangifte of een vraag zonder spoed: 0900-8844. De wijkagent werkt samen met het wijkteam en Veilig Thuis.',
    descriptionEn:
      'In immediate danger: call 112. To report a crime or ask something without urgency: 0900-8844. The community officer works with the neighbourhood team and Veilig Thuis.',
    phone: '0900-8844',
    hasSafeguardingLead: false,
    hasConfidentialContact: false,
  },
  {
    ...NONE,
    ...HARDERWIJK,
    name: 'Thuiszorg De Zorgzame Hand (demo)',
    type: 'homeCare',
    audiences: ['adults', 'olderPeople'],
    descriptionNl:
      'Wijkverpleging en hulp bij het huishouden. Let op signalen van ouderenmishandeling en overbelaste mantelzorgers.',
    descriptionEn:
      'District nursing and household help. Alert to signs of elder abuse and overburdened informal carers.',
    phone: '0341 50 60 70',
    email: 'zorg@dezorgzamehand.example',
    hasSafeguardingLead: true,
    hasConfidentialContact: false,
  },
] as const;

/** Seeds the demo partners (published), in the seeding transaction. */
export async function seedPartnersDemo(trx: Transaction<Database>): Promise<void> {
  const now = new Date();
  for (const partner of DEMO_PARTNERS) {
    await insertPartner(trx, partnerInput.parse({ ...partner, published: true }), null, now);
  }
}
