// SPDX-License-Identifier: EUPL-1.2
/**
 * Kysely table interfaces of the concern dossier (migration 2026_11_27_09_00_00_create_concerns;
 * `honour_risk` from 2026_12_06_22_00_00_add_concern_honour_risk).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { HonourRisk } from './honour-route.ts';
import type { AgeGroup, ConcernStatus, EntryKind } from './workflow.ts';

type Timestamp = ColumnType<Date, Date, Date>;
type OptionalTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;

export interface PersonTable {
  id: Generated<string>;
  organisation_id: string;
  full_name: string;
  /** ISO date, `YYYY-MM-DD`. */
  date_of_birth: string | null;
  age_group: AgeGroup;
  created_at: Timestamp;
}

export interface ConcernTable {
  id: Generated<string>;
  organisation_id: string;
  person_id: string;
  author_id: string;
  status: ConcernStatus;
  sector: string;
  parent_id: string | null;
  opened_at: Timestamp;
  updated_at: Timestamp;
  check_date: string | null;
  check_reminded_at: OptionalTimestamp;
  closed_at: OptionalTimestamp;
  entry_count: Generated<number>;
  /** The answer to the honour-related violence question (ADR 0027); null: not asked yet. */
  honour_risk: ColumnType<HonourRisk | null, HonourRisk | null | undefined, HonourRisk | null>;
}

export interface ConcernMemberTable {
  concern_id: string;
  user_id: string;
  added_by: string;
  added_at: Timestamp;
}

export interface HouseholdMemberTable {
  id: Generated<string>;
  person_id: string;
  name: string;
  relation: string;
  date_of_birth: string | null;
  age_years: number | null;
  linked_person_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface ConcernEntryTable {
  id: Generated<string>;
  concern_id: string;
  seq: number;
  kind: EntryKind;
  author_id: string;
  created_at: Timestamp;
  occurred_at: OptionalTimestamp;
  occurred_time_known: Generated<boolean>;
  corrects_id: string | null;
  data: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface ConsultationRequestTable {
  id: Generated<string>;
  concern_id: string;
  requested_by: string;
  lead_id: string | null;
  requested_at: Timestamp;
  due_at: Timestamp;
  answered_at: OptionalTimestamp;
  reminded_at: OptionalTimestamp;
}

export interface ConcernAttachmentTable {
  id: Generated<string>;
  concern_id: string;
  entry_id: string;
  stored_id: string;
  media_type: string;
  size: number;
  sha256: string;
  display_name: string;
  created_at: Timestamp;
}

/** The concern dossier's tables: what the concerns module's repositories may query (src/db/handle.ts). */
export interface ConcernsTables {
  person: PersonTable;
  concern: ConcernTable;
  concern_member: ConcernMemberTable;
  household_member: HouseholdMemberTable;
  concern_entry: ConcernEntryTable;
  consultation_request: ConsultationRequestTable;
  concern_attachment: ConcernAttachmentTable;
}
