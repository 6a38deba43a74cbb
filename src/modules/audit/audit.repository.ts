// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit kernel's queries on audit_event: append (serialised, in the caller's transaction) and read
 * in order (the verifier, the anchor's head and checkpointed row). The privacy officer's reads are the
 * privacy module's (privacy.repository.ts).
 */
import { sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { AuditEventRow, AuditTables, NewAuditEventRow } from './audit.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** The kernel's one table: the only one its queries may name. */
const own = tablesOf<AuditTables>();

/** Advisory lock key that serialises appends, so every row chains to the one committed before it. */
const AUDIT_APPEND_LOCK = 7_513_001;

/**
 * Takes the append lock (held until the transaction ends) and returns the last row's hash.
 * @param trx the transaction of the audited action
 */
export async function lockChainHead(trx: Trx): Promise<string | undefined> {
  // Two transactions appending at once would both chain to the same head; the lock makes the second
  // wait until the first commits or rolls back.
  await sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`.execute(trx);
  const last = await own(trx)
    .selectFrom('audit_event')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.hash;
}

/** Inserts one audit row. */
export async function insertAuditEvent(trx: Trx, row: NewAuditEventRow): Promise<void> {
  await own(trx).insertInto('audit_event').values(row).execute();
}

/**
 * Audit rows in id order, after `afterId`, at most `limit`.
 * @param db database or transaction
 */
export async function auditRowsAfter(db: Db, afterId: string, limit: number): Promise<AuditEventRow[]> {
  const rows = await own(db)
    .selectFrom('audit_event')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id) }));
}

/**
 * The newest row's id and hash (the chain's head), or undefined when the log is empty.
 * @param db database or transaction
 */
export async function chainHead(db: Db): Promise<{ id: string; hash: string } | undefined> {
  const row = await own(db)
    .selectFrom('audit_event')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { id: String(row.id), hash: row.hash };
}

/**
 * One row's hash by id, or undefined when there is no such row.
 * @param db database or transaction
 * @param id the row id (digits)
 */
export async function auditRowById(db: Db, id: string): Promise<{ hash: string } | undefined> {
  return own(db).selectFrom('audit_event').select('hash').where('id', '=', id).executeTakeFirst();
}
