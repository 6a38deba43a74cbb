// SPDX-License-Identifier: EUPL-1.2
/**
 * What each kind of dossier entry holds (the `data` column of concern_entry). The service writes
 * only these shapes; views read them back through `EntryData`. A correction is an entry of the same
 * kind with `corrects_id` set, never a change of the old one.
 */
import type { Answers, Decision, Outcome } from './afwegingskader.ts';
import type { HonourRisk } from './honour-route.ts';
import type { AgeGroup, EntryKind } from './workflow.ts';

/** Where the information came from (domain.md §1.9: name the source when it is a third party). */
export type SourceKind = 'self' | 'other';

/** An injury's kind (NVK bruise guideline: record and, if inflicted injury cannot be excluded, photograph). */
export const INJURY_KINDS = ['bruise', 'burn', 'cut', 'abrasion', 'bite', 'fracture', 'swelling', 'other'] as const;
export type InjuryKind = (typeof INJURY_KINDS)[number];

/** The colour of a bruise tells its age only roughly; it is recorded as seen. */
export const INJURY_COLOURS = ['red', 'bluePurple', 'greenYellow', 'brown', 'other'] as const;
export type InjuryColour = (typeof INJURY_COLOURS)[number];

/** Why the conversation with the person may be skipped (domain.md §1.6). */
export const SKIP_REASONS = ['dangerToPerson', 'dangerToProfessional', 'noContact'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Who gave anonymous advice (step 2). */
export const ADVISERS = ['veiligThuis', 'forensicDoctor'] as const;
export type Adviser = (typeof ADVISERS)[number];

/** How care of the children is arranged (kindcheck). */
export const CARE_ARRANGEMENTS = ['alone', 'shared', 'unknown'] as const;
export type CareArrangement = (typeof CARE_ARRANGEMENTS)[number];

/** An answer of the carer check (mantelzorgcheck, docs/domain.md §1.8). */
export const CARER_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type CarerAnswer = (typeof CARER_ANSWERS)[number];

/** The data of each entry kind. */
export interface EntryDataByKind {
  opened: {
    fullName: string;
    ageGroup: AgeGroup;
    byVolunteer: boolean;
    /**
     * The answer to the honour-related violence question given when the concern was opened (ADR 0027);
     * absent on concerns opened before the question existed, null when not asked at opening.
     */
    honourRisk?: HonourRisk | null;
    /** Whether that answer was taken over from the concern this one was opened from (the household). */
    honourRiskInherited?: boolean;
  };
  observation: {
    facts: string;
    interpretation: string;
    sourceKind: SourceKind;
    source: string;
    categories: string[];
    signListVersion: string;
  };
  quote: { words: string; context: string; sourceKind: SourceKind; source: string };
  counterSign: { facts: string; sourceKind: SourceKind; source: string };
  injury: {
    side: 'front' | 'back';
    region: string;
    x: number | null;
    y: number | null;
    injuryKind: InjuryKind;
    sizeCm: number | null;
    colour: InjuryColour;
    explanation: string;
  };
  attachment: { attachmentId: string; displayName: string; mediaType: string; size: number; description: string };
  householdMember: { memberId: string; name: string; relation: string; age: number | null };
  kindcheck: { childrenCount: number; ages: string; care: CareArrangement; notes: string };
  /**
   * The carer check (mantelzorgcheck, docs/domain.md §1.8) of an adult or older person: whether a
   * mantelzorger cares for them and is overburdened, and whether they care for someone who depends
   * on them.
   */
  carerCheck: {
    hasCarer: CarerAnswer;
    /** Who the mantelzorger is, as written (may be empty). */
    carer: string;
    /** Null when there is no mantelzorger (or it is not known whether there is one). */
    carerOverburdened: CarerAnswer | null;
    caresForSomeone: CarerAnswer;
    /** For whom, as written (may be empty). */
    caredFor: string;
    notes: string;
  };
  linkedConcern: { concernId: string; name: string; direction: 'child' | 'parent' };
  consultationRequested: { requestId: string; leadId: string | null; leadName: string | null };
  consultation: { withName: string; advice: string; requestId: string | null };
  advice: { adviser: Adviser; advice: string };
  conversation: { participants: string; reaction: string; conversationDate: string };
  conversationSkipped: { reason: SkipReason; explanation: string };
  weighing: { answers: Answers; rationale: Partial<Record<'1' | '2' | '3' | '4' | '5', string>>; outcome: Outcome };
  decision: {
    decision: Decision;
    reasons: string;
    keepHelping: boolean;
    checkDate: string | null;
    informedPerson: boolean | null;
  };
  helpReview: { succeeded: boolean; notes: string };
  memberAdded: { userId: string; name: string };
  reopened: { reason: string };
  note: { text: string };
  /** The honour-related violence question answered after opening (with a first signal, or later). */
  honourRisk: { answer: HonourRisk; previous: HonourRisk | null };
  /** The report to Veilig Thuis was filed (domain.md §1.9: date, to which Veilig Thuis, what was reported). */
  reported: {
    reportId: string;
    number: number;
    veiligThuisName: string;
    observationSeqs: number[];
    householdCount: number;
    acute: boolean;
    informed: boolean;
    staysUnknown: boolean;
  };
  /** Anonymous advice was asked of Veilig Thuis through Kring (the answer arrives as `advice`). */
  adviceRequested: { reportId: string; number: number; veiligThuisName: string; question: string };
  /** Veilig Thuis's feedback after the safety assessment or the investigation. */
  vtFeedback: {
    reportId: string;
    number: number;
    veiligThuisName: string;
    stage: 'assessment' | 'investigation';
    outcome: 'adviceGiven' | 'handedOver' | 'safetyConditions' | 'investigation' | 'closed';
    handedOverTo: string;
    safetyConditions: string;
    message: string;
  };
}

/** One entry's data, discriminated by kind. */
export type EntryData = { [K in EntryKind]: { kind: K; data: EntryDataByKind[K] } }[EntryKind];

/** The kinds that are observations of step 1 (shown under "Signalen"; correctable with the same form). */
export const SIGNAL_KINDS = ['observation', 'quote', 'counterSign'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** Why a professional did not tell those involved about the report (domain.md §1.7, "open melden, tenzij"). */
export const NOT_INFORMED_GROUNDS = ['safetyOfPerson', 'safetyOfProfessional', 'trust'] as const;
export type NotInformedGround = (typeof NOT_INFORMED_GROUNDS)[number];
