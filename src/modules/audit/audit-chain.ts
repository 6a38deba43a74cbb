// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit log's hash chain (pure). Each row stores the hash of the row before it (`prev_hash`) and
 * its own `hash = HMAC-SHA-256(key, prev_hash + "\n" + canonical(row))`. Changing, deleting or
 * reordering a row breaks the chain from that row on; without the key (kept outside the database)
 * nobody can recompute it. The first row's prev_hash is GENESIS.
 */
import { createHmac } from 'node:crypto';
import type { AuditEventRow, SealedAuditEventRow } from './audit.table.ts';

/** prev_hash of the first row. */
export const GENESIS = '0'.repeat(64);

/**
 * The fields the hash covers, in a fixed order: everything but the hashes, the serial id and the
 * place in the chain (the links fix the order: a moved row breaks them).
 */
export type ChainedFields = Omit<AuditEventRow, 'id' | 'chain_seq' | 'prev_hash' | 'hash'>;

/**
 * Columns added after the chain began (ADR 0024). canonical() covers them in one trailing object, by
 * name, and only those that are set: a row that has none of them hashes exactly as rows written before
 * they existed, and a value set, changed or cleared later changes the hash.
 */
const LATER_FIELDS = ['target_organisation_id'] as const satisfies readonly (keyof ChainedFields)[];

/**
 * A stable text form of a row's fields: a JSON array in a fixed order, times in UTC ISO (ms); then,
 * when any of LATER_FIELDS is set, an object of those that are.
 */
export function canonical(row: ChainedFields): string {
  const later: Record<string, string> = {};
  for (const field of LATER_FIELDS) {
    const value = row[field];
    if (value !== null && value !== undefined) later[field] = value;
  }
  return JSON.stringify([
    row.event_id,
    new Date(row.event_date_time).toISOString(),
    row.event_action_code,
    row.event_type_code,
    row.event_outcome_indicator,
    row.user_id,
    row.role_id_code,
    row.organisation_id,
    row.on_behalf_of_user_id,
    row.purpose_of_use,
    row.network_access_point_id,
    row.participant_object_type_code,
    row.participant_object_id,
    row.data_subject_pseudonym,
    row.request_id,
    ...(Object.keys(later).length > 0 ? [later] : []),
  ]);
}

/**
 * The hash of a row that follows `prevHash`.
 * @param key the audit HMAC key
 * @param prevHash the previous row's hash (GENESIS for the first)
 * @param row the row's fields
 */
export function chainHash(key: string, prevHash: string, row: ChainedFields): string {
  return createHmac('sha256', key)
    .update(`${prevHash}\n${canonical(row)}`)
    .digest('hex');
}

/** The rows written but not chained yet (ADR 0034): reported, never a break. */
export interface PendingRows {
  readonly count: number;
  /** When the oldest of them was written; null when there are none. */
  readonly oldest: Date | null;
}

/** The outcome of checking the chain. */
export type ChainCheck =
  | { readonly ok: true; readonly checked: number; readonly lastHash: string; readonly pending?: PendingRows }
  | { readonly ok: false; readonly checked: number; readonly brokenAt: string; readonly reason: 'content' | 'link' };

/** Checks chained rows one by one, in chain order, carrying the state across batches. */
export class ChainVerifier {
  #prev = GENESIS;
  #checked = 0;
  #broken: ChainCheck | undefined;

  constructor(private readonly key: string) {}

  /** Feeds the next rows; stops at the first break. */
  add(rows: readonly SealedAuditEventRow[]): void {
    for (const row of rows) {
      if (this.#broken) return;
      if (row.prev_hash !== this.#prev) {
        this.#broken = { ok: false, checked: this.#checked, brokenAt: String(row.id), reason: 'link' };
        return;
      }
      if (chainHash(this.key, row.prev_hash, row) !== row.hash) {
        this.#broken = { ok: false, checked: this.#checked, brokenAt: String(row.id), reason: 'content' };
        return;
      }
      this.#prev = row.hash;
      this.#checked += 1;
    }
  }

  /** The verdict so far. */
  result(): ChainCheck {
    return this.#broken ?? { ok: true, checked: this.#checked, lastHash: this.#prev };
  }
}
