// SPDX-License-Identifier: EUPL-1.2
/**
 * What a module's repository may query: its own tables, and nothing else (docs/architecture.md,
 * "Boundaries"). A service passes its connection or transaction to a repository as a `Handle`: the
 * same object, typed without the methods that build a query. The repository narrows it with its
 * module's `tablesOf<…Tables>()`, so a query that names another module's table does not compile;
 * names and addresses of people come from identity's entry instead of a join.
 *
 * Repositories do not import `Database` (dependency-cruiser `repositories-query-their-own-tables`);
 * the privacy module's read model, seeds and the database's own code do.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

/** Kysely's methods that start a query or a transaction. */
type Building =
  | 'selectFrom'
  | 'selectNoFrom'
  | 'insertInto'
  | 'replaceInto'
  | 'updateTable'
  | 'deleteFrom'
  | 'mergeInto'
  | 'with'
  | 'withRecursive'
  | 'withSchema'
  | 'withTables'
  | 'withPlugin'
  | 'withoutPlugins'
  | 'transaction'
  | 'startTransaction'
  | 'connection';

/** A connection or transaction as a service hands it to a repository: it builds no query by itself. */
export type Handle = Omit<Kysely<Database>, Building>;

/** A transaction as a service hands it to a repository (a plain connection is not one). */
export type TransactionHandle = Omit<Transaction<Database>, Building>;

/**
 * The narrowing a module's repositories use: a handle typed to `Tables` only. Type-level only: the
 * object is the same connection or transaction.
 */
export function tablesOf<Tables>(): (db: Handle) => Kysely<Tables> {
  return (db) => db as unknown as Kysely<Tables>;
}
