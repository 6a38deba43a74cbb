// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory (issue 15, ADR 0036): the public reads the published partners a filter finds;
 * the network's editors (`network:edit`) list every partner, add one, change one (publishing and
 * unpublishing is a field of the form) and delete one. Each write records its audit row in its own
 * transaction; a refusal throws with the partner as named, so the error handler records an
 * `object.denied` row (ADR 0024). The directory holds organisations' public contact details, no
 * person's, so reading it is not audited.
 */
import { type Actor, actorOf, authorize } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { validInput } from '#src/core/field-rules.ts';
import { type Page, pageOf } from '#src/core/paging.ts';
import { hidden } from '#src/core/refusal.ts';
import { audit } from '#src/modules/audit/index.ts';
import { partnerPolicy } from './partner.policy.ts';
import * as repo from './partner.repository.ts';
import { type PartnerInput, partnerInput } from './partner.schemas.ts';
import type { PartnerFilter } from './partner-search.ts';

export type { Partner } from './partner.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page of partners, and which page it is. */
export interface PartnerPage {
  readonly partners: readonly repo.Partner[];
  readonly page: Page;
}

/**
 * The published partners a filter finds, one page (public: no actor needed).
 * @param requested the page asked for (brought inside the list)
 */
export async function publicDirectory(
  ctx: Pick<RequestContext, 'db'>,
  filter: PartnerFilter,
  requested: number,
): Promise<PartnerPage> {
  const page = pageOf(requested, await repo.countPublished(ctx.db, filter));
  return { partners: await repo.listPublished(ctx.db, filter, page), page };
}

function allowed(ctx: RequestContext, action: 'list' | 'create' | 'edit' | 'delete', id: string): Actor {
  const actor = actorOf(ctx);
  authorize(actor, partnerPolicy, action, id, { type: 'network_partner', id });
  return actor;
}

function auditPartner(
  ctx: RequestContext,
  trx: Parameters<typeof audit>[0],
  type: string,
  action: 'C' | 'U' | 'D',
  id: string,
) {
  return audit(trx, ctx, {
    type,
    action,
    outcome: 'success',
    purpose: 'network',
    objectType: 'network_partner',
    objectId: id,
  });
}

/**
 * Whether the actor may add a partner (the empty form is shown only then).
 * @throws {DeniedObjectError} when not (403, audited)
 */
export function mayAddPartner(ctx: RequestContext): void {
  allowed(ctx, 'create', 'new');
}

/** Every partner, published or not, one page (editors only). */
export async function editorDirectory(ctx: RequestContext, requested: number): Promise<PartnerPage> {
  allowed(ctx, 'list', 'list');
  const page = pageOf(requested, await repo.countAll(ctx.db));
  return { partners: await repo.listAll(ctx.db, page), page };
}

/**
 * One partner, for the editor's form.
 * @throws {HiddenObjectError} when there is none (404, audited)
 */
export async function partnerForEditor(ctx: RequestContext, id: string): Promise<repo.Partner> {
  allowed(ctx, 'edit', id);
  const partner = UUID.test(id) ? await repo.findPartner(ctx.db, id) : undefined;
  if (!partner) throw hidden('network_partner', id);
  return partner;
}

/**
 * Adds a partner.
 * @returns its id
 * @throws {ValidationError} the fields' keys (partner.schemas.ts)
 */
export async function createPartner(ctx: RequestContext, input: unknown): Promise<string> {
  const actor = allowed(ctx, 'create', 'new');
  const values: PartnerInput = validInput(partnerInput, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertPartner(trx, values, actor.userId, ctx.now);
    await auditPartner(ctx, trx, 'network.partner.create', 'C', id);
    return id;
  });
}

/**
 * Changes a partner (publishing or unpublishing it too).
 * @throws {ValidationError} the fields' keys
 * @throws {HiddenObjectError} when there is no such partner
 */
export async function updatePartner(ctx: RequestContext, id: string, input: unknown): Promise<void> {
  const actor = allowed(ctx, 'edit', id);
  const values = validInput(partnerInput, input);
  await ctx.db.transaction().execute(async (trx) => {
    if (!UUID.test(id) || !(await repo.updatePartner(trx, id, values, actor.userId, ctx.now))) {
      throw hidden('network_partner', id);
    }
    await auditPartner(ctx, trx, 'network.partner.update', 'U', id);
  });
}

/**
 * Deletes a partner for good.
 * @throws {HiddenObjectError} when there is no such partner
 */
export async function deletePartner(ctx: RequestContext, id: string): Promise<void> {
  allowed(ctx, 'delete', id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!UUID.test(id) || !(await repo.deletePartner(trx, id))) throw hidden('network_partner', id);
    await auditPartner(ctx, trx, 'network.partner.delete', 'D', id);
  });
}
