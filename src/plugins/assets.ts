// SPDX-License-Identifier: EUPL-1.2
/**
 * Serves the in-memory asset bundle under /assets/<name>.<hash>.<ext>, cached for a year (the hash
 * changes with the content), brotli or gzip when the client accepts it.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '#src/core/errors.ts';
import type { AssetBundle } from '#src/web/build-assets.ts';

/** Registers GET /assets/:file. */
export function registerAssets(app: FastifyInstance, bundle: AssetBundle): void {
  app.get(
    '/assets/:file',
    {
      schema: { params: z.object({ file: z.string().max(200) }) },
      config: { policy: 'public' },
    },
    async (request, reply) => {
      const { file } = request.params as { file: string };
      const asset = bundle.files.get(`/assets/${file}`);
      if (!asset) throw new NotFoundError();
      const accept = String(request.headers['accept-encoding'] ?? '');
      reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('content-type', asset.contentType)
        .header('vary', 'accept-encoding');
      if (asset.br && accept.includes('br')) return reply.header('content-encoding', 'br').send(asset.br);
      if (asset.gzip && accept.includes('gzip')) return reply.header('content-encoding', 'gzip').send(asset.gzip);
      return reply.send(asset.body);
    },
  );
}
