// SPDX-License-Identifier: EUPL-1.2
/**
 * What a report or advice request holds (the `snapshot` column of vt_report), made once when it is
 * sent: Veilig Thuis reads what the reporter sent, not the reporter's dossier as it is later. Events
 * (`vt_report_event.data`) are the intake's work on it.
 */
import type {
  AgeGroup,
  Answers,
  EntryDataByKind,
  EntryKind,
  NotInformedGround,
  Outcome,
} from '#src/modules/concerns/index.ts';
import type { AssessmentOutcome } from './workflow.ts';

export type { NotInformedGround };

/** An observation as the reporter's dossier held it when the report was sent. */
export interface SnapshotEntry {
  readonly seq: number;
  readonly kind: EntryKind;
  readonly data: EntryDataByKind[keyof EntryDataByKind];
  readonly occurredAt: string | null;
  readonly occurredTimeKnown: boolean;
  readonly createdAt: string;
  readonly authorName: string;
}

/** A professional's report (melding) from step 5 of a concern. */
export interface ProfessionalReportSnapshot {
  readonly type: 'professionalReport';
  readonly organisationName: string;
  readonly sector: string;
  readonly subject: { readonly fullName: string; readonly dateOfBirth: string | null; readonly ageGroup: AgeGroup };
  readonly household: readonly {
    readonly name: string;
    readonly relation: string;
    readonly dateOfBirth: string | null;
    readonly ageYears: number | null;
  }[];
  readonly observations: readonly SnapshotEntry[];
  readonly weighing: {
    readonly answers: Answers;
    readonly rationale: Partial<Record<'1' | '2' | '3' | '4' | '5', string>>;
    readonly outcome: Outcome;
  } | null;
  readonly decisionReasons: string;
  readonly helpGiven: string;
  readonly informed: boolean;
  readonly notInformedGround: NotInformedGround | null;
  readonly notInformedExplanation: string;
}

/** A professional's request for advice: no data that identifies the family (domain.md §1.5). */
export interface ProfessionalAdviceSnapshot {
  readonly type: 'professionalAdvice';
  readonly organisationName: string;
  readonly sector: string;
  readonly ageGroup: AgeGroup;
  readonly meldcodeStep: number;
  readonly situation: string;
  readonly question: string;
}

/** Who a resident worries about. */
export const RESIDENT_AGE_GROUPS = ['child', 'adult', 'older', 'unknown'] as const;
export type ResidentAgeGroup = (typeof RESIDENT_AGE_GROUPS)[number];

/** How a resident knows them. */
export const RESIDENT_RELATIONS = ['neighbour', 'family', 'friend', 'school', 'other'] as const;
export type ResidentRelation = (typeof RESIDENT_RELATIONS)[number];

/** A resident's report or request for advice. Everything but the description is optional. */
export interface ResidentSnapshot {
  readonly type: 'resident';
  readonly whatHappened: string;
  readonly when: string;
  readonly ageGroup: ResidentAgeGroup;
  readonly names: string;
  readonly address: { readonly street: string; readonly postcode: string; readonly place: string };
  readonly relation: ResidentRelation | '';
}

/** Any snapshot. */
export type ReportSnapshot = ProfessionalReportSnapshot | ProfessionalAdviceSnapshot | ResidentSnapshot;

/** The decision of a safety assessment or an investigation, as its event holds it. */
export interface DecisionData {
  readonly outcome: AssessmentOutcome;
  readonly reasons: string;
  readonly handedOverTo: string;
  readonly safetyConditions: string;
  readonly feedback: string;
}

/** What each event kind holds. */
export interface ReportEventDataByKind {
  received: Record<string, never>;
  triaged: { acute: boolean; assignedToName: string | null };
  assigned: { assignedToName: string };
  question: { text: string };
  answer: { questionId: string; text: string };
  assessed: DecisionData;
  concluded: DecisionData;
  monitoringEnded: { reasons: string };
  adviceGiven: { advice: string };
}
export type ReportEventKind = keyof ReportEventDataByKind;
