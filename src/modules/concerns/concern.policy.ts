// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may see and work on a concern (issue 4, docs/authorization.md "Object rules (concerns)").
 *
 * A concern is visible to its author, the organisation's aandachtsfunctionarissen and colleagues
 * explicitly added, and to nobody else, administrators and privacy officers included. Whoever cannot
 * see it gets `hide` (404) on every action, so an id reveals nothing. Which step may be taken now is
 * the workflow table's business (workflow.ts); this policy answers who.
 */
import { type Actor, type Decision, type Policy, sameOrganisation } from '#src/core/authz.ts';
import { acceptsEntries, type ConcernStatus, roleIs, type Taker, worksWithConcerns } from './workflow.ts';

/** A concern as the policy sees it. */
export interface ConcernResource {
  readonly organisationId: string;
  readonly authorId: string;
  readonly memberIds: readonly string[];
  readonly status: ConcernStatus;
}

/** Whether the actor may see the concern at all. */
export function seesConcern(actor: Actor, concern: ConcernResource): boolean {
  if (!sameOrganisation(actor, concern.organisationId) || !worksWithConcerns(actor.role)) return false;
  return concern.authorId === actor.userId || roleIs(actor.role, 'lead') || concern.memberIds.includes(actor.userId);
}

function when(actor: Actor, concern: ConcernResource, allowed: boolean): Decision {
  if (!seesConcern(actor, concern)) return 'hide';
  return allowed ? 'allow' : 'deny';
}

/** Whether the actor is of the kind a workflow row names (signaller, professional, lead). */
export function takes(actor: Actor, taker: Taker): boolean {
  return roleIs(actor.role, taker);
}

/** The concern policy. */
export const concernPolicy: Policy<'view' | 'addEntry' | 'takeSteps' | 'manageMembers' | 'reopen', ConcernResource> = {
  view: (actor, c) => when(actor, c, true),
  addEntry: (actor, c) => when(actor, c, acceptsEntries(c.status)),
  takeSteps: (actor, c) => when(actor, c, takes(actor, 'professional')),
  manageMembers: (actor, c) => when(actor, c, c.authorId === actor.userId || takes(actor, 'lead')),
  reopen: (actor, c) => when(actor, c, takes(actor, 'lead')),
};
