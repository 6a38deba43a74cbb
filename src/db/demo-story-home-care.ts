// SPDX-License-Identifier: EUPL-1.2
/**
 * The home-care demo story (docs/domain.md §10): Johanna Visser, 82, lives alone with daily help from
 * Thuiszorg De Zorgzame Hand. Her district nurse sees unpaid bills and an empty fridge; Johanna says
 * her grandson, who took over her banking after a fall, "regelt mijn geld". Played through Kring's
 * own services over the past three weeks, as the people would have done it: signals, the household
 * with the carer check (mantelzorgcheck), consultation with the home care's aandachtsfunctionaris and
 * Veilig Thuis's anonymous advice, the conversation with Johanna, the afwegingskader (help) and the
 * decision to help, with its check date today, so a newcomer can answer question 5. Every page of
 * it speaks of elder abuse and home care, not of children (ADR 0028). Development only (seed.ts
 * refuses production). Names are invented.
 */
import type { Kysely } from 'kysely';
import type { Config } from '#src/config.ts';
import { loadSigns } from '#src/content/meldcode-content.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { getConcern, openConcern } from '#src/modules/concerns/concern.service.ts';
import { addEntry } from '#src/modules/concerns/entry.service.ts';
import { addHouseholdMember } from '#src/modules/concerns/household.service.ts';
import { takeStep } from '#src/modules/concerns/step.service.ts';
import { actingAs, quiet } from './demo-story.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The home care and its people (the README's accounts table lists the same). */
export const HOME_CARE_STORY = {
  homeCare: 'Thuiszorg De Zorgzame Hand (demo)',
  nurse: 'wijkverpleegkundige@demo.kring.nl',
  lead: 'aandacht.thuiszorg@demo.kring.nl',
  johanna: 'Johanna Visser (demo)',
  ronald: 'Ronald Visser (demo)',
} as const;

/**
 * A date of birth that makes someone `age` years old today, with the next birthday two months away.
 * @param now the moment of seeding
 */
function bornYearsAgo(now: Date, age: number): string {
  const [y, m, d] = amsterdamIsoDate(now).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y - age - 1, m - 1, d + 60)).toISOString().slice(0, 10);
}

/**
 * Plays Johanna's story (after the identity demo data exists; once, through the seed marker).
 * @param db the database
 * @param config the configuration (keys)
 * @param now the moment the demo is seeded; the story happened in the three weeks before it
 */
export async function playHomeCareStory(db: Kysely<Database>, config: Config, now = new Date()): Promise<void> {
  const start = now.getTime() - 24 * DAY;
  const at = (days: number, hour = 10) => {
    const d = new Date(start + days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const s = HOME_CARE_STORY;
  const nurse = (days: number) => actingAs(db, config, s.nurse, s.homeCare, at(days));
  const lead = (days: number) => actingAs(db, config, s.lead, s.homeCare, at(days, 14));
  const signs = loadSigns().version;

  // 1. Esther, the district nurse, sees the bills and the empty fridge, and hears who has the card.
  const johanna = await openConcern(
    await nurse(0),
    { fullName: s.johanna, dateOfBirth: bornYearsAgo(now, 82), ageGroup: 'older', honourRisk: 'no' },
    quiet,
  );
  await addEntry(
    await nurse(0),
    johanna,
    {
      kind: 'observation',
      data: {
        facts:
          'Op tafel liggen twee aanmaningen van de energieleverancier; de huur van deze maand is niet betaald. Mevrouw Visser zegt dat haar pinpas bij haar kleinzoon Ronald is.',
        interpretation: 'Mevrouw heeft haar geldzaken niet meer in handen.',
        sourceKind: 'self',
        source: '',
        categories: ['elderAbuse'],
        signListVersion: signs,
      },
    },
    { occurredAt: at(0, 9), occurredTimeKnown: true },
  );
  await addEntry(
    await nurse(3),
    johanna,
    {
      kind: 'observation',
      data: {
        facts:
          'De koelkast is bijna leeg. Mevrouw zegt dat er geen geld is voor boodschappen. Ze is in twee weken twee kilo afgevallen.',
        interpretation: '',
        sourceKind: 'self',
        source: '',
        categories: ['elderAbuse'],
        signListVersion: signs,
      },
    },
    { occurredAt: at(3, 9), occurredTimeKnown: true },
  );
  await addEntry(
    await nurse(3),
    johanna,
    {
      kind: 'quote',
      data: {
        words: 'Ronald regelt mijn geld. Ik durf er niet naar te vragen, anders komt hij niet meer.',
        context: 'Toen ik vroeg naar de aanmaningen.',
        sourceKind: 'self',
        source: '',
      },
    },
    { occurredAt: at(3, 9), occurredTimeKnown: true },
  );
  // 2. The household and the carer check: Ronald is her only mantelzorger.
  await addHouseholdMember(await nurse(3), johanna, {
    name: s.ronald,
    relation: 'kleinzoon, mantelzorger (woont niet bij haar)',
    dateOfBirth: null,
    ageYears: 31,
  });
  await addEntry(await nurse(3), johanna, {
    kind: 'carerCheck',
    data: {
      hasCarer: 'yes',
      carer: 'Ronald Visser, kleinzoon',
      carerOverburdened: 'unknown',
      caresForSomeone: 'no',
      caredFor: '',
      notes: 'Ronald doet sinds haar val in het voorjaar de boodschappen en de bankzaken.',
    },
  });
  // 3. Esther asks Henk; Henk advises and records Veilig Thuis's anonymous advice.
  await takeStep(await nurse(4), johanna, { action: 'requestConsultation', leadId: null }, quiet);
  await getConcern(await lead(5), johanna);
  await takeStep(
    await lead(5),
    johanna,
    {
      action: 'recordConsultation',
      withName: 'Henk Mulder, aandachtsfunctionaris',
      advice: 'Bespreek je zorgen met mevrouw zelf, zonder Ronald erbij. Vraag Veilig Thuis anoniem om advies.',
    },
    quiet,
  );
  await takeStep(
    await lead(5),
    johanna,
    {
      action: 'recordAdvice',
      adviser: 'veiligThuis',
      advice:
        'Dit lijkt financieel misbruik. Bespreek met mevrouw wat zij wil en regel samen met haar onafhankelijke hulp bij haar geldzaken. Meld als het niet stopt.',
    },
    quiet,
  );
  // 4. The conversation with Johanna.
  await takeStep(
    await nurse(7),
    johanna,
    {
      action: 'recordConversation',
      conversationDate: amsterdamIsoDate(at(7)),
      participants: 'Mevrouw Visser, Esther Bosman',
      reaction:
        'Ze schrok, maar wil haar pinpas terug. Ze wil niet dat Ronald in de problemen komt. Ze vindt het goed dat het sociaal wijkteam helpt met de rekeningen.',
    },
    quiet,
  );
  // 5. The afwegingskader: suspicion yes; no acute or structural unsafety; help is possible and accepted.
  await takeStep(
    await nurse(8),
    johanna,
    {
      action: 'weigh',
      answers: { 1: true, 2: false, 3: true, 4: true },
      rationale: {
        '1': 'Onbetaalde rekeningen, geen geld voor eten, de pinpas bij de kleinzoon en haar eigen woorden.',
        '2': 'Geen direct gevaar; het is voor het eerst gezien en mevrouw wil dat het stopt.',
        '3': 'De thuiszorg komt dagelijks; het sociaal wijkteam kan helpen met de rekeningen.',
        '4': 'Mevrouw wil de hulp en haar pas terug.',
      },
    },
    quiet,
  );
  // 6. Help, with a check date: today, so the first start shows question 5 waiting.
  await takeStep(
    await nurse(8),
    johanna,
    {
      action: 'decideHelp',
      reasons:
        'Mevrouw krijgt haar pinpas terug; het sociaal wijkteam helpt met de rekeningen; de thuiszorg let dagelijks op boodschappen en geld.',
      checkDate: amsterdamIsoDate(now),
    },
    quiet,
  );
}
