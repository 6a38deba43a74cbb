// SPDX-License-Identifier: EUPL-1.2
/**
 * The request hook that enforces every route's policy, plus the session cookie and form tokens
 * (issue 3; ADRs 0015 sessions, 0016 authorization, 0017 CSRF).
 *
 * Order per request (preHandler, after the body is parsed):
 * 1. Public, operations, development and API-client routes never touch the session (the public pages stay
 *    cookie-free and fast); their state-changing requests still need a valid form token.
 * 2. Otherwise the session cookie is resolved (expired or disabled → no session).
 * 3. `signedIn` and permission routes need an active session acting for an organisation: pages
 *    redirect (303, through the error handler) to the sign-in page or the organisation choice, JSON
 *    answers 401.
 * 4. State-changing methods need a same-origin request (Origin / Sec-Fetch-Site) and the form token.
 * 5. Permission routes need the permission; a refusal is answered 403 and written to the audit log.
 */
import { createHmac } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, can, PERMISSIONS, type Permission, UnauthenticatedError } from '#src/core/authz.ts';
import type { RequestContext, ServiceKeys } from '#src/core/context.ts';
import { AppError, NotFoundError } from '#src/core/errors.ts';
import type { RoutePolicy } from '#src/core/route-policy.ts';
import { newToken, safeEqual } from '#src/core/secrets.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { recordRouteRefusal } from '#src/modules/audit/index.ts';
import { type ResolvedSession, resolveSession } from '#src/modules/identity/index.ts';
import { localeFromPath, localePath } from '#src/web/i18n/locale.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session of this request, when the route's policy looked at it. */
    session: ResolvedSession | null;
    /** The signed-in actor (session acting for an organisation), or null. */
    actor: Actor | null;
    /** The form token to put in every form of this response. */
    csrfToken(reply: FastifyReply): string;
    /** The use-case context of this request. */
    context(): RequestContext;
  }
}

/** The name of the form field that carries the token. */
export const CSRF_FIELD = '_csrf';

/** Cookie names; `__Host-` (Secure, Path=/, no Domain) when served over https. */
export function cookieNames(secure: boolean): { session: string; form: string } {
  return secure
    ? { session: '__Host-kring-session', form: '__Host-kring-form' }
    : { session: 'kring-session', form: 'kring-form' };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The form token for a binding: the session (the hash of its id) or, before sign-in and on public
 * routes, the random browser cookie.
 * @param csrfKey the key derived for form tokens
 */
export function formTokenFor(
  csrfKey: Buffer,
  binding: { readonly sessionIdHash: string } | { readonly browser: string },
): string {
  const bound = 'sessionIdHash' in binding ? `s:${binding.sessionIdHash}` : `b:${binding.browser}`;
  return createHmac('sha256', csrfKey).update(bound).digest('base64url');
}

/** Options of the auth plugin. */
export interface AuthOptions {
  readonly database: DatabaseHandle;
  readonly keys: ServiceKeys;
  readonly csrfKey: Buffer;
  readonly secure: boolean;
  readonly publicUrl: string;
  readonly clock: () => Date;
}

/**
 * Installs cookies, the session hook and the policy enforcement.
 * @param app the root instance
 */
export async function registerAuth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  const names = cookieNames(options.secure);
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secure } as const;
  const publicOrigin = new URL(options.publicUrl).origin;
  await app.register(cookie);

  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('context', function (this: FastifyRequest): RequestContext {
    return {
      actor: this.actor,
      db: options.database.db,
      keys: options.keys,
      requestId: this.id,
      now: options.clock(),
      accessPoint: 'web',
    };
  });
  app.decorateRequest('csrfToken', function (this: FastifyRequest, reply: FastifyReply): string {
    return formToken(this, reply);
  });

  /**
   * What a form token is bound to: the session, or a random browser cookie on public routes and
   * before sign-in (public routes never look at the session, so their forms never depend on it).
   */
  function binding(request: FastifyRequest): Parameters<typeof formTokenFor>[1] | undefined {
    if (request.session && !isOpenPolicy(request.routeOptions.config?.policy)) {
      return { sessionIdHash: request.session.idHash };
    }
    const browser = request.cookies[names.form];
    return browser && browser.length === 43 ? { browser } : undefined;
  }

  function formToken(request: FastifyRequest, reply: FastifyReply): string {
    let bound = binding(request);
    if (!bound) {
      const browser = newToken();
      reply.setCookie(names.form, browser, cookieOptions);
      request.cookies[names.form] = browser;
      bound = { browser };
    }
    return formTokenFor(options.csrfKey, bound);
  }

  /**
   * Whether a state change comes from Kring's own pages. Sec-Fetch-Site is decisive when sent. Origin
   * must match when it names a site; with `Referrer-Policy: no-referrer` browsers send `Origin: null`
   * on form posts, which says nothing, so the form token decides then.
   */
  function sameOrigin(request: FastifyRequest): boolean {
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
    const origin = request.headers.origin;
    if (origin === undefined || origin === 'null') return true;
    const host = request.headers.host;
    return (
      origin === publicOrigin || (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`))
    );
  }

  function csrfValid(request: FastifyRequest): boolean {
    if (!sameOrigin(request)) return false;
    const bound = binding(request);
    const sent = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    if (!bound || typeof sent !== 'string') return false;
    return safeEqual(formTokenFor(options.csrfKey, bound), sent);
  }

  app.addHook('preHandler', async (request, reply) => {
    const policy = request.routeOptions.config?.policy;
    const unsafe = UNSAFE.has(request.method);
    // Development pages (outbox, demo codes) answer this machine only, never through a proxy.
    if (policy === 'development' && !isLocalRequest(request)) throw new NotFoundError();
    // Bearer tokens are no ambient credential (no CSRF); the API authenticated the client already.
    if (policy === 'apiClient') return;
    if (isOpenPolicy(policy)) {
      if (unsafe && policy !== 'operations' && policy !== undefined && !csrfValid(request)) {
        throw new AppError('AUTH_CSRF_FAILED', 'Form token missing or wrong');
      }
      return;
    }

    const token = request.cookies[names.session];
    request.session = token ? await resolveSession(request.context(), token) : null;
    if (token && !request.session) reply.clearCookie(names.session, cookieOptions);
    request.actor = request.session?.actor ?? null;

    if (policy !== 'authenticating') {
      const session = request.session;
      // The error handler sends pages to the sign-in page (saying why when a session just ended).
      if (session?.stage !== 'active') throw new UnauthenticatedError('Sign in first', Boolean(token && !session));
      if (!request.actor) return reply.redirect(localePath(localeFromPath(request.url), '/kies-organisatie'), 303);
    }
    if (unsafe && !csrfValid(request)) throw new AppError('AUTH_CSRF_FAILED', 'Form token missing or wrong');
    if (isPermission(policy) && !can(request.actor, policy)) {
      // The route, its parameters and the organisation of the object they name (ADR 0024).
      await recordRouteRefusal(request.context(), request.server.kring.objectOwners, {
        method: request.method,
        route: request.routeOptions.url ?? request.url.split('?', 1)[0]!,
        params: (request.params ?? {}) as Record<string, string>,
      });
      throw new AppError('AUTH_FORBIDDEN', 'Forbidden');
    }
  });

  /** Sets or clears the session cookie. */
  app.decorateReply('setSession', function (this: FastifyReply, token: string | null): FastifyReply {
    if (token === null) return this.clearCookie(names.session, cookieOptions);
    return this.setCookie(names.session, token, cookieOptions);
  });
}

declare module 'fastify' {
  interface FastifyReply {
    /** Sets the session cookie to a new token, or clears it (null). */
    setSession(token: string | null): FastifyReply;
  }
}

function isPermission(policy: RoutePolicy): policy is Permission {
  return (PERMISSIONS as readonly string[]).includes(policy);
}

/** Routes that never look at the session. */
function isOpenPolicy(policy: RoutePolicy | undefined): policy is undefined | 'public' | 'development' | 'operations' {
  return policy === undefined || policy === 'public' || policy === 'development' || policy === 'operations';
}

/**
 * Whether a request comes from this machine itself: the connection's address is a loopback address
 * and no proxy forwarded it (a local reverse proxy connects from loopback too).
 */
export function isLocalRequest(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  const loopback = address === '::1' || /^(::ffff:)?127\./.test(address);
  return loopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
}
