// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo data of the intake (never in production): the demo Veilig Thuis has a professional's report
 * from the demo school waiting for triage, and a resident's request for advice with the demo receipt
 * code DEMO_RECEIPT_CODE, so that the inbox, a report page and the resident's status page have
 * something to show at first start. The people are invented.
 */
import type { Transaction } from 'kysely';
import type { Config } from '#src/config.ts';
import { loadSigns } from '#src/content/meldcode-content.ts';
import type { Database } from '#src/db/database.ts';
import { appendEntry, type EntryData, insertConcern, insertPerson } from '#src/modules/concerns/index.ts';
import { receiptHash } from './receipt.ts';
import { appendEvent, insertReport } from './report.repository.ts';
import type { ProfessionalReportSnapshot, ResidentSnapshot } from './snapshot.ts';
import { assessmentDueOn } from './workflow.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The receipt code of the demo resident's request (demo data only; shown on /ontwikkeling/demo). */
export const DEMO_RECEIPT_CODE = 'KR1NG-DEM00-00000-00000-00000-00001';

/** Seeds the demo reports (after the identity and concern demo data). */
export async function seedReportsDemo(trx: Transaction<Database>, _config: Config): Promise<void> {
  const vt = await trx
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('type', '=', 'veiligThuis')
    .executeTakeFirst();
  const school = await trx
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('name', '=', 'Basisschool De Regenboog (demo)')
    .executeTakeFirst();
  const teacher = await trx
    .selectFrom('app_user')
    .select(['id', 'display_name', 'email'])
    .where('email', '=', 'leerkracht@demo.kring.nl')
    .executeTakeFirst();
  if (!vt || !school || !teacher) return;
  const now = Date.now();

  // A concern at the school, decided and reported yesterday.
  const openedAt = new Date(now - 20 * DAY);
  const personId = await insertPerson(trx, {
    organisationId: school.id,
    fullName: 'Sem Voorbeeld (demo)',
    dateOfBirth: '2015-09-02',
    ageGroup: 'child',
    now: openedAt,
  });
  const concernId = await insertConcern(trx, {
    organisationId: school.id,
    personId,
    authorId: teacher.id,
    status: 'report',
    sector: 'education',
    parentId: null,
    honourRisk: 'no',
    now: openedAt,
  });
  const observation: EntryData = {
    kind: 'observation',
    data: {
      facts: 'Sem komt drie weken achter elkaar zonder ontbijt en zonder jas naar school en valt in slaap in de klas.',
      interpretation: '',
      sourceKind: 'self',
      source: '',
      categories: ['physicalNeglect'],
      signListVersion: loadSigns().version,
    },
  };
  const entries: Array<[EntryData, number]> = [
    [
      {
        kind: 'opened',
        data: { fullName: 'Sem Voorbeeld (demo)', ageGroup: 'child', byVolunteer: false, honourRisk: 'no' },
      },
      20,
    ],
    [observation, 19],
    [
      {
        kind: 'weighing',
        data: {
          answers: { 1: true, 2: false, 3: false },
          rationale: { '3': 'Ouders komen niet op gesprekken.' },
          outcome: 'reportNoHelp',
        },
      },
      3,
    ],
    [
      {
        kind: 'decision',
        data: {
          decision: 'report',
          reasons: 'Wij kunnen zelf geen passende hulp organiseren.',
          keepHelping: false,
          checkDate: null,
          informedPerson: true,
        },
      },
      2,
    ],
  ];
  let observationSeq = 0;
  for (const [entry, daysAgo] of entries) {
    const at = new Date(now - daysAgo * DAY);
    const added = await appendEntry(trx, {
      concernId,
      authorId: teacher.id,
      entry,
      occurredAt: null,
      correctsId: null,
      now: at,
    });
    if (entry === observation) observationSeq = added.seq;
  }
  const receivedAt = new Date(now - 1 * DAY);
  const snapshot: ProfessionalReportSnapshot = {
    type: 'professionalReport',
    organisationName: school.name,
    sector: 'education',
    subject: { fullName: 'Sem Voorbeeld (demo)', dateOfBirth: '2015-09-02', ageGroup: 'child' },
    household: [],
    observations: [
      {
        seq: observationSeq,
        kind: 'observation',
        data: observation.data,
        occurredAt: null,
        occurredTimeKnown: false,
        createdAt: new Date(now - 19 * DAY).toISOString(),
        authorName: teacher.display_name,
      },
    ],
    weighing: {
      answers: { 1: true, 2: false, 3: false },
      rationale: { '3': 'Ouders komen niet op gesprekken.' },
      outcome: 'reportNoHelp',
    },
    decisionReasons: 'Wij kunnen zelf geen passende hulp organiseren.',
    helpGiven: 'Twee gesprekken aangeboden; ouders kwamen niet.',
    informed: true,
    notInformedGround: null,
    notInformedExplanation: '',
  };
  const report = await insertReport(trx, {
    veiligThuisId: vt.id,
    kind: 'report',
    source: 'professional',
    acuteByReporter: false,
    receivedAt,
    dueOn: assessmentDueOn(receivedAt),
    concernId,
    reporterOrganisationId: school.id,
    reporterUserId: teacher.id,
    receiptHash: null,
    snapshot,
    reporter: {
      name: teacher.display_name,
      role: 'Leerkracht groep 5',
      organisationName: school.name,
      phone: '0341 000 000',
      email: teacher.email,
      staysUnknown: false,
      staysUnknownReason: '',
    },
    subjects: [{ nameKey: 'sem voorbeeld demo', dateOfBirth: '2015-09-02', addressKey: null }],
  });
  // Received from the teacher, as the real report is (intake.service.ts receiveReport).
  await appendEvent(trx, { reportId: report.id, kind: 'received', data: {}, authorId: teacher.id, now: receivedAt });
  await appendEntry(trx, {
    concernId,
    authorId: teacher.id,
    entry: {
      kind: 'reported',
      data: {
        reportId: report.id,
        number: report.number,
        veiligThuisName: vt.name,
        observationSeqs: [observationSeq],
        householdCount: 0,
        acute: false,
        informed: true,
        staysUnknown: false,
      },
    },
    occurredAt: null,
    correctsId: null,
    now: receivedAt,
  });

  // A resident's request for advice, two days ago.
  const askedAt = new Date(now - 2 * DAY);
  const resident: ResidentSnapshot = {
    type: 'resident',
    whatHappened:
      'Mijn buurvrouw (ongeveer 80) krijgt elke dag bezoek van haar zoon. Daarna huilt ze vaak en ze zegt dat ze geen geld meer heeft voor boodschappen.',
    when: 'Sinds een maand of twee',
    ageGroup: 'older',
    names: '',
    address: { street: '', postcode: '', place: 'Harderwijk' },
    relation: 'neighbour',
  };
  const advice = await insertReport(trx, {
    veiligThuisId: vt.id,
    kind: 'advice',
    source: 'resident',
    acuteByReporter: false,
    receivedAt: askedAt,
    dueOn: assessmentDueOn(askedAt),
    concernId: null,
    reporterOrganisationId: null,
    reporterUserId: null,
    receiptHash: receiptHash(DEMO_RECEIPT_CODE),
    snapshot: resident,
    reporter: {
      name: '',
      role: '',
      organisationName: '',
      phone: '',
      email: '',
      staysUnknown: true,
      staysUnknownReason: '',
    },
    subjects: [],
  });
  await appendEvent(trx, { reportId: advice.id, kind: 'received', data: {}, authorId: null, now: askedAt });
}
