// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs the migrations in migrations/ (frozen in time: each file exports up/down on Kysely<any>).
 * One set serves PGlite and PostgreSQL.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Loads every `*.ts` file of migrations/ in name order. */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) =>
      /^\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}_.+\.ts$/.test(f),
    );
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      migrations[file.replace(/\.ts$/, '')] = (await import(
        pathToFileURL(path.join(MIGRATIONS_DIR, file)).href
      )) as Migration;
    }
    return migrations;
  }
}

/**
 * Brings the schema to the latest migration.
 * @param db any Kysely instance
 * @returns the names of the migrations that ran now
 * @throws the first migration error; that migration's transaction is rolled back
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and typed Kysely<any> (Kysely docs)
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
