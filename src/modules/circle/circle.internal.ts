// SPDX-License-Identifier: EUPL-1.2
/** What the circle's services share (not in the module's entry). */
import type { Transaction } from 'kysely';
import type { CircleKeys } from '#src/config.ts';
import type { RequestContext } from '#src/core/context.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import type { ActiveOn, KeyState } from './circle.repository.ts';
import { checkMaxMonths, lastEndedRegistrationDay } from './expiry.ts';
import { keyCheck } from './pseudonym.ts';

export type Trx = Transaction<Database>;

/** The circle's settings: the keys (KRING_CIRCLE_KEY) and the municipality's period in months. */
export interface CircleSettings {
  readonly keys: CircleKeys;
  /** 1–24; 24 unless the municipality chose a shorter period. */
  readonly maxMonths: number;
}

/** Which signals are active at the context's time. */
export function activeOn(ctx: RequestContext, settings: CircleSettings): ActiveOn {
  const today = amsterdamIsoDate(ctx.now);
  return { today, endedUpTo: lastEndedRegistrationDay(today, checkMaxMonths(settings.maxMonths)) };
}

/** The key state a fresh register starts with: the newest version. */
export function initialKeyState(keys: CircleKeys): KeyState {
  return { version: keys.newest, keyCheck: keyCheck(keys, keys.newest) };
}

/**
 * Refuses configured keys that do not reproduce the stored key check (a changed, mistyped or
 * dropped key), so that no pseudonym is written that could never match. The message names versions
 * only.
 * @throws {Error}
 */
export function assertKeysMatch(keys: CircleKeys, state: KeyState): void {
  if (state.version > keys.newest) {
    throw new Error(`The circle's pseudonyms are at key version ${state.version}; KRING_CIRCLE_KEY lacks it`);
  }
  if (keyCheck(keys, state.version) !== state.keyCheck) {
    throw new Error(`KRING_CIRCLE_KEY does not reproduce the key check of version ${state.version}: a key was changed`);
  }
}

/**
 * The circle's audit rows: the signal is the object; never a BSN or a pseudonym. Written pending and
 * chained by the audit sealer (ADR 0034), so that registrations and match lookups at national scale
 * do not queue on the audit chain's lock; each row still commits with its action.
 */
export function auditCircle(
  trx: Trx,
  ctx: RequestContext,
  type: string,
  action: 'C' | 'R' | 'U' | 'D',
  signalId: string | null,
  outcome: 'success' | 'denied' = 'success',
): Promise<void> {
  return audit(trx, ctx, {
    type,
    action,
    outcome,
    purpose: 'care',
    objectType: 'circle_signal',
    objectId: signalId,
    deferChain: true,
  });
}

/** Writes a refusal's audit row in a transaction of its own (the use case's has rolled back). */
export function auditRefusal(
  ctx: RequestContext,
  type: string,
  action: 'C' | 'R' | 'U' | 'D',
  signalId: string | null,
): Promise<void> {
  return ctx.db.transaction().execute((trx) => auditCircle(trx, ctx, type, action, signalId, 'denied'));
}
