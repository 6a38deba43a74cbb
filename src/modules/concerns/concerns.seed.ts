// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo data of the concern dossier (never in production): one concern at the demo school, written by
 * the demo teacher, waiting for the demo aandachtsfunctionaris' consultation, so that every page
 * has something to show at first start. The person is invented.
 */
import type { Transaction } from 'kysely';
import type { Config } from '#src/config.ts';
import { loadSigns } from '#src/content/meldcode-content.ts';
import { addWorkingDays } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { insertConcern, insertPerson } from './concern.repository.ts';
import { CONSULTATION_WORKING_DAYS } from './consultation.service.ts';
import type { EntryData } from './entries.ts';
import { appendEntry } from './entry.repository.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Seeds the demo concern (after the identity demo data). */
export async function seedConcernsDemo(trx: Transaction<Database>, _config: Config): Promise<void> {
  const school = await trx
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', 'Basisschool De Regenboog (demo)')
    .executeTakeFirst();
  const teacher = await trx
    .selectFrom('app_user')
    .select('id')
    .where('email', '=', 'leerkracht@demo.kring.nl')
    .executeTakeFirst();
  if (!school || !teacher) return;
  const now = new Date();
  const personId = await insertPerson(trx, {
    organisationId: school.id,
    fullName: 'Demi Voorbeeld (demo)',
    dateOfBirth: '2017-05-14',
    ageGroup: 'child',
    now: new Date(now.getTime() - 9 * DAY),
  });
  const concernId = await insertConcern(trx, {
    organisationId: school.id,
    personId,
    authorId: teacher.id,
    status: 'consultation',
    sector: 'education',
    parentId: null,
    honourRisk: 'no',
    now: new Date(now.getTime() - 9 * DAY),
  });
  const version = loadSigns().version;
  const entries: Array<[EntryData, number]> = [
    [
      {
        kind: 'opened',
        data: { fullName: 'Demi Voorbeeld (demo)', ageGroup: 'child', byVolunteer: false, honourRisk: 'no' },
      },
      9,
    ],
    [
      {
        kind: 'observation',
        data: {
          facts:
            'Demi is de laatste twee weken stil in de klas en speelt in de pauze alleen. Eerder speelde ze altijd met een groepje.',
          interpretation: 'Het lijkt alsof er thuis iets veranderd is.',
          sourceKind: 'self',
          source: '',
          categories: ['emotionalNeglect'],
          signListVersion: version,
        },
      },
      8,
    ],
    [
      {
        kind: 'injury',
        data: {
          side: 'back',
          region: 'upperArmLeft',
          x: null,
          y: null,
          injuryKind: 'bruise',
          sizeCm: 3,
          colour: 'bluePurple',
          explanation: 'Gezien bij het omkleden voor gym.',
        },
      },
      6,
    ],
    [
      {
        kind: 'quote',
        data: {
          words: 'Ik ben gevallen van de trap.',
          context: 'Toen ik vroeg hoe ze aan de plek kwam.',
          sourceKind: 'self',
          source: '',
        },
      },
      6,
    ],
  ];
  for (const [entry, daysAgo] of entries) {
    const at = new Date(now.getTime() - daysAgo * DAY);
    await appendEntry(trx, {
      concernId,
      authorId: teacher.id,
      entry,
      occurredAt: entry.kind === 'opened' ? null : at,
      correctsId: null,
      now: at,
    });
  }
  const requestedAt = new Date(now.getTime() - 1 * DAY);
  const request = await trx
    .insertInto('consultation_request')
    .values({
      concern_id: concernId,
      requested_by: teacher.id,
      lead_id: null,
      requested_at: requestedAt,
      due_at: addWorkingDays(requestedAt, CONSULTATION_WORKING_DAYS),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendEntry(trx, {
    concernId,
    authorId: teacher.id,
    entry: { kind: 'consultationRequested', data: { requestId: request.id, leadId: null, leadName: null } },
    occurredAt: null,
    correctsId: null,
    now: requestedAt,
  });
}
