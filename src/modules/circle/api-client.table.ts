// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interface of the circle's API clients (migration 2026_12_07_03_55_42, ADR 0033). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;
type OptionalTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;

/** What an API client may do. */
export const API_SCOPES = ['circle:register', 'circle:withdraw', 'circle:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface CircleApiClientTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  /** SHA-256 (hex) of the token; the token itself is shown once and never stored. */
  token_hash: string;
  scopes: ApiScope[];
  created_by: string | null;
  created_at: Timestamp;
  rotated_at: OptionalTimestamp;
  revoked_at: OptionalTimestamp;
}
