// SPDX-License-Identifier: EUPL-1.2
/**
 * Small cryptographic helpers: purpose-bound keys derived from one configured secret (HKDF-SHA-256,
 * so a key for one purpose never works for another), unguessable tokens from the CSPRNG (256 bits,
 * ASVS 11.5.1), token hashes for storage, and AES-256-GCM for secrets kept in the database.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a derived key is for; one name per purpose. */
export type KeyPurpose = 'csrf' | 'totp-secret' | 'subject-pseudonym' | 'audit-anchor';

/**
 * A 256-bit key for one purpose, derived from a configured secret.
 * @param secret the configured secret (KRING_SECRET_KEY or KRING_AUDIT_KEY)
 * @param purpose what the key is used for
 */
export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'kring', `kring:${purpose}:v1`, 32));
}

/** A new random token: 32 bytes from the CSPRNG, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a token, hex: what is stored instead of the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two strings in constant time (for equal lengths). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Encrypts a short secret with AES-256-GCM.
 * @returns `v1.<iv>.<tag>.<ciphertext>`, base64url parts
 */
export function encryptSecret(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/**
 * Decrypts what encryptSecret produced.
 * @throws {Error} when the value was changed or the key is wrong
 */
export function decryptSecret(key: Buffer, sealed: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unknown sealed secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
