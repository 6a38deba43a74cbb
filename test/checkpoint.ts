// SPDX-License-Identifier: EUPL-1.2
/**
 * A checkpoint line of the audit anchor as ADR 0024 specifies it, signed here independently of
 * Kring's own code (so a test can tell when the code drifts from the format): HMAC-SHA-256 under
 * HKDF-SHA-256(KRING_AUDIT_KEY, salt "kring", info "kring:audit-anchor:v1", 32 bytes) over
 * "kring-audit-checkpoint:v1\n<seq>\n<hash>\n<at>", as one JSON line.
 */
import { createHmac, hkdfSync } from 'node:crypto';

/** The MAC of a checkpoint under an audit key. */
export function checkpointMac(auditKey: string, seq: string, hash: string, at: string): string {
  const key = Buffer.from(hkdfSync('sha256', auditKey, 'kring', 'kring:audit-anchor:v1', 32));
  return createHmac('sha256', key).update(`kring-audit-checkpoint:v1\n${seq}\n${hash}\n${at}`).digest('hex');
}

/**
 * One line of the anchor file, newline included.
 * @param auditKey KRING_AUDIT_KEY
 * @param seq the id of the audit row the checkpoint names
 * @param hash that row's hash
 * @param at the time of the checkpoint (ISO 8601, UTC, ms)
 */
export function checkpointLine(auditKey: string, seq: string, hash: string, at: string): string {
  return `${JSON.stringify({ v: 1, seq, hash, at, mac: checkpointMac(auditKey, seq, hash, at) })}\n`;
}
