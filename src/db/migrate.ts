// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs the migrations in migrations/ (frozen in time: each file exports up/down on Kysely<any>).
 * One set serves PGlite and PostgreSQL.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { MIGRATION_ORDER } from '../../migrations/order.ts';
import { migrationOrderProblems } from './migration-order.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Loads the migrations in the order they were written (migrations/order.ts), refusing a list out of order. */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(MIGRATIONS_DIR))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    const problems = migrationOrderProblems(MIGRATION_ORDER, files);
    if (problems.length > 0) throw new Error(`The migrations are not in order:\n${problems.join('\n')}`);
    const migrations: Record<string, Migration> = {};
    for (const name of MIGRATION_ORDER) {
      migrations[name] = (await import(pathToFileURL(path.join(MIGRATIONS_DIR, `${name}.ts`)).href)) as Migration;
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
