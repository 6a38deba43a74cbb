// SPDX-License-Identifier: EUPL-1.2
/**
 * A resident's receipt code (security.md T20, ASVS 11.5.1): 30 symbols of Crockford base32 from the
 * CSPRNG, 150 bits, shown in groups of five. Only its SHA-256 is stored; with 150 random bits a
 * fast hash is enough (nothing to guess). Typing is forgiving: case, spaces, dashes and the letters
 * Crockford maps (O→0, I and L→1) do not matter. A code opens exactly the one report whose hash it is.
 */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Symbols in a code (5 bits each: 150 bits). */
export const RECEIPT_SYMBOLS = 30;
/** Bits of randomness in a code. */
export const RECEIPT_BITS = RECEIPT_SYMBOLS * 5;

/** A new receipt code, grouped for reading: `XXXXX-XXXXX-…`. */
export function newReceiptCode(): string {
  // 256 is a multiple of 32: every symbol is uniform.
  const symbols = [...randomBytes(RECEIPT_SYMBOLS)].map((b) => ALPHABET[b & 31]).join('');
  return symbols.match(/.{5}/g)!.join('-');
}

/**
 * The canonical form of a typed code, or null when it cannot be one (wrong length or symbols).
 * @param typed what the resident typed
 */
export function canonicalReceiptCode(typed: string): string | null {
  if (typed.length > 100) return null;
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== RECEIPT_SYMBOLS) return null;
  for (const ch of plain) if (!ALPHABET.includes(ch)) return null;
  return plain;
}

/**
 * The stored hash of a code (hex SHA-256 of its canonical form), or null when it cannot be a code.
 * @param typed the code as typed or as issued
 */
export function receiptHash(typed: string): string | null {
  const code = canonicalReceiptCode(typed);
  return code ? createHash('sha256').update(`kring-receipt:${code}`).digest('hex') : null;
}
