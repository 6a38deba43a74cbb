// SPDX-License-Identifier: EUPL-1.2
/**
 * Test factory for concerns: a concern about a child, an adult or an older person, opened through
 * the concern service and, when asked, taken along the meldcode through the real steps (signals,
 * consultation, conversation, weighing, decision). Every entry, status change and audit row is the
 * services' own, so the dossier holds what the pages would have left behind.
 */
import type { FastifyInstance } from 'fastify';
import { loadSigns } from '#src/content/meldcode-content.ts';
import type { Decision, Outcome } from '#src/modules/concerns/afwegingskader.ts';
import { type ConcernNotifier, openConcern } from '#src/modules/concerns/concern.service.ts';
import type { EntryDataByKind } from '#src/modules/concerns/entries.ts';
import { addEntry, type DirectEntry } from '#src/modules/concerns/entry.service.ts';
import type { HonourRisk } from '#src/modules/concerns/honour-route.ts';
import { addHouseholdMember } from '#src/modules/concerns/household.service.ts';
import { addMember } from '#src/modules/concerns/member.service.ts';
import { queueNotifier } from '#src/modules/concerns/notifier.ts';
import { takeStep } from '#src/modules/concerns/step.service.ts';
import type { AgeGroup, ConcernStatus } from '#src/modules/concerns/workflow.ts';
import { contextFor, type Member } from './users.ts';

/**
 * How far along the meldcode a factory takes a concern; each step includes the ones before it.
 * - `opened`: just opened (status `signals`; a volunteer's concern is in `consultation` at once)
 * - `signals`: the signals added (default: one observation)
 * - `consultationRequested`: consultation asked of any aandachtsfunctionaris (status `consultation`)
 * - `consultation`: the consultation recorded; on the expert route also Veilig Thuis's advice,
 *   without which no conversation may be recorded (status `conversation`)
 * - `conversation`: the conversation with the family recorded (status `weighing`)
 * - `weighing`: the afwegingskader answered to `outcome` (status `deciding`)
 * - `decision`: `decision` taken (status `report`, `helping` or `closed`)
 */
export const MELDCODE_STEPS = [
  'opened',
  'signals',
  'consultationRequested',
  'consultation',
  'conversation',
  'weighing',
  'decision',
] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];

/** Who a concern is about by default, per age group (name and date of birth). */
export const PERSON_FOR: Readonly<Record<AgeGroup, { fullName: string; dateOfBirth: string }>> = {
  child: { fullName: 'Tara Bakker', dateOfBirth: '2012-03-03' },
  adult: { fullName: 'Sanne de Vries', dateOfBirth: '1985-06-14' },
  older: { fullName: 'Johanna Smit', dateOfBirth: '1938-09-21' },
};

/** The answers to the afwegingskader that end in each outcome reachable before help is reviewed. */
export const ANSWERS_FOR: Readonly<
  Record<Exclude<Outcome, 'reportHelpFailed' | 'closeWithAgreements'>, Record<number, boolean>>
> = {
  close: { 1: false },
  reportUnsafe: { 1: true, 2: true },
  reportNoHelp: { 1: true, 2: false, 3: false },
  reportNotAccepted: { 1: true, 2: false, 3: true, 4: false },
  help: { 1: true, 2: false, 3: true, 4: true },
};
/** The outcomes a concern can be weighed to before help is reviewed. */
export type ReachableOutcome = keyof typeof ANSWERS_FOR;

/** The outcome a decision needs when none is asked for. */
const OUTCOME_FOR_DECISION: Readonly<Record<Decision, ReachableOutcome>> = {
  report: 'reportUnsafe',
  help: 'help',
  close: 'close',
};

/** An observation (a signal of step 1) with these facts, seen by the author, on the current sign list. */
export function observation(
  facts: string,
  over: Partial<Omit<EntryDataByKind['observation'], 'facts'>> = {},
): DirectEntry {
  return {
    kind: 'observation',
    data: {
      facts,
      interpretation: '',
      sourceKind: 'self',
      source: '',
      categories: [],
      signListVersion: loadSigns().version,
      ...over,
    },
  };
}

/** The observation a concern gets when its signals are not given. */
export const DEFAULT_OBSERVATION: DirectEntry = observation(
  'Blauwe plek van 4 cm op de achterkant van de linker bovenarm.',
);

/** What a concern factory may be told; only `by` is required. */
export interface ConcernOptions {
  /** Who opens the concern (and takes the steps, unless `stepsBy` is given). */
  readonly by: Member;
  /** Who takes the steps from the consultation on (default `by`; a volunteer may not). */
  readonly stepsBy?: Member;
  /** Who the concern is about (default a child). */
  readonly about?: AgeGroup;
  /** Default: PERSON_FOR[about]. */
  readonly fullName?: string;
  /** Default: PERSON_FOR[about]; null for unknown. */
  readonly dateOfBirth?: string | null;
  /** The honour-related violence question (default `no`; `yes` or `unknown` is the expert route). */
  readonly honourRisk?: HonourRisk;
  /** How far to take it (default `opened`). */
  readonly through?: MeldcodeStep;
  /** The signals of step 1 (default: DEFAULT_OBSERVATION). */
  readonly signals?: readonly DirectEntry[];
  /** Members of the household, added with the signals. */
  readonly household?: readonly { name: string; relation: string; age?: number; dateOfBirth?: string }[];
  /** Colleagues of the same organisation added to the concern right after opening. */
  readonly colleagues?: readonly Member[];
  /** The afwegingskader's outcome (default: the one `decision` needs; `reportUnsafe` for a report). */
  readonly outcome?: ReachableOutcome;
  /** The decision of step 5 (default `report`). */
  readonly decision?: Decision;
  /** The notices (default: the app's mail queue, as the pages use). */
  readonly notifier?: ConcernNotifier;
}

/** A concern made by the factory. */
export interface Concern {
  readonly id: string;
  readonly status: ConcernStatus;
  readonly by: Member;
}

/** The notifier the pages use: content-free mail through the app's job queue. */
export function appNotifier(app: FastifyInstance): ConcernNotifier {
  return queueNotifier(app.kring.jobs, app.kring.config.publicUrl);
}

/** The ISO date `days` days after `from`. */
const daysAfter = (from: Date, days: number): string =>
  new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Opens a concern through the services and takes it along the meldcode up to `through`. */
export async function createConcern(app: FastifyInstance, options: ConcernOptions): Promise<Concern> {
  const about = options.about ?? 'child';
  const through = MELDCODE_STEPS.indexOf(options.through ?? 'opened');
  const reached = (step: MeldcodeStep) => through >= MELDCODE_STEPS.indexOf(step);
  const notifier = options.notifier ?? appNotifier(app);
  const honourRisk = options.honourRisk ?? 'no';
  const opener = contextFor(app, options.by);
  const id = await openConcern(
    opener,
    {
      fullName: options.fullName ?? PERSON_FOR[about].fullName,
      dateOfBirth: options.dateOfBirth === undefined ? PERSON_FOR[about].dateOfBirth : options.dateOfBirth,
      ageGroup: about,
      honourRisk,
    },
    notifier,
  );
  let status: ConcernStatus = options.by.role === 'volunteer' ? 'consultation' : 'signals';
  for (const colleague of options.colleagues ?? []) await addMember(contextFor(app, options.by), id, colleague.userId);
  if (reached('signals')) {
    for (const signal of options.signals ?? [DEFAULT_OBSERVATION])
      await addEntry(contextFor(app, options.by), id, signal);
    for (const m of options.household ?? []) {
      await addHouseholdMember(contextFor(app, options.by), id, {
        name: m.name,
        relation: m.relation,
        dateOfBirth: m.dateOfBirth ?? null,
        ageYears: m.age ?? null,
      });
    }
  }
  const stepper = options.stepsBy ?? options.by;
  const step = async (input: Parameters<typeof takeStep>[2]) => {
    status = await takeStep(contextFor(app, stepper), id, input, notifier);
  };
  if (reached('consultationRequested') && status === 'signals') {
    await step({ action: 'requestConsultation', leadId: null });
  }
  if (reached('consultation')) {
    await step({ action: 'recordConsultation', withName: 'Mark Jansen', advice: 'Ga in gesprek met de ouders.' });
    if (honourRisk !== 'no') {
      await step({ action: 'recordAdvice', adviser: 'veiligThuis', advice: 'Geen gesprek met de familie zonder ons.' });
    }
  }
  if (reached('conversation')) {
    await step({
      action: 'recordConversation',
      conversationDate: daysAfter(opener.now, 0),
      participants: 'Moeder',
      reaction: 'Het was maar één keer.',
    });
  }
  const decision = options.decision ?? 'report';
  if (reached('weighing')) {
    const outcome = options.outcome ?? OUTCOME_FOR_DECISION[decision];
    const answers = ANSWERS_FOR[outcome];
    const rationale = Object.fromEntries(Object.keys(answers).map((q) => [q, `Antwoord op vraag ${q}`]));
    await step({ action: 'weigh', answers, rationale });
  }
  if (reached('decision')) {
    const reasons = `Besloten: ${decision}`;
    if (decision === 'report') {
      await step({ action: 'decideReport', reasons, keepHelping: false, checkDate: null, informedPerson: true });
    } else if (decision === 'help') {
      await step({ action: 'decideHelp', reasons, checkDate: daysAfter(opener.now, 60) });
    } else {
      await step({ action: 'close', reasons });
    }
  }
  return { id, status, by: options.by };
}
