// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in a team (ADR 0035). Only professionals with a legal basis whose organisation
 * holds one of the team's signals see it (anyone else: `hide`, 404; a volunteer of a member
 * organisation: `deny`). Every member proposes a coordinator and records contact; the proposed
 * signal's organisation answers the proposal; the coordinator's organisation records consent and the
 * plan's actions; progress is recorded by the action's owner or the coordinator.
 */
import type { Policy, sameOrganisation } from '#src/core/authz.ts';
import { mayRegister } from './legal-basis.ts';

/** A team as the policy sees it. */
export interface TeamResource {
  /** The organisations holding one of the team's signals now. */
  readonly memberOrganisations: ReadonlySet<string>;
  /** The organisation of the proposed coordinator's signal, if a proposal waits. */
  readonly proposedOrganisation: string | null;
  /** The organisation of the coordinator's signal, if there is a coordinator. */
  readonly coordinatorOrganisation: string | null;
  /** For an action: the organisation of its owner's signal. */
  readonly ownerOrganisation?: string | null;
}

export type TeamAction = 'view' | 'propose' | 'recordContact' | 'answer' | 'plan' | 'progress';

/** Member with a basis: `allow` when `also` holds, else `deny`; not a member: `hide`. */
const member =
  (also: (actor: Parameters<typeof sameOrganisation>[0], t: TeamResource) => boolean) =>
  (actor: Parameters<typeof sameOrganisation>[0], t: TeamResource) => {
    if (!t.memberOrganisations.has(actor.organisationId)) return 'hide' as const;
    return mayRegister(actor) && also(actor, t) ? ('allow' as const) : ('deny' as const);
  };

const is = (organisationId: string | null | undefined) => (actor: { organisationId: string }) =>
  organisationId != null && actor.organisationId === organisationId;

/** The team's object policy. */
export const teamPolicy: Policy<TeamAction, TeamResource> = {
  view: member(() => true),
  propose: member(() => true),
  recordContact: member(() => true),
  answer: member((actor, t) => is(t.proposedOrganisation)(actor)),
  plan: member((actor, t) => is(t.coordinatorOrganisation)(actor)),
  progress: member((actor, t) => is(t.coordinatorOrganisation)(actor) || is(t.ownerOrganisation)(actor)),
};
