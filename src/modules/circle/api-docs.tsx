// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's API with its OpenAPI 3.1 document (ADR 0033): @fastify/swagger collects the API's
 * routes in this plugin's scope, fastify-type-provider-zod turns their Zod schemas into JSON Schema,
 * and administrators (`users:manage`) read the document at /api/docs/openapi.json and a page listing
 * the operations at /api/docs. Nothing else of Kring is in the document.
 */
import swagger from '@fastify/swagger';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { toHtml } from '#src/web/html.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { staffPage } from '#src/web/staff.tsx';
import { CIRCLE_API_PREFIX, type CircleApiOptions, circleApi } from './api.ts';
import { ApiDocsPage, type ApiOperation } from './views/api-docs.tsx';

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/api/docs/openapi.json';

/** Options of the API with its documentation. */
export interface CircleApiWithDocsOptions extends CircleApiOptions {
  readonly web: WebContext;
}

interface OpenApiOperation {
  readonly summary?: string;
  readonly 'x-kring-scope'?: string;
}

export const circleApiWithDocs: FastifyPluginAsyncZod<CircleApiWithDocsOptions> = async (app, options) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kring circle API',
        version: '1.0.0',
        description:
          "The circle's API for source systems: register, withdraw and list an organisation's signals. " +
          'Errors are RFC 9457 problem details (application/problem+json).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'The API client token, shown once when made' },
        },
      },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const scope = input.route.config?.scope;
      return scope ? { ...out, schema: { ...out.schema, 'x-kring-scope': scope } } : out;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(circleApi, {
    prefix: CIRCLE_API_PREFIX,
    settings: options.settings,
    perMinute: options.perMinute,
    ...(options.notifier && { notifier: options.notifier }),
  });

  const admins = { config: { policy: 'users:manage' }, schema: { hide: true } } as const;
  app.get(OPENAPI_PATH, admins, () => app.swagger());
  app.get('/api/docs', admins, (request, reply) => {
    const paths = (app.swagger() as { paths?: Record<string, Record<string, OpenApiOperation>> }).paths ?? {};
    const operations: ApiOperation[] = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        scope: op['x-kring-scope'] ?? '',
      })),
    );
    return sendHtml(
      reply,
      toHtml(
        <ApiDocsPage p={staffPage(options.web, request, reply)} operations={operations} documentUrl={OPENAPI_PATH} />,
      ),
    );
  });
};
