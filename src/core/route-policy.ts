// SPDX-License-Identifier: EUPL-1.2
/**
 * Every route declares who may call it, in its `config.policy`. Deny by default: the app refuses to
 * start when a route has no policy (see `assertRoutePolicies`), and the request hook (plugins/auth.ts)
 * enforces the policy before any handler runs. Object-level rules (whose concern, which organisation)
 * are the services' job, through core/authz.ts.
 */
import type { Permission } from './authz.ts';

/** The policies a route can declare. */
export type RoutePolicy =
  /** The steps of signing in (second factor, enrolment, choosing an organisation): a session may be half-way. */
  | 'authenticating'
  /** Any signed-in person acting for an organisation. */
  | 'signedIn'
  /** Signed in, and the acting role grants this permission (core/authz.ts ROLE_PERMISSIONS). */
  | Permission
  /** Anyone, without signing in: public guidance, assets, error pages. */
  | 'public'
  /** Health and metrics probes for the operators' tooling; no personal data. */
  | 'operations'
  /** Development-only tools (component examples); never registered in production. */
  | 'development'
  /**
   * A source system's API client with a bearer token (the circle's API, ADR 0033): no session, no
   * form token; the API's own hook authenticates the token and checks the route's scope.
   */
  | 'apiClient';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Required on every route. */
    policy?: RoutePolicy;
  }
}

/** A route seen by the onRoute hook. */
export interface RouteSeen {
  readonly method: string | readonly string[];
  readonly url: string;
  readonly policy: RoutePolicy | undefined;
}

/** Raised at start when a route has no policy. */
export class MissingRoutePolicyError extends Error {
  override name = 'MissingRoutePolicyError';
  constructor(readonly routes: readonly RouteSeen[]) {
    super(
      `Every route must declare config.policy; these do not: ${routes.map((r) => `${String(r.method)} ${r.url}`).join(', ')}`,
    );
  }
}

/**
 * Throws when any route lacks a policy.
 * @param routes every route registered
 * @throws {MissingRoutePolicyError}
 */
export function assertRoutePolicies(routes: readonly RouteSeen[]): void {
  const missing = routes.filter((r) => !r.policy);
  if (missing.length > 0) throw new MissingRoutePolicyError(missing);
}
