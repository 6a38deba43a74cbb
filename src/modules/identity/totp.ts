// SPDX-License-Identifier: EUPL-1.2
/**
 * The second factor: TOTP (RFC 6238; SHA-1, 6 digits, 30-second steps, what every authenticator app
 * supports) and recovery codes.
 *
 * Rules: a code is accepted for the current step and one step either side (clock drift), and only
 * once: the step of the last accepted code is stored and an equal or older step is refused (ASVS
 * 6.5.1). Recovery codes are 10 single-use codes of 10 base-32 characters (50 bits each), shown once,
 * stored as SHA-256 hashes.
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { hashToken } from '#src/core/secrets.ts';

const PERIOD = 30;

function totp(secret: string, label = 'Kring', issuer = 'Kring'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** A new TOTP secret: 160 random bits, base 32 (RFC 4226 recommends 160). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The otpauth:// URI an authenticator app reads from the QR code.
 * @param secret base-32 secret
 * @param account the label shown in the app (the e-mail address)
 * @param issuer the service name shown in the app
 */
export function totpUri(secret: string, account: string, issuer: string): string {
  return totp(secret, account, issuer).toString();
}

/** The code for a moment (the development page and the tests use it). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

/** The 30-second step a moment falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/**
 * Checks a code.
 * @param secret base-32 secret
 * @param code what the person typed (spaces allowed)
 * @param now the time
 * @param lastStep the step of the last code accepted, if any
 * @returns the step of the accepted code, or undefined when refused
 */
export function verifyTotp(secret: string, code: string, now: Date, lastStep: number | null): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = totpStep(now) + delta;
  if (lastStep !== null && step <= lastStep) return undefined;
  return step;
}

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Normalises a typed recovery code: upper case, no spaces or dashes. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Ten new recovery codes, formatted `XXXXX-XXXXX`. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => BASE32[b % 32]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored hash of a recovery code. */
export function hashRecoveryCode(code: string): string {
  return hashToken(`recovery:${normaliseRecoveryCode(code)}`);
}
