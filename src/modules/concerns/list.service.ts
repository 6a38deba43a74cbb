// SPDX-License-Identifier: EUPL-1.2
/**
 * The lists of concerns a person reads page by page, and the aandachtsfunctionaris' dashboard
 * (ADR 0032): counts come from the database (count per status and age group), lists come in pages
 * of PAGE_SIZE, the latest changed first. Each use case is one transaction with one audit row of
 * the list read, as listConcerns() in concern.service.ts.
 */
import { actorOf, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { type Page, pageOf } from '#src/core/paging.ts';
import { audit } from '#src/modules/audit/index.ts';
import { takes } from './concern.policy.ts';
import type { Trx } from './concern-access.ts';
import {
  type ConcernListRow,
  type ConcernScope,
  countConcerns,
  listConcerns as listConcernRows,
} from './list.repository.ts';
import { AGE_GROUPS, type AgeGroup, type ConcernStatus, OPEN_STATUSES, roleIs } from './workflow.ts';

/** One page of a list of concerns. */
export interface ConcernPage {
  readonly rows: readonly ConcernListRow[];
  readonly page: Page;
}

/** What narrows a list: statuses and an age group (absent: all). */
export interface ConcernFilter {
  readonly statuses?: readonly ConcernStatus[];
  readonly ageGroup?: AgeGroup;
}

/** The scope of the actor's lists: all of the organisation's for an aandachtsfunctionaris. */
function scopeOf(ctx: RequestContext, filter: ConcernFilter): ConcernScope {
  const actor = actorOf(ctx);
  if (!roleIs(actor.role, 'signaller')) throw new ForbiddenError();
  return { ...filter, organisationId: actor.organisationId, userId: actor.userId, all: takes(actor, 'lead') };
}

function auditList(trx: Trx, ctx: RequestContext): Promise<void> {
  return audit(trx, ctx, {
    type: 'concern.list',
    action: 'R',
    purpose: 'care',
    outcome: 'success',
    objectType: 'concern',
    objectId: null,
  });
}

/** A page of a scope: counted first, so a page past the last shows the last. */
async function pageIn(trx: Trx, scope: ConcernScope, requested: number): Promise<ConcernPage> {
  const total = (await countConcerns(trx, scope)).reduce((sum, c) => sum + c.n, 0);
  const page = pageOf(requested, total);
  const rows = await listConcernRows(trx, { ...scope, page: { limit: page.size, offset: page.offset } });
  return { rows, page };
}

/** A page of the concerns the actor may see (an aandachtsfunctionaris: all of the organisation's). Audited. */
export async function listConcernsPage(
  ctx: RequestContext,
  filter: ConcernFilter,
  requested: number,
): Promise<ConcernPage> {
  const scope = scopeOf(ctx, filter);
  return ctx.db.transaction().execute(async (trx) => {
    const result = await pageIn(trx, scope, requested);
    await auditList(trx, ctx);
    return result;
  });
}

/** An open status (the dashboard's step filter). */
export type OpenStatus = Exclude<ConcernStatus, 'closed'>;

/** What the dashboard shows. */
export interface Dashboard {
  /** The open concerns per step, every open step (zeros included). */
  readonly byStatus: readonly { readonly key: OpenStatus; readonly n: number }[];
  /** The open concerns per age group, every age group (zeros included). */
  readonly byAge: readonly { readonly key: AgeGroup; readonly n: number }[];
  /** The open concerns with unanswered consultation requests: all of them. */
  readonly waiting: readonly ConcernListRow[];
  /** The open concerns whose help has an agreed check date: all of them. */
  readonly checks: readonly ConcernListRow[];
  /** A page of the open concerns that match the filter. */
  readonly filtered: ConcernPage;
}

/**
 * The aandachtsfunctionaris' dashboard: the open concerns counted per step and age group, those
 * waiting for a consultation, those with a check date, and a page of those matching the filter.
 * Audited once, as a read of the list.
 */
export async function concernDashboard(
  ctx: RequestContext,
  filter: { readonly status?: OpenStatus; readonly ageGroup?: AgeGroup },
  requested: number,
): Promise<Dashboard> {
  const open = scopeOf(ctx, { statuses: OPEN_STATUSES });
  return ctx.db.transaction().execute(async (trx) => {
    const counts = await countConcerns(trx, open);
    const sum = (match: (c: (typeof counts)[number]) => boolean) =>
      counts.filter(match).reduce((total, c) => total + c.n, 0);
    const waiting = await listConcernRows(trx, { ...open, waiting: true });
    const checks = await listConcernRows(trx, { ...open, statuses: ['helping'], withCheckDate: true });
    const filtered = await pageIn(
      trx,
      { ...open, statuses: filter.status ? [filter.status] : OPEN_STATUSES, ageGroup: filter.ageGroup },
      requested,
    );
    await auditList(trx, ctx);
    return {
      byStatus: OPEN_STATUSES.map((key) => ({ key, n: sum((c) => c.status === key) })),
      byAge: AGE_GROUPS.map((key) => ({ key, n: sum((c) => c.ageGroup === key) })),
      waiting,
      checks,
      filtered,
    };
  });
}
