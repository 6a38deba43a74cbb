// SPDX-License-Identifier: EUPL-1.2
/**
 * Who coordinates a team (issue 14 item 4, ADR 0035), as pure rules over the append-only
 * coordination events: a proposal names one member signal's professional; that signal's
 * organisation accepts or declines; an accepted proposal makes the coordinator, and a later accepted
 * proposal changes the coordinator. A signal that has left the team (ended) neither coordinates nor
 * stays proposed.
 *
 * The municipality's rule (as regional systems assign a coordinator by organisation type,
 * docs/domain.md §4) proposes, when a team forms, the member whose organisation type comes first in
 * the municipality's order; the professionals still accept or choose another.
 */
import type { OrganisationType } from '#src/core/roles.ts';
import type { CoordinationEvent } from './team.table.ts';

/** One event as the rules read it, in the order written. */
export interface CoordinationStep {
  readonly event: CoordinationEvent;
  readonly signalId: string;
}

/** Who coordinates, and who is proposed and waits for an answer. */
export interface CoordinationState {
  readonly coordinator: string | null;
  readonly proposed: string | null;
}

/**
 * The state after the events.
 * @param events in the order they were written
 * @param members the team's signals now (active)
 */
export function coordinationState(
  events: readonly CoordinationStep[],
  members: ReadonlySet<string>,
): CoordinationState {
  let coordinator: string | null = null;
  let proposed: string | null = null;
  for (const e of events) {
    if (e.event === 'proposed') proposed = e.signalId;
    else if (e.signalId === proposed) {
      if (e.event === 'accepted') coordinator = e.signalId;
      proposed = null;
    }
  }
  return {
    coordinator: coordinator !== null && members.has(coordinator) ? coordinator : null,
    proposed: proposed !== null && members.has(proposed) && proposed !== coordinator ? proposed : null,
  };
}

/** What can happen next, as the rules allow it. */
export type CoordinationMove = 'propose' | 'accept' | 'decline';

/**
 * Whether a move is allowed in a state (who may make it is the policy's).
 * @returns null when allowed, else why not
 */
export function coordinationMoveProblem(
  state: CoordinationState,
  move: CoordinationMove,
  signalId: string,
  members: ReadonlySet<string>,
): 'notAMember' | 'alreadyCoordinator' | 'notProposed' | null {
  if (!members.has(signalId)) return 'notAMember';
  if (move === 'propose') return state.coordinator === signalId ? 'alreadyCoordinator' : null;
  return state.proposed === signalId ? null : 'notProposed';
}

/** The order of organisation types in which the municipality's rule proposes a coordinator. */
export const DEFAULT_COORDINATOR_RULE: readonly OrganisationType[] = [
  'youthCare',
  'socialTeam',
  'healthCare',
  'school',
  'police',
  'veiligThuis',
];

/** A member as the rule sees it. */
export interface RuleCandidate {
  readonly signalId: string;
  readonly organisationType: OrganisationType;
  readonly registeredAt: Date;
}

/**
 * The member the municipality's rule proposes: the first by the order of organisation types, the
 * earliest signal among equals; null when no member's type is in the order.
 */
export function proposedByRule(rule: readonly OrganisationType[], members: readonly RuleCandidate[]): string | null {
  const ranked = members
    .map((m) => ({ m, rank: rule.indexOf(m.organisationType) }))
    .filter((r) => r.rank >= 0)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.m.registeredAt.getTime() - b.m.registeredAt.getTime() ||
        a.m.signalId.localeCompare(b.m.signalId),
    );
  return ranked[0]?.m.signalId ?? null;
}
