// SPDX-License-Identifier: EUPL-1.2
/**
 * The meetings' daily job (ADR 0038): removes the registrations of every meeting that ended more than
 * the set number of months ago (KRING_MEETING_REGISTRATION_MONTHS, default 3). A pg-boss schedule
 * early in the morning in Amsterdam; idempotent (a second run, or a second Kring process, removes
 * nothing more); one audit row per meeting cleared. The log line holds counts only.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServiceKeys } from '#src/core/context.ts';
import type { Database } from '#src/db/database.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import { removeOldRegistrations } from './registration.service.ts';

/** The queue (and schedule) name of the removal. */
export const MEETING_RETENTION_JOB = 'meeting-retention';

/** Every day at 00:20 in Amsterdam. */
export const MEETING_RETENTION_CRON = '20 0 * * *';

/** The months registrations are kept after their meeting, unless set otherwise. */
export const DEFAULT_REGISTRATION_MONTHS = 3;

/** What a run needs, asked for at each run (so `now` is that run's time). */
export interface MeetingRetentionDeps {
  readonly db: Kysely<Database>;
  readonly now: Date;
  readonly keys: ServiceKeys;
  readonly months: number;
  readonly log?: { info(obj: object, msg: string): void } | undefined;
}

/**
 * Runs the removal once.
 * @returns the counts removed
 */
export async function runMeetingRetention(
  deps: MeetingRetentionDeps,
): Promise<{ readonly registrations: number; readonly meetings: number }> {
  const ctx = { actor: null, db: deps.db, keys: deps.keys, requestId: randomUUID(), now: deps.now, accessPoint: 'job' };
  const removed = await removeOldRegistrations(ctx, deps.months);
  if (removed.registrations > 0) deps.log?.info(removed, 'meeting registrations removed');
  return removed;
}

/**
 * Schedules the daily removal and works the job.
 * @param queue the job queue (before or after its start())
 * @param deps called at each run
 */
export async function registerMeetingRetention(queue: JobQueue, deps: () => MeetingRetentionDeps): Promise<void> {
  await queue.schedule(MEETING_RETENTION_JOB, MEETING_RETENTION_CRON, { tz: 'Europe/Amsterdam' });
  await queue.work(MEETING_RETENTION_JOB, async () => {
    await runMeetingRetention(deps());
  });
}
