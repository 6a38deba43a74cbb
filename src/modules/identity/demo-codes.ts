// SPDX-License-Identifier: EUPL-1.2
/**
 * The demo accounts with their current second-factor codes, for the development page that lets a
 * tester sign in as anyone (never in production: the page's route does not exist there).
 */
import type { Kysely } from 'kysely';
import type { ServiceKeys } from '#src/core/context.ts';
import type { Role } from '#src/core/roles.ts';
import { decryptSecret } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { findUserByEmail } from './identity.repository.ts';
import { DEMO_USERS } from './identity.seed.ts';
import { totpCode } from './totp.ts';

/** A demo account as the development page shows it. */
export interface DemoAccountCode {
  readonly email: string;
  readonly roles: readonly Role[];
  /** The code of this moment, or '–' when the account has no second factor (yet). */
  readonly code: string;
}

/**
 * Every demo account and the code its authenticator would show now.
 * @param db the database
 * @param keys the service keys (the second-factor secrets are encrypted under `totpKey`)
 * @param now the current time
 */
export function demoAccountCodes(
  db: Kysely<Database>,
  keys: Pick<ServiceKeys, 'totpKey'>,
  now: Date,
): Promise<DemoAccountCode[]> {
  return Promise.all(
    DEMO_USERS.map(async (u) => {
      const user = await findUserByEmail(db, u.email);
      const code = user?.totp_secret ? totpCode(decryptSecret(keys.totpKey, user.totp_secret), now) : '–';
      return { email: u.email, roles: u.memberships.map((m) => m.role), code };
    }),
  );
}
