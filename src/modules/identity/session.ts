// SPDX-License-Identifier: EUPL-1.2
/**
 * Session lifetime rules (issue 3; NIST SP 800-63B AAL2; ASVS 7.3), pure.
 *
 * - A signed-in session ends after 30 minutes without a request (idle) and 12 hours after sign-in
 *   (absolute), whichever comes first.
 * - A half-finished sign-in (password given, second factor or enrolment pending) lasts 10 minutes.
 * - `last_seen_at` is written at most once a minute, so an idle session may end up to a minute early,
 *   never late.
 * - At most 5 wrong codes per second-factor challenge; then the sign-in starts over.
 * - At most 10 wrong codes in a row per account, however many sign-ins they are spread over; then the
 *   second factor refuses every code for 15 minutes and the user is told by e-mail.
 */
import type { SessionStage } from './identity.table.ts';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const PENDING_SESSION_MS = 10 * 60 * 1000;
export const LAST_SEEN_RESOLUTION_MS = 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;
/** Wrong second-factor codes in a row per account (across sign-ins and languages) before the lock. */
export const MAX_ACCOUNT_CODE_FAILURES = 10;
/** How long the second factor stays locked after that. */
export const CODE_LOCK_MS = 15 * 60 * 1000;

/** The times of a session that decide whether it still lives. */
export interface SessionTimes {
  readonly stage: SessionStage;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
}

/**
 * Whether a session has ended at `now`.
 * @returns the reason it ended, or undefined while it lives
 */
export function sessionEnded(s: SessionTimes, now: Date): 'idle' | 'absolute' | 'pending' | undefined {
  const t = now.getTime();
  if (s.stage !== 'active') return t - s.createdAt.getTime() >= PENDING_SESSION_MS ? 'pending' : undefined;
  if (t - s.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return 'absolute';
  if (t - s.lastSeenAt.getTime() >= SESSION_IDLE_MS) return 'idle';
  return undefined;
}

/** Whether `last_seen_at` should be written for a request at `now`. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}

/** Account lockout: after this many wrong passwords in a row… */
export const LOCKOUT_THRESHOLD = 5;
/** …sign-in is refused for this long (attempts during the lock are not counted and do not extend it). */
export const LOCKOUT_MS = 15 * 60 * 1000;
