// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's daily job (ADR 0031, 0035): the sweep that ends every signal the calendar has ended (the
 * municipality's period, the 23rd birthday), then flags every team without recorded contact 10
 * working days after its match to its coordinator and the municipality's circle coordinator. A pg-boss schedule shortly after midnight in Amsterdam;
 * the sweep is idempotent (a second run, or a second Kring process, ends nothing more) and writes one
 * audit row per signal it ends. The log line holds counts only.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RequestContext, ServiceKeys } from '#src/core/context.ts';
import type { Database } from '#src/db/database.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import type { CircleNotifier, CircleSettings } from './circle.internal.ts';
import { type SweepResult, sweepExpiredSignals } from './circle-upkeep.service.ts';
import { flagTeamsWithoutContact } from './team.service.ts';

/** The queue (and schedule) name of the sweep. */
export const CIRCLE_SWEEP_JOB = 'circle-sweep';

/** Every day at 00:10 in Amsterdam: the signals that ended yesterday end in the register. */
export const CIRCLE_SWEEP_CRON = '10 0 * * *';

/** What a sweep run needs, asked for at each run (so `now` is that run's time). */
export interface CircleSweepDeps {
  readonly db: Kysely<Database>;
  readonly now: Date;
  readonly keys: ServiceKeys;
  readonly settings: CircleSettings;
  /** Tells of teams without contact (content-free e-mail). */
  readonly notifier?: CircleNotifier;
  readonly log?: { info(obj: object, msg: string): void } | undefined;
}

/** The context of a run by the system: no actor, the job as the access point. */
export function systemContext(deps: Pick<CircleSweepDeps, 'db' | 'now' | 'keys'>, accessPoint: string): RequestContext {
  return { actor: null, db: deps.db, keys: deps.keys, requestId: randomUUID(), now: deps.now, accessPoint };
}

/**
 * Runs the sweep once.
 * @returns what it ended
 */
export async function runCircleSweep(deps: CircleSweepDeps): Promise<SweepResult & { readonly flagged: number }> {
  const ctx = systemContext(deps, 'job');
  const result = await sweepExpiredSignals(ctx, deps.settings);
  if (result.ended > 0) deps.log?.info({ ended: result.ended, byReason: result.byReason }, 'circle signals ended');
  const flagged = await flagTeamsWithoutContact(ctx, deps.settings, deps.notifier);
  if (flagged > 0) deps.log?.info({ flagged }, 'circle teams without contact flagged');
  return { ...result, flagged };
}

/**
 * Schedules the daily sweep and works the job.
 * @param queue the job queue (before or after its start())
 * @param deps called at each run
 */
export async function registerCircleSweep(queue: JobQueue, deps: () => CircleSweepDeps): Promise<void> {
  await queue.schedule(CIRCLE_SWEEP_JOB, CIRCLE_SWEEP_CRON, { tz: 'Europe/Amsterdam' });
  await queue.work(CIRCLE_SWEEP_JOB, async () => {
    await runCircleSweep(deps());
  });
}
