// SPDX-License-Identifier: EUPL-1.2
/**
 * Operations endpoints: /healthz (the process answers), /readyz (the database answers and Kring is
 * not shutting down) and, when KRING_METRICS=true, Prometheus /metrics (behind a bearer token when
 * one is configured; in production one is required). No personal data in any of them.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import type { Config } from '#src/config.ts';
import { AppError, ServiceUnavailableError } from '#src/core/errors.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { pingDatabase } from '#src/db/health.ts';

/** Whether the application is draining for shutdown. */
export interface Lifecycle {
  shuttingDown: boolean;
}

const healthResponse = z.object({ status: z.literal('ok') });
const readyResponse = z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) });

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given?.startsWith('Bearer ')) return false;
  const a = Buffer.from(given.slice(7));
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Registers the operations routes (and the metrics hooks when enabled).
 * @param app the root instance
 * @param deps configuration, database and lifecycle
 */
export function registerOperations(
  app: FastifyInstance,
  deps: { config: Config; database: DatabaseHandle; lifecycle: Lifecycle },
): void {
  const { config, database, lifecycle } = deps;

  app.get(
    '/healthz',
    { schema: { response: { 200: healthResponse } }, config: { policy: 'operations' } },
    async () => ({ status: 'ok' as const }),
  );

  app.get('/readyz', { schema: { response: { 200: readyResponse } }, config: { policy: 'operations' } }, async () => {
    if (lifecycle.shuttingDown) throw new ServiceUnavailableError('Shutting down');
    try {
      await pingDatabase(database.db);
    } catch (err) {
      throw new ServiceUnavailableError('Database unavailable', { cause: err });
    }
    return { status: 'ready' as const, database: database.kind };
  });

  if (!config.metrics.enabled) return;

  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kring_' });
  const requests = new Counter({
    name: 'kring_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'kring_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the URL: URLs may hold ids.
    const route = request.routeOptions.url ?? 'not_found';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });

  app.get('/metrics', { config: { policy: 'operations' } }, async (request, reply) => {
    if (config.metrics.token && !tokenMatches(request.headers.authorization, config.metrics.token)) {
      throw new AppError('AUTH_UNAUTHENTICATED', 'A valid bearer token is required');
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
