// SPDX-License-Identifier: EUPL-1.2
/**
 * Working together after a match (issue 14 item 4, ADR 0035): the team of professionals around one
 * young person or family, who coordinates it, whether they had contact, the consent that lets them
 * share, and their one plan. Each use case loads the team, asks the policy (team.policy.ts; a refusal
 * names the team and is audited by the error handler as `object.denied`), writes, and records its
 * audit row in the same transaction. Nothing here holds a BSN or a pseudonym.
 */
import { type Actor, actorOf, can, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { DeniedObjectError, hidden } from '#src/core/refusal.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { audit, auditMany } from '#src/modules/audit/index.ts';
import {
  activeOn,
  type CircleNotifier,
  type CircleSettings,
  type MatchRecipient,
  type Trx,
} from './circle.internal.ts';
import { componentsOf } from './components.ts';
import { isNoContactFlagged, noContactDueAt } from './contact.ts';
import {
  type CoordinationState,
  coordinationMoveProblem,
  coordinationState,
  DEFAULT_COORDINATOR_RULE,
  proposedByRule,
} from './coordination.ts';
import { mayRegister } from './legal-basis.ts';
import {
  type ActionInput,
  actionProblems,
  type ConsentInput,
  consentProblems,
  type ProgressInput,
  progressProblems,
} from './plan.ts';
import { type TeamAction, type TeamResource, teamPolicy } from './team.policy.ts';
import * as repo from './team.repository.ts';
import type { ActionStatus, ConsentGiver } from './team.table.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A team's audit row: the team is the object. */
function auditTeam(trx: Trx, ctx: RequestContext, type: string, action: 'C' | 'R' | 'U' | 'D', teamId: string | null) {
  return audit(trx, ctx, {
    type,
    action,
    outcome: 'success',
    purpose: 'care',
    objectType: 'circle_team',
    objectId: teamId,
  });
}

/**
 * Puts new signals and the signals they matched in teams, in the registration's transaction: each
 * group of connected signals (components.ts) gets a new team when none of its signals is in one (the
 * municipality's rule then proposes a coordinator), else the oldest of its teams, into which any
 * others merge (a signal joined two families' circles). A set-based path: one registration and a
 * bulk registration of a thousand take the same few statements (ADR 0034).
 * @param matches each a new signal and one it matched
 */
export async function joinTeams(
  trx: Trx,
  ctx: RequestContext,
  settings: CircleSettings,
  matches: readonly { readonly forSignalId: string; readonly otherId: string }[],
): Promise<void> {
  if (matches.length === 0) return;
  const signals = [...new Set(matches.flatMap((m) => [m.forSignalId, m.otherId]))];
  const groups = componentsOf(matches, await repo.teamsOfSignals(trx, signals));
  const existing = groups.flatMap((g) => g.teams);
  const age = new Map((await repo.teamsByAge(trx, existing)).map((t, i) => [t.id, i]));
  const fresh = groups.filter((g) => g.teams.length === 0);
  const freshIds = await repo.insertTeams(trx, fresh.length, ctx.now);
  const teamOf = new Map(fresh.map((g, i) => [g, freshIds[i]!]));
  for (const g of groups.filter((g) => g.teams.length > 0)) {
    const [oldest, ...others] = [...g.teams].sort((a, b) => age.get(a)! - age.get(b)!);
    teamOf.set(g, oldest!);
    await repo.mergeTeams(trx, oldest!, others);
  }
  await repo.addMemberships(
    trx,
    groups.flatMap((g) => g.signals.map((signalId) => ({ teamId: teamOf.get(g)!, signalId }))),
    ctx.now,
  );
  const facts = new Map(
    (
      await repo.ruleFacts(
        trx,
        fresh.flatMap((g) => g.signals),
      )
    ).map((f) => [f.signalId, f]),
  );
  const rule = settings.coordinatorRule ?? DEFAULT_COORDINATOR_RULE;
  await repo.insertCoordinations(
    trx,
    fresh.flatMap((g) => {
      const byRule = proposedByRule(
        rule,
        g.signals.flatMap((id) => {
          const f = facts.get(id);
          return f?.organisationType
            ? [{ signalId: id, organisationType: f.organisationType, registeredAt: f.registeredAt }]
            : [];
        }),
      );
      return byRule
        ? [{ teamId: teamOf.get(g)!, event: 'proposed' as const, signalId: byRule, byUser: null, at: ctx.now }]
        : [];
    }),
  );
  await auditMany(
    trx,
    ctx,
    groups.map((g) => ({
      type: g.teams.length === 0 ? 'circle.team.form' : 'circle.team.join',
      action: g.teams.length === 0 ? ('C' as const) : ('U' as const),
      outcome: 'success' as const,
      purpose: 'care',
      objectType: 'circle_team',
      objectId: teamOf.get(g)!,
      deferChain: true,
    })),
  );
}

/** Removes the teams no active signal is in any more (after signals ended), audited per team. */
export async function dropEmptyTeams(trx: Trx, ctx: RequestContext): Promise<void> {
  for (const teamId of await repo.deleteEmptyTeams(trx)) await auditTeam(trx, ctx, 'circle.team.end', 'D', teamId);
}

/**
 * The team of one of the organisation's signals, if it is in one (its page has authorized and
 * audited the signal). A read only: teams form when a registration finds a match.
 */
export async function teamOfSignal(ctx: RequestContext, signalId: string): Promise<string | null> {
  return (await repo.teamsOfSignals(ctx.db, [signalId])).get(signalId) ?? null;
}

/** A loaded team: its row, its active members, and who coordinates. */
interface LoadedTeam {
  readonly team: repo.TeamRow;
  readonly members: repo.MemberRow[];
  readonly state: CoordinationState;
  readonly proposedByRule: boolean;
  readonly resource: TeamResource;
}

/** Loads a team with its active members; an id that is no team is refused as hidden. */
async function loadTeam(trx: Trx, ctx: RequestContext, settings: CircleSettings, teamId: string): Promise<LoadedTeam> {
  const team = UUID.test(teamId) ? await repo.findTeam(trx, teamId) : undefined;
  if (!team) throw hidden('circle_team', teamId);
  const active = activeOn(ctx, settings);
  const members = (await repo.teamMembers(trx, team.id)).filter(
    (m) => m.expiresOn > active.today && m.registeredOn > active.endedUpTo,
  );
  const ids = new Set(members.map((m) => m.signalId));
  const events = await repo.coordinationEvents(trx, team.id);
  const state = coordinationState(events, ids);
  const lastProposal = events.findLast((e) => e.event === 'proposed');
  const orgOf = (signalId: string | null) => members.find((m) => m.signalId === signalId)?.organisationId ?? null;
  return {
    team,
    members,
    state,
    proposedByRule: state.proposed !== null && lastProposal?.byUser === null,
    resource: {
      memberOrganisations: new Set(members.map((m) => m.organisationId)),
      proposedOrganisation: orgOf(state.proposed),
      coordinatorOrganisation: orgOf(state.coordinator),
    },
  };
}

/**
 * Asks the team's policy; a refusal names the team (audited by the error handler as
 * `object.denied`). A member with a basis refused a step that is another member's is told whose.
 */
function authorizeTeam(actor: Actor, action: TeamAction, resource: TeamResource, teamId: string): void {
  const decision = teamPolicy[action](actor, resource);
  if (decision === 'hide') throw hidden('circle_team', teamId);
  if (decision === 'deny') {
    const target = { type: 'circle_team' as const, id: teamId };
    throw new DeniedObjectError(target, mayRegister(actor) ? 'CIRCLE_TEAM_NOT_YOURS' : 'AUTH_FORBIDDEN');
  }
}

/** Runs a use case on a team, authorized for an action. */
function onTeam<T>(
  ctx: RequestContext,
  settings: CircleSettings,
  teamId: string,
  action: 'view' | 'propose' | 'recordContact' | 'answer' | 'plan',
  run: (trx: Trx, loaded: LoadedTeam) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadTeam(trx, ctx, settings, teamId);
    authorizeTeam(actorOf(ctx), action, loaded.resource, teamId);
    return run(trx, loaded);
  });
}

/** A member as the team page shows it: who, never what. */
export interface TeamMember {
  readonly signalId: string;
  readonly name: string;
  readonly organisation: string;
  readonly role: string;
  readonly phone: string;
  readonly email: string;
  readonly signalDate: string;
  /** The actor's own organisation's signal. */
  readonly own: boolean;
  /** The young person's date of birth, of the actor's own signals only (another's is not theirs to see). */
  readonly dateOfBirth: string | null;
}

/** An action of the plan as shown. */
export interface PlanAction {
  readonly id: string;
  readonly description: string;
  readonly ownerSignalId: string;
  /** The owner's name and organisation; empty when the owner's signal has ended. */
  readonly owner: string;
  readonly dueOn: string;
  readonly status: ActionStatus;
  readonly progress: string;
  readonly overdue: boolean;
  /** Whether the actor may record progress on it. */
  readonly mayUpdate: boolean;
}

/** A team as its page shows it. */
export interface TeamView {
  readonly id: string;
  readonly formedOn: string;
  readonly members: readonly TeamMember[];
  readonly coordinator: string | null;
  readonly proposed: string | null;
  readonly proposedByRule: boolean;
  readonly contactRecordedOn: string | null;
  /** The day from which a team without recorded contact is flagged. */
  readonly contactDueOn: string;
  readonly flagged: boolean;
  readonly consents: ReadonlyArray<{ givenBy: ConsentGiver; givenOn: string; scope: string; recordedOn: string }>;
  readonly actions: readonly PlanAction[];
  readonly may: {
    readonly propose: boolean;
    readonly recordContact: boolean;
    readonly answer: boolean;
    readonly plan: boolean;
  };
}

/** One team, for its page (audited as a read). Another organisation's team is 404. */
export function teamView(ctx: RequestContext, settings: CircleSettings, teamId: string): Promise<TeamView> {
  const actor = actorOf(ctx);
  return onTeam(ctx, settings, teamId, 'view', async (trx, t) => {
    const [consents, actions] = await Promise.all([repo.consents(trx, t.team.id), repo.planActions(trx, t.team.id)]);
    await auditTeam(trx, ctx, 'circle.team.read', 'R', t.team.id);
    const today = amsterdamIsoDate(ctx.now);
    const allowed = (action: 'propose' | 'recordContact' | 'answer' | 'plan') =>
      teamPolicy[action](actor, t.resource) === 'allow';
    const member = (signalId: string) => t.members.find((m) => m.signalId === signalId);
    return {
      id: t.team.id,
      formedOn: amsterdamIsoDate(t.team.formedAt),
      members: t.members.map((m) => ({
        signalId: m.signalId,
        name: m.contactName,
        organisation: m.organisationName,
        role: m.contactRole,
        phone: m.contactPhone,
        email: m.contactEmail,
        signalDate: m.registeredOn,
        own: m.organisationId === actor.organisationId,
        dateOfBirth: m.organisationId === actor.organisationId ? m.dateOfBirth : null,
      })),
      coordinator: t.state.coordinator,
      proposed: t.state.proposed,
      proposedByRule: t.proposedByRule,
      contactRecordedOn: t.team.contactRecordedAt && amsterdamIsoDate(t.team.contactRecordedAt),
      contactDueOn: amsterdamIsoDate(noContactDueAt(t.team.formedAt)),
      flagged:
        t.members.length >= 2 &&
        isNoContactFlagged({ matchedAt: t.team.formedAt, contactRecordedAt: t.team.contactRecordedAt }, ctx.now),
      consents: consents.map((c) => ({
        givenBy: c.givenBy,
        givenOn: c.givenOn,
        scope: c.scope,
        recordedOn: amsterdamIsoDate(c.recordedAt),
      })),
      actions: actions.map((a) => {
        const owner = member(a.ownerSignalId);
        return {
          id: a.id,
          description: a.description,
          ownerSignalId: a.ownerSignalId,
          owner: owner ? `${owner.contactName} (${owner.organisationName})` : '',
          dueOn: a.dueOn,
          status: a.status,
          progress: a.progress,
          overdue: a.status === 'open' && a.dueOn < today,
          mayUpdate:
            teamPolicy.progress(actor, { ...t.resource, ownerOrganisation: owner?.organisationId ?? null }) === 'allow',
        };
      }),
      may: {
        propose: allowed('propose') && t.members.length >= 2,
        recordContact: allowed('recordContact') && t.team.contactRecordedAt === null && t.members.length >= 2,
        answer: allowed('answer'),
        plan: allowed('plan'),
      },
    };
  });
}

/**
 * Proposes a member's professional as the coordinator (also oneself; a change of coordinator is a
 * new proposal). The proposed professional is told by a content-free e-mail.
 * @throws {ValidationError} `coordinator: …` when the signal is no member or already coordinates
 */
export function proposeCoordinator(
  ctx: RequestContext,
  settings: CircleSettings,
  teamId: string,
  signalId: string,
  notifier?: CircleNotifier,
): Promise<void> {
  return onTeam(ctx, settings, teamId, 'propose', async (trx, t) => {
    const problem = coordinationMoveProblem(t.state, 'propose', signalId, new Set(t.members.map((m) => m.signalId)));
    if (problem) throw new ValidationError({ coordinator: problem === 'notAMember' ? 'coordinatorRequired' : problem });
    await repo.insertCoordination(trx, {
      teamId: t.team.id,
      event: 'proposed',
      signalId,
      byUser: actorOf(ctx).userId,
      at: ctx.now,
    });
    await auditTeam(trx, ctx, 'circle.coordinator.propose', 'C', t.team.id);
    const proposed = t.members.find((m) => m.signalId === signalId)!;
    if (notifier && proposed.organisationId !== actorOf(ctx).organisationId) {
      await notifier.teamNotice?.(trx, 'proposed', t.team.id, [
        { userId: proposed.registeredBy, organisationId: proposed.organisationId },
      ]);
    }
  });
}

/** Accepts or declines the proposal made to the actor's organisation's signal. */
export function answerProposal(
  ctx: RequestContext,
  settings: CircleSettings,
  teamId: string,
  answer: 'accepted' | 'declined',
): Promise<void> {
  return onTeam(ctx, settings, teamId, 'answer', async (trx, t) => {
    await repo.insertCoordination(trx, {
      teamId: t.team.id,
      event: answer,
      signalId: t.state.proposed!,
      byUser: actorOf(ctx).userId,
      at: ctx.now,
    });
    await auditTeam(
      trx,
      ctx,
      answer === 'accepted' ? 'circle.coordinator.accept' : 'circle.coordinator.decline',
      'U',
      t.team.id,
    );
  });
}

/** Records that the professionals had contact (the first record counts; the flag no longer applies). */
export function recordTeamContact(ctx: RequestContext, settings: CircleSettings, teamId: string): Promise<void> {
  return onTeam(ctx, settings, teamId, 'recordContact', async (trx, t) => {
    if (await repo.recordContact(trx, t.team.id, actorOf(ctx).userId, ctx.now)) {
      await auditTeam(trx, ctx, 'circle.contact.record', 'U', t.team.id);
    }
  });
}

/**
 * Records the consent of the parents or the young person that allows the plan to be shared.
 * @throws {ValidationError} per field
 */
export function recordConsent(
  ctx: RequestContext,
  settings: CircleSettings,
  teamId: string,
  input: ConsentInput,
): Promise<void> {
  return onTeam(ctx, settings, teamId, 'plan', async (trx, t) => {
    const problems = consentProblems(input, amsterdamIsoDate(ctx.now));
    if (Object.keys(problems).length > 0) throw new ValidationError(problems);
    await repo.insertConsent(trx, {
      teamId: t.team.id,
      givenBy: input.givenBy as ConsentGiver,
      givenOn: input.givenOn,
      scope: input.scope.trim(),
      recordedBy: actorOf(ctx).userId,
      at: ctx.now,
    });
    await auditTeam(trx, ctx, 'circle.consent.record', 'C', t.team.id);
  });
}

/**
 * Adds an agreed action to the plan. Needs a recorded consent first: the plan is what the
 * professionals share.
 * @throws {ValidationError} per field; `description: consentFirst` without consent
 */
export function addPlanAction(
  ctx: RequestContext,
  settings: CircleSettings,
  teamId: string,
  input: ActionInput,
): Promise<string> {
  return onTeam(ctx, settings, teamId, 'plan', async (trx, t) => {
    if ((await repo.consents(trx, t.team.id)).length === 0) throw new ValidationError({ description: 'consentFirst' });
    const members = new Set(t.members.map((m) => m.signalId));
    const problems = actionProblems(input, amsterdamIsoDate(ctx.now), members);
    if (Object.keys(problems).length > 0) throw new ValidationError(problems);
    const id = await repo.insertAction(trx, {
      teamId: t.team.id,
      description: input.description.trim(),
      ownerSignalId: input.ownerSignalId,
      dueOn: input.dueOn,
      userId: actorOf(ctx).userId,
      at: ctx.now,
    });
    await auditTeam(trx, ctx, 'circle.plan.action.create', 'C', t.team.id);
    return id;
  });
}

/**
 * Records progress on one of the plan's actions (its owner or the coordinator).
 * @throws {ValidationError} per field
 */
export function recordProgress(
  ctx: RequestContext,
  settings: CircleSettings,
  teamId: string,
  actionId: string,
  input: ProgressInput,
): Promise<void> {
  return ctx.db.transaction().execute(async (trx) => {
    const t = await loadTeam(trx, ctx, settings, teamId);
    const action = UUID.test(actionId) ? await repo.findAction(trx, actionId) : undefined;
    const owner = action && t.members.find((m) => m.signalId === action.ownerSignalId);
    // An action of another team is no action of this one: refused as the team would be.
    const resource = { ...t.resource, ownerOrganisation: owner?.organisationId ?? null };
    authorizeTeam(actorOf(ctx), action?.teamId === t.team.id ? 'progress' : 'view', resource, teamId);
    if (!action || action.teamId !== t.team.id) throw hidden('circle_plan_action', actionId);
    const problems = progressProblems(input);
    if (Object.keys(problems).length > 0) throw new ValidationError(problems);
    await repo.updateAction(trx, action.id, {
      status: input.status as ActionStatus,
      progress: input.progress.trim(),
      userId: actorOf(ctx).userId,
      at: ctx.now,
    });
    await auditTeam(trx, ctx, 'circle.plan.action.update', 'U', t.team.id);
  });
}

/** The recipients of a flag: the coordinator's professional, or every member's when there is none. */
function flagRecipients(t: LoadedTeam): MatchRecipient[] {
  const who = t.state.coordinator ? t.members.filter((m) => m.signalId === t.state.coordinator) : t.members;
  return who.map((m) => ({ userId: m.registeredBy, organisationId: m.organisationId }));
}

/**
 * Flags every team without recorded contact 10 working days after it formed: once per team, to its
 * coordinator (or its members while there is none) and the municipality's circle coordinators.
 * Idempotent; one audit row per team.
 * @returns how many teams were flagged
 */
export async function flagTeamsWithoutContact(
  ctx: RequestContext,
  settings: CircleSettings,
  notifier?: CircleNotifier,
): Promise<number> {
  // Ten working days are at least fourteen calendar days: older teams are the candidates.
  const formedUpTo = new Date(ctx.now.getTime() - 14 * 24 * 3600 * 1000);
  return ctx.db.transaction().execute(async (trx) => {
    const candidates = await repo.teamsWithoutContact(trx, formedUpTo, 1000);
    const due = candidates.filter((t) =>
      isNoContactFlagged({ matchedAt: t.formedAt, contactRecordedAt: null }, ctx.now),
    );
    await repo.markFlagged(
      trx,
      due.map((t) => t.id),
      ctx.now,
    );
    for (const team of due) {
      await auditTeam(trx, ctx, 'circle.team.flag', 'U', team.id);
      const loaded = await loadTeam(trx, ctx, settings, team.id);
      await notifier?.teamNotice?.(trx, 'noContact', team.id, flagRecipients(loaded), { municipality: true });
    }
    return due.length;
  });
}

/** A flagged team as the municipality's circle coordinator sees it: who, never what. */
export interface FlaggedTeam {
  readonly formedOn: string;
  readonly flaggedOn: string;
  readonly organisations: readonly string[];
  readonly coordinator: string | null;
}

/**
 * The teams flagged for want of contact that still have none, for the municipality's circle
 * coordinator (`circle:oversee`; audited as one read).
 */
export async function flaggedTeamsOverview(ctx: RequestContext, settings: CircleSettings): Promise<FlaggedTeam[]> {
  if (!can(actorOf(ctx), 'circle:oversee')) {
    await ctx.db.transaction().execute((trx) =>
      audit(trx, ctx, {
        type: 'circle.team.oversee',
        action: 'R',
        outcome: 'denied',
        purpose: 'care',
        objectType: 'circle_team',
      }),
    );
    throw new ForbiddenError();
  }
  return ctx.db.transaction().execute(async (trx) => {
    const teams = await repo.flaggedTeams(trx, 200);
    const result: FlaggedTeam[] = [];
    for (const team of teams) {
      const t = await loadTeam(trx, ctx, settings, team.id);
      if (t.members.length < 2) continue;
      const coordinator = t.members.find((m) => m.signalId === t.state.coordinator);
      result.push({
        formedOn: amsterdamIsoDate(team.formedAt),
        flaggedOn: amsterdamIsoDate(team.noContactFlaggedAt!),
        organisations: [...new Set(t.members.map((m) => m.organisationName))],
        coordinator: coordinator ? `${coordinator.contactName} (${coordinator.organisationName})` : null,
      });
    }
    await auditTeam(trx, ctx, 'circle.team.oversee', 'R', null);
    return result;
  });
}
