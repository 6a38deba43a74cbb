// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's set-based writes for a bulk registration (ADR 0034): a batch of signals and their
 * parents' pseudonyms in a few statements, each signal skipped when its organisation already has an
 * active one on the young person (the unique index on pseudonym and organisation).
 */
import { type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import { type NewSignal, signalRow } from './circle.repository.ts';
import type { CircleTables } from './circle.table.ts';

type Trx = TransactionHandle;
const own = tablesOf<CircleTables>();

/** Rows per INSERT: 18 parameters a signal keeps a statement well under PostgreSQL's 65,535. */
const CHUNK = 1000;

/**
 * Stores signals (pseudonyms distinct within the call) with their parents' pseudonyms.
 * @returns the new id of each stored signal by its young person's pseudonym; a pseudonym missing
 *   from the map was already registered by the organisation
 */
export async function insertSignalBatch(trx: Trx, signals: readonly NewSignal[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < signals.length; i += CHUNK) {
    const chunk = signals.slice(i, i + CHUNK);
    const rows = await own(trx)
      .insertInto('circle_signal')
      .values(chunk.map(signalRow))
      .onConflict((oc) => oc.columns(['pseudonym', 'organisation_id']).doNothing())
      .returning(['id', 'pseudonym'])
      .execute();
    for (const row of rows) ids.set(row.pseudonym, row.id);
  }
  const parents = signals.flatMap((s) => {
    const id = ids.get(s.pseudonym.value);
    return id ? s.parents.map((p) => ({ signal_id: id, pseudonym_version: p.version, pseudonym: p.value })) : [];
  });
  for (let i = 0; i < parents.length; i += 2 * CHUNK) {
    await own(trx)
      .insertInto('circle_signal_parent')
      .values(parents.slice(i, i + 2 * CHUNK))
      .onConflict((oc) => oc.columns(['signal_id', 'pseudonym']).doNothing())
      .execute();
  }
  return ids;
}
