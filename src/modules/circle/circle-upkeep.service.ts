// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's upkeep, run by the system rather than a professional (ADR 0031):
 * - the daily sweep ends every signal the calendar has ended (2 years or the municipality's period,
 *   the 23rd birthday): a tombstone remains, the pseudonyms are gone, one audit row per signal;
 *   running it twice ends nothing more;
 * - the key rotation re-keys every stored pseudonym to the newest key version from the stored
 *   pseudonym alone (the chain, pseudonym.ts), never from a BSN, in one transaction that registrations
 *   wait for and readers do not.
 */
import type { RequestContext } from '#src/core/context.ts';
import { audit } from '#src/modules/audit/index.ts';
import { activeOn, assertKeysMatch, auditCircle, type CircleSettings, initialKeyState } from './circle.internal.ts';
import * as repo from './circle.repository.ts';
import { calendarEnd, checkMaxMonths, type EndReason } from './expiry.ts';
import { keyCheck, liftPseudonym } from './pseudonym.ts';
import { dropEmptyTeams } from './team.service.ts';

const SWEEP_BATCH = 1000;
const ROTATE_BATCH = 2000;

/** What a sweep ended. */
export interface SweepResult {
  readonly ended: number;
  readonly byReason: Readonly<Partial<Record<EndReason, number>>>;
}

/**
 * Ends the signals the calendar has ended, as of the context's day. Idempotent.
 * @param ctx the job's context (no actor)
 * @param settings the keys (unused here) and the municipality's period
 */
export async function sweepExpiredSignals(ctx: RequestContext, settings: CircleSettings): Promise<SweepResult> {
  const maxMonths = checkMaxMonths(settings.maxMonths);
  const active = activeOn(ctx, settings);
  const byReason: Partial<Record<EndReason, number>> = {};
  let ended = 0;
  for (;;) {
    const done = await ctx.db.transaction().execute(async (trx) => {
      const due = await repo.signalsDueForEnd(trx, active, SWEEP_BATCH);
      const ends = due.map((s) => ({
        id: s.id,
        // By today's period and the 23rd birthday; a signal past the end day it was given under a
        // shorter period than today's ended by its period.
        reason: calendarEnd(s, active.today, maxMonths) ?? ('maxDuration' as const),
      }));
      await repo.endSignals(trx, ends, ctx.now, null);
      for (const e of ends) {
        await auditCircle(trx, ctx, `circle.signal.expire.${e.reason}`, 'D', e.id);
        byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
      }
      if (ends.length > 0) await dropEmptyTeams(trx, ctx);
      ended += ends.length;
      return due.length < SWEEP_BATCH;
    });
    if (done) return { ended, byReason };
  }
}

/** What a rotation did. */
export interface RotationResult {
  readonly from: number;
  readonly to: number;
  readonly signals: number;
  readonly parents: number;
}

/**
 * Re-keys every pseudonym to the newest configured key version, from the stored pseudonyms (no BSN).
 * At the newest version already: nothing changes. Audited with the counts.
 * @param ctx the operator's context (no actor)
 * @param settings the circle's keys, newest first
 * @throws {Error} when the configured keys do not reproduce the stored key check
 */
export async function rotatePseudonyms(ctx: RequestContext, settings: CircleSettings): Promise<RotationResult> {
  const keys = settings.keys;
  return ctx.db.transaction().execute(async (trx) => {
    const state = await repo.lockKeyState(trx, 'update', initialKeyState(keys), ctx.now);
    assertKeysMatch(keys, state);
    const to = keys.newest;
    let signals = 0;
    let parents = 0;
    let afterId: string | null = null;
    for (;;) {
      const batch = await repo.signalPseudonymsBelow(trx, to, afterId, ROTATE_BATCH);
      if (batch.length === 0) break;
      await repo.updateSignalPseudonyms(
        trx,
        batch.map((r) => ({ id: r.id, to: liftPseudonym(keys, r, to) })),
      );
      signals += batch.length;
      afterId = batch.at(-1)!.id;
    }
    let after: { signalId: string; value: string } | null = null;
    for (;;) {
      const batch = await repo.parentPseudonymsBelow(trx, to, after, ROTATE_BATCH);
      if (batch.length === 0) break;
      await repo.updateParentPseudonyms(
        trx,
        batch.map((r) => ({ signalId: r.signalId, from: r.value, to: liftPseudonym(keys, r, to) })),
      );
      parents += batch.length;
      const last = batch.at(-1)!;
      after = { signalId: last.signalId, value: last.value };
    }
    if (state.version !== to) {
      await repo.setKeyState(trx, { version: to, keyCheck: keyCheck(keys, to) }, ctx.now);
    }
    await audit(trx, ctx, {
      type: 'circle.keys.rotate',
      action: 'U',
      outcome: 'success',
      purpose: 'security',
      objectType: 'circle_key_state',
      objectId: `v${state.version}->v${to}: ${signals} signals, ${parents} parents`,
    });
    return { from: state.version, to, signals, parents };
  });
}
