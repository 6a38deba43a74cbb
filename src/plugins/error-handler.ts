// SPDX-License-Identifier: EUPL-1.2
/**
 * One error handler for the whole application, over the catalogue of src/core/errors.ts.
 * JSON routes answer `{ error: { code, message, requestId, fields? } }` (the circle's API: RFC 9457
 * problem details, problem-details.ts); pages answer an error page
 * in the request's language. Internal errors are logged with the correlation id (the request id) and
 * never show a stack trace, SQL or path to the user.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '#src/core/authz.ts';
import { type AppError, NotFoundError, StepNotForRoleError, toAppError } from '#src/core/errors.ts';
import { type ObjectRef, refusedObject } from '#src/core/refusal.ts';
import { recordObjectRefusal } from '#src/modules/audit/index.ts';
import { toHtml } from '#src/web/html.ts';
import { localeFromPath, localePath } from '#src/web/i18n/locale.ts';
import { ErrorPage } from '#src/web/layout/error-page.tsx';
import { pageContext, sendHtml, type WebContext } from '#src/web/render.ts';
import { problemFor, problemLocale, wantsProblem } from './problem-details.ts';
import type { SecurityHeaderSetter } from './security-headers.ts';

const JSON_PREFIXES = ['/api/', '/healthz', '/readyz', '/metrics'];

/** True when the request expects JSON rather than a page. */
export function wantsJson(request: FastifyRequest): boolean {
  const url = request.url;
  if (JSON_PREFIXES.some((p) => url.startsWith(p))) return true;
  const accept = String(request.headers.accept ?? '');
  return accept.includes('application/json') && !accept.includes('text/html');
}

function respond(
  app: FastifyInstance,
  web: WebContext,
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
): FastifyReply {
  if (error.status === 429 && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
  if (wantsProblem(request)) {
    const locale = problemLocale(request);
    const vary = String(reply.getHeader('vary') ?? '');
    return reply
      .code(error.status)
      .type('application/problem+json')
      .header('content-language', locale)
      .header('vary', vary ? `${vary}, accept-language` : 'accept-language')
      .send(problemFor(request, error, locale));
  }
  if (wantsJson(request)) {
    return reply.code(error.status).send({
      error: {
        code: error.code,
        message: error.expose ? error.message : 'Internal error',
        requestId: request.id,
        ...(error.fields && { fields: error.fields }),
      },
    });
  }
  const locale = localeFromPath(request.url);
  if (error.code === 'AUTH_UNAUTHENTICATED') {
    const query = new URLSearchParams();
    if (request.method === 'GET') query.set('terug', request.url);
    if (error instanceof UnauthenticatedError && error.sessionEnded) query.set('melding', 'verlopen');
    const search = query.size > 0 ? `?${query}` : '';
    return reply.redirect(`${localePath(locale, '/inloggen')}${search}`, 303);
  }
  if (error.code === 'AUTH_STEP_UP_REQUIRED') {
    const back = encodeURIComponent(stepUpReturnPath(app, request));
    return reply.redirect(`${localePath(locale, '/opnieuw-bevestigen')}?terug=${back}`, 303);
  }
  const ctx = pageContext(web, locale, request.url, reply.cspNonce);
  const takenBy = error instanceof StepNotForRoleError ? error.takenBy : undefined;
  return sendHtml(reply, toHtml(ErrorPage({ ctx, code: error.code, requestId: request.id, takenBy })), error.status);
}

/**
 * Where to come back after confirming the second factor: the page itself for a GET; for a form post,
 * the page the form is on: the same path when it also answers GET (a form that posts to its own
 * page), otherwise the path without its last segment (a form that posts to `<page>/<action>`).
 */
function stepUpReturnPath(app: FastifyInstance, request: FastifyRequest): string {
  if (request.method === 'GET') return request.url;
  const path = request.url.split('?', 1)[0]!;
  const pattern = request.routeOptions.url;
  if (pattern && app.hasRoute({ method: 'GET', url: pattern })) return path;
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/** Answers an error with the catalogued page or JSON (auditing a refused object first). */
export type ErrorResponder = (
  err: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<FastifyReply | undefined>;

/** Headers a route may have set that do not belong on an error page (a redirect's target, a download's name). */
const ROUTE_HEADERS = ['location', 'content-disposition', 'content-type', 'content-length', 'etag', 'last-modified'];

/**
 * Writes the `object.denied` row of a refusal. Should that fail, the refusal still stands and is
 * answered as usual; the failure is logged (without the id the actor tried).
 */
async function auditRefusal(request: FastifyRequest, target: ObjectRef): Promise<void> {
  try {
    await recordObjectRefusal(request.context(), request.server.kring.objectOwners, target, {
      method: request.method,
      route: request.routeOptions.url ?? '',
      params: (request.params ?? {}) as Record<string, string>,
    });
  } catch (err) {
    request.log.error({ err }, 'could not audit a refused object');
  }
}

/**
 * Installs the error and not-found handlers.
 * @param app the root instance
 * @param web what error pages need
 * @param securityHeaders sets the security headers on replies that never passed the request hooks
 * @returns the handler, for Fastify's `frameworkErrors` option: the errors its router raises before a
 *   route is found (a URL that does not decode, a path segment over the router's limit) then get the
 *   error page and the security headers instead of a JSON body that echoes the path
 */
export function registerErrorHandler(
  app: FastifyInstance,
  web: WebContext,
  securityHeaders: SecurityHeaderSetter,
): ErrorResponder {
  const handle: ErrorResponder = async (err, request, reply) => {
    const error = toAppError(err);
    if (error.status >= 500) {
      request.log.error({ err, code: error.code }, 'request failed');
    } else {
      request.log.info({ code: error.code, status: error.status }, 'request refused');
    }
    // A refused object is audited (ADR 0024), existing or not, before the same answer goes out.
    const target = refusedObject(err);
    if (target && request.actor) await auditRefusal(request, target);
    // A response that started cannot be replaced.
    if (reply.sent) return;
    // Fastify's framework errors (a URL that does not decode, a path segment over the router's limit)
    // come before the request hooks: the security headers are set here.
    if (!reply.cspNonce) securityHeaders(reply);
    for (const header of ROUTE_HEADERS) reply.removeHeader(header);
    return respond(app, web, request, reply, error);
  };
  app.setErrorHandler(handle);
  app.setNotFoundHandler((request, reply) => respond(app, web, request, reply, new NotFoundError()));
  return handle;
}
