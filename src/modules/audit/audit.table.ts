// SPDX-License-Identifier: EUPL-1.2
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** One row of the audit log (NEN 7513 field names, Logius NEN 7513 extension, snake_case). */
export interface AuditEventTable {
  id: ColumnType<string, never, never>;
  event_id: Generated<string>;
  event_date_time: ColumnType<Date, Date, never>;
  /** C create, R read (also export and print), U update, D delete, E execute (search, sign-in). */
  event_action_code: 'C' | 'R' | 'U' | 'D' | 'E';
  /** Kring's own event name, `<entity>.<verb>`: `concern.read`, `auth.sign_in`, `audit.read`. */
  event_type_code: string;
  /** 0 success, 4 denied, 8 failure, 12 major failure. */
  event_outcome_indicator: 0 | 4 | 8 | 12;
  user_id: string | null;
  role_id_code: string | null;
  organisation_id: string | null;
  on_behalf_of_user_id: string | null;
  purpose_of_use: string;
  network_access_point_id: string | null;
  participant_object_type_code: string | null;
  participant_object_id: string | null;
  data_subject_pseudonym: string | null;
  request_id: string | null;
  /**
   * The organisation the refused object belongs to (object.denied, route.denied; ADR 0024), so that
   * its privacy officer sees the attempt. Null otherwise, and when the object does not exist.
   */
  target_organisation_id: string | null;
  /**
   * The row's place in the hash chain (ADR 0034): set when it is chained, at once or by the sealer.
   * Null, with both hashes, while a row written by a hot path waits for the sealer.
   */
  chain_seq: ColumnType<string | null, string | null | undefined, string>;
  prev_hash: ColumnType<string | null, string | null, string>;
  hash: ColumnType<string | null, string | null, string>;
}

/** A row that is chained: its place and hashes are set. */
export type SealedAuditEventRow = AuditEventRow & { chain_seq: string; prev_hash: string; hash: string };

export type AuditEventRow = Selectable<AuditEventTable>;
export type NewAuditEventRow = Insertable<AuditEventTable>;

/** The audit kernel's tables: what its repository may query (src/db/handle.ts). */
export interface AuditTables {
  audit_event: AuditEventTable;
}
