// SPDX-License-Identifier: EUPL-1.2
/**
 * Consultation (meldcode step 2): asking the organisation's aandachtsfunctionarissen, and who of them
 * the actor could ask. Recording a consultation is a step (step.service.ts).
 */
import { type Actor, actorOf, authorize } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { hidden } from '#src/core/refusal.ts';
import { addWorkingDays } from '#src/core/working-days.ts';
import { type Colleague, colleagues } from '#src/modules/identity/index.ts';
import { concernPolicy, takes } from './concern.policy.ts';
import * as repo from './concern.repository.ts';
import type { ConcernNotice, ConcernNotifier } from './concern.service.ts';
import { resource, type Trx } from './concern-access.ts';
import { appendEntry } from './entry.repository.ts';
import * as steps from './steps.repository.ts';

/** Consultation requests are due after five working days (then a reminder goes out). */
export const CONSULTATION_WORKING_DAYS = 5;

/**
 * Requests consultation of the organisation's aandachtsfunctionarissen (one of them, or all): the
 * request with its due date, an entry, and a content-free notice to them.
 */
export async function requestConsultationIn(
  trx: Trx,
  ctx: RequestContext,
  actor: Actor,
  concern: repo.ConcernRow,
  leadId: string | null,
  notifier: ConcernNotifier,
  kind: ConcernNotice['kind'],
): Promise<void> {
  const leads = await colleagues(trx, concern.organisationId, ['safeguardingLead']);
  const lead = leadId ? leads.find((l) => l.id === leadId) : undefined;
  if (leadId && !lead) throw new ValidationError({ lead: 'lead' });
  const requestId = await steps.insertConsultationRequest(trx, {
    concernId: concern.id,
    requestedBy: actor.userId,
    leadId: lead?.id ?? null,
    now: ctx.now,
    dueAt: addWorkingDays(ctx.now, CONSULTATION_WORKING_DAYS),
  });
  await appendEntry(trx, {
    concernId: concern.id,
    authorId: actor.userId,
    entry: {
      kind: 'consultationRequested',
      data: { requestId, leadId: lead?.id ?? null, leadName: lead?.name ?? null },
    },
    occurredAt: null,
    correctsId: null,
    now: ctx.now,
  });
  const to = (lead ? [lead] : leads).filter((l) => l.id !== actor.userId);
  if (to.length > 0) await notifier.notify(trx, { kind, to, organisationName: concern.organisationName });
}

/** Marks the oldest open request as answered when an aandachtsfunctionaris records consultation. */
export async function answerOpenRequest(
  trx: Trx,
  ctx: RequestContext,
  id: string,
  actor: Actor,
): Promise<string | null> {
  if (!takes(actor, 'lead')) return null;
  return steps.answerOldestOpenRequest(trx, id, ctx.now);
}

/** The aandachtsfunctionarissen of a concern's organisation whom the actor could ask (not themselves). */
export async function consultationLeads(ctx: RequestContext, id: string): Promise<Colleague[]> {
  const actor = actorOf(ctx);
  const concern = await repo.findConcern(ctx.db, id);
  if (!concern) throw hidden('concern', id);
  authorize(actor, concernPolicy, 'view', resource(concern), { type: 'concern', id });
  const leads = await colleagues(ctx.db, concern.organisationId, ['safeguardingLead']);
  return leads.filter((l) => l.id !== actor.userId);
}
