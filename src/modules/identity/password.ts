// SPDX-License-Identifier: EUPL-1.2
/**
 * Passwords: the policy and the hash.
 *
 * Policy (issue 3; NIST SP 800-63B; ASVS 6.2): at least 12 and at most 128 characters, no composition
 * rules, refused when it is one of 49,233 commonly used passwords (the zxcvbn-ts common list, bundled,
 * compared case-insensitively), a single repeated character, or the account's own e-mail address.
 * Hash: argon2id with m = 19456 KiB, t = 2, p = 1 (ASVS appendix C minimum; ~15 ms per verify here).
 * `verifyPassword` runs a dummy verify when there is no account, so the answer takes as long whether
 * or not the e-mail exists (no user enumeration by timing).
 */
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Algorithm.Argon2id: the library's const enum cannot be read under verbatimModuleSyntax. */
const ARGON2ID = 2 as Algorithm.Argon2id;

/** argon2id parameters (ASVS 5.0 appendix C minimum); the tests check the stored hash's prefix. */
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const COMMON = new Set((dictionary['passwords-common'] as readonly string[]).map((p) => p.toLowerCase()));

/** Why a password is refused; each maps to a translated message. */
export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'repeated' | 'isEmail';

/**
 * Checks a new password against the policy.
 * @param password the password as typed
 * @param email the account's e-mail address, if known
 * @returns the problem, or undefined when the password is acceptable
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'common';
  if (new Set(lower).size === 1) return 'repeated';
  if (email && (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0])) return 'isEmail';
  return undefined;
}

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown account) it still does the same work against a
 * dummy hash and answers false, so timing does not reveal whether the account exists.
 * @param stored the stored argon2id hash, or undefined when there is no such account
 * @param password the password as typed
 */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword('kring-dummy-password-for-equal-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
