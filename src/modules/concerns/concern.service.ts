// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier's use cases (issue 4). Each one loads the concern, asks the policy who may
 * (concern.policy.ts: another organisation's concern is 404), asks the workflow table whether the
 * step is allowed now (workflow.ts: otherwise 409), writes, and records its audit row in the same
 * transaction. Every read of a dossier is audited too (NEN 7513). Notifications are content-free and
 * go out through the notifier inside the transaction, so a failed write sends nothing.
 */
import { sectorFor } from '#src/content/meldcode-content.ts';
import { type Actor, abilities, actorOf, authorize, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { NotFoundError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { hidden } from '#src/core/refusal.ts';
import { audit } from '#src/modules/audit/index.ts';
import { type Colleague, colleagues } from '#src/modules/identity/index.ts';
import type { Outcome } from './afwegingskader.ts';
import { concernPolicy, takes } from './concern.policy.ts';
import * as repo from './concern.repository.ts';
import { openConcernSchema } from './concern.schemas.ts';
import { auditConcern, resource, routeFactsIn, type Trx } from './concern-access.ts';
import { requestConsultationIn } from './consultation.service.ts';
import { appendEntry, type EntryRow, listEntries } from './entry.repository.ts';
import type { HonourRisk } from './honour-route.ts';
import {
  type AttachmentRow,
  type ConcernListRow,
  type ConsultationRow,
  type HouseholdRow,
  listAttachments,
  listConcerns as listConcernRows,
  listConsultations,
  listHousehold,
} from './list.repository.ts';
import * as steps from './steps.repository.ts';
import { type Action, type AgeGroup, availableActions, type Route, roleIs } from './workflow.ts';

/** The kinds of content-free message Kring sends (the mail says only that something waits). */
export const NOTICE_KINDS = [
  'consultationRequested',
  'volunteerConcern',
  'feedbackWaiting',
  'adviceWaiting',
  'acuteReport',
] as const;

/** A content-free message to colleagues: only its kind and whom it is for. */
export interface ConcernNotice {
  readonly kind: (typeof NOTICE_KINDS)[number];
  readonly to: readonly { readonly email: string; readonly name: string }[];
  /**
   * The organisation it is about: someone who works for two (an aandachtsfunctionaris of a school
   * and a sports club) reads which one. A name of an organisation is no content about a person.
   */
  readonly organisationName: string;
}

/** Sends notices; implementations enqueue them in the same transaction (jobs vanish on rollback). */
export interface ConcernNotifier {
  notify(trx: Trx, notice: ConcernNotice): Promise<void>;
}

/** What opening a concern needs. */
export interface OpenConcernInput {
  readonly fullName: string;
  readonly dateOfBirth: string | null;
  readonly ageGroup: AgeGroup;
  /**
   * The answer to the required question with the first signal: are there signs of honour-related
   * violence, forced marriage, FGM or abandonment abroad? (ADR 0027)
   */
  readonly honourRisk: HonourRisk;
}

/** A concern's first answer: given at opening, or taken over from the concern it was opened from. */
/** A concern's first answer: given at opening, or taken over from the concern it was opened from. */
export interface FirstAnswer {
  readonly honourRisk: HonourRisk | null;
  readonly inherited: boolean;
}

/**
 * Opens a concern about a person in the actor's organisation. A volunteer's concern goes straight to
 * the organisation's aandachtsfunctionarissen: a consultation request is made and they are notified
 * (without content).
 * @returns the new concern's id
 * @throws {ValidationError} the input breaks a rule of concern.schemas.ts (each field's key)
 */
export async function openConcern(
  ctx: RequestContext,
  input: OpenConcernInput,
  notifier: ConcernNotifier,
): Promise<string> {
  const actor = actorOf(ctx);
  if (!roleIs(actor.role, 'signaller')) throw new ForbiddenError();
  const valid = validInput(openConcernSchema(ctx.now), input);
  return ctx.db.transaction().execute(async (trx) => {
    const personId = await repo.insertPerson(trx, {
      organisationId: actor.organisationId,
      fullName: valid.fullName,
      dateOfBirth: valid.dateOfBirth,
      ageGroup: valid.ageGroup,
      now: ctx.now,
    });
    const first: FirstAnswer = { honourRisk: valid.honourRisk, inherited: false };
    return createConcern(trx, ctx, actor, personId, valid, first, null, notifier);
  });
}

/**
 * Writes a new concern about a person: its row, its first entry and audit row; a volunteer's concern
 * goes to the aandachtsfunctionarissen at once (a consultation request, a notice).
 * @returns the new concern's id
 */
export async function createConcern(
  trx: Trx,
  ctx: RequestContext,
  actor: Actor,
  personId: string,
  input: Omit<OpenConcernInput, 'honourRisk'>,
  first: FirstAnswer,
  parentId: string | null,
  notifier: ConcernNotifier,
): Promise<string> {
  const byVolunteer = !takes(actor, 'professional');
  const id = await repo.insertConcern(trx, {
    organisationId: actor.organisationId,
    personId,
    authorId: actor.userId,
    status: 'signals',
    sector: sectorFor(actor.organisationType),
    parentId,
    honourRisk: first.honourRisk,
    now: ctx.now,
  });
  await appendEntry(trx, {
    concernId: id,
    authorId: actor.userId,
    entry: {
      kind: 'opened',
      data: {
        fullName: input.fullName,
        ageGroup: input.ageGroup,
        byVolunteer,
        honourRisk: first.honourRisk,
        ...(first.inherited ? { honourRiskInherited: true } : {}),
      },
    },
    occurredAt: null,
    correctsId: null,
    now: ctx.now,
  });
  await auditConcern(trx, ctx, { id, personId }, 'concern.create', 'C');
  if (byVolunteer) {
    const concern = await repo.findConcern(trx, id, true);
    if (!concern) throw new NotFoundError();
    await requestConsultationIn(trx, ctx, actor, concern, null, notifier, 'volunteerConcern');
    await steps.markInConsultation(trx, id);
  }
  return id;
}

/** How many of the latest entries the concern page shows (the chronology shows them all). */
export const ENTRIES_ON_PAGE = 20;

/** A concern with everything its page shows. */
export interface ConcernView {
  readonly concern: repo.ConcernRow;
  /** The latest entries (all of them when asked for). */
  readonly entries: readonly EntryRow[];
  /** Every injury, for the body map. */
  readonly injuries: readonly EntryRow[];
  readonly household: readonly HouseholdRow[];
  readonly attachments: readonly AttachmentRow[];
  readonly consultations: readonly ConsultationRow[];
  readonly members: readonly Colleague[];
  readonly parent: { readonly id: string; readonly personName: string } | null;
  readonly can: Record<keyof typeof concernPolicy, boolean>;
  /** The steps the actor may take now (workflow table ∩ role). */
  readonly actions: readonly Action[];
  /** The latest afwegingskader outcome, if weighed. */
  readonly outcome: Outcome | null;
  /** Whether a sign category that goes straight to Veilig Thuis was ticked (EGG, VGV, huwelijksdwang). */
  readonly directToVeiligThuis: boolean;
  /**
   * The route (ADR 0027): `expert` when the honour-related violence question was answered yes or
   * don't know, or a direct category was ticked: Veilig Thuis first, no conversation with the family
   * before its advice is recorded, a report possible from step 1.
   */
  readonly route: Route;
  /** Whether advice of Veilig Thuis was recorded (on the expert route, that opens the conversation). */
  readonly veiligThuisAdvice: boolean;
  /** Whether the kindcheck was recorded. */
  readonly hasKindcheck: boolean;
  /** Whether the carer check (mantelzorgcheck) was recorded. */
  readonly hasCarerCheck: boolean;
  /** Whether the report to Veilig Thuis was filed after the decision to report. */
  readonly reportFiled: boolean;
  /**
   * Who the reader is in the meldcode: a volunteer signals and hands over; the steps are taken by
   * professionals and the aandachtsfunctionaris. A volunteer's page speaks plain words.
   */
  readonly readerIsVolunteer: boolean;
  /** For a volunteer: the organisation's aandachtsfunctionarissen, the contact persons (name, e-mail). */
  readonly contacts: readonly Colleague[];
  /** The name of the concern's organisation (the reader's own). */
  readonly organisationName: string;
}

/**
 * Reads a concern (audited).
 * @param allEntries every entry instead of the latest ENTRIES_ON_PAGE
 */
export async function getConcern(ctx: RequestContext, id: string, allEntries = false): Promise<ConcernView> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await repo.findConcern(trx, id);
    if (!concern) throw hidden('concern', id);
    authorize(actor, concernPolicy, 'view', resource(concern), { type: 'concern', id });
    // One read for the timeline and the body map: the latest entries plus every injury, however old.
    const read = await listEntries(trx, [id], allEntries ? {} : { latest: ENTRIES_ON_PAGE, alsoKinds: ['injury'] });
    const injuries = read.filter((e) => e.kind === 'injury');
    const newest = new Set(
      read
        .map((e) => e.seq)
        .sort((a, b) => b - a)
        .slice(0, allEntries ? undefined : ENTRIES_ON_PAGE),
    );
    const entries = read.filter((e) => newest.has(e.seq));
    const facts = await routeFactsIn(trx, concern);
    const household = await listHousehold(trx, concern.personId);
    const attachments = await listAttachments(trx, id);
    const consultations = await listConsultations(trx, id);
    const members =
      concern.memberIds.length > 0
        ? (await colleagues(trx, concern.organisationId, ['professional', 'volunteer', 'safeguardingLead'])).filter(
            (c) => concern.memberIds.includes(c.id),
          )
        : [];
    let parent: ConcernView['parent'] = null;
    if (concern.parentId) {
      const p = await repo.findConcern(trx, concern.parentId);
      if (p && concernPolicy.view(actor, resource(p)) === 'allow') parent = { id: p.id, personName: p.person.fullName };
    }
    const readerIsVolunteer = !roleIs(actor.role, 'professional');
    const contacts = readerIsVolunteer ? await colleagues(trx, concern.organisationId, ['safeguardingLead']) : [];
    await auditConcern(trx, ctx, concern, 'concern.read', 'R');
    return {
      concern,
      entries,
      injuries,
      household,
      attachments,
      consultations,
      members,
      parent,
      can: abilities(actor, concernPolicy, resource(concern)),
      actions: availableActions(concern.status, actor.role, facts.route),
      outcome: facts.outcome as Outcome | null,
      directToVeiligThuis: facts.ticked,
      route: facts.route,
      veiligThuisAdvice: facts.veiligThuisAdvice,
      hasKindcheck: facts.hasKindcheck,
      hasCarerCheck: facts.hasCarerCheck,
      reportFiled: facts.reportFiled,
      readerIsVolunteer,
      contacts,
      organisationName: concern.organisationName,
    };
  });
}

/**
 * Checks that the actor may see a concern, reading nothing of it for the page (so no audit row of a
 * read; a refusal is audited as any refused object access).
 * @throws {NotFoundError} when it does not exist or is not the actor's to see
 */
export async function assertConcernVisible(ctx: RequestContext, id: string): Promise<void> {
  const actor = actorOf(ctx);
  const concern = await repo.findConcern(ctx.db, id);
  if (!concern) throw hidden('concern', id);
  authorize(actor, concernPolicy, 'view', resource(concern), { type: 'concern', id });
}

/** The concerns the actor may see (an aandachtsfunctionaris: all of the organisation's). Audited. */
export async function listConcerns(
  ctx: RequestContext,
  filters: Omit<Parameters<typeof listConcernRows>[1], 'organisationId' | 'userId' | 'all'> = {},
): Promise<ConcernListRow[]> {
  const actor = actorOf(ctx);
  if (!roleIs(actor.role, 'signaller')) throw new ForbiddenError();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await listConcernRows(trx, {
      ...filters,
      organisationId: actor.organisationId,
      userId: actor.userId,
      all: takes(actor, 'lead'),
    });
    await audit(trx, ctx, {
      type: 'concern.list',
      action: 'R',
      purpose: 'care',
      outcome: 'success',
      objectType: 'concern',
      objectId: null,
    });
    return rows;
  });
}

/** A person's chronology: every concern of the organisation about them that the actor may see. */
export interface Chronology {
  readonly person: repo.ConcernRow['person'];
  readonly organisationName: string;
  readonly concerns: readonly repo.ConcernRow[];
  readonly entries: readonly EntryRow[];
  readonly generatedAt: Date;
  readonly generatedBy: string;
}

/**
 * The chronology of the person of a concern, across the organisation's concerns about them that the
 * actor may see. Audited as a read, or as an export (print / PDF).
 */
export async function chronology(ctx: RequestContext, id: string, exported: boolean): Promise<Chronology> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await repo.findConcern(trx, id);
    if (!concern) throw hidden('concern', id);
    authorize(actor, concernPolicy, 'view', resource(concern), { type: 'concern', id });
    const ids = await steps.concernIdsOfPerson(trx, concern.personId, actor.organisationId);
    const concerns: repo.ConcernRow[] = [];
    for (const other of ids) {
      const c = other === id ? concern : await repo.findConcern(trx, other);
      if (c && concernPolicy.view(actor, resource(c)) === 'allow') concerns.push(c);
    }
    const entries = await listEntries(
      trx,
      concerns.map((c) => c.id),
    );
    await auditConcern(trx, ctx, concern, exported ? 'concern.chronology.export' : 'concern.chronology.read', 'R');
    return {
      person: concern.person,
      organisationName: actor.organisationName,
      concerns,
      entries,
      generatedAt: ctx.now,
      generatedBy: actor.displayName,
    };
  });
}
