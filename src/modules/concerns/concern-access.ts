// SPDX-License-Identifier: EUPL-1.2
/**
 * What every use case of the concern dossier shares: loading a concern the actor may act on, its
 * audit row, and the facts over its entries with its route. Internal to the concerns module.
 */
import type { Transaction } from 'kysely';
import { loadSigns } from '#src/content/meldcode-content.ts';
import { type Actor, authorize } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { hidden } from '#src/core/refusal.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import { type ConcernResource, concernPolicy } from './concern.policy.ts';
import { type ConcernRow, findConcern } from './concern.repository.ts';
import { type EntryFacts, entryFacts } from './entry.repository.ts';
import { type RouteFacts, routeOf } from './honour-route.ts';
import type { Route } from './workflow.ts';

export type Trx = Transaction<Database>;

/** What the concern policy judges a concern by. */
export function resource(c: ConcernRow): ConcernResource {
  return { organisationId: c.organisationId, authorId: c.authorId, memberIds: c.memberIds, status: c.status };
}

/** Loads a concern the actor may act on, under a row lock, or throws 404/403. */
export async function lockedConcern(
  trx: Trx,
  actor: Actor,
  id: string,
  action: keyof typeof concernPolicy,
): Promise<ConcernRow> {
  const concern = await findConcern(trx, id, true);
  if (!concern) throw hidden('concern', id);
  authorize(actor, concernPolicy, action, resource(concern), { type: 'concern', id });
  return concern;
}

/** Records an audit row about a concern (its person is the subject). */
export function auditConcern(
  trx: Trx,
  ctx: RequestContext,
  concern: Pick<ConcernRow, 'id' | 'personId'>,
  type: string,
  action: 'C' | 'R' | 'U' | 'E',
): Promise<void> {
  return audit(trx, ctx, {
    type,
    action,
    purpose: 'care',
    outcome: 'success',
    subject: { kind: 'person', id: concern.personId },
    objectType: 'concern',
    objectId: concern.id,
  });
}

/** The sign categories that send the professional straight to Veilig Thuis. */
function directCategories(): string[] {
  return loadSigns()
    .categories.filter((c) => c.directToVeiligThuis)
    .map((c) => c.id);
}

/** The facts over a concern's entries, with its route (ADR 0027). */
export async function routeFactsIn(
  trx: Trx,
  concern: Pick<ConcernRow, 'id' | 'honourRisk'>,
): Promise<EntryFacts & { readonly route: Route }> {
  const facts = await entryFacts(trx, concern.id, directCategories());
  const route = routeOf({ honourRisk: concern.honourRisk, directCategoryTicked: facts.ticked } satisfies RouteFacts);
  return { ...facts, route };
}
