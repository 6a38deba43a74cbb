// SPDX-License-Identifier: EUPL-1.2
/**
 * The meldcode workflow as data (issue 4, docs/domain.md §1.2): the statuses a concern moves through, the
 * entries that can be added, and the one table of allowed transitions. The service looks every
 * request up here (`transition()`); a request that is not in the table is refused, whatever the page
 * or client sent. Which role may take a step is part of the table too: a volunteer signals and asks
 * for consultation; the steps 2 to 5 belong to professionals and the aandachtsfunctionaris
 * (domain.md §1.4: codes may split roles between signallers and the person taking the steps).
 * Some rows hold only on the expert route of honour-related violence (ADR 0027, honour-route.ts):
 * there a report to Veilig Thuis may be decided from step 1 on, without waiting for step 5.
 */
import type { Role } from '#src/core/roles.ts';

/** Where a concern is. `report`: the decision to report to Veilig Thuis has been taken. */
export const CONCERN_STATUSES = [
  'signals',
  'consultation',
  'conversation',
  'weighing',
  'deciding',
  'helping',
  'report',
  'closed',
] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

/** The open statuses (everything but closed). */
export const OPEN_STATUSES = CONCERN_STATUSES.filter((s) => s !== 'closed');

/** The meldcode step (1–5) each status belongs to; after the decision the dossier stays in step 5. */
export const STEP_OF_STATUS: Readonly<Record<ConcernStatus, 1 | 2 | 3 | 4 | 5>> = {
  signals: 1,
  consultation: 2,
  conversation: 3,
  weighing: 4,
  deciding: 5,
  helping: 5,
  report: 5,
  closed: 5,
};

/** Who the concern is about. */
export const AGE_GROUPS = ['child', 'adult', 'older'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** The kinds of entry in a dossier (append-only). */
export const ENTRY_KINDS = [
  'opened',
  'observation',
  'quote',
  'counterSign',
  'injury',
  'attachment',
  'householdMember',
  'kindcheck',
  'carerCheck',
  'linkedConcern',
  'consultationRequested',
  'consultation',
  'advice',
  'conversation',
  'conversationSkipped',
  'weighing',
  'decision',
  'helpReview',
  'memberAdded',
  'reopened',
  'note',
  'reported',
  'adviceRequested',
  'vtFeedback',
  'honourRisk',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The steps that move a concern (each one writes its entry). */
export const ACTIONS = [
  'requestConsultation',
  'recordConsultation',
  'recordAdvice',
  'recordConversation',
  'skipConversation',
  'weigh',
  'decideReport',
  'decideHelp',
  'close',
  'helpSucceeded',
  'helpFailed',
  'reopen',
  'fileReport',
  'requestAdvice',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * The route a concern is on: the standard meldcode, or the expert route of honour-related violence,
 * forced marriage, FGM and abandonment abroad (Veilig Thuis first; honour-route.ts decides which).
 */
export const ROUTES = ['standard', 'expert'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * Who may take a step on a concern they can see: `signaller` includes volunteers; `professional`
 * is a professional or aandachtsfunctionaris; `lead` only the aandachtsfunctionaris.
 */
export type Taker = 'signaller' | 'professional' | 'lead';

/** One allowed transition. */
export interface Transition {
  readonly action: Action;
  readonly from: ConcernStatus;
  readonly to: ConcernStatus;
  readonly by: Taker;
  /** The route the row holds on: `any`, or only on the `expert` route. */
  readonly on: 'any' | 'expert';
}

const row = (
  action: Action,
  from: ConcernStatus,
  to: ConcernStatus,
  by: Taker,
  on: Transition['on'] = 'any',
): Transition => ({ action, from, to, by, on });

/**
 * Every allowed transition. Read top to bottom it is the meldcode: signals → consultation →
 * conversation → weighing → deciding → report / help / close, with help reviewed at its check date.
 */
export const TRANSITIONS: readonly Transition[] = [
  // Step 2: consultation. Anyone who signals may ask; recording advice is for professionals. Once
  // advice is recorded the conversation (step 3) is next.
  row('requestConsultation', 'signals', 'consultation', 'signaller'),
  row('requestConsultation', 'consultation', 'consultation', 'signaller'),
  row('requestConsultation', 'conversation', 'conversation', 'signaller'),
  row('requestConsultation', 'weighing', 'weighing', 'signaller'),
  row('recordConsultation', 'signals', 'conversation', 'professional'),
  row('recordConsultation', 'consultation', 'conversation', 'professional'),
  row('recordConsultation', 'conversation', 'conversation', 'professional'),
  row('recordConsultation', 'weighing', 'weighing', 'professional'),
  row('recordConsultation', 'deciding', 'deciding', 'professional'),
  row('recordAdvice', 'signals', 'conversation', 'professional'),
  row('recordAdvice', 'consultation', 'conversation', 'professional'),
  row('recordAdvice', 'conversation', 'conversation', 'professional'),
  row('recordAdvice', 'weighing', 'weighing', 'professional'),
  row('recordAdvice', 'deciding', 'deciding', 'professional'),
  // Step 3: the conversation, or a motivated reason to skip it (only after consultation).
  row('recordConversation', 'conversation', 'weighing', 'professional'),
  row('skipConversation', 'conversation', 'weighing', 'professional'),
  row('recordConversation', 'weighing', 'weighing', 'professional'),
  // Steps 4 and 5: the afwegingskader (again, while deciding, if something changed).
  row('weigh', 'weighing', 'deciding', 'professional'),
  row('weigh', 'deciding', 'deciding', 'professional'),
  // Step 5: the decision. Reporting is always possible (the meldcode is not a duty to stay silent).
  row('decideReport', 'deciding', 'report', 'professional'),
  // The expert route (honour-related violence, forced marriage, FGM, abandonment): Veilig Thuis first,
  // so the decision to report can be taken at every step before step 5 (docs/domain.md §9, ADR 0027).
  row('decideReport', 'signals', 'report', 'professional', 'expert'),
  row('decideReport', 'consultation', 'report', 'professional', 'expert'),
  row('decideReport', 'conversation', 'report', 'professional', 'expert'),
  row('decideReport', 'weighing', 'report', 'professional', 'expert'),
  row('decideHelp', 'deciding', 'helping', 'professional'),
  row('close', 'deciding', 'closed', 'professional'),
  // Suspicion refuted earlier (after signals, consultation or the conversation): close with a reason.
  row('close', 'signals', 'closed', 'professional'),
  row('close', 'consultation', 'closed', 'professional'),
  row('close', 'conversation', 'closed', 'professional'),
  row('close', 'weighing', 'closed', 'professional'),
  // Question 5 at the check date: help worked → close with agreements; it did not → (re)report.
  row('helpSucceeded', 'helping', 'closed', 'professional'),
  row('helpFailed', 'helping', 'report', 'professional'),
  // The report itself (to the region's Veilig Thuis), once decided; a re-report is possible.
  row('fileReport', 'report', 'report', 'professional'),
  // After the report the dossier stays open for the school's own support (help with a check date)
  // until it is closed; Veilig Thuis's feedback arrives in the timeline.
  row('decideHelp', 'report', 'helping', 'professional'),
  row('close', 'report', 'closed', 'professional'),
  // Anonymous advice from Veilig Thuis can be asked at any open step (domain.md §1.5).
  ...(['signals', 'consultation', 'conversation', 'weighing', 'deciding', 'helping', 'report'] as const).map((s) =>
    row('requestAdvice', s, s, 'professional'),
  ),
  // Only the aandachtsfunctionaris reopens a closed concern.
  row('reopen', 'closed', 'signals', 'lead'),
];

/** Whether a role is a taker of that kind. */
export function roleIs(role: Role, taker: Taker): boolean {
  if (taker === 'lead') return role === 'safeguardingLead';
  if (taker === 'professional') return role === 'safeguardingLead' || role === 'professional';
  return role === 'safeguardingLead' || role === 'professional' || role === 'volunteer';
}

/** The roles that work with concerns at all (others never see one). */
export function worksWithConcerns(role: Role): boolean {
  return roleIs(role, 'signaller');
}

/** Whether a row holds on a route. */
function holdsOn(t: Transition, route: Route): boolean {
  return t.on === 'any' || t.on === route;
}

/**
 * The transition for an action from a status on a route, or undefined when the table does not allow it.
 * @param action the step asked for
 * @param from the concern's status now
 * @param route the concern's route (honour-route.ts `routeOf`)
 */
export function transition(action: Action, from: ConcernStatus, route: Route): Transition | undefined {
  return TRANSITIONS.find((t) => t.action === action && t.from === from && holdsOn(t, route));
}

/** The actions a role may take from a status on a route (for the page: which buttons to show). */
export function availableActions(from: ConcernStatus, role: Role, route: Route): Action[] {
  return TRANSITIONS.filter((t) => t.from === from && holdsOn(t, route) && roleIs(role, t.by)).map((t) => t.action);
}

/**
 * Who takes a step that is never a role's own, from any status: 'professional' when a professional
 * or the aandachtsfunctionaris takes it, 'lead' when only the aandachtsfunctionaris does; undefined
 * when the role takes it somewhere in the table (whether it fits the concern's status now is
 * `transition()`'s question). A volunteer who asks for a step of the professionals is told it is
 * about his role, not about the concern.
 * @param role the actor's role
 * @param action the step asked for
 */
export function stepTakerFor(role: Role, action: Action): Exclude<Taker, 'signaller'> | undefined {
  const rows = TRANSITIONS.filter((t) => t.action === action);
  if (rows.length === 0 || rows.some((t) => roleIs(role, t.by))) return undefined;
  return rows.some((t) => t.by === 'professional') ? 'professional' : 'lead';
}

/** Entries (signals, injuries, attachments, household, notes) can be added while a concern is open. */
export function acceptsEntries(status: ConcernStatus): boolean {
  return status !== 'closed';
}
