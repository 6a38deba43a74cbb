// SPDX-License-Identifier: EUPL-1.2
/**
 * The floor for `npm run bench`: a bare Fastify server (no plugins, no logger, no hooks) that serves,
 * at each benchmarked path, the bytes Kring returned for it as a fixed string with the same
 * content-type. Whatever Kring spends above this is Kring's own cost.
 *
 * Usage (started by bench/run.ts): node --import tsx bench/floor-server.ts <spec.json> <port>
 * where spec.json is a FloorSpec.
 */
import fs from 'node:fs';
import Fastify from 'fastify';

/** The routes the floor serves. */
export interface FloorSpec {
  readonly routes: readonly { readonly path: string; readonly contentType: string; readonly body: string }[];
}

const [specFile, portArg] = process.argv.slice(2);
if (!specFile || !portArg) {
  process.stderr.write('usage: floor-server.ts <spec.json> <port>\n');
  process.exit(64);
}
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8')) as FloorSpec;

const app = Fastify({ logger: false });
for (const route of spec.routes) {
  const { contentType, body } = route;
  app.get(route.path, (_request, reply) => {
    reply.header('content-type', contentType).send(body);
  });
}

process.once('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
await app.listen({ port: Number(portArg), host: '127.0.0.1' });
