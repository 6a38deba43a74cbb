// SPDX-License-Identifier: EUPL-1.2
/**
 * The demo story of the municipality's own page (docs/domain.md, "The story Kring was made from"):
 * Tara, 14, whose PE teacher did not look away but asked further, and her little brother Daan. It is
 * played through Kring's own services, as the people would have done it over the past three weeks,
 * so every page, e-mail-free notice, audit row and overview a newcomer opens is what the real flow
 * writes: the teacher's concern through the five steps of the meldcode, the aandachtsfunctionaris'
 * consultation, the report to Veilig Thuis, the intake's triage and decision with feedback, and the
 * school's own support afterwards with a check date. The teacher asks to stay unknown to the family,
 * so the school's privacy officer, who can find Tara and see who read her dossier, hands the family
 * an overview without her name. Development only (seed.ts refuses production). Names are invented.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '#src/config.ts';
import { loadSigns } from '#src/content/meldcode-content.ts';
import type { Actor } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { serviceKeys } from '#src/core/keys.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { type ConcernNotifier, getConcern, openConcern } from '#src/modules/concerns/concern.service.ts';
import { addEntry } from '#src/modules/concerns/entry.service.ts';
import { addHouseholdMember, openConcernForHouseholdMember } from '#src/modules/concerns/household.service.ts';
import { fileReport } from '#src/modules/concerns/report-to-vt.service.ts';
import { takeStep } from '#src/modules/concerns/step.service.ts';
import { decide, getReport, listInbox, receiveReport, triage } from '#src/modules/reports/intake.service.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The demo story's school and people (the README's accounts table lists the same). */
export const TARA_STORY = {
  school: 'Veluwe College (demo)',
  teacher: 'sportdocent@demo.kring.nl',
  lead: 'aandacht.college@demo.kring.nl',
  intake: 'intake@demo.kring.nl',
  tara: 'Tara Bakker (demo)',
  daan: 'Daan Bakker (demo)',
} as const;

/** The story sends no mail: nobody is waiting for these notices at first start. */
export const quiet: ConcernNotifier = { notify: async () => undefined };

/**
 * A service context acting as a demo user in one of their organisations, at a moment of the story.
 * @throws {Error} when the user or the membership is missing (the identity demo data runs first)
 */
export async function actingAs(
  db: Kysely<Database>,
  config: Config,
  email: string,
  organisationName: string,
  now: Date,
): Promise<RequestContext> {
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select([
      'u.id',
      'u.display_name',
      'u.email',
      'm.id as membership_id',
      'm.role',
      'o.id as org_id',
      'o.name',
      'o.type',
    ])
    .where('u.email', '=', email)
    .where('o.name', '=', organisationName)
    .executeTakeFirst();
  if (!row) throw new Error(`Demo story: ${email} is not a member of ${organisationName}`);
  const actor: Actor = {
    userId: row.id,
    displayName: row.display_name,
    email: row.email,
    membershipId: row.membership_id,
    organisationId: row.org_id,
    organisationName: row.name,
    organisationType: row.type,
    role: row.role,
    factorAt: now,
    membershipCount: 1,
  };
  return { actor, db, keys: serviceKeys(config), requestId: randomUUID(), now, accessPoint: 'demo' };
}

/**
 * Plays Tara's story (after the identity demo data exists; idempotent only through the seed marker).
 * @param db the database
 * @param config the configuration (keys)
 * @param now the moment the demo is seeded; the story happened in the three weeks before it
 */
export async function playTaraStory(db: Kysely<Database>, config: Config, now = new Date()): Promise<void> {
  const start = now.getTime() - 21 * DAY;
  const at = (days: number, hour = 10) => {
    const d = new Date(start + days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const vtName = (
    await db.selectFrom('organisation').select('name').where('type', '=', 'veiligThuis').executeTakeFirstOrThrow()
  ).name;
  const teacher = (days: number) => actingAs(db, config, TARA_STORY.teacher, TARA_STORY.school, at(days));
  const lead = (days: number) => actingAs(db, config, TARA_STORY.lead, TARA_STORY.school, at(days, 14));
  const intake = (days: number) => actingAs(db, config, TARA_STORY.intake, vtName, at(days, 9));

  // 1–2. Over two weeks Sanne sees Tara withdrawn, flinching, with a bruise; she records it as facts.
  const tara = await openConcern(
    await teacher(0),
    { fullName: TARA_STORY.tara, dateOfBirth: '2012-03-03', ageGroup: 'child', honourRisk: 'no' },
    quiet,
  );
  await addEntry(
    await teacher(0),
    tara,
    {
      kind: 'observation',
      data: {
        facts:
          'Tara is de laatste twee weken stil en teruggetrokken in de gymles. Ze doet niet meer mee met de groep en zit vaak alleen op de bank.',
        interpretation: 'Het lijkt of er iets is veranderd; ze was altijd vrolijk en sportief.',
        sourceKind: 'self',
        source: '',
        categories: ['emotionalAbuse'],
        signListVersion: loadSigns().version,
      },
    },
    { occurredAt: at(-4) },
  );
  await addEntry(
    await teacher(1),
    tara,
    {
      kind: 'observation',
      data: {
        facts:
          'Bij een oefening raakte ik Tara even aan op haar schouder om de houding te verbeteren. Ze schrok hevig en trok haar arm weg.',
        interpretation: '',
        sourceKind: 'self',
        source: '',
        categories: ['physicalAbuse'],
        signListVersion: loadSigns().version,
      },
    },
    { occurredAt: at(1, 11), occurredTimeKnown: true },
  );
  await addEntry(
    await teacher(1),
    tara,
    {
      kind: 'injury',
      data: {
        side: 'back',
        region: 'upperArmLeft',
        x: null,
        y: null,
        injuryKind: 'bruise',
        sizeCm: 4,
        colour: 'bluePurple',
        explanation: 'Tara zegt dat ze tegen een deur is gelopen.',
      },
    },
    { occurredAt: at(1, 11), occurredTimeKnown: true },
  );
  await addEntry(
    await teacher(1),
    tara,
    {
      kind: 'quote',
      data: {
        words: 'Ik ben tegen een deur gelopen.',
        context: 'Toen ik vroeg naar de blauwe plek.',
        sourceKind: 'self',
        source: '',
      },
    },
    { occurredAt: at(1, 11), occurredTimeKnown: true },
  );
  // 3. A week later Tara tells her what happens at home.
  await addEntry(
    await teacher(7),
    tara,
    {
      kind: 'quote',
      data: {
        words: 'Papa wordt heel boos als hij gedronken heeft. Dan moet ik Daan meenemen naar boven.',
        context: 'Na de gymles, toen ik vroeg hoe het thuis gaat.',
        sourceKind: 'self',
        source: '',
      },
    },
    { occurredAt: at(7, 12), occurredTimeKnown: true },
  );
  // 4. The kindcheck: her brother Daan (8), with a concern of his own.
  const daan = await addHouseholdMember(await teacher(7), tara, {
    name: TARA_STORY.daan,
    relation: 'broer',
    dateOfBirth: null,
    ageYears: 8,
  });
  await openConcernForHouseholdMember(await teacher(7), tara, daan, quiet);
  // 5–6. Sanne asks Mark; Mark advises and records Veilig Thuis's anonymous advice.
  await takeStep(await teacher(7), tara, { action: 'requestConsultation', leadId: null }, quiet);
  await getConcern(await lead(8), tara);
  await takeStep(
    await lead(8),
    tara,
    {
      action: 'recordConsultation',
      withName: 'Mark Jansen, aandachtsfunctionaris',
      advice: 'Ga in gesprek met de moeder. Vraag anoniem advies aan Veilig Thuis.',
    },
    quiet,
  );
  await takeStep(
    await lead(8),
    tara,
    {
      action: 'recordAdvice',
      adviser: 'veiligThuis',
      advice: 'De zorgen zijn terecht. Bespreek ze met de moeder en overweeg een melding.',
    },
    quiet,
  );
  // 7. The conversation with Tara's mother.
  await takeStep(
    await teacher(10),
    tara,
    {
      action: 'recordConversation',
      conversationDate: amsterdamIsoDate(at(10)),
      participants: 'De moeder van Tara, Sanne de Vries',
      reaction: 'Het was maar één keer, zegt de moeder. Ze wil er verder niet over praten.',
    },
    quiet,
  );
  // 8. The afwegingskader: suspicion yes; structural unsafety yes → report, and keep helping.
  await takeStep(
    await teacher(11),
    tara,
    {
      action: 'weigh',
      answers: { 1: true, 2: true },
      rationale: {
        '1': 'Letsel met een uitleg die niet past, schrikreacties en Tara’s eigen woorden.',
        '2': 'Herhaald geweld onder invloed van alcohol; Tara beschermt haar broertje.',
      },
    },
    quiet,
  );
  await takeStep(
    await teacher(11),
    tara,
    {
      action: 'decideReport',
      reasons: 'Structurele onveiligheid: meldnorm 1. De school blijft Tara begeleiden.',
      keepHelping: true,
      // Helping on beside the report needs a check date (decision.schemas.ts); step 11 sets the same.
      checkDate: amsterdamIsoDate(new Date(now.getTime() + 28 * DAY)),
      informedPerson: true,
    },
    quiet,
  );
  // 9. Sanne tells the mother, and files the report with the observations she chooses, asking to stay
  // unknown to the family.
  const draft = await getConcern(await teacher(12), tara, true);
  const observationIds = draft.entries
    .filter((e) => e.kind === 'observation' || e.kind === 'quote' || e.kind === 'injury')
    .map((e) => e.id);
  await fileReport(
    await teacher(12),
    tara,
    {
      observationIds,
      householdIds: draft.household.map((m) => m.id),
      helpGiven: 'Gesprekken met Tara na de gymles; de mentor is op de hoogte.',
      informed: true,
      notInformedGround: null,
      notInformedExplanation: '',
      acute: false,
      role: 'Docent lichamelijke opvoeding',
      phone: '0341 111 222',
      // She asks Veilig Thuis not to tell the family who reported: the father does not know the school
      // is worried. The privacy officer's overview for the family leaves her name out (ADR 0029).
      staysUnknown: true,
      staysUnknownReason:
        'De vader weet niet dat de school zich zorgen maakt; ik ben bang voor Tara als hij hoort dat ik heb gemeld.',
    },
    { veiligThuisName: vtName, inbox: receiveReport, notifier: quiet },
  );
  // 10. The intake: the inbox, the report, triage, and the decision with feedback to Sanne.
  const inbox = await listInbox(await intake(13), 'open');
  const report = inbox.find((item) => item.concernId === tara);
  if (!report) throw new Error('Demo story: the report did not reach the intake');
  await getReport(await intake(13), report.id);
  await triage(await intake(13), report.id, { acute: false, assignTo: null });
  await decide(
    await intake(15),
    report.id,
    {
      outcome: 'safetyConditions',
      reasons: 'Structurele onveiligheid door alcoholgebruik van vader; moeder wil meewerken.',
      handedOverTo: 'Wijkteam Harderwijk',
      safetyConditions:
        'Vader zoekt hulp voor zijn alcoholgebruik; de kinderen zijn niet alleen met hem als hij drinkt.',
      feedback:
        'Wij hebben de veiligheid beoordeeld. Het wijkteam begeleidt het gezin met veiligheidsvoorwaarden; wij volgen dat. De school kan Tara blijven steunen.',
    },
    quiet,
  );
  // 11. Sanne reads the feedback and records the school's own support, with a check date.
  await getConcern(await teacher(16), tara);
  await takeStep(
    await teacher(16),
    tara,
    {
      action: 'decideHelp',
      reasons: 'Wekelijks een gesprek met de mentor; Sanne houdt contact met het wijkteam.',
      checkDate: amsterdamIsoDate(new Date(now.getTime() + 28 * DAY)),
    },
    quiet,
  );
}
