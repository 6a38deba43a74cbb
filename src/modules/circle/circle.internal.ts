// SPDX-License-Identifier: EUPL-1.2
/** What the circle's services share (not in the module's entry). */
import type { Transaction } from 'kysely';
import type { CircleKeys } from '#src/config.ts';
import type { RequestContext } from '#src/core/context.ts';
import type { OrganisationType } from '#src/core/roles.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import type { ActiveOn, KeyState } from './circle.repository.ts';
import { checkMaxMonths, lastEndedRegistrationDay } from './expiry.ts';
import { circleObjectOwners } from './object-owner.repository.ts';
import { keyCheck } from './pseudonym.ts';

export type Trx = Transaction<Database>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The circle's settings: the keys (KRING_CIRCLE_KEY) and the municipality's period in months. */
export interface CircleSettings {
  readonly keys: CircleKeys;
  /** 1–24; 24 unless the municipality chose a shorter period. */
  readonly maxMonths: number;
  /**
   * The organisation types in the order the municipality's rule proposes a coordinator
   * (KRING_CIRCLE_COORDINATOR_RULE; empty: no rule; undefined: coordination.ts's default).
   */
  readonly coordinatorRule?: readonly OrganisationType[];
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
  targetOrganisationId: string | null = null,
): Promise<void> {
  return audit(trx, ctx, {
    type,
    action,
    outcome,
    purpose: 'care',
    objectType: 'circle_signal',
    objectId: signalId,
    targetOrganisationId,
    deferChain: true,
  });
}

/**
 * Writes a refusal's audit row in a transaction of its own (the use case's has rolled back). A
 * refused signal that exists names its organisation as the target, so that organisation's privacy
 * officer sees the attempt (ADR 0024), as with every other refused object.
 */
export function auditRefusal(
  ctx: RequestContext,
  type: string,
  action: 'C' | 'R' | 'U' | 'D',
  signalId: string | null,
): Promise<void> {
  return ctx.db.transaction().execute(async (trx) => {
    const owner = signalId && UUID.test(signalId) ? await circleObjectOwners.circle_signal!(trx, signalId) : undefined;
    await auditCircle(trx, ctx, type, action, signalId, 'denied', owner?.organisationId ?? null);
  });
}

/** The professionals a new match concerns: each signal's registering account and organisation. */
export interface MatchRecipient {
  readonly userId: string;
  readonly organisationId: string;
}

/**
 * Tells the professionals of a new match, in the registration's transaction (src/app.ts fills it
 * with content-free e-mail on the job queue).
 */
export interface CircleNotifier {
  matched(trx: Trx, recipients: readonly MatchRecipient[]): Promise<void>;
  /**
   * Tells professionals of a team (content-free, a link to the team's page): `proposed`, they are
   * proposed as coordinator; `noContact`, no contact was recorded 10 working days after the match
   * (with `municipality`, the municipality's circle coordinators are told too).
   */
  teamNotice?(
    trx: Trx,
    kind: 'proposed' | 'noContact',
    teamId: string,
    recipients: readonly MatchRecipient[],
    options?: { readonly municipality?: boolean },
  ): Promise<void>;
}
