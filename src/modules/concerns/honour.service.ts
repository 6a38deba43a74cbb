// SPDX-License-Identifier: EUPL-1.2
/**
 * The honour-related violence question (ADR 0027) after opening: its answer on the concern, an entry
 * for the timeline, the audit row.
 */

import { z } from 'zod';
import { type Actor, actorOf } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ConflictError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import * as repo from './concern.repository.ts';
import { honourRiskAnswer } from './concern.schemas.ts';
import { auditConcern, lockedConcern, type Trx } from './concern-access.ts';
import { appendEntry } from './entry.repository.ts';
import { type HonourRisk, honourRiskChangeAllowed } from './honour-route.ts';

/**
 * Records the answer to the honour-related violence question after opening (ADR 0027): on a concern
 * where it was not asked yet, or a "yes" or "don't know" after "no". An answer that put the concern on
 * the expert route is not taken back. Audited like every change of the dossier.
 * @throws {ConflictError} the answer would take the concern off the expert route (or repeats "no")
 * @throws {ValidationError} `honourRisk` when the answer is not one of the question's
 */
export async function answerHonourRisk(ctx: RequestContext, id: string, answer: HonourRisk): Promise<void> {
  const actor = actorOf(ctx);
  validInput(z.object({ honourRisk: honourRiskAnswer }), { honourRisk: answer });
  await ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    if (!honourRiskChangeAllowed(concern.honourRisk, answer)) throw new ConflictError('Answer cannot change');
    await answerHonourRiskIn(trx, ctx, actor, concern, answer);
  });
}

/** Writes the answer: the concern's column, an entry for the timeline, the audit row. */
export async function answerHonourRiskIn(
  trx: Trx,
  ctx: RequestContext,
  actor: Actor,
  concern: repo.ConcernRow,
  answer: HonourRisk,
): Promise<void> {
  await repo.setHonourRisk(trx, concern.id, answer, ctx.now);
  await appendEntry(trx, {
    concernId: concern.id,
    authorId: actor.userId,
    entry: { kind: 'honourRisk', data: { answer, previous: concern.honourRisk } },
    occurredAt: null,
    correctsId: null,
    now: ctx.now,
  });
  await auditConcern(trx, ctx, concern, 'concern.honourRisk.answer', 'U');
}
