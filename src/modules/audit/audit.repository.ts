// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit kernel's queries on audit_event: append (chained at once and serialised, or pending, in the
 * caller's transaction), seal the pending rows (ADR 0034), and read in chain order (the verifier, the
 * anchor's head and checkpointed row). The privacy officer's reads are the privacy module's
 * (privacy.repository.ts).
 */
import { sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { AuditEventRow, AuditTables, NewAuditEventRow, SealedAuditEventRow } from './audit.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** The kernel's one table: the only one its queries may name. */
const own = tablesOf<AuditTables>();

/**
 * Advisory lock key that serialises chaining, so every row chains to the one chained before it: an
 * append chained at once (recordAuditEvent) and the sealer (audit-sealer.ts) take it.
 */
const AUDIT_APPEND_LOCK = 7_513_001;

/** The chain's head: the last chained row's place and hash. */
export interface ChainHeadState {
  readonly seq: string;
  readonly hash: string;
}

/**
 * Takes the chain lock (held until the transaction ends) and returns the last chained row's place
 * and hash, or undefined when nothing is chained yet.
 * @param trx the transaction of the audited action, or the sealer's
 */
export async function lockChainHead(trx: Trx): Promise<ChainHeadState | undefined> {
  // Two transactions chaining at once would both chain to the same head; the lock makes the second
  // wait until the first commits or rolls back.
  await sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`.execute(trx);
  const last = await own(trx)
    .selectFrom('audit_event')
    .select(['chain_seq', 'hash'])
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.chain_seq && last.hash ? { seq: String(last.chain_seq), hash: last.hash } : undefined;
}

/** Inserts one audit row (chained, or pending with no place and no hashes). */
export async function insertAuditEvent(trx: Trx, row: NewAuditEventRow): Promise<void> {
  await own(trx).insertInto('audit_event').values(row).execute();
}

/** Inserts many audit rows at once, all pending (a bulk registration's, ADR 0034). */
export async function insertPendingAuditEvents(trx: Trx, rows: readonly NewAuditEventRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await own(trx)
      .insertInto('audit_event')
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, chain_seq: null, prev_hash: null, hash: null })))
      .execute();
  }
}

/**
 * The oldest pending rows that are visible (their transactions have committed), in id order.
 * @param trx the sealer's transaction, holding the chain lock
 */
export async function pendingAuditRows(trx: Trx, limit: number): Promise<AuditEventRow[]> {
  const rows = await own(trx)
    .selectFrom('audit_event')
    .selectAll()
    .where('chain_seq', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id) }));
}

/** Chains pending rows: each gets its place and hashes, in one statement. */
export async function sealAuditRows(
  trx: Trx,
  rows: readonly { readonly id: string; readonly seq: string; readonly prevHash: string; readonly hash: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::bigint, ${r.seq}::bigint, ${r.prevHash}::text, ${r.hash}::text)`),
  );
  await sql`
    update audit_event as a set chain_seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
    from (values ${values}) as v(id, seq, prev_hash, hash)
    where a.id = v.id and a.chain_seq is null`.execute(trx);
}

/**
 * How many rows wait for the sealer, and when the oldest of them was written.
 * @param db database or transaction
 */
export async function pendingAuditSummary(db: Db): Promise<{ count: number; oldest: Date | null }> {
  const row = await own(db)
    .selectFrom('audit_event')
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.min('event_date_time').as('oldest')])
    .where('chain_seq', 'is', null)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

/**
 * Chained rows in chain order, after place `afterSeq`, at most `limit`.
 * @param db database or transaction
 */
export async function auditRowsAfter(db: Db, afterSeq: string, limit: number): Promise<SealedAuditEventRow[]> {
  const rows = await own(db)
    .selectFrom('audit_event')
    .selectAll()
    .where('chain_seq', '>', afterSeq)
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    id: String(r.id),
    chain_seq: String(r.chain_seq),
    prev_hash: r.prev_hash ?? '',
    hash: r.hash ?? '',
  }));
}

/**
 * The last chained row's id and hash (the chain's head), or undefined when nothing is chained.
 * @param db database or transaction
 */
export async function chainHead(db: Db): Promise<{ id: string; hash: string } | undefined> {
  const row = await own(db)
    .selectFrom('audit_event')
    .select(['id', 'hash'])
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash ? { id: String(row.id), hash: row.hash } : undefined;
}

/**
 * One row's hash by id, or undefined when there is no such row (a pending row's hash is null).
 * @param db database or transaction
 * @param id the row id (digits)
 */
export async function auditRowById(db: Db, id: string): Promise<{ hash: string | null } | undefined> {
  return own(db).selectFrom('audit_event').select('hash').where('id', '=', id).executeTakeFirst();
}
