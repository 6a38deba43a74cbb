// SPDX-License-Identifier: EUPL-1.2
/**
 * The BSN as a pseudonym (ADR 0031, docs/domain.md §11, docs/security.md requirement 3): a chain of
 * HMAC-SHA-256, one link per key version, so that a rotation to a new key needs only the stored
 * pseudonym, never the BSN.
 *
 *   P1 = HMAC(k1, "kring:circle:bsn:" ‖ bsn)        Pn = HMAC(kn, "kring:circle:rekey:" ‖ Pn−1)
 *
 * Values are base64url (43 characters). The BSN lives only in the call; errors never repeat it.
 */
import { createHmac } from 'node:crypto';
import type { CircleKeys } from '#src/config.ts';
import { isBsn } from '#src/core/bsn.ts';

/** A pseudonym and the key version it was computed at. */
export interface Pseudonym {
  readonly version: number;
  readonly value: string;
}

const BSN_PREFIX = 'kring:circle:bsn:';
const REKEY_PREFIX = 'kring:circle:rekey:';
/** The constant whose chain is the key check: it has no digits, so no BSN gives the same input. */
const KEY_CHECK_INPUT = 'kring:circle:key-check';

/** Not a BSN. The message never holds what was given. */
export class InvalidBsnError extends Error {
  override name = 'InvalidBsnError';
  constructor() {
    super('Not a valid BSN (nine digits passing the 11-proef)');
  }
}

/**
 * A BSN as nine digits: spaces, dots and dashes between the digits removed; null when what is left
 * is not nine digits passing the 11-proef.
 * @param input the BSN as typed (`123.456.782`, `123 456 782`)
 */
export function normalizeBsn(input: string): string | null {
  if (input.length > 20) return null;
  const digits = input.trim().replace(/[ .-]/g, '');
  return isBsn(digits) ? digits : null;
}

function hmac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('base64url');
}

/** The chain from version `from` (holding `value`) up to `to`. */
function chain(keys: CircleKeys, value: string, from: number, to: number): string {
  let current = value;
  for (let v = from + 1; v <= to; v++) current = hmac(keys.key(v), `${REKEY_PREFIX}${current}`);
  return current;
}

function checkVersion(keys: CircleKeys, version: number): void {
  if (!Number.isInteger(version) || version < 1 || version > keys.newest) {
    throw new RangeError(`No circle key version ${version} (configured: ${keys.versions.join(', ')})`);
  }
}

/**
 * The pseudonym of a BSN at a key version.
 * @param keys the configured circle keys
 * @param bsn the BSN (separators allowed; see normalizeBsn)
 * @param version the key version, the newest by default
 * @throws {InvalidBsnError} when the BSN does not pass the 11-proef
 * @throws {RangeError} when the version is not configured
 */
export function pseudonym(keys: CircleKeys, bsn: string, version: number = keys.newest): Pseudonym {
  checkVersion(keys, version);
  const digits = normalizeBsn(bsn);
  if (digits === null) throw new InvalidBsnError();
  return { version, value: chain(keys, hmac(keys.key(1), `${BSN_PREFIX}${digits}`), 1, version) };
}

/**
 * A stored pseudonym re-keyed to a newer version, without the BSN (the rotation).
 * @param keys the configured circle keys
 * @param from the stored pseudonym
 * @param to the version to lift it to (at least its own)
 * @throws {RangeError} when `to` is older than the pseudonym or not configured
 */
export function liftPseudonym(keys: CircleKeys, from: Pseudonym, to: number = keys.newest): Pseudonym {
  checkVersion(keys, to);
  checkVersion(keys, from.version);
  if (to < from.version) throw new RangeError(`Cannot lower a pseudonym from version ${from.version} to ${to}`);
  return { version: to, value: chain(keys, from.value, from.version, to) };
}

/**
 * The key check of a version: the chain over a constant that is no BSN. Stored beside the pseudonyms,
 * it tells a changed or mistyped key from the right one, and says nothing about the key.
 */
export function keyCheck(keys: CircleKeys, version: number = keys.newest): string {
  checkVersion(keys, version);
  return chain(keys, hmac(keys.key(1), KEY_CHECK_INPUT), 1, version);
}
