// SPDX-License-Identifier: EUPL-1.2
/**
 * Authorization: one deny-by-default layer (issue 3, ADR 0016).
 *
 * Two levels, both checked on the server:
 * 1. **Route policy.** Every route declares `config.policy` (see route-policy.ts). The request hook
 *    answers before the handler runs: sign in first (303 to the sign-in page, or 401 for JSON),
 *    or 403 when the acting role lacks the permission.
 * 2. **Object policy.** Services call `authorize(actor, policy, action, resource)` with a module's
 *    `<module>.policy.ts`. A predicate answers `allow`, `deny` (403) or `hide` (404): an object of
 *    another organisation answers exactly as one that does not exist, so ids leak nothing.
 *
 * Roles map to permissions in ROLE_PERMISSIONS; the table is documented in docs/authorization.md
 * (a test keeps both in step). Permissions are evaluated on the actor loaded for this request, never
 * cached, so a change of role or a disabled account applies on the next request (ASVS 8.3.2).
 */
import { AppError, NotFoundError } from './errors.ts';
import { DeniedObjectError, HiddenObjectError, type ObjectRef } from './refusal.ts';
import type { OrganisationType, Role } from './roles.ts';

/** What a role may do, coarse-grained; conditions live in the module policies. */
export const PERMISSIONS = [
  /** Manage users, invitations and roles of the acting organisation. */
  'users:manage',
  /** Create organisations and manage users in every organisation (administrator of the municipality). */
  'organisations:manage',
  /** Read the audit log of the acting organisation (privacy officer only). */
  'audit:read',
  /** Open concerns and work on the ones one may see (professionals, volunteers, aandachtsfunctionarissen). */
  'concerns:work',
  /** The organisation's concern dashboard: every concern, consultations waiting, check dates (aandachtsfunctionaris). */
  'concerns:oversee',
  /** The intake workspace of Veilig Thuis: reports and advice requests received (intake worker of a Veilig Thuis). */
  'reports:intake',
  /** The circle's teams without contact after 10 working days, for the municipality's circle coordinator. */
  'circle:oversee',
  /** The network's pages: partners, news and campaigns, network meetings (the municipality's network coordinator, issue 15). */
  'network:edit',
  /** The municipality's full statistics (issue 15, ADR 0039); the public sees a smaller set without signing in. */
  'statistics:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The permissions of each role. Deny by default: a role has only what is listed. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  professional: ['concerns:work'],
  volunteer: ['concerns:work'],
  safeguardingLead: ['concerns:work', 'concerns:oversee'],
  intakeWorker: [],
  coordinator: [],
  editor: [],
  privacyOfficer: ['audit:read'],
  administrator: ['users:manage'],
};

/** Extra permissions that depend on the kind of organisation the actor acts for. */
export const ORGANISATION_TYPE_PERMISSIONS: Partial<
  Record<OrganisationType, Partial<Record<Role, readonly Permission[]>>>
> = {
  // The municipality runs the platform: its administrators manage every organisation.
  // Its coordinator is the circle coordinator: told of matches without contact (ADR 0035).
  // Its editor (the network coordinator) and administrators keep the network's pages (issue 15).
  // They and the circle coordinator read the full statistics (ADR 0039).
  municipality: {
    administrator: ['organisations:manage', 'network:edit', 'statistics:read'],
    coordinator: ['circle:oversee', 'statistics:read'],
    editor: ['network:edit', 'statistics:read'],
  },
  // Only an intake worker of a Veilig Thuis organisation works in the intake.
  veiligThuis: { intakeWorker: ['reports:intake'] },
};

/** The signed-in person, acting for one organisation in one role. */
export interface Actor {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly membershipId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationType: OrganisationType;
  readonly role: Role;
  /** When a factor was last proven in this session (step-up needs < 5 minutes). */
  readonly factorAt: Date | null;
  /** The number of organisations the user belongs to (for the switcher). */
  readonly membershipCount: number;
}

/**
 * The acting person of a use case; a service called without one refuses (403). The route policy
 * normally answers first (303 to sign in), so this guards services called some other way.
 * @param ctx anything with the request's actor (a RequestContext)
 * @throws {ForbiddenError} when nobody is signed in
 */
export function actorOf(ctx: { readonly actor: Actor | null }): Actor {
  if (!ctx.actor) throw new ForbiddenError();
  return ctx.actor;
}

/**
 * Whether the actor's role (in its organisation) grants a permission.
 * @param actor the signed-in actor, or null
 * @param permission what is asked
 */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return (
    ROLE_PERMISSIONS[actor.role].includes(permission) ||
    (ORGANISATION_TYPE_PERMISSIONS[actor.organisationType]?.[actor.role]?.includes(permission) ?? false)
  );
}

/** The answer of an object policy. */
export type Decision = 'allow' | 'deny' | 'hide';

/** A module's object policy: one predicate per action. */
export type Policy<Action extends string, Resource> = Readonly<
  Record<Action, (actor: Actor, resource: Resource) => Decision>
>;

/** The actor is signed in but may not do this. */
export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';
  constructor(message = 'Forbidden') {
    super('AUTH_FORBIDDEN', message);
  }
}

/** The request needs a signed-in actor. */
export class UnauthenticatedError extends AppError {
  override name = 'UnauthenticatedError';
  /**
   * @param sessionEnded the request carried a session that has just ended (timeout, revoked): the
   *   sign-in page says so
   */
  constructor(
    message = 'Sign in first',
    readonly sessionEnded = false,
  ) {
    super('AUTH_UNAUTHENTICATED', message);
  }
}

/** A sensitive action needs a second factor proven less than STEP_UP_MAX_AGE_MS ago. */
export class StepUpRequiredError extends AppError {
  override name = 'StepUpRequiredError';
  constructor(message = 'Confirm with your second factor first') {
    super('AUTH_STEP_UP_REQUIRED', message);
  }
}

/** How recent a proven factor must be for a sensitive action (security.md requirement 4). */
export const STEP_UP_MAX_AGE_MS = 5 * 60 * 1000;

/**
 * Checks an object policy and throws when the answer is not `allow`.
 * @param target the object as the actor named it: a refusal then carries it, and the error handler
 *   writes an `object.denied` audit row (refusal.ts, ADR 0024)
 * @throws {ForbiddenError} on `deny` (DeniedObjectError with a target)
 * @throws {NotFoundError} on `hide` (the object is not the actor's to know about; HiddenObjectError
 *   with a target)
 */
export function authorize<Action extends string, Resource>(
  actor: Actor,
  policy: Policy<Action, Resource>,
  action: Action,
  resource: Resource,
  target?: ObjectRef,
): void {
  const decision = policy[action](actor, resource);
  if (decision === 'hide') throw target ? new HiddenObjectError(target) : new NotFoundError();
  if (decision === 'deny') throw target ? new DeniedObjectError(target) : new ForbiddenError();
}

/**
 * Every action of a policy evaluated for one resource, for views to show only what may be done.
 * @returns action → allowed
 */
export function abilities<Action extends string, Resource>(
  actor: Actor,
  policy: Policy<Action, Resource>,
  resource: Resource,
): Record<Action, boolean> {
  const result = {} as Record<Action, boolean>;
  for (const action of Object.keys(policy) as Action[]) result[action] = policy[action](actor, resource) === 'allow';
  return result;
}

/**
 * Throws unless a factor was proven less than five minutes ago.
 * @throws {StepUpRequiredError}
 */
export function requireRecentFactor(actor: Actor, now: Date): void {
  if (!actor.factorAt || now.getTime() - actor.factorAt.getTime() > STEP_UP_MAX_AGE_MS) {
    throw new StepUpRequiredError();
  }
}

/** Shared predicate: the resource belongs to the organisation the actor acts for. */
export function sameOrganisation(actor: Actor, organisationId: string): boolean {
  return actor.organisationId === organisationId;
}
