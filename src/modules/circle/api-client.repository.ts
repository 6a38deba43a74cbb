// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's API clients (ADR 0033): in by their token's hash, listed per organisation, a new
 * token, switched off. No query ever sees a token, only its SHA-256.
 */
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { ApiScope } from './api-client.table.ts';
import type { CircleTables } from './circle.table.ts';

const own = tablesOf<CircleTables>();

/** An API client as the services see it. */
export interface ApiClientRow {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly scopes: readonly ApiScope[];
  readonly createdAt: Date;
  readonly rotatedAt: Date | null;
  readonly revokedAt: Date | null;
}

const COLUMNS = [
  'id',
  'organisation_id as organisationId',
  'name',
  'scopes',
  'created_at as createdAt',
  'rotated_at as rotatedAt',
  'revoked_at as revokedAt',
] as const;

/** Adds a client; returns its id. */
export async function insertApiClient(
  trx: TransactionHandle,
  client: {
    readonly organisationId: string;
    readonly name: string;
    readonly tokenHash: string;
    readonly scopes: readonly ApiScope[];
    readonly createdBy: string;
    readonly now: Date;
  },
): Promise<string> {
  const row = await own(trx)
    .insertInto('circle_api_client')
    .values({
      organisation_id: client.organisationId,
      name: client.name,
      token_hash: client.tokenHash,
      scopes: [...client.scopes],
      created_by: client.createdBy,
      created_at: client.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The client a token's hash belongs to, revoked or not. */
export function findApiClientByTokenHash(db: Handle, tokenHash: string): Promise<ApiClientRow | undefined> {
  return own(db).selectFrom('circle_api_client').select(COLUMNS).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** One client by id, any organisation's (the service decides). */
export function findApiClient(db: Handle, id: string): Promise<ApiClientRow | undefined> {
  return own(db).selectFrom('circle_api_client').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** An organisation's clients, newest first. */
export function listApiClients(db: Handle, organisationId: string): Promise<ApiClientRow[]> {
  return own(db)
    .selectFrom('circle_api_client')
    .select(COLUMNS)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Replaces the token of a client that is not revoked; false when there is none. */
export async function replaceApiToken(
  trx: TransactionHandle,
  id: string,
  tokenHash: string,
  now: Date,
): Promise<boolean> {
  const result = await own(trx)
    .updateTable('circle_api_client')
    .set({ token_hash: tokenHash, rotated_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Switches a client off for good; false when it already was. */
export async function revokeApiClient(trx: TransactionHandle, id: string, now: Date): Promise<boolean> {
  const result = await own(trx)
    .updateTable('circle_api_client')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
