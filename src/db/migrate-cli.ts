// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run migrate`: runs the migrations and exits, for deployments on PostgreSQL that migrate before
 * starting new processes. (`npm start` migrates by itself too.)
 */
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from './create-db.ts';
import { DataDirLockedError } from './data-dir-lock.ts';
import { migrateToLatest } from './migrate.ts';

try {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const ran = await migrateToLatest(database.db);
    process.stdout.write(ran.length ? `Migrated: ${ran.join(', ')}\n` : 'The database is up to date.\n');
  } finally {
    await database.close();
  }
} catch (err) {
  const known = err instanceof ConfigError || err instanceof DataDirLockedError;
  process.stderr.write(`${known ? (err as Error).message : `Migration failed: ${String(err)}`}\n`);
  process.exit(1);
}
