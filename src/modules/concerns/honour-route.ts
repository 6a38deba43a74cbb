// SPDX-License-Identifier: EUPL-1.2
/**
 * The expert route for honour-related violence (issue 12, ADR 0027; docs/domain.md §9). Pure rules, no
 * database:
 *
 * - Every concern asks with its first signal whether there are signs of honour-related violence,
 *   forced marriage, female genital mutilation or abandonment abroad: yes, no or don't know.
 * - "Yes" or "don't know", or a ticked sign category that goes to Veilig Thuis directly, puts the
 *   concern on the expert route: Veilig Thuis first, no conversation with the family before the advice
 *   of Veilig Thuis is recorded, and a report may be decided from any step before step 5.
 * - An answer that put a concern on the route is never taken back in Kring: only "not asked" and "no"
 *   can be answered (again). The advice of Veilig Thuis, recorded, is what opens the conversation.
 */
import type { Route } from './workflow.ts';

/** The answers to the question; `unknown` is "don't know". */
export const HONOUR_RISK_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type HonourRisk = (typeof HONOUR_RISK_ANSWERS)[number];

/** What the route of a concern depends on. */
export interface RouteFacts {
  /** The answer to the question; null when it was not asked yet. */
  readonly honourRisk: HonourRisk | null;
  /** Whether an observation ticked a sign category that goes to Veilig Thuis directly. */
  readonly directCategoryTicked: boolean;
}

/**
 * The route of a concern: `expert` on "yes", "don't know" or a ticked direct category; otherwise the
 * standard meldcode.
 */
export function routeOf(facts: RouteFacts): Route {
  if (facts.honourRisk === 'yes' || facts.honourRisk === 'unknown') return 'expert';
  return facts.directCategoryTicked ? 'expert' : 'standard';
}

/**
 * Whether the conversation with the person and the family (step 3) may be recorded: always on the
 * standard route; on the expert route only once the advice of Veilig Thuis is in the dossier.
 */
export function familyConversationAllowed(route: Route, veiligThuisAdvice: boolean): boolean {
  return route === 'standard' || veiligThuisAdvice;
}

/**
 * Whether an answer may be recorded over the one the concern has: any first answer; after "no", a
 * "yes" or "don't know" (signs can appear later); nothing that would take a concern off the route.
 * @param current the concern's answer now (null: not asked yet)
 * @param answer the answer given
 */
export function honourRiskChangeAllowed(current: HonourRisk | null, answer: HonourRisk): boolean {
  if (current === null) return true;
  return current === 'no' && answer !== 'no';
}

/** The answers that can still be given on a concern with this answer (none once it is on the route). */
export function answersOpenTo(current: HonourRisk | null): readonly HonourRisk[] {
  return HONOUR_RISK_ANSWERS.filter((a) => honourRiskChangeAllowed(current, a));
}
