// SPDX-License-Identifier: EUPL-1.2
/**
 * Test factories for what reaches Veilig Thuis: a professional's report from a concern, a
 * professional's request for anonymous advice, and a resident's report or advice request. All go
 * through the services the pages call (fileReport, requestAdvice, submitResidentReport) with the
 * intake's receiveReport as the inbox, so the report, its events, the concern's entry and the audit
 * rows are the real ones. Veilig Thuis is the app's region's (its municipality content names it)
 * unless another name is given; receivingVeiligThuis falls back to the only one there is.
 */
import type { FastifyInstance } from 'fastify';
import type { ConcernNotifier } from '#src/modules/concerns/concern.service.ts';
import {
  type AdviceInput,
  fileReport,
  type ReportInput,
  type ReportRoute,
  requestAdvice,
} from '#src/modules/concerns/report-to-vt.service.ts';
import { receiveReport } from '#src/modules/reports/index.ts';
import { type ResidentInput, submitResidentReport } from '#src/modules/reports/resident.service.ts';
import { appNotifier, type Concern } from './concerns.ts';
import { contextFor, type Member, residentContext } from './users.ts';

/** Where a factory's report goes: the Veilig Thuis by name (default the region's) and the notices. */
export interface RouteOptions {
  readonly veiligThuisName?: string;
  /** Default: the app's mail queue, as the pages use. */
  readonly notifier?: ConcernNotifier;
}

/** The route to Veilig Thuis the pages take, with the given overrides. */
export function reportRoute(app: FastifyInstance, over: RouteOptions = {}): ReportRoute {
  return {
    veiligThuisName: over.veiligThuisName ?? app.kring.web.municipality.veiligThuis.name,
    inbox: receiveReport,
    notifier: over.notifier ?? appNotifier(app),
  };
}

/** A report or advice request made by a factory. */
export interface Report {
  readonly id: string;
  readonly number: number;
}

/** The id of the report a concern's latest `reported` or `adviceRequested` entry names. */
async function latestReportOf(app: FastifyInstance, concernId: string, kind: 'reported' | 'adviceRequested') {
  const row = await app.kring.database.db
    .selectFrom('concern_entry')
    .select('data')
    .where('concern_id', '=', concernId)
    .where('kind', '=', kind)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  return (row.data as { reportId: string }).reportId;
}

/** What a professional's report may be told; by default every signal of the concern is sent. */
export type ProfessionalReportOptions = Partial<ReportInput> & RouteOptions & { readonly by?: Member };

/** Files a professional's report to Veilig Thuis from a concern that is in status `report`. */
export async function createProfessionalReport(
  app: FastifyInstance,
  concern: Pick<Concern, 'id' | 'by'>,
  over: ProfessionalReportOptions = {},
): Promise<Report> {
  const { by = concern.by, veiligThuisName, notifier, ...input } = over;
  const signals = await app.kring.database.db
    .selectFrom('concern_entry')
    .select('id')
    .where('concern_id', '=', concern.id)
    .where('kind', 'in', ['observation', 'quote', 'counterSign', 'injury'])
    .orderBy('seq')
    .execute();
  const observationIds: readonly string[] = input.observationIds ?? signals.map((r) => r.id);
  const number = await fileReport(
    contextFor(app, by),
    concern.id,
    {
      householdIds: [],
      helpGiven: 'Gesprekken met de mentor.',
      informed: true,
      notInformedGround: null,
      notInformedExplanation: '',
      acute: false,
      role: 'Docent',
      phone: '0341 123 456',
      staysUnknown: false,
      staysUnknownReason: '',
      ...input,
      observationIds,
    },
    reportRoute(app, { veiligThuisName, notifier }),
  );
  return { id: await latestReportOf(app, concern.id, 'reported'), number };
}

/** Asks Veilig Thuis for anonymous advice from a concern at any open step. */
export async function createAdviceRequest(
  app: FastifyInstance,
  concern: Pick<Concern, 'id' | 'by'>,
  over: Partial<AdviceInput> & RouteOptions & { readonly by?: Member } = {},
): Promise<Report> {
  const { by = concern.by, veiligThuisName, notifier, ...input } = over;
  const number = await requestAdvice(
    contextFor(app, by),
    concern.id,
    {
      situation: 'Een leerling vertelt over een vader die boos wordt als hij drinkt.',
      question: 'Moeten wij melden?',
      role: 'Docent',
      phone: '',
      ...input,
    },
    reportRoute(app, { veiligThuisName, notifier }),
  );
  return { id: await latestReportOf(app, concern.id, 'adviceRequested'), number };
}

/** What a resident's report may be told: the kind, and any field of what happened or of the contact. */
export type ResidentReportOptions = Partial<Pick<ResidentInput, 'kind'>> &
  Partial<ResidentInput['snapshot']> &
  Partial<ResidentInput['contact']> &
  RouteOptions;

/** Sends a resident's report or advice request (default: advice about a child); returns its receipt code too. */
export async function createResidentReport(
  app: FastifyInstance,
  over: ResidentReportOptions = {},
): Promise<Report & { readonly code: string }> {
  const { kind = 'advice', veiligThuisName, notifier, name = '', phone = '', email = '', ...snapshot } = over;
  const route = reportRoute(app, { veiligThuisName, notifier });
  const { code, number } = await submitResidentReport(
    residentContext(app),
    {
      kind,
      snapshot: {
        whatHappened: 'Al weken hoor ik laat in de avond geschreeuw en een klein kind dat huilt.',
        when: 'Een paar keer per week, na 22 uur',
        ageGroup: 'child',
        names: '',
        address: { street: 'Dorpsstraat 12', postcode: '3841 AB', place: 'Harderwijk' },
        relation: 'neighbour',
        ...snapshot,
        type: 'resident',
      },
      contact: { name, phone, email },
    },
    route.veiligThuisName,
    route.notifier,
  );
  const row = await app.kring.database.db
    .selectFrom('vt_report')
    .select('id')
    .where('number', '=', number)
    .where('source', '=', 'resident')
    .executeTakeFirstOrThrow();
  return { id: row.id, number, code };
}
