// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier's use cases (issue 4). Each one loads the concern, asks the policy who may
 * (concern.policy.ts: another organisation's concern is 404), asks the workflow table whether the
 * step is allowed now (workflow.ts: otherwise 409), writes, and records its audit row in the same
 * transaction. Every read of a dossier is audited too (NEN 7513). Notifications are content-free and
 * go out through the notifier inside the transaction, so a failed write sends nothing.
 */
import crypto from 'node:crypto';
import type { Transaction } from 'kysely';
import { loadSigns, sectorFor } from '#src/content/meldcode-content.ts';
import { type Actor, abilities, actorOf, authorize, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ConflictError, NotFoundError, StepNotForRoleError, ValidationError } from '#src/core/errors.ts';
import { hidden } from '#src/core/refusal.ts';
import { addWorkingDays } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import {
  type Answers,
  allowedDecisions,
  type Decision,
  nextStep,
  type Outcome,
  relevantAnswers,
} from './afwegingskader.ts';
import { ageOf } from './age.ts';
import type { InspectedUpload } from './attachments/inspect.ts';
import type { AttachmentStore } from './attachments/store.ts';
import { type ConcernResource, concernPolicy, takes } from './concern.policy.ts';
import * as repo from './concern.repository.ts';
import { type EntryData, type EntryDataByKind, SIGNAL_KINDS } from './entries.ts';
import {
  familyConversationAllowed,
  type HonourRisk,
  honourRiskChangeAllowed,
  type RouteFacts,
  routeOf,
} from './honour-route.ts';
import * as steps from './steps.repository.ts';
import { checkApplies } from './subject-texts.ts';
import {
  type Action,
  type AgeGroup,
  availableActions,
  type ConcernStatus,
  type Route,
  roleIs,
  stepTakerFor,
  transition,
} from './workflow.ts';

type Trx = Transaction<Database>;

/** Consultation requests are due after five working days (then a reminder goes out). */
export const CONSULTATION_WORKING_DAYS = 5;

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

function resource(c: repo.ConcernRow): ConcernResource {
  return { organisationId: c.organisationId, authorId: c.authorId, memberIds: c.memberIds, status: c.status };
}

/** Loads a concern the actor may act on, under a row lock, or throws 404/403. */
async function lockedConcern(
  trx: Trx,
  actor: Actor,
  id: string,
  action: keyof typeof concernPolicy,
): Promise<repo.ConcernRow> {
  const concern = await repo.findConcern(trx, id, true);
  if (!concern) throw hidden('concern', id);
  authorize(actor, concernPolicy, action, resource(concern), { type: 'concern', id });
  return concern;
}

function auditConcern(
  trx: Trx,
  ctx: RequestContext,
  concern: Pick<repo.ConcernRow, 'id' | 'personId'>,
  type: string,
  action: 'C' | 'R' | 'U' | 'E',
): Promise<void> {
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
interface FirstAnswer {
  readonly honourRisk: HonourRisk | null;
  readonly inherited: boolean;
}

/**
 * Opens a concern about a person in the actor's organisation. A volunteer's concern goes straight to
 * the organisation's aandachtsfunctionarissen: a consultation request is made and they are notified
 * (without content).
 * @returns the new concern's id
 */
export async function openConcern(
  ctx: RequestContext,
  input: OpenConcernInput,
  notifier: ConcernNotifier,
): Promise<string> {
  const actor = actorOf(ctx);
  if (!roleIs(actor.role, 'signaller')) throw new ForbiddenError();
  return ctx.db.transaction().execute(async (trx) => {
    const personId = await repo.insertPerson(trx, {
      organisationId: actor.organisationId,
      fullName: input.fullName,
      dateOfBirth: input.dateOfBirth,
      ageGroup: input.ageGroup,
      now: ctx.now,
    });
    const first: FirstAnswer = { honourRisk: input.honourRisk, inherited: false };
    return createConcern(trx, ctx, actor, personId, input, first, null, notifier);
  });
}

async function createConcern(
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
  await repo.appendEntry(trx, {
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
  readonly entries: readonly repo.EntryRow[];
  /** Every injury, for the body map. */
  readonly injuries: readonly repo.EntryRow[];
  readonly household: readonly repo.HouseholdRow[];
  readonly attachments: readonly repo.AttachmentRow[];
  readonly consultations: readonly repo.ConsultationRow[];
  readonly members: readonly repo.Colleague[];
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
  readonly contacts: readonly repo.Colleague[];
  /** The name of the concern's organisation (the reader's own). */
  readonly organisationName: string;
}

/** The sign categories that send the professional straight to Veilig Thuis. */
function directCategories(): string[] {
  return loadSigns()
    .categories.filter((c) => c.directToVeiligThuis)
    .map((c) => c.id);
}

/** The facts over a concern's entries, with its route (ADR 0027). */
export async function routeFactsIn(
  trx: Trx,
  concern: Pick<repo.ConcernRow, 'id' | 'honourRisk'>,
): Promise<repo.EntryFacts & { readonly route: Route }> {
  const facts = await repo.entryFacts(trx, concern.id, directCategories());
  const route = routeOf({ honourRisk: concern.honourRisk, directCategoryTicked: facts.ticked } satisfies RouteFacts);
  return { ...facts, route };
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
    const read = await repo.listEntries(
      trx,
      [id],
      allEntries ? {} : { latest: ENTRIES_ON_PAGE, alsoKinds: ['injury'] },
    );
    const injuries = read.filter((e) => e.kind === 'injury');
    const newest = new Set(
      read
        .map((e) => e.seq)
        .sort((a, b) => b - a)
        .slice(0, allEntries ? undefined : ENTRIES_ON_PAGE),
    );
    const entries = read.filter((e) => newest.has(e.seq));
    const facts = await routeFactsIn(trx, concern);
    const household = await repo.listHousehold(trx, concern.personId);
    const attachments = await repo.listAttachments(trx, id);
    const consultations = await repo.listConsultations(trx, id);
    const members =
      concern.memberIds.length > 0
        ? (
            await repo.colleagues(trx, concern.organisationId, ['professional', 'volunteer', 'safeguardingLead'])
          ).filter((c) => concern.memberIds.includes(c.id))
        : [];
    let parent: ConcernView['parent'] = null;
    if (concern.parentId) {
      const p = await repo.findConcern(trx, concern.parentId);
      if (p && concernPolicy.view(actor, resource(p)) === 'allow') parent = { id: p.id, personName: p.person.fullName };
    }
    const readerIsVolunteer = !roleIs(actor.role, 'professional');
    const contacts = readerIsVolunteer ? await repo.colleagues(trx, concern.organisationId, ['safeguardingLead']) : [];
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

/** The entry kinds anyone who may add entries can add directly (the steps go through takeStep). */
export type DirectEntry = Extract<
  EntryData,
  { kind: 'observation' | 'quote' | 'counterSign' | 'injury' | 'note' | 'kindcheck' | 'carerCheck' }
>;

/**
 * Adds an observation, a quote, a counter-sign, an injury, a check of step 1 (kindcheck, carer
 * check) or a note. With `correctsId` the new entry corrects an earlier one of the same concern
 * (which stays as it was).
 *
 * A signal (observation, quote, counter-sign) on a concern whose honour-related violence question was
 * not asked yet needs `honourRisk`: the first signal of every concern answers it (ADR 0027). Given on
 * a concern that has an answer, it is recorded only where it may change that answer ("no" → "yes").
 * @throws {ValidationError} `correctsId` when the corrected entry is not of this concern; `honourRisk`
 *   when a first signal comes without the answer
 * @throws {ConflictError} a check of step 1 that does not apply to the person (no kindcheck, with
 *   its pregnancy question, for an older person; no carer check for a child)
 */
export async function addEntry(
  ctx: RequestContext,
  id: string,
  entry: DirectEntry,
  options: {
    occurredAt?: Date | null;
    occurredTimeKnown?: boolean;
    correctsId?: string | null;
    honourRisk?: HonourRisk | null;
  } = {},
): Promise<string> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    if (
      (entry.kind === 'kindcheck' || entry.kind === 'carerCheck') &&
      !checkApplies(concern.person.ageGroup, entry.kind)
    )
      throw new ConflictError('Check does not apply to this person');
    const isSignal = (SIGNAL_KINDS as readonly string[]).includes(entry.kind) && !options.correctsId;
    if (isSignal && concern.honourRisk === null && !options.honourRisk) {
      throw new ValidationError({ honourRisk: 'required' });
    }
    if (options.honourRisk && honourRiskChangeAllowed(concern.honourRisk, options.honourRisk)) {
      await answerHonourRiskIn(trx, ctx, actor, concern, options.honourRisk);
    }
    if (options.correctsId) {
      if (!(await steps.entryOfConcern(trx, options.correctsId, id))) {
        throw new ValidationError({ corrects: 'notInConcern' });
      }
    }
    const added = await repo.appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry,
      occurredAt: options.occurredAt ?? null,
      occurredTimeKnown: options.occurredTimeKnown ?? false,
      correctsId: options.correctsId ?? null,
      now: ctx.now,
    });
    await auditConcern(trx, ctx, concern, options.correctsId ? 'concern.entry.correct' : 'concern.entry.create', 'C');
    return added.id;
  });
}

/**
 * Records the answer to the honour-related violence question after opening (ADR 0027): on a concern
 * where it was not asked yet, or a "yes" or "don't know" after "no". An answer that put the concern on
 * the expert route is not taken back. Audited like every change of the dossier.
 * @throws {ConflictError} the answer would take the concern off the expert route (or repeats "no")
 */
export async function answerHonourRisk(ctx: RequestContext, id: string, answer: HonourRisk): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    if (!honourRiskChangeAllowed(concern.honourRisk, answer)) throw new ConflictError('Answer cannot change');
    await answerHonourRiskIn(trx, ctx, actor, concern, answer);
  });
}

/** Writes the answer: the concern's column, an entry for the timeline, the audit row. */
async function answerHonourRiskIn(
  trx: Trx,
  ctx: RequestContext,
  actor: Actor,
  concern: repo.ConcernRow,
  answer: HonourRisk,
): Promise<void> {
  await repo.setHonourRisk(trx, concern.id, answer, ctx.now);
  await repo.appendEntry(trx, {
    concernId: concern.id,
    authorId: actor.userId,
    entry: { kind: 'honourRisk', data: { answer, previous: concern.honourRisk } },
    occurredAt: null,
    correctsId: null,
    now: ctx.now,
  });
  await auditConcern(trx, ctx, concern, 'concern.honourRisk.answer', 'U');
}

/**
 * Adds a member of the household of the concern's person.
 */
export async function addHouseholdMember(
  ctx: RequestContext,
  id: string,
  member: { name: string; relation: string; dateOfBirth: string | null; ageYears: number | null },
): Promise<string> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    const memberId = await steps.insertHouseholdMember(trx, {
      personId: concern.personId,
      name: member.name,
      relation: member.relation,
      dateOfBirth: member.dateOfBirth,
      ageYears: member.ageYears,
      createdBy: actor.userId,
      now: ctx.now,
    });
    await repo.appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry: {
        kind: 'householdMember',
        data: { memberId, name: member.name, relation: member.relation, age: ageOf(member, ctx.now) },
      },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    await auditConcern(trx, ctx, concern, 'concern.household.create', 'C');
    return memberId;
  });
}

/**
 * Opens a concern about a member of the household (kindcheck): the member becomes a person of the
 * organisation, the new concern points to this one, and both dossiers record the link.
 * @returns the new concern's id
 */
export async function openConcernForHouseholdMember(
  ctx: RequestContext,
  id: string,
  memberId: string,
  notifier: ConcernNotifier,
): Promise<string> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    const member = await steps.lockHouseholdMember(trx, memberId, concern.personId);
    if (!member) throw hidden('household_member', memberId);
    if (member.linked_person_id) throw new ConflictError('Already has a concern');
    const age = ageOf({ dateOfBirth: member.date_of_birth, ageYears: member.age_years }, ctx.now);
    const ageGroup: AgeGroup = age !== null && age >= 18 ? (age >= 65 ? 'older' : 'adult') : 'child';
    const personId = await repo.insertPerson(trx, {
      organisationId: concern.organisationId,
      fullName: member.name,
      dateOfBirth: member.date_of_birth,
      ageGroup,
      now: ctx.now,
    });
    await steps.linkHouseholdMember(trx, memberId, personId);
    // Signs of honour-related violence in a family concern its children too: "yes" and "don't know"
    // carry over (no conversation with the family about a brother either); otherwise the new
    // concern's first signal asks.
    const carried = concern.honourRisk === 'yes' || concern.honourRisk === 'unknown';
    const childId = await createConcern(
      trx,
      ctx,
      actor,
      personId,
      { fullName: member.name, dateOfBirth: member.date_of_birth, ageGroup },
      { honourRisk: carried ? concern.honourRisk : null, inherited: carried },
      id,
      notifier,
    );
    await repo.appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry: { kind: 'linkedConcern', data: { concernId: childId, name: member.name, direction: 'child' } },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    await repo.appendEntry(trx, {
      concernId: childId,
      authorId: actor.userId,
      entry: { kind: 'linkedConcern', data: { concernId: id, name: concern.person.fullName, direction: 'parent' } },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    return childId;
  });
}

/** The input of each step (the workflow table decides whether it may be taken now). */
export type StepInput =
  | { readonly action: 'requestConsultation'; readonly leadId: string | null }
  | { readonly action: 'recordConsultation'; readonly withName: string; readonly advice: string }
  | { readonly action: 'recordAdvice'; readonly adviser: EntryDataByKind['advice']['adviser']; readonly advice: string }
  | ({ readonly action: 'recordConversation' } & EntryDataByKind['conversation'])
  | ({ readonly action: 'skipConversation' } & EntryDataByKind['conversationSkipped'])
  | {
      readonly action: 'weigh';
      readonly answers: Answers;
      readonly rationale: EntryDataByKind['weighing']['rationale'];
    }
  | {
      readonly action: 'decideReport';
      readonly reasons: string;
      readonly keepHelping: boolean;
      readonly checkDate: string | null;
      readonly informedPerson: boolean | null;
    }
  | { readonly action: 'decideHelp'; readonly reasons: string; readonly checkDate: string }
  | { readonly action: 'close'; readonly reasons: string }
  | { readonly action: 'helpSucceeded'; readonly notes: string }
  | { readonly action: 'helpFailed'; readonly notes: string }
  | { readonly action: 'reopen'; readonly reason: string };

/**
 * Takes a meldcode step: refused (409) unless the transition table allows it from the concern's
 * status, and (403) unless the actor's role may take it.
 * @throws {ConflictError} out of order, or the afwegingskader does not allow the decision
 * @throws {ValidationError} the input does not complete the step (e.g. unanswered questions)
 */
export async function takeStep(
  ctx: RequestContext,
  id: string,
  input: StepInput,
  notifier: ConcernNotifier,
): Promise<ConcernStatus> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'view');
    // The role first: a step that is never the actor's says so, whatever the concern's status.
    const taker = stepTakerFor(actor.role, input.action);
    if (taker) throw new StepNotForRoleError(taker);
    const facts = await routeFactsIn(trx, concern);
    // Honour-related violence: no conversation with the family before Veilig Thuis's advice is
    // recorded. Said at every step, before whether the step fits now: it is the rule that matters.
    if (input.action === 'recordConversation' && !familyConversationAllowed(facts.route, facts.veiligThuisAdvice)) {
      throw new ValidationError({ participants: 'expertFirst' });
    }
    const allowed = transition(input.action, concern.status, facts.route);
    if (!allowed) throw new ConflictError();
    if (!roleIs(actor.role, allowed.by)) throw new ForbiddenError();
    const append = (entry: EntryData) =>
      repo.appendEntry(trx, {
        concernId: id,
        authorId: actor.userId,
        entry,
        occurredAt: null,
        correctsId: null,
        now: ctx.now,
      });
    let checkDate: string | null | undefined;
    switch (input.action) {
      case 'requestConsultation':
        await requestConsultationIn(trx, ctx, actor, concern, input.leadId, notifier, 'consultationRequested');
        break;
      case 'recordConsultation': {
        const request = await answerOpenRequest(trx, ctx, id, actor);
        await append({
          kind: 'consultation',
          data: { withName: input.withName, advice: input.advice, requestId: request },
        });
        break;
      }
      case 'recordAdvice':
        await append({ kind: 'advice', data: { adviser: input.adviser, advice: input.advice } });
        break;
      case 'recordConversation':
        await append({
          kind: 'conversation',
          data: {
            participants: input.participants,
            reaction: input.reaction,
            conversationDate: input.conversationDate,
          },
        });
        break;
      case 'skipConversation':
        await append({ kind: 'conversationSkipped', data: { reason: input.reason, explanation: input.explanation } });
        break;
      case 'weigh': {
        const answers = relevantAnswers(input.answers);
        const step = nextStep(answers);
        if (!('outcome' in step)) throw new ValidationError({ [`q${step.question}`]: 'unanswered' });
        const rationale: EntryDataByKind['weighing']['rationale'] = {};
        for (const q of Object.keys(answers) as Array<'1' | '2' | '3' | '4' | '5'>) {
          rationale[q] = input.rationale[q] ?? '';
        }
        await append({ kind: 'weighing', data: { answers, rationale, outcome: step.outcome } });
        break;
      }
      case 'decideReport':
      case 'decideHelp':
      case 'close': {
        const decision: Decision =
          input.action === 'decideReport' ? 'report' : input.action === 'decideHelp' ? 'help' : 'close';
        // In step 5 the decision must be one the afwegingskader allows (acute or structural unsafety: report).
        // Before step 5 only the expert route reaches here with a report (the table's `expert` rows).
        if (concern.status === 'deciding') {
          const outcome = facts.outcome as Outcome | null;
          if (!outcome || !allowedDecisions(outcome).includes(decision))
            throw new ConflictError('Decision not allowed');
        }
        checkDate =
          input.action === 'decideHelp'
            ? input.checkDate
            : input.action === 'decideReport' && input.keepHelping
              ? input.checkDate
              : null;
        await append({
          kind: 'decision',
          data: {
            decision,
            reasons: input.reasons,
            keepHelping: input.action === 'decideHelp' || (input.action === 'decideReport' && input.keepHelping),
            checkDate,
            informedPerson: input.action === 'decideReport' ? input.informedPerson : null,
          },
        });
        break;
      }
      case 'helpSucceeded':
      case 'helpFailed':
        await append({ kind: 'helpReview', data: { succeeded: input.action === 'helpSucceeded', notes: input.notes } });
        break;
      case 'reopen':
        await append({ kind: 'reopened', data: { reason: input.reason } });
        break;
    }
    await steps.setConcernStatus(trx, id, { status: allowed.to, now: ctx.now, checkDate });
    await audit(trx, ctx, {
      type: `concern.step.${input.action}`,
      action: 'U',
      purpose: 'care',
      outcome: 'success',
      subject: { kind: 'person', id: concern.personId },
      objectType: 'concern',
      objectId: id,
    });
    return allowed.to;
  });
}

async function requestConsultationIn(
  trx: Trx,
  ctx: RequestContext,
  actor: Actor,
  concern: repo.ConcernRow,
  leadId: string | null,
  notifier: ConcernNotifier,
  kind: ConcernNotice['kind'],
): Promise<void> {
  const leads = await repo.colleagues(trx, concern.organisationId, ['safeguardingLead']);
  const lead = leadId ? leads.find((l) => l.id === leadId) : undefined;
  if (leadId && !lead) throw new ValidationError({ lead: 'unknownLead' });
  const requestId = await steps.insertConsultationRequest(trx, {
    concernId: concern.id,
    requestedBy: actor.userId,
    leadId: lead?.id ?? null,
    now: ctx.now,
    dueAt: addWorkingDays(ctx.now, CONSULTATION_WORKING_DAYS),
  });
  await repo.appendEntry(trx, {
    concernId: concern.id,
    authorId: actor.userId,
    entry: {
      kind: 'consultationRequested',
      data: { requestId, leadId: lead?.id ?? null, leadName: lead?.name ?? null },
    },
    occurredAt: null,
    correctsId: null,
    now: ctx.now,
  });
  const to = (lead ? [lead] : leads).filter((l) => l.id !== actor.userId);
  if (to.length > 0) await notifier.notify(trx, { kind, to, organisationName: concern.organisationName });
}

/** Marks the oldest open request as answered when an aandachtsfunctionaris records consultation. */
async function answerOpenRequest(trx: Trx, ctx: RequestContext, id: string, actor: Actor): Promise<string | null> {
  if (!takes(actor, 'lead')) return null;
  return steps.answerOldestOpenRequest(trx, id, ctx.now);
}

/** The aandachtsfunctionarissen of a concern's organisation whom the actor could ask (not themselves). */
export async function consultationLeads(ctx: RequestContext, id: string): Promise<repo.Colleague[]> {
  const actor = actorOf(ctx);
  const concern = await repo.findConcern(ctx.db, id);
  if (!concern) throw hidden('concern', id);
  authorize(actor, concernPolicy, 'view', resource(concern), { type: 'concern', id });
  const leads = await repo.colleagues(ctx.db, concern.organisationId, ['safeguardingLead']);
  return leads.filter((l) => l.id !== actor.userId);
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

/** The colleagues that could be added to a concern (same organisation, working with concerns). */
export async function addableColleagues(ctx: RequestContext, id: string): Promise<repo.Colleague[]> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'manageMembers');
    const all = await repo.colleagues(trx, concern.organisationId, ['professional', 'volunteer', 'safeguardingLead']);
    return all.filter((c) => c.id !== concern.authorId && !concern.memberIds.includes(c.id));
  });
}

/**
 * Adds a colleague of the same organisation to a concern.
 * @throws {ValidationError} `colleague` when the user is not a colleague who works with concerns
 */
export async function addMember(ctx: RequestContext, id: string, userId: string): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'manageMembers');
    const all = await repo.colleagues(trx, concern.organisationId, ['professional', 'volunteer', 'safeguardingLead']);
    const colleague = all.find((c) => c.id === userId);
    if (!colleague || colleague.id === concern.authorId || concern.memberIds.includes(colleague.id)) {
      throw new ValidationError({ colleague: 'notAddable' });
    }
    await steps.insertConcernMember(trx, { concernId: id, userId, addedBy: actor.userId, now: ctx.now });
    await repo.appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry: { kind: 'memberAdded', data: { userId, name: colleague.name } },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    await auditConcern(trx, ctx, concern, 'concern.member.add', 'U');
  });
}

/** The concerns the actor may see (an aandachtsfunctionaris: all of the organisation's). Audited. */
export async function listConcerns(
  ctx: RequestContext,
  filters: Omit<Parameters<typeof repo.listConcerns>[1], 'organisationId' | 'userId' | 'all'> = {},
): Promise<repo.ConcernListRow[]> {
  const actor = actorOf(ctx);
  if (!roleIs(actor.role, 'signaller')) throw new ForbiddenError();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.listConcerns(trx, {
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
  readonly entries: readonly repo.EntryRow[];
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
    const entries = await repo.listEntries(
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

/**
 * Adds an inspected upload: the file is stored first (under a server id), then its row and entry in
 * one transaction; if that fails the file is removed again, so no orphan stays behind.
 */
export async function addAttachment(
  ctx: RequestContext,
  id: string,
  upload: InspectedUpload,
  description: string,
  store: AttachmentStore,
): Promise<string> {
  const actor = actorOf(ctx);
  // Check access before anything touches the disk.
  await ctx.db.transaction().execute(async (trx) => {
    await lockedConcern(trx, actor, id, 'addEntry');
  });
  const storedId = await store.write(upload.bytes);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const concern = await lockedConcern(trx, actor, id, 'addEntry');
      const attachmentId = crypto.randomUUID();
      const entry = await repo.appendEntry(trx, {
        concernId: id,
        authorId: actor.userId,
        entry: {
          kind: 'attachment',
          data: {
            attachmentId,
            displayName: upload.displayName,
            mediaType: upload.mediaType,
            size: upload.bytes.length,
            description,
          },
        },
        occurredAt: null,
        correctsId: null,
        now: ctx.now,
      });
      await steps.insertAttachment(trx, {
        id: attachmentId,
        concernId: id,
        entryId: entry.id,
        storedId,
        mediaType: upload.mediaType,
        size: upload.bytes.length,
        sha256: upload.sha256,
        displayName: upload.displayName,
        now: ctx.now,
      });
      await auditConcern(trx, ctx, concern, 'concern.attachment.create', 'C');
      return attachmentId;
    });
  } catch (error) {
    await store.remove(storedId);
    throw error;
  }
}

/** Reads an attachment of a concern the actor may see (audited). */
export async function readAttachment(
  ctx: RequestContext,
  id: string,
  attachmentId: string,
  store: AttachmentStore,
): Promise<{ meta: repo.AttachmentRow; bytes: Buffer }> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await repo.findConcern(trx, id);
    if (!concern) throw hidden('concern', id);
    authorize(actor, concernPolicy, 'view', resource(concern), { type: 'concern', id });
    const meta = (await repo.listAttachments(trx, id)).find((a) => a.id === attachmentId);
    if (!meta) throw hidden('concern_attachment', attachmentId);
    const bytes = await store.read(meta.storedId);
    await audit(trx, ctx, {
      type: 'concern.attachment.read',
      action: 'R',
      purpose: 'care',
      outcome: 'success',
      subject: { kind: 'person', id: concern.personId },
      objectType: 'concern_attachment',
      objectId: attachmentId,
    });
    return { meta, bytes };
  });
}
