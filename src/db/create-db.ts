// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens the database: PGlite (embedded PostgreSQL in a file-backed directory) by default, or a
 * PostgreSQL server when DATABASE_URL is set. Both speak the same SQL through Kysely and run the same
 * migrations; write SQL that PostgreSQL 15 and PGlite (PostgreSQL 18) both accept.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';

/** An open database and how to close it. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: 'pglite' | 'postgres';
  /** The PGlite instance, when embedded (for dumps in tests). */
  readonly pglite?: PGlite;
  /** Flushes and closes: CHECKPOINT, close, release the data-directory lock. Safe to call twice. */
  close(): Promise<void>;
}

/** Where the embedded database keeps its files inside KRING_DATA_DIR. */
export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/**
 * Opens the configured database.
 * @param options databaseUrl for PostgreSQL, else dataDir for PGlite
 * @returns an open handle
 * @throws {DataDirLockedError} when another process holds the PGlite directory
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  const lock = lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create(pgliteDir(options.dataDir));
    return wrapPglite(pglite, lock);
  } catch (err) {
    lock.release();
    throw err;
  }
}

/**
 * Opens an in-memory PGlite, optionally from a dump made with `dumpDataDir()` (tests clone one
 * migrated database this way instead of running initdb per file).
 */
export async function openMemoryPglite(dump?: Blob): Promise<DatabaseHandle> {
  const pglite = await PGlite.create(dump ? { loadDataDir: dump } : {});
  return wrapPglite(pglite, undefined);
}

function wrapPglite(pglite: PGlite, lock: DataDirLock | undefined): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: 'pglite',
    pglite,
    close() {
      closing ??= (async () => {
        try {
          // Queue behind any in-flight query (the dialect serialises), then flush the WAL.
          await sql`CHECKPOINT`.execute(db).catch(() => undefined);
          await db.destroy(); // closes the PGlite instance
        } finally {
          lock?.release();
        }
      })();
      return closing;
    },
  };
}

function openPostgres(connectionString: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: 'postgres',
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
