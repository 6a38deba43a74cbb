// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern's side of the link with Veilig Thuis (issue 5): feedback and advice from the intake
 * arrive in the reporter's dossier as entries, written by the intake worker, in the intake's
 * transaction, with the concern's own audit row and a content-free mail to the reporter. The intake
 * never reads the dossier; it only appends to the one concern the report came from.
 */
import type { Transaction } from 'kysely';
import type { RequestContext } from '#src/core/context.ts';
import { NotFoundError } from '#src/core/errors.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import { activeUser } from '#src/modules/identity/index.ts';
import * as repo from './concern.repository.ts';
import type { ConcernNotice, ConcernNotifier } from './concern.service.ts';
import { routeFactsIn } from './concern-access.ts';
import type { EntryData } from './entries.ts';
import { appendEntry } from './entry.repository.ts';
import { setConcernStatus } from './steps.repository.ts';
import { transition } from './workflow.ts';

/** What Veilig Thuis sends back to a concern. */
export interface FromVeiligThuis {
  readonly entry: Extract<EntryData, { kind: 'vtFeedback' | 'advice' }>;
  /** The professional who filed the report or asked the advice (the mail goes to them). */
  readonly reporterUserId: string;
  readonly notice: Extract<ConcernNotice['kind'], 'feedbackWaiting' | 'adviceWaiting'>;
  readonly notifier: ConcernNotifier;
}

/**
 * Appends feedback or advice from Veilig Thuis to the concern it concerns. Advice moves the concern
 * as recording advice would (step 2 → the conversation), where the workflow table allows it.
 */
export async function receiveFromVeiligThuis(
  trx: Transaction<Database>,
  ctx: RequestContext,
  concernId: string,
  from: FromVeiligThuis,
): Promise<void> {
  if (!ctx.actor) throw new NotFoundError();
  const concern = await repo.findConcern(trx, concernId, true);
  if (!concern) throw new NotFoundError();
  await appendEntry(trx, {
    concernId,
    authorId: ctx.actor.userId,
    entry: from.entry,
    occurredAt: null,
    correctsId: null,
    now: ctx.now,
  });
  const moved =
    from.entry.kind === 'advice'
      ? transition('recordAdvice', concern.status, (await routeFactsIn(trx, concern)).route)
      : undefined;
  if (moved && moved.to !== concern.status) {
    await setConcernStatus(trx, concernId, { status: moved.to, now: ctx.now });
  }
  await audit(trx, ctx, {
    type: `concern.receive.${from.entry.kind}`,
    action: 'C',
    purpose: 'safety',
    outcome: 'success',
    subject: { kind: 'person', id: concern.personId },
    objectType: 'concern',
    objectId: concernId,
  });
  const reporter = await activeUser(trx, from.reporterUserId);
  if (reporter) {
    await from.notifier.notify(trx, { kind: from.notice, to: [reporter], organisationName: concern.organisationName });
  }
}
