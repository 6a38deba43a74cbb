// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's API clients (issue 14 item 7, ADR 0033): an organisation's administrator adds a
 * client for a source system (its token shown once), gives it a new token (the old one stops working
 * at once) or switches it off. A call to the API is authenticated by the token's SHA-256, and then
 * acts as the professional it names: a member of the client's organisation, found by e-mail address.
 * The circle's own services then decide and audit as for a professional on the pages, with the
 * client as the access point (`api:<client id>`).
 */
import { randomBytes } from 'node:crypto';
import { type Actor, actorOf, authorize, ForbiddenError, requireRecentFactor } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { hashToken } from '#src/core/secrets.ts';
import { audit, recordAuditEvent } from '#src/modules/audit/index.ts';
import { membersByEmail } from '#src/modules/identity/index.ts';
import { apiClientPolicy } from './api-client.policy.ts';
import * as repo from './api-client.repository.ts';
import { API_SCOPES, type ApiScope } from './api-client.table.ts';
import { REGISTERING_ROLES } from './legal-basis.ts';

export type { ApiClientRow as ApiClient } from './api-client.repository.ts';
export { API_SCOPES, type ApiScope } from './api-client.table.ts';

/** The prefix of every token, so that a leaked one is recognisable (secret scanners). */
export const TOKEN_PREFIX = 'kring_circle_';
const TOKEN_PATTERN = /^kring_circle_[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The longest name of a client. */
export const CLIENT_NAME_MAX = 200;

/** A new token: 32 random bytes, base64url, after the prefix. */
function newApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

function auditClient(
  ctx: RequestContext,
  trx: Parameters<typeof audit>[0],
  type: string,
  action: 'C' | 'R' | 'U',
  id: string | null,
) {
  return audit(trx, ctx, {
    type,
    action,
    outcome: 'success',
    purpose: 'administration',
    objectType: 'circle_api_client',
    objectId: id,
  });
}

/** The organisation's API clients, and whether it may have any (a basis to register). */
export async function apiClientsOf(
  ctx: RequestContext,
): Promise<{ readonly clients: repo.ApiClientRow[]; readonly mayCreate: boolean }> {
  const actor = actorOf(ctx);
  authorize(actor, apiClientPolicy, 'list', { organisationId: actor.organisationId });
  return ctx.db.transaction().execute(async (trx) => {
    const clients = await repo.listApiClients(trx, actor.organisationId);
    await auditClient(ctx, trx, 'circle.api_client.list', 'R', null);
    return {
      clients,
      mayCreate: apiClientPolicy.create(actor, { organisationId: actor.organisationId }) === 'allow',
    };
  });
}

/**
 * Adds a client for the actor's organisation (second factor proven recently: it grants access).
 * @returns its id and the token, which is shown once and stored only as its hash
 * @throws {ValidationError} `name: required | tooLong`, `scopes: required`
 */
export async function createApiClient(
  ctx: RequestContext,
  input: { readonly name: string; readonly scopes: readonly string[] },
): Promise<{ readonly id: string; readonly token: string }> {
  const actor = actorOf(ctx);
  authorize(actor, apiClientPolicy, 'create', { organisationId: actor.organisationId });
  requireRecentFactor(actor, ctx.now);
  const name = input.name.trim();
  const scopes = API_SCOPES.filter((s) => input.scopes.includes(s));
  const errors: Record<string, string> = {};
  if (name === '') errors.name = 'required';
  else if (name.length > CLIENT_NAME_MAX) errors.name = 'tooLong';
  if (scopes.length === 0 || scopes.length !== new Set(input.scopes).size) errors.scopes = 'required';
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const token = newApiToken();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertApiClient(trx, {
      organisationId: actor.organisationId,
      name,
      tokenHash: hashToken(token),
      scopes,
      createdBy: actor.userId,
      now: ctx.now,
    });
    await auditClient(ctx, trx, 'circle.api_client.create', 'C', id);
    return id;
  });
  return { id, token };
}

/** One of the organisation's clients, for an action (another organisation's: 404). */
async function ownClient(ctx: RequestContext, id: string, action: 'rotate' | 'revoke'): Promise<repo.ApiClientRow> {
  const actor = actorOf(ctx);
  const client = UUID.test(id) ? await repo.findApiClient(ctx.db, id) : undefined;
  authorize(actor, apiClientPolicy, action, client ?? { organisationId: '' }, { type: 'circle_api_client', id });
  return client!;
}

/**
 * Gives a client a new token (second factor proven recently). The old token stops working at once
 * (ADR 0033: no grace period). A revoked client gets none.
 * @returns the new token, shown once, and the client's name; undefined when the client is revoked
 */
export async function rotateApiClient(
  ctx: RequestContext,
  id: string,
): Promise<{ readonly token: string; readonly name: string } | undefined> {
  const client = await ownClient(ctx, id, 'rotate');
  requireRecentFactor(actorOf(ctx), ctx.now);
  const token = newApiToken();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.replaceApiToken(trx, client.id, hashToken(token), ctx.now))) return undefined;
    await auditClient(ctx, trx, 'circle.api_client.rotate', 'U', client.id);
    return { token, name: client.name };
  });
}

/** Switches a client off for good: its token stops working at once. */
export async function revokeApiClient(ctx: RequestContext, id: string): Promise<void> {
  const client = await ownClient(ctx, id, 'revoke');
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.revokeApiClient(trx, client.id, ctx.now)) {
      await auditClient(ctx, trx, 'circle.api_client.revoke', 'U', client.id);
    }
  });
}

/**
 * The client a bearer token belongs to, when it is well-formed, current and not revoked. A token
 * replaced by a rotation matches no client any more (only the new hash is stored).
 * @param ctx a context without an actor
 */
export async function authenticateApiClient(
  ctx: RequestContext,
  token: string,
): Promise<repo.ApiClientRow | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const client = await repo.findApiClientByTokenHash(ctx.db, hashToken(token));
  return client && !client.revokedAt ? client : undefined;
}

/** Writes an audit row of a refused API call for the client's organisation (no professional known). */
async function auditApiRefusal(ctx: RequestContext, client: repo.ApiClientRow, type: string): Promise<void> {
  await ctx.db.transaction().execute((trx) =>
    recordAuditEvent(
      trx,
      ctx.keys.auditKey,
      {
        type,
        action: 'E',
        outcome: 'denied',
        purpose: 'care',
        organisationId: client.organisationId,
        accessPoint: ctx.accessPoint,
        requestId: ctx.requestId,
        objectType: 'circle_api_client',
        objectId: client.id,
      },
      ctx.now,
    ),
  );
}

/**
 * Refuses a call the client has no scope for (audited for its organisation).
 * @throws {ForbiddenError}
 */
export async function requireApiScope(ctx: RequestContext, client: repo.ApiClientRow, scope: ApiScope): Promise<void> {
  if (client.scopes.includes(scope)) return;
  await auditApiRefusal(ctx, client, 'circle.api.scope_denied');
  throw new ForbiddenError('The API client lacks the scope for this operation');
}

/**
 * The context of an API call: the client's organisation acting through the professional it names.
 * A professional with several roles there acts in one that registers, if any (the circle's policy
 * then decides as on the pages: a volunteer is refused).
 * @param ctx the request's context, its access point the client (`api:<id>`)
 * @param field the input field that names the professional, for the error
 * @throws {ValidationError} `<field>: professionalUnknown` when the address is no active member of
 *   the client's organisation (audited for the organisation)
 */
export async function actingProfessional(
  ctx: RequestContext,
  client: repo.ApiClientRow,
  email: string,
  field: string,
): Promise<RequestContext> {
  const roles = await membersByEmail(ctx.db, client.organisationId, email);
  const member = roles.find((r) => REGISTERING_ROLES.includes(r.role)) ?? roles[0];
  if (!member) {
    await auditApiRefusal(ctx, client, 'circle.api.professional_unknown');
    throw new ValidationError({ [field]: 'professionalUnknown' });
  }
  const actor: Actor = {
    userId: member.userId,
    displayName: member.displayName,
    email: member.email,
    membershipId: member.membershipId,
    organisationId: member.organisationId,
    organisationName: member.organisationName,
    organisationType: member.organisationType,
    role: member.role,
    // No second factor is proven through a client; nothing in the circle's API asks for one.
    factorAt: null,
    membershipCount: roles.length,
  };
  return { ...ctx, actor };
}
