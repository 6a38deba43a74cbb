// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interfaces of the circle (migration 2026_12_07_03_03_33_add_circle, ADR 0031). */
import type { ColumnType, Generated } from 'kysely';
import type { CircleApiClientTable } from './api-client.table.ts';
import type { EndReason } from './expiry.ts';
import type { InformingRecord, PostponeReason } from './informing.ts';
import type { CircleTeamTables } from './team.table.ts';

type Timestamp = ColumnType<Date, Date, Date>;

export interface CircleSignalTable {
  id: Generated<string>;
  organisation_id: string;
  registered_by: string;
  contact_name: string;
  contact_role: string;
  contact_phone: string;
  contact_email: string;
  pseudonym_version: number;
  /** HMAC chain of the young person's BSN, base64url; never the BSN. */
  pseudonym: string;
  /** ISO date. */
  date_of_birth: string;
  registered_at: Timestamp;
  /** ISO date of the registration in Amsterdam. */
  registered_on: string;
  /** ISO date on which it ends by the calendar. */
  expires_on: string;
  parents_informing: InformingRecord['informing'];
  parents_postponed_reason: PostponeReason | null;
  young_person_informing: InformingRecord['informing'];
  young_person_postponed_reason: PostponeReason | null;
  /** The organisation's own concern dossier it was registered from, if any (never shown to others). */
  concern_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CircleSignalParentTable {
  signal_id: string;
  pseudonym_version: number;
  pseudonym: string;
}

export interface CircleSignalTombstoneTable {
  id: string;
  organisation_id: string;
  registered_by: string;
  registered_at: Timestamp;
  ended_at: Timestamp;
  end_reason: EndReason;
  ended_by: string | null;
}

export interface CircleKeyStateTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  version: number;
  key_check: string;
  updated_at: Timestamp;
}

/** The circle's tables: what the circle module's repositories may query (src/db/handle.ts). */
export interface CircleTables extends CircleTeamTables {
  circle_signal: CircleSignalTable;
  circle_signal_parent: CircleSignalParentTable;
  circle_signal_tombstone: CircleSignalTombstoneTable;
  circle_key_state: CircleKeyStateTable;
  circle_api_client: CircleApiClientTable;
}
