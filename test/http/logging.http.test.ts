// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/security.md T16 (for the technical log): no passwords, tokens, cookies, IP addresses, user agents,
 * query strings or bodies in log lines (ADR 0009), while failures keep their correlation id.
 */
import { Writable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '#test/setup.ts';

const CANARY = 'CNRY-log-7f3a';

const noisy: FastifyPluginAsync = async (app) => {
  // 'operations': no form token, so the request reaches the handler with its body.
  app.post('/test/fail', { config: { policy: 'operations' } }, async (request) => {
    request.log.warn(
      { password: `pw-${CANARY}`, token: `tk-${CANARY}`, user: { secret: `s-${CANARY}`, bsn: '123456782' } },
      'about to fail',
    );
    throw new Error('failed on purpose');
  });
};

describe('the technical log', () => {
  it('keeps secrets, personal data and client details out, and the correlation id in', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    const { app, close } = await createTestApp({ logger: { level: 'debug', stream }, plugins: [noisy] });
    try {
      const res = await app.inject({
        method: 'POST',
        url: `/test/fail?code=${CANARY}`,
        payload: { password: `body-${CANARY}` },
        headers: {
          cookie: `session=${CANARY}`,
          authorization: `Bearer ${CANARY}`,
          'user-agent': `Agent-${CANARY}`,
          'x-forwarded-for': '203.0.113.7',
        },
        remoteAddress: '198.51.100.23',
      });
      expect(res.statusCode).toBe(500);
      await new Promise((r) => setTimeout(r, 50));
      const log = lines.join('\n');
      expect(log).toContain('about to fail');
      expect(log).toContain('failed on purpose');
      expect(log).not.toContain(CANARY);
      expect(log).not.toContain('123456782');
      expect(log).not.toContain('198.51.100.23');
      expect(log).not.toContain('203.0.113.7');
      const failure = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request failed');
      expect(res.body).toContain(failure.reqId);
    } finally {
      await close();
    }
  });
});
