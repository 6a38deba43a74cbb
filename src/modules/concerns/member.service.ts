// SPDX-License-Identifier: EUPL-1.2
/**
 * The colleagues added to a concern: who could be added, and adding one.
 */

import { z } from 'zod';
import { actorOf } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { type Colleague, colleagues } from '#src/modules/identity/index.ts';
import { auditConcern, lockedConcern } from './concern-access.ts';
import { appendEntry } from './entry.repository.ts';
import { colleagueId } from './member.schemas.ts';
import * as steps from './steps.repository.ts';

/** The colleagues that could be added to a concern (same organisation, working with concerns). */
export async function addableColleagues(ctx: RequestContext, id: string): Promise<Colleague[]> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'manageMembers');
    const all = await colleagues(trx, concern.organisationId, ['professional', 'volunteer', 'safeguardingLead']);
    return all.filter((c) => c.id !== concern.authorId && !concern.memberIds.includes(c.id));
  });
}

/**
 * Adds a colleague of the same organisation to a concern.
 * @throws {ValidationError} `colleague` when the user is not a colleague who works with concerns
 */
export async function addMember(ctx: RequestContext, id: string, userId: string): Promise<void> {
  const actor = actorOf(ctx);
  validInput(z.object({ colleague: colleagueId }), { colleague: userId });
  await ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'manageMembers');
    const all = await colleagues(trx, concern.organisationId, ['professional', 'volunteer', 'safeguardingLead']);
    const colleague = all.find((c) => c.id === userId);
    if (!colleague || colleague.id === concern.authorId || concern.memberIds.includes(colleague.id)) {
      throw new ValidationError({ colleague: 'colleague' });
    }
    await steps.insertConcernMember(trx, { concernId: id, userId, addedBy: actor.userId, now: ctx.now });
    await appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry: { kind: 'memberAdded', data: { userId, name: colleague.name } },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    await auditConcern(trx, ctx, concern, 'concern.member.add', 'U');
  });
}
