// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle module's public entry (issue 14, ADR 0031): a Verwijsindex-style register in which
 * organisations with a legal basis for the BSN register signals about young people (0–23) and learn
 * who else is involved: who, never what. The BSN is kept only as a pseudonym (a chain of HMACs under
 * KRING_CIRCLE_KEY). src/app.ts wires it: the settings from the configuration, the daily sweep
 * (circle-jobs.ts) and the pages.
 */
export type { CircleSettings } from './circle.internal.ts';
export {
  type CircleNotifier,
  type ConcernCircleState,
  circleStateOfConcern,
  endSignal,
  findMatches,
  listOwnSignals,
  type Match,
  type MatchRecipient,
  type OwnSignal,
  registerSignal,
  type SignalInput,
  type SignalWithMatches,
  signalWithMatches,
} from './circle.service.ts';
export { circleMailNotifier } from './circle-notifier.ts';
export {
  type RotationResult,
  rotatePseudonyms,
  type SweepResult,
  sweepExpiredSignals,
} from './circle-upkeep.service.ts';
export { isNoContactFlagged, NO_CONTACT_WORKING_DAYS, noContactDueAt } from './contact.ts';
export { MAX_SIGNAL_MONTHS } from './expiry.ts';
export { POSTPONE_REASONS, type PostponeReason } from './informing.ts';
export { CIRCLE_LEGAL_BASIS, type LegalGround, legalGround, mayRegister, REGISTERING_ROLES } from './legal-basis.ts';
export { circleObjectOwners } from './object-owner.repository.ts';
export { type MatchFact, matchFacts } from './statistics.repository.ts';
export {
  addPlanAction,
  answerProposal,
  type FlaggedTeam,
  flaggedTeamsOverview,
  flagTeamsWithoutContact,
  type PlanAction,
  proposeCoordinator,
  recordConsent,
  recordProgress,
  recordTeamContact,
  type TeamMember,
  type TeamView,
  teamView,
} from './team.service.ts';
