// SPDX-License-Identifier: EUPL-1.2
/**
 * The sealer (ADR 0034): chains the audit rows the hot paths wrote pending. One sealer at a time (the
 * chain lock, which appends chained at once take too), in batches, in id order of the rows whose
 * transactions have committed: a row is visible to the sealer only once its action has committed, and
 * a rolled-back action leaves no row at all, so every action's row is chained and none without its
 * action. Kring runs it every second, before each checkpoint of the anchor and in `npm run audit:verify`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '#src/db/database.ts';
import { lockChainHead, pendingAuditRows, sealAuditRows } from './audit.repository.ts';
import { chainHash, GENESIS } from './audit-chain.ts';

/** How many rows one sealing transaction chains at most. */
export const SEAL_BATCH = 2000;

/**
 * Chains one batch of pending rows in a transaction of its own.
 * @returns how many rows it chained
 */
export async function sealBatch(db: Kysely<Database>, key: string, batchSize = SEAL_BATCH): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const head = await lockChainHead(trx);
    const rows = await pendingAuditRows(trx, batchSize);
    let prevHash = head?.hash ?? GENESIS;
    let seq = BigInt(head?.seq ?? '0');
    const sealed = rows.map((row) => {
      seq += 1n;
      const hash = chainHash(key, prevHash, row);
      const link = { id: row.id, seq: String(seq), prevHash, hash };
      prevHash = hash;
      return link;
    });
    await sealAuditRows(trx, sealed);
    return sealed.length;
  });
}

/**
 * Chains every pending row that has committed by now, batch after batch.
 * @returns how many rows it chained
 */
export async function sealAuditLog(db: Kysely<Database>, key: string, batchSize = SEAL_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealBatch(db, key, batchSize);
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

/** Where the sealer reports what it could not do. */
export interface SealerLog {
  error(obj: object, msg: string): void;
}

/** How often a running Kring seals. */
export const SEAL_INTERVAL_MS = 1000;

/** Seals on a timer; runs never overlap. */
export class AuditSealer {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      readonly db: Kysely<Database>;
      readonly auditKey: string;
      readonly log: SealerLog;
      readonly intervalMs?: number;
    },
  ) {}

  /** Seals what is pending now (after any run in progress). */
  seal(): Promise<number> {
    const run = this.#running.then(() => sealAuditLog(this.options.db, this.options.auditKey));
    this.#running = run.catch(() => undefined);
    return run;
  }

  /** Starts the timer; failures are logged, never thrown. */
  start(): void {
    this.#timer = setInterval(() => {
      this.seal().catch((err: unknown) => this.options.log.error({ err }, 'could not seal the audit log'));
    }, this.options.intervalMs ?? SEAL_INTERVAL_MS);
    this.#timer.unref();
  }

  /** Stops the timer and seals what is left (at shutdown, before the database closes). */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.seal().catch((err: unknown) =>
      this.options.log.error({ err }, 'could not seal the audit log at shutdown'),
    );
  }
}
