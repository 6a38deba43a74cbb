// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit module's public API for other modules: write one audit row for a use case, with the
 * actor's fields taken from the request context, and pseudonymise the data subject.
 *
 * The data subject is stored as a keyed pseudonym (HMAC-SHA-256 with a key derived for this purpose,
 * so the log alone does not say whose file it was; Logius: the subject id is stored protected).
 * The per-person overview looks rows up by the same pseudonym.
 */
import { createHmac } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { RequestContext } from '#src/core/context.ts';
import type { Database } from '#src/db/database.ts';
import { type AuditEventInput, recordAuditEvent, recordPendingAuditEvents } from './record-audit-event.ts';

/** The kinds of data subject Kring pseudonymises. */
export type SubjectKind = 'user' | 'person' | 'report';

/**
 * The pseudonym of a data subject in the audit log.
 * @param key the pseudonym key (ServiceKeys.pseudonymKey)
 * @param kind what the id identifies
 * @param id the subject's id
 */
export function subjectPseudonym(key: Buffer, kind: SubjectKind, id: string): string {
  return createHmac('sha256', key).update(`${kind}:${id}`).digest('base64url');
}

/** What a use case says about its audit row; the actor's fields come from the context. */
export type AuditInput = Omit<
  AuditEventInput,
  'userId' | 'role' | 'organisationId' | 'accessPoint' | 'requestId' | 'subjectPseudonym'
> & {
  /** The person the data is about. */
  readonly subject?: { readonly kind: SubjectKind; readonly id: string };
  /** Override the user (sign-in events before there is an actor). */
  readonly userId?: string | null;
};

/**
 * Writes one audit row for the current use case, in its transaction.
 * @param trx the use case's transaction
 * @param ctx the request context (actor, keys, request id, time)
 * @param input what happened
 */
export async function audit(trx: Transaction<Database>, ctx: RequestContext, input: AuditInput): Promise<void> {
  await recordAuditEvent(trx, ctx.keys.auditKey, withContext(ctx, input), ctx.now);
}

/** An audit input completed with the actor's fields from the context. */
function withContext(ctx: RequestContext, input: AuditInput): AuditEventInput {
  const { subject, ...rest } = input;
  return {
    ...rest,
    userId: input.userId !== undefined ? input.userId : (ctx.actor?.userId ?? null),
    role: ctx.actor?.role ?? null,
    organisationId: ctx.actor?.organisationId ?? null,
    onBehalfOfUserId: input.onBehalfOfUserId ?? ctx.actor?.userId ?? input.userId ?? null,
    accessPoint: ctx.accessPoint,
    requestId: ctx.requestId,
    subjectPseudonym: subject ? subjectPseudonym(ctx.keys.pseudonymKey, subject.kind, subject.id) : null,
  };
}

/**
 * Writes one audit row per object of a bulk use case, in its transaction, pending: the audit sealer
 * chains them (ADR 0034). Nothing is written for an empty list.
 * @param trx the use case's transaction
 * @param ctx the request context (actor, keys, request id, time)
 * @param inputs what happened, one per object
 */
export async function auditMany(
  trx: Transaction<Database>,
  ctx: RequestContext,
  inputs: readonly AuditInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  await recordPendingAuditEvents(
    trx,
    inputs.map((input) => withContext(ctx, input)),
    ctx.now,
  );
}
