// SPDX-License-Identifier: EUPL-1.2
/**
 * Migrates one database for the whole run, which every test file then clones:
 * - PGlite: a migrated in-memory database dumped to a tarball; each file loads it (~0.4 s instead
 *   of ~4 s for initdb + migrations).
 * - PostgreSQL (KRING_TEST_DATABASE_URL): a template database; each file creates its own from it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type DatabaseHandle, openDatabase, openMemoryPglite } from '../src/db/create-db.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createJobQueue } from '../src/jobs/queue.ts';

/** pg-boss creates its tables on its first start (~1.7 s on PGlite): once here, not in every test file. */
async function createJobSchema(handle: DatabaseHandle): Promise<void> {
  const queue = createJobQueue({ database: handle });
  await queue.start();
  await queue.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDumpPath: string;
    postgresTemplate: { url: string; template: string } | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.KRING_TEST_DATABASE_URL;
  if (url) {
    const template = `kring_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const handle = await openDatabase({ databaseUrl: templateUrl.toString(), dataDir: '' });
    await migrateToLatest(handle.db);
    await createJobSchema(handle);
    await handle.close();
    project.provide('postgresTemplate', { url, template });
    project.provide('pgliteDumpPath', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template}`).catch(() => undefined);
      await admin.end();
    };
  }
  const handle = await openMemoryPglite();
  await migrateToLatest(handle.db);
  await createJobSchema(handle);
  const dump = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kring-test-')), 'migrated.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDumpPath', file);
  project.provide('postgresTemplate', undefined);
  return async () => {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  };
}
