// SPDX-License-Identifier: EUPL-1.2
/**
 * Writing and checking the audit log (NEN 7513, BIO 8.15). `recordAuditEvent` takes the caller's
 * transaction, so the audit row commits or rolls back together with the action it describes. A row
 * is chained at once (serialised on the chain lock until the transaction ends), or, for the hot paths
 * that ask for it, written pending and chained shortly after by the sealer (audit-sealer.ts, ADR 0034).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/database.ts';
import {
  auditRowsAfter,
  insertAuditEvent,
  insertPendingAuditEvents,
  lockChainHead,
  pendingAuditSummary,
} from './audit.repository.ts';
import type { AuditEventTable } from './audit.table.ts';
import { type ChainCheck, ChainVerifier, chainHash, GENESIS } from './audit-chain.ts';

/** What an audited action says about itself. */
export interface AuditEventInput {
  /** `<entity>.<verb>`, e.g. `concern.read`. */
  readonly type: string;
  readonly action: AuditEventTable['event_action_code'];
  readonly outcome: 'success' | 'denied' | 'failure';
  readonly purpose: string;
  readonly userId?: string | null;
  readonly role?: string | null;
  readonly organisationId?: string | null;
  readonly onBehalfOfUserId?: string | null;
  readonly accessPoint?: string | null;
  readonly objectType?: string | null;
  readonly objectId?: string | null;
  readonly subjectPseudonym?: string | null;
  readonly requestId?: string | null;
  /** The organisation of the refused object, when it is known (ADR 0024). */
  readonly targetOrganisationId?: string | null;
  /**
   * Written pending and chained by the sealer (ADR 0034) instead of at once: for the hot paths, whose
   * transactions then do not wait for each other on the chain lock. The row is in the same
   * transaction all the same.
   */
  readonly deferChain?: boolean;
}

const OUTCOME: Record<AuditEventInput['outcome'], AuditEventTable['event_outcome_indicator']> = {
  success: 0,
  denied: 4,
  failure: 8,
};

/** The columns of a new row, from what the action says about itself. */
export function auditFields(input: AuditEventInput, now: Date) {
  return {
    event_id: randomUUID(),
    // Millisecond precision, UTC: what PostgreSQL stores is exactly what was hashed.
    event_date_time: new Date(now.getTime()),
    event_action_code: input.action,
    event_type_code: input.type,
    event_outcome_indicator: OUTCOME[input.outcome],
    user_id: input.userId ?? null,
    role_id_code: input.role ?? null,
    organisation_id: input.organisationId ?? null,
    on_behalf_of_user_id: input.onBehalfOfUserId ?? null,
    purpose_of_use: input.purpose,
    network_access_point_id: input.accessPoint ?? null,
    participant_object_type_code: input.objectType ?? null,
    participant_object_id: input.objectId ?? null,
    data_subject_pseudonym: input.subjectPseudonym ?? null,
    request_id: input.requestId ?? null,
    target_organisation_id: input.targetOrganisationId ?? null,
  };
}

/**
 * Appends one audit row in the caller's transaction: chained to the last one, or pending when the
 * input defers the chain.
 * @param trx the transaction of the audited action
 * @param key the audit HMAC key (config)
 * @param input what happened
 * @param now the time of the event (injected clock)
 * @returns the event id
 */
export async function recordAuditEvent(
  trx: Transaction<Database>,
  key: string,
  input: AuditEventInput,
  now: Date,
): Promise<string> {
  const fields = auditFields(input, now);
  if (input.deferChain) {
    await insertAuditEvent(trx, { ...fields, chain_seq: null, prev_hash: null, hash: null });
    return fields.event_id;
  }
  const head = await lockChainHead(trx);
  const prevHash = head?.hash ?? GENESIS;
  const seq = String(BigInt(head?.seq ?? '0') + 1n);
  await insertAuditEvent(trx, {
    ...fields,
    chain_seq: seq,
    prev_hash: prevHash,
    hash: chainHash(key, prevHash, fields),
  });
  return fields.event_id;
}

/**
 * Appends many audit rows at once in the caller's transaction, all pending (the sealer chains them):
 * a bulk action's rows, one per object, in a few statements (ADR 0034).
 * @returns the event ids, in the order of the inputs
 */
export async function recordPendingAuditEvents(
  trx: Transaction<Database>,
  inputs: readonly AuditEventInput[],
  now: Date,
): Promise<string[]> {
  const rows = inputs.map((input) => auditFields(input, now));
  await insertPendingAuditEvents(trx, rows);
  return rows.map((r) => r.event_id);
}

/**
 * Checks the whole chain, in batches, in chain order; rows not chained yet are counted as pending,
 * never as a break (ADR 0034).
 * @param db the database
 * @param key the audit HMAC key
 * @returns ok with the number of chained rows and the pending ones, or the id of the first broken row and why
 */
export async function verifyAuditLog(db: Kysely<Database>, key: string, batchSize = 1000): Promise<ChainCheck> {
  const verifier = new ChainVerifier(key);
  let after = '0';
  for (;;) {
    const rows = await auditRowsAfter(db, after, batchSize);
    verifier.add(rows);
    const result = verifier.result();
    if (!result.ok) return result;
    if (rows.length < batchSize) {
      const pending = await pendingAuditSummary(db);
      return pending.count > 0 ? { ...result, pending } : result;
    }
    after = rows[rows.length - 1]!.chain_seq;
  }
}
