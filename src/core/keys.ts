// SPDX-License-Identifier: EUPL-1.2
/**
 * The keys services use, derived once from the configured secrets: each purpose its own key (HKDF),
 * so a key for one purpose never works for another.
 */
import type { ServiceKeys } from './context.ts';
import { deriveKey } from './secrets.ts';

/**
 * The service keys of a configuration.
 * @param secrets the configured audit key and secret key (KRING_AUDIT_KEY, KRING_SECRET_KEY)
 */
export function serviceKeys(secrets: { readonly auditKey: string; readonly secretKey: string }): ServiceKeys {
  return {
    auditKey: secrets.auditKey,
    totpKey: deriveKey(secrets.secretKey, 'totp-secret'),
    pseudonymKey: deriveKey(secrets.auditKey, 'subject-pseudonym'),
  };
}
