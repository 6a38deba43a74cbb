// SPDX-License-Identifier: EUPL-1.2
/**
 * The context every use case runs in: who acts, on which database handle (a transaction where the
 * use case writes), which request, and the time. Services never read the clock or the request.
 */
import type { Kysely } from 'kysely';
import type { Database } from '#src/db/database.ts';
import type { Actor } from './authz.ts';

/** Keys and settings a service may need; derived from the configuration once. */
export interface ServiceKeys {
  /** HMAC key of the audit chain. */
  readonly auditKey: string;
  /** Encrypts second-factor secrets. */
  readonly totpKey: Buffer;
  /** Pseudonymises data subjects in the audit log. */
  readonly pseudonymKey: Buffer;
}

/** One use case's context. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly db: Kysely<Database>;
  readonly keys: ServiceKeys;
  readonly requestId: string;
  readonly now: Date;
  /** The access point for the audit log: the request channel, never the IP address (ADR 0009). */
  readonly accessPoint: string;
}
