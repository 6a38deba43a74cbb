// SPDX-License-Identifier: EUPL-1.2
/**
 * Test helpers: a fresh, migrated database per call (cloned from the one global-setup migrated) and
 * a built app on it for app.inject().
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { type BuildOptions, buildApp } from '#src/app.ts';
import { type Config, loadConfig } from '#src/config.ts';
import { type DatabaseHandle, openDatabase, openMemoryPglite } from '#src/db/create-db.ts';
import { AttachmentStore } from '#src/modules/concerns/attachments/store.ts';

/** Which engine this run uses. */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return inject('postgresTemplate') ? 'postgres' : 'pglite';
}

/** A fresh migrated database; close it when done. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const pgTemplate = inject('postgresTemplate');
  if (pgTemplate) {
    const name = `kring_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgTemplate.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${pgTemplate.template}`);
    } finally {
      await admin.end();
    }
    const url = new URL(pgTemplate.url);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
    return {
      ...handle,
      async close() {
        await handle.close();
        const drop = new pg.Client({ connectionString: pgTemplate.url });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
        await drop.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteDumpPath'));
  return openMemoryPglite(new Blob([dump]));
}

/** The variables production requires, with test values. */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  KRING_AUDIT_KEY: 'k'.repeat(32),
  KRING_SECRET_KEY: 's'.repeat(32),
  KRING_CIRCLE_KEY: `v1:${Buffer.alloc(32, 'c').toString('base64')}`,
  KRING_SMTP_URL: 'smtp://127.0.0.1:2525',
} as const;

/**
 * A configuration for tests, with overrides from `env`. The audit anchor is a file of its own that
 * does not exist (never the working copy's `./audit-anchor.jsonl`); apps in tests write none unless
 * built with `anchorAudit`.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    KRING_DATA_DIR: '/nonexistent-kring-test',
    KRING_AUDIT_ANCHOR: path.join(os.tmpdir(), `kring-test-anchor-${randomBytes(6).toString('hex')}`, 'anchor.jsonl'),
    ...env,
  });
}

/** A built app on a fresh database, plus a function that closes both. */
export async function createTestApp(
  options: Partial<Omit<BuildOptions, 'database'>> & { env?: Record<string, string> } = {},
): Promise<{ app: FastifyInstance; database: DatabaseHandle; close: () => Promise<void> }> {
  const database = await createTestDatabase();
  const { env, ...rest } = options;
  const attachments = new AttachmentStore(fs.mkdtempSync(path.join(os.tmpdir(), 'kring-attachments-')));
  const app = await buildApp({
    attachments,
    ...rest,
    config: options.config ?? testConfig(env),
    database,
    logger: options.logger ?? false,
  });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(attachments.dir, { recursive: true, force: true });
    },
  };
}
