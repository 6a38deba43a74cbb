// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's API for source systems (issue 14 item 7, ADR 0033), under /api/v1/circle:
 *
 * - `POST /signals` (scope `circle:register`): register a signal; the contact is the professional;
 * - `POST /signals/{id}/withdrawal` (scope `circle:withdraw`): end one of the organisation's signals;
 * - `GET /signals` (scope `circle:read`): the organisation's signals, the professional in a header;
 * - `POST /signals/batch` (scope `circle:register`): up to 1,000 registrations at once, each answered
 *   on its own (api-batch.ts, ADR 0034).
 *
 * A client authenticates with `Authorization: Bearer <token>` (api-client.service.ts), per client
 * rate-limited, before its body is even parsed; then each call acts as the professional it names,
 * through the circle's own services, which decide and audit as on the pages. Errors are RFC 9457
 * problem details (src/plugins/problem-details.ts). The OpenAPI 3.1 document is generated from
 * the Zod schemas (api.schemas.ts) and served to administrators by api-docs.ts.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UnauthenticatedError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { AppError, ValidationError } from '#src/core/errors.ts';
import {
  batchBody,
  batchRegistered,
  listHeaders,
  PROFESSIONAL_HEADER,
  problem,
  problems,
  registerBody,
  registered,
  signalList,
  signalParams,
  withdrawalBody,
} from './api.schemas.ts';
import { registerBatch } from './api-batch.ts';
import {
  type ApiClient,
  type ApiScope,
  actingProfessional,
  authenticateApiClient,
  requireApiScope,
} from './api-client.service.ts';
import type { CircleSettings } from './circle.internal.ts';
import { type CircleNotifier, endSignal, listOwnSignals, registerSignal } from './circle.service.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What an API client needs for this route (policy `apiClient`). */
    scope?: ApiScope;
  }
}

/** The API's path prefix. */
export const CIRCLE_API_PREFIX = '/api/v1/circle';

/** Options of the circle's API. */
export interface CircleApiOptions {
  readonly settings: CircleSettings;
  /** Requests one client may make per minute. */
  readonly perMinute: number;
  /** Told of the new matches of a bulk registration (the match e-mail). */
  readonly notifier?: CircleNotifier;
}

/** The problem answers of an operation, as `application/problem+json`. */
function problemResponses<S extends number>(statuses: readonly S[]) {
  const all = { ...problems, 404: problem } as Record<number, typeof problem>;
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: 'A problem (RFC 9457)', content: { 'application/problem+json': { schema: all[s]! } } },
    ]),
  ) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof problem } } }>;
}

/** Where each field error of the circle's services is in the request body. */
function pointerOf(field: string): string {
  const parent = /^parentBsn(\d)$/.exec(field);
  if (parent) return `/body/parentBsns/${Number(parent[1]) - 1}`;
  const contact = /^contact(Name|Role|Phone|Email)$/.exec(field);
  if (contact) return `/body/contact/${contact[1]!.toLowerCase()}`;
  if (field === 'parentsInforming') return '/body/informing/parents';
  if (field === 'youngPersonInforming') return '/body/informing/youngPerson';
  return field.startsWith('/') ? field : `/body/${field}`;
}

/** A service's field errors with pointers into the request. */
function inRequest(err: unknown): never {
  if (err instanceof ValidationError && err.fields) {
    throw new ValidationError(Object.fromEntries(Object.entries(err.fields).map(([f, key]) => [pointerOf(f), key])));
  }
  throw err;
}

export const circleApi: FastifyPluginAsyncZod<CircleApiOptions> = async (app, options) => {
  const clients = new WeakMap<FastifyRequest, ApiClient>();
  const limiter = app.createRateLimit({
    max: options.perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `circle-api:${clients.get(request)?.id ?? request.ip}`,
  });

  /** The context of the request: no actor yet, the client as the access point. */
  function clientContext(request: FastifyRequest, client: ApiClient | undefined): RequestContext {
    return { ...request.context(), accessPoint: client ? `api:${client.id}` : 'api' };
  }

  // Before the body is parsed: who calls (401), not too often (429), with the route's scope (403).
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const token = /^Bearer ([^\s]+)$/i.exec(header)?.[1];
    const client = token ? await authenticateApiClient(clientContext(request, undefined), token) : undefined;
    if (!client) {
      reply.header('www-authenticate', token ? 'Bearer realm="kring", error="invalid_token"' : 'Bearer realm="kring"');
      throw new UnauthenticatedError('A current API token is required');
    }
    clients.set(request, client);
    const state = await limiter(request);
    if (!state.isAllowed && state.isExceeded) {
      reply.header('retry-after', String(Math.max(1, state.ttlInSeconds)));
      throw new AppError('HTTP_RATE_LIMITED', 'Too many requests');
    }
    const scope = request.routeOptions.config?.scope;
    if (!scope) throw new AppError('AUTH_FORBIDDEN', 'Forbidden');
    await requireApiScope(clientContext(request, client), client, scope);
  });

  /** The context of the call: the client's organisation acting through the professional named. */
  function acting(request: FastifyRequest, email: string, field: string): Promise<RequestContext> {
    const client = clients.get(request)!;
    return actingProfessional(clientContext(request, client), client, email, field);
  }

  const security = [{ bearer: [] }];
  const tags = ['circle'];

  app.post(
    '/signals',
    {
      config: { policy: 'apiClient', scope: 'circle:register' },
      bodyLimit: 16 * 1024,
      schema: {
        operationId: 'registerSignal',
        summary: 'Register a signal about a young person',
        description:
          'The contact is the registering professional: an active member of the organisation in Kring, named by e-mail. ' +
          'Answers how many signals of other organisations match; who they are is for the pages.',
        tags,
        security,
        body: registerBody,
        response: { 201: registered, ...problemResponses([400, 401, 403, 429, 500]) },
      },
    },
    async (request, reply) => {
      const ctx = await acting(request, request.body.contact.email, '/body/contact/email');
      const result = await registerSignal(ctx, options.settings, request.body, options.notifier).catch(inRequest);
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/signals/batch',
    {
      config: { policy: 'apiClient', scope: 'circle:register' },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        operationId: 'registerSignals',
        summary: 'Register up to 1,000 signals at once',
        description:
          'Each registration is checked and stored on its own, as by POST /signals, and answered by its index: ' +
          'created with how many other signals match it, or invalid with its field errors. ' +
          'The registrations naming the same professional are stored in one transaction.',
        tags,
        security,
        body: batchBody,
        response: { 200: batchRegistered, ...problemResponses([400, 401, 403, 429, 500]) },
      },
    },
    async (request) =>
      registerBatch(
        request.body.signals,
        options.settings,
        (email) => acting(request, email, '/body/signals'),
        pointerOf,
        options.notifier,
      ),
  );

  app.post(
    '/signals/:id/withdrawal',
    {
      config: { policy: 'apiClient', scope: 'circle:withdraw' },
      bodyLimit: 4 * 1024,
      schema: {
        operationId: 'withdrawSignal',
        summary: "End one of the organisation's signals",
        description: "Withdrawn, or at the young person's death. Another organisation's signal answers 404.",
        tags,
        security,
        params: signalParams,
        body: withdrawalBody,
        response: {
          204: z.null().meta({ description: 'The signal has ended (no body)' }),
          ...problemResponses([400, 401, 403, 404, 429, 500]),
        },
      },
    },
    async (request, reply) => {
      const ctx = await acting(request, request.body.professional, '/body/professional');
      await endSignal(ctx, request.params.id, request.body.reason).catch(inRequest);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/signals',
    {
      config: { policy: 'apiClient', scope: 'circle:read' },
      schema: {
        operationId: 'listSignals',
        summary: "The organisation's signals",
        description: `Newest first, with how many other signals match each. The professional asking is named in the ${PROFESSIONAL_HEADER} header.`,
        tags,
        security,
        headers: listHeaders,
        response: { 200: signalList, ...problemResponses([400, 401, 403, 429, 500]) },
      },
    },
    async (request) => {
      const ctx = await acting(request, request.headers[PROFESSIONAL_HEADER], `/headers/${PROFESSIONAL_HEADER}`);
      return { signals: await listOwnSignals(ctx, options.settings) };
    },
  );
};
