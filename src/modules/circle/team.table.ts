// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interfaces of working together after a match (migration …_add_circle_coordination, ADR 0035). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

export interface CircleTeamTable {
  id: Generated<string>;
  formed_at: Timestamp;
  contact_recorded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  contact_recorded_by: ColumnType<string | null, string | null | undefined, string | null>;
  no_contact_flagged_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface CircleTeamMemberTable {
  signal_id: string;
  team_id: string;
  joined_at: Timestamp;
}

export type CoordinationEvent = 'proposed' | 'accepted' | 'declined';

export interface CircleCoordinationTable {
  id: Generated<string>;
  team_id: string;
  event: CoordinationEvent;
  signal_id: string;
  /** Null: proposed by the municipality's rule. */
  by_user: string | null;
  at: Timestamp;
}

export type ConsentGiver = 'parents' | 'youngPerson' | 'both';

export interface CircleConsentTable {
  id: Generated<string>;
  team_id: string;
  given_by: ConsentGiver;
  /** ISO date. */
  given_on: string;
  scope: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export type ActionStatus = 'open' | 'done';

export interface CirclePlanActionTable {
  id: Generated<string>;
  team_id: string;
  description: string;
  owner_signal_id: string;
  /** ISO date. */
  due_on: string;
  status: ActionStatus;
  progress: ColumnType<string, string | undefined, string>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

/** The tables of working together: part of the circle's tables. */
export interface CircleTeamTables {
  circle_team: CircleTeamTable;
  circle_team_member: CircleTeamMemberTable;
  circle_coordination: CircleCoordinationTable;
  circle_consent: CircleConsentTable;
  circle_plan_action: CirclePlanActionTable;
}
