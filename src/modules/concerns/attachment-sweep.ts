// SPDX-License-Identifier: EUPL-1.2
/**
 * Removes attachment files that no row points to (a crash between writing the file and committing
 * its row leaves one behind). Files younger than an hour are left alone: their transaction may not
 * have committed yet.
 */
import type { Kysely } from 'kysely';
import type { Database } from '#src/db/database.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import type { AttachmentStore } from './attachments/store.ts';
import { storedAttachmentIds } from './list.repository.ts';

/** The queue of the sweep. */
export const ATTACHMENT_SWEEP_JOB = 'attachment-sweep';

/** How old an unreferenced file must be before it is removed. */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

/**
 * Removes orphan files now.
 * @returns the ids of the files removed
 */
export async function sweepAttachments(db: Kysely<Database>, store: AttachmentStore, now: Date): Promise<string[]> {
  return store.sweep(await storedAttachmentIds(db), ORPHAN_AGE_MS, now);
}

/** Schedules the sweep every hour. */
export async function registerAttachmentSweep(
  queue: JobQueue,
  db: Kysely<Database>,
  store: AttachmentStore,
  clock: () => Date,
  log: { info(obj: object, msg: string): void },
): Promise<void> {
  await queue.schedule(ATTACHMENT_SWEEP_JOB, '17 * * * *');
  await queue.work(ATTACHMENT_SWEEP_JOB, async () => {
    const removed = await sweepAttachments(db, store, clock());
    if (removed.length > 0) log.info({ removed: removed.length }, 'orphan attachment files removed');
  });
}
