// SPDX-License-Identifier: EUPL-1.2
/** Kring for the browser tests: listening on 127.0.0.1 with a fresh test database. */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '#src/app.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import { createTestDatabase, testConfig } from '#test/setup.ts';

/** Kring listening on 127.0.0.1 on a free port. */
export interface KringServer {
  readonly app: FastifyInstance;
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  readonly baseUrl: string;
  /** The quick exit's neutral URL, as configured in the municipality content. */
  readonly exitUrl: string;
  /** Stops the server and closes its database. */
  close(): Promise<void>;
}

/**
 * Builds Kring on a fresh migrated test database and listens on a free port of 127.0.0.1.
 * @param options clock: the clock every request reads (a test that moves time passes its own)
 * @returns the running server
 */
export async function startKring(options: { clock?: () => Date } = {}): Promise<KringServer> {
  const database: DatabaseHandle = await createTestDatabase();
  const app = await buildApp({
    config: testConfig(),
    database,
    logger: false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    exitUrl: new URL(app.kring.web.municipality.quickExitUrl).href,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
