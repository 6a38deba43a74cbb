// SPDX-License-Identifier: EUPL-1.2
/**
 * Audit rows for refused access to objects (issue 11, finding 5; ADR 0024; NEN 7513 asks for
 * unauthorised attempts too, ASVS 16.3.2).
 *
 * - `object.denied`: a service refused an object (404 because it is another organisation's or does
 *   not exist, or 403 from the object policy). Written by the error handler, in a transaction of its
 *   own: the use case's transaction has rolled back.
 * - `route.denied` (plugins/auth.ts): the acting role lacks the route's permission (403). The row now
 *   names the route's parameters too.
 *
 * Both carry the object as the actor named it (type and id, the id cleaned and bounded but otherwise
 * as given, even when it is no id at all) and, when the object exists, its organisation
 * (`target_organisation_id`), so that the privacy officer of that organisation sees the attempt as
 * well as the actor's. Existing or not, the same queries run and the client gets the same answer;
 * only the audit row differs, which the actor never reads.
 */
import type { Kysely } from 'kysely';
import type { RequestContext } from '#src/core/context.ts';
import type { ObjectRef, ObjectType } from '#src/core/refusal.ts';
import type { Database } from '#src/db/database.ts';
import type { Handle } from '#src/db/handle.ts';
import { audit, type SubjectKind } from './audit.ts';

/** The event type of every refused object access. */
export const OBJECT_DENIED = 'object.denied';

/** The longest id (in code points) an audit row keeps; longer ones are cut and end in "…". */
export const TRIED_ID_MAX = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Control, format and separator characters, and lone surrogates: replaced, so that what is stored
 * is exactly what was hashed (PostgreSQL refuses NUL; a lone surrogate would not survive UTF-8) and
 * nothing in the row can break a line or reorder text where it is shown.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * An id as the actor gave it, fit for the audit row: unsafe characters replaced by U+FFFD, at most
 * TRIED_ID_MAX code points. Never shown raw: the privacy officer's page escapes it like any text.
 * @param value the id from the URL or form
 */
export function triedId(value: string): string {
  const clean = value.replace(UNSAFE, '\uFFFD');
  const chars = Array.from(clean);
  return chars.length > TRIED_ID_MAX ? `${chars.slice(0, TRIED_ID_MAX).join('')}…` : clean;
}

/** The kind of object a route's `:id` names, by the route's path (without the language prefix). */
const ROUTE_OBJECTS: readonly (readonly [prefix: string, type: ObjectType])[] = [
  ['/zorgen/:id', 'concern'],
  ['/veilig-thuis/meldingen/:id', 'report'],
  ['/beheer/gebruikers/:id', 'user'],
  ['/beheer/uitnodigingen/:id', 'invitation'],
  ['/privacy/logboek/betrokkene/:id', 'person'],
  ['/kring/samenwerking/:id', 'circle_team'],
  ['/kring/:id', 'circle_signal'],
  ['/beheer/api-koppelingen/:id', 'circle_api_client'],
  ['/netwerk/nieuws/afbeeldingen/:id', 'news_image'],
  ['/netwerk/nieuws/:id', 'news_article'],
  ['/nieuws/afbeeldingen/:id', 'news_image'],
  ['/api/v1/circle/signals/:id', 'circle_signal'],
  ['/netwerk/partners/:id', 'network_partner'],
  ['/netwerk/bijeenkomsten/:id', 'meeting'],
  ['/bijeenkomsten/:id', 'meeting'],
];

/** The kind of object of path parameters other than `:id`, by name. */
const PARAM_OBJECTS: Readonly<Record<string, ObjectType>> = {
  attachmentId: 'concern_attachment',
  memberId: 'household_member',
  actionId: 'circle_plan_action',
  meetingActionId: 'meeting_action',
  // News (ADR 0037): an article by its address, and one of its versions.
  slug: 'news_article',
  version: 'news_article',
};

/**
 * The kind of object a route parameter names, or undefined (a file name, a route unknown here).
 * @param route the route's pattern, e.g. `/en/zorgen/:id/bijlagen/:attachmentId`
 * @param param the parameter's name
 */
export function routeParamType(route: string, param: string): ObjectType | undefined {
  if (param !== 'id') return PARAM_OBJECTS[param];
  const bare = route.replace(/^\/en(?=\/)/, '');
  return ROUTE_OBJECTS.find(([prefix]) => bare === prefix || bare.startsWith(`${prefix}/`))?.[1];
}

/** The object a route's parameters name first (`:id`), for a refusal of the whole route. */
function routeTarget(route: string, params: Readonly<Record<string, string>>): ObjectRef | undefined {
  const id = params.id;
  const type = routeParamType(route, 'id');
  return id !== undefined && type ? { type, id } : undefined;
}

/** Who owns an object, when it exists: its organisation, and the data subject it is about. */
export interface Owner {
  readonly organisationId: string;
  readonly subject?: { readonly kind: SubjectKind; readonly id: string };
}

/** Finds the owner of one kind of object by its id (one indexed lookup), in the module that holds it. */
export type OwnerLookup = (db: Handle, id: string) => Promise<Owner | undefined>;

/**
 * The owner lookups of every kind of object, given by the modules that hold them (their
 * `object-owner.repository.ts`, put together in app.ts): this kernel reads no module's tables.
 */
export type ObjectOwners = Readonly<Partial<Record<ObjectType, OwnerLookup>>>;

/**
 * The owner of an object, by kind. One indexed lookup, whether the object exists or not; none for an
 * id that is no id (nothing can have it).
 */
function ownerOf(db: Kysely<Database>, owners: ObjectOwners, target: ObjectRef): Promise<Owner | undefined> {
  const { type, id } = target;
  const lookup = type && owners[type];
  if (!lookup || !UUID.test(id)) return Promise.resolve(undefined);
  return lookup(db, id);
}

/** A refused request, as the error handler or the route hook sees it. */
export interface RefusedRequest {
  readonly method: string;
  /** The route's pattern, e.g. `/zorgen/:id` (with its language prefix). */
  readonly route: string;
  readonly params: Readonly<Record<string, string>>;
}

/** R for reading (GET), E for anything else: what the actor tried, not what it would have done. */
function actionOf(method: string): 'R' | 'E' {
  return method === 'GET' || method === 'HEAD' ? 'R' : 'E';
}

/**
 * The kind of a refused object whose kind the service left to the route (an id that is no id, from
 * idOrNotFound): the route parameter that holds the id, else the route's `:id`.
 */
function typeFromRoute(request: RefusedRequest, id: string): ObjectType | undefined {
  const param = Object.entries(request.params).find(([, value]) => value === id)?.[0];
  return (param && routeParamType(request.route, param)) || routeParamType(request.route, 'id');
}

/**
 * Writes the `object.denied` row of a refused object, in a transaction of its own.
 * @param ctx the request's context (the actor's user, role and organisation)
 * @param owners the owner lookups of the modules
 * @param target the object as the actor named it
 * @param request the refused request (for the action and, when the service left it open, the kind)
 */
export async function recordObjectRefusal(
  ctx: RequestContext,
  owners: ObjectOwners,
  target: ObjectRef,
  request: RefusedRequest,
): Promise<void> {
  const type = target.type ?? typeFromRoute(request, target.id);
  await ctx.db.transaction().execute(async (trx) => {
    const owner = type ? await ownerOf(trx, owners, { type, id: target.id }) : undefined;
    await audit(trx, ctx, {
      type: OBJECT_DENIED,
      action: actionOf(request.method),
      purpose: 'authorization',
      outcome: 'denied',
      objectType: type ?? null,
      objectId: triedId(target.id),
      targetOrganisationId: owner?.organisationId ?? null,
      ...(owner?.subject && { subject: owner.subject }),
    });
  });
}

/**
 * The participant object id of a `route.denied` row: the method and the route's pattern, then each
 * path parameter as `name=value` (cleaned and bounded like any tried id).
 */
export function deniedRouteId(request: RefusedRequest): string {
  const params = Object.entries(request.params).map(([name, value]) => ` ${name}=${triedId(value)}`);
  return `${request.method} ${request.route}${params.join('')}`;
}

/**
 * Writes the `route.denied` row of a request whose role lacks the route's permission, in a
 * transaction of its own: the route and its parameters, and the organisation of the object the
 * route's `:id` names, when it exists.
 */
export async function recordRouteRefusal(
  ctx: RequestContext,
  owners: ObjectOwners,
  request: RefusedRequest,
): Promise<void> {
  const target = routeTarget(request.route, request.params);
  await ctx.db.transaction().execute(async (trx) => {
    const owner = target ? await ownerOf(trx, owners, target) : undefined;
    await audit(trx, ctx, {
      type: 'route.denied',
      action: 'E',
      purpose: 'authorization',
      outcome: 'denied',
      objectType: 'route',
      objectId: deniedRouteId(request),
      targetOrganisationId: owner?.organisationId ?? null,
      ...(owner?.subject && { subject: owner.subject }),
    });
  });
}
