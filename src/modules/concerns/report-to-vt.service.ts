// SPDX-License-Identifier: EUPL-1.2
/**
 * From a concern to Veilig Thuis (issue 5): the report (melding) after the decision in step 5, and a
 * request for anonymous advice at any step. The report is a snapshot of what the reporter chose to
 * send; the advice request carries nothing that identifies the family (domain.md §1.5). Both go to
 * the region's Veilig Thuis, in the same transaction as the concern's own entry and audit rows.
 */
import type { Transaction } from 'kysely';
import { type Actor, actorOf, authorize, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ConflictError, NoVeiligThuisError, StepNotForRoleError, ValidationError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { hidden } from '#src/core/refusal.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import { receivingVeiligThuis } from '#src/modules/identity/index.ts';
import type {
  IncomingReport,
  ProfessionalAdviceSnapshot,
  ProfessionalReportSnapshot,
  SnapshotEntry,
} from '#src/modules/reports/index.ts';
import { concernPolicy } from './concern.policy.ts';
import * as repo from './concern.repository.ts';
import type { ConcernNotifier } from './concern.service.ts';
import { routeFactsIn } from './concern-access.ts';
import type { EntryDataByKind, NotInformedGround } from './entries.ts';
import { appendEntry, type EntryRow, listEntries } from './entry.repository.ts';
import { type HouseholdRow, listHousehold } from './list.repository.ts';
import { adviceInput, reportInput } from './report-to-vt.schemas.ts';
import { type Action, roleIs, STEP_OF_STATUS, stepTakerFor, transition } from './workflow.ts';

type Trx = Transaction<Database>;

/**
 * Where reports and advice requests go: the intake of Veilig Thuis. The reports module receives them
 * (its `receiveReport`); app.ts gives it here, so that concerns never import reports at run time and
 * the reports module may read the concern's vocabulary (docs/architecture.md, "Boundaries").
 */
export type VeiligThuisInbox = (
  trx: Trx,
  ctx: RequestContext,
  report: IncomingReport,
  notifier: ConcernNotifier,
) => Promise<{ readonly id: string; readonly number: number }>;

/** The way to Veilig Thuis: which one (the municipality's content names it), its inbox, and the notices. */
export interface ReportRoute {
  readonly veiligThuisName: string;
  readonly inbox: VeiligThuisInbox;
  readonly notifier: ConcernNotifier;
}

/** The entry kinds a reporter can choose to send as observations. */
export const REPORTABLE_KINDS = ['observation', 'quote', 'counterSign', 'injury'] as const;

/** Loads the concern for a step towards Veilig Thuis: 404 if hidden, 409 if not now, 403 for volunteers. */
async function concernFor(trx: Trx, actor: Actor, id: string, action: Action, lock: boolean) {
  const concern = await repo.findConcern(trx, id, lock);
  if (!concern) throw hidden('concern', id);
  authorize(
    actor,
    concernPolicy,
    'view',
    {
      organisationId: concern.organisationId,
      authorId: concern.authorId,
      memberIds: concern.memberIds,
      status: concern.status,
    },
    { type: 'concern', id },
  );
  const taker = stepTakerFor(actor.role, action);
  if (taker) throw new StepNotForRoleError(taker);
  const allowed = transition(action, concern.status, (await routeFactsIn(trx, concern)).route);
  if (!allowed) throw new ConflictError();
  if (!roleIs(actor.role, allowed.by)) throw new ForbiddenError();
  return concern;
}

function auditConcern(trx: Trx, ctx: RequestContext, concern: repo.ConcernRow, type: string, action: 'R' | 'E' | 'U') {
  return audit(trx, ctx, {
    type,
    action,
    purpose: 'care',
    outcome: 'success',
    subject: { kind: 'person', id: concern.personId },
    objectType: 'concern',
    objectId: concern.id,
  });
}

/** Everything the report form offers to send. */
export interface ReportDraft {
  readonly concern: repo.ConcernRow;
  /** The Veilig Thuis that will receive it, or null when none is set up. */
  readonly veiligThuis: { readonly id: string; readonly name: string } | null;
  /** The current observations (corrected ones replaced by their correction). */
  readonly observations: readonly EntryRow[];
  readonly household: readonly HouseholdRow[];
  readonly weighing: EntryDataByKind['weighing'] | null;
  readonly decision: EntryDataByKind['decision'] | null;
}

async function draftIn(trx: Trx, concern: repo.ConcernRow, veiligThuisName: string): Promise<ReportDraft> {
  const entries = await listEntries(trx, [concern.id], {
    kinds: [...REPORTABLE_KINDS, 'weighing', 'decision'],
  });
  const latest = <K extends 'weighing' | 'decision'>(kind: K) =>
    (entries.findLast((e) => e.kind === kind)?.data as EntryDataByKind[K] | undefined) ?? null;
  const vt = await receivingVeiligThuis(trx, veiligThuisName);
  return {
    concern,
    veiligThuis: vt ?? null,
    observations: entries.filter(
      (e) => (REPORTABLE_KINDS as readonly string[]).includes(e.kind) && e.correctedBySeq === null,
    ),
    household: await listHousehold(trx, concern.personId),
    weighing: latest('weighing'),
    decision: latest('decision'),
  };
}

/**
 * What the report form shows: the concern's observations, household, afwegingskader and decision
 * (a read of the dossier, audited).
 * @throws {ConflictError} the decision to report has not been taken
 */
export async function reportDraft(ctx: RequestContext, id: string, veiligThuisName: string): Promise<ReportDraft> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await concernFor(trx, actor, id, 'fileReport', false);
    const draft = await draftIn(trx, concern, veiligThuisName);
    await auditConcern(trx, ctx, concern, 'concern.read', 'R');
    return draft;
  });
}

/** What the reporter fills in. */
export interface ReportInput {
  readonly observationIds: readonly string[];
  readonly householdIds: readonly string[];
  readonly helpGiven: string;
  readonly informed: boolean;
  readonly notInformedGround: NotInformedGround | null;
  readonly notInformedExplanation: string;
  readonly acute: boolean;
  readonly role: string;
  readonly phone: string;
  readonly staysUnknown: boolean;
  readonly staysUnknownReason: string;
}

function snapshotEntry(e: EntryRow): SnapshotEntry {
  return {
    seq: e.seq,
    kind: e.kind,
    data: e.data,
    occurredAt: e.occurredAt?.toISOString() ?? null,
    occurredTimeKnown: e.occurredTimeKnown,
    createdAt: e.createdAt.toISOString(),
    authorName: e.authorName,
  };
}

/**
 * Files the report to the region's Veilig Thuis.
 * @returns the report's number at Veilig Thuis
 * @throws {ValidationError} the input breaks a rule of report-to-vt.schemas.ts, no observation
 *   chosen, or an id not of this concern
 * @throws {NoVeiligThuisError} no Veilig Thuis is set up
 */
export async function fileReport(
  ctx: RequestContext,
  id: string,
  given: ReportInput,
  route: ReportRoute,
): Promise<number> {
  const actor = actorOf(ctx);
  const input = validInput(reportInput, given);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await concernFor(trx, actor, id, 'fileReport', true);
    const draft = await draftIn(trx, concern, route.veiligThuisName);
    const observations = draft.observations.filter((o) => input.observationIds.includes(o.id));
    const household = draft.household.filter((m) => input.householdIds.includes(m.id));
    if (observations.length === 0) throw new ValidationError({ observations: 'required' });
    if (observations.length !== new Set(input.observationIds).size)
      throw new ValidationError({ observations: 'unknown' });
    if (household.length !== new Set(input.householdIds).size) throw new ValidationError({ household: 'unknown' });
    const vt = draft.veiligThuis;
    if (!vt) throw new NoVeiligThuisError();
    const snapshot: ProfessionalReportSnapshot = {
      type: 'professionalReport',
      organisationName: actor.organisationName,
      sector: concern.sector,
      subject: {
        fullName: concern.person.fullName,
        dateOfBirth: concern.person.dateOfBirth,
        ageGroup: concern.person.ageGroup,
      },
      household: household.map((m) => ({
        name: m.name,
        relation: m.relation,
        dateOfBirth: m.dateOfBirth,
        ageYears: m.ageYears,
      })),
      observations: observations.map(snapshotEntry),
      weighing: draft.weighing,
      decisionReasons: draft.decision?.reasons ?? '',
      helpGiven: input.helpGiven,
      informed: input.informed,
      notInformedGround: input.informed ? null : input.notInformedGround,
      notInformedExplanation: input.informed ? '' : input.notInformedExplanation,
    };
    const created = await route.inbox(
      trx,
      ctx,
      {
        veiligThuisId: vt.id,
        veiligThuisName: vt.name,
        kind: 'report',
        source: 'professional',
        acuteByReporter: input.acute,
        concernId: concern.id,
        reporterOrganisationId: actor.organisationId,
        reporterUserId: actor.userId,
        receiptHash: null,
        snapshot,
        reporter: {
          name: actor.displayName,
          role: input.role,
          organisationName: actor.organisationName,
          phone: input.phone,
          email: actor.email,
          staysUnknown: input.staysUnknown,
          staysUnknownReason: input.staysUnknown ? input.staysUnknownReason : '',
        },
        subjects: [
          { name: concern.person.fullName, dateOfBirth: concern.person.dateOfBirth, address: null },
          ...household.map((m) => ({ name: m.name, dateOfBirth: m.dateOfBirth, address: null })),
        ],
      },
      route.notifier,
    );
    await appendEntry(trx, {
      concernId: concern.id,
      authorId: actor.userId,
      entry: {
        kind: 'reported',
        data: {
          reportId: created.id,
          number: created.number,
          veiligThuisName: vt.name,
          observationSeqs: observations.map((o) => o.seq),
          householdCount: household.length,
          acute: input.acute,
          informed: input.informed,
          staysUnknown: input.staysUnknown,
        },
      },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    // A transfer of personal data to another organisation (NEN 7513: log transfers).
    await auditConcern(trx, ctx, concern, 'concern.step.fileReport', 'E');
    return created.number;
  });
}

/**
 * The name of the Veilig Thuis an advice request would go to (the advice form names it), for someone
 * who works with concerns; null when none is set up (the form then says so).
 * @throws {ForbiddenError} for a role that does not work with concerns
 */
export async function adviceRecipient(ctx: RequestContext, veiligThuisName: string): Promise<string | null> {
  const actor = actorOf(ctx);
  if (!roleIs(actor.role, 'signaller')) throw new ForbiddenError();
  return (await receivingVeiligThuis(ctx.db, veiligThuisName))?.name ?? null;
}

/** What an advice request holds: the situation without names, and the question. */
export interface AdviceInput {
  readonly situation: string;
  readonly question: string;
  readonly role: string;
  readonly phone: string;
}

/**
 * Asks the region's Veilig Thuis for anonymous advice: only the age group, the step, the sector and
 * the reporter's own words go; the answer arrives in the concern.
 * @returns the request's number at Veilig Thuis
 * @throws {ValidationError} the input breaks a rule of report-to-vt.schemas.ts (`bsn`: a BSN in the text)
 */
export async function requestAdvice(
  ctx: RequestContext,
  id: string,
  given: AdviceInput,
  route: ReportRoute,
): Promise<number> {
  const actor = actorOf(ctx);
  // Nothing that identifies the family: a BSN is refused outright, whoever calls.
  const input = validInput(adviceInput, given);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await concernFor(trx, actor, id, 'requestAdvice', true);
    const vt = await receivingVeiligThuis(trx, route.veiligThuisName);
    if (!vt) throw new NoVeiligThuisError();
    const snapshot: ProfessionalAdviceSnapshot = {
      type: 'professionalAdvice',
      organisationName: actor.organisationName,
      sector: concern.sector,
      ageGroup: concern.person.ageGroup,
      meldcodeStep: STEP_OF_STATUS[concern.status],
      situation: input.situation,
      question: input.question,
    };
    const created = await route.inbox(
      trx,
      ctx,
      {
        veiligThuisId: vt.id,
        veiligThuisName: vt.name,
        kind: 'advice',
        source: 'professional',
        acuteByReporter: false,
        concernId: concern.id,
        reporterOrganisationId: actor.organisationId,
        reporterUserId: actor.userId,
        receiptHash: null,
        snapshot,
        reporter: {
          name: actor.displayName,
          role: input.role,
          organisationName: actor.organisationName,
          phone: input.phone,
          email: actor.email,
          staysUnknown: false,
          staysUnknownReason: '',
        },
        subjects: [],
      },
      route.notifier,
    );
    await appendEntry(trx, {
      concernId: concern.id,
      authorId: actor.userId,
      entry: {
        kind: 'adviceRequested',
        data: { reportId: created.id, number: created.number, veiligThuisName: vt.name, question: input.question },
      },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    await auditConcern(trx, ctx, concern, 'concern.step.requestAdvice', 'U');
    return created.number;
  });
}
