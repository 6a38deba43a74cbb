// SPDX-License-Identifier: EUPL-1.2
/**
 * Starts Kring: configuration, database (with its lock), migrations, demo data (never in
 * production), then listen; the app writes audit checkpoints to KRING_AUDIT_ANCHOR (at start, every
 * minute, at close). On SIGTERM/SIGINT: stop accepting, finish in-flight requests, write the last
 * audit checkpoint, checkpoint and close the database, release the lock. Nothing else happens here.
 */
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/create-db.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoData } from './db/seed.ts';
import { demoAccountsNotice } from './modules/identity/identity.seed.ts';

const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    if (config.demoData && (await seedDemoData(database.db, config))) printDemoAccounts(config.port);
  } catch (err) {
    await database.close();
    throw err;
  }
  const app = await buildApp({ config, database, closeDatabaseOnClose: true, anchorAudit: true });

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    app.kring.lifecycle.shuttingDown = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    app.close().then(
      () => {
        app.log.info('stopped cleanly');
        process.exit(0);
      },
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
  app.log.info(
    `Kring is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} on ${where}`,
  );
}

/** Prints the demo accounts once, after they were seeded (development only): the README's table. */
function printDemoAccounts(port: number): void {
  process.stdout.write(demoAccountsNotice(port));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(err instanceof ConfigError ? 78 : 75);
  }
  process.stderr.write(`Kring could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
