// SPDX-License-Identifier: EUPL-1.2
/**
 * The per-address limits, made once for the whole application so that the Dutch and the English
 * route of a form share one budget (a route-level `config.rateLimit` counts each route apart).
 * Counters live in memory only (@fastify/rate-limit's local store): the address is never stored
 * (security.md T20). The address is `request.ip`: the client's own, or behind a trusted reverse proxy
 * (KRING_TRUST_PROXY) the one the proxy forwards.
 *
 * Two kinds:
 * - **throttles** (sign-in, codes, resets, password checks, uploads) count every request, in the
 *   `onRequest` hook, before any work (argon2 costs ~15 ms a try);
 * - **budgets** (the resident's reports) count only what was accepted: a junk request without a form
 *   token, or a form sent back with errors, costs nothing, so nobody can use up a victim's budget by
 *   sending rubbish from the same address (issue 11, finding 2).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '#src/core/errors.ts';

/** A count of accepted actions per address and window. */
export interface Budget {
  /**
   * Refuses (429, with Retry-After) when this address has used its budget; counts nothing.
   * @throws {AppError} HTTP_RATE_LIMITED
   */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Counts one accepted action for this address. */
  spend(request: FastifyRequest): Promise<void>;
}

/** Every limit, shared by the routes of both languages. */
export interface RateLimits {
  /** Sign-in, second-factor and step-up codes, resets, the current-password check: per minute. */
  readonly auth: onRequestAsyncHookHandler;
  /** Attachment uploads per minute (inspecting a hostile 10 MiB file takes a while). */
  readonly uploads: onRequestAsyncHookHandler;
  /** Reports and advice requests a resident's address may send per hour (security.md T8: 10). */
  readonly residentReports: Budget;
  /** Receipt-code lookups and answers per 10 minutes; a wrong code counts too (guessing). */
  readonly residentLookups: Budget;
  /** Registrations for network meetings an address may make per hour (accepted ones only). */
  readonly meetingRegistrations: Budget;
}

/** The numbers behind the limits. */
export interface RateLimitSettings {
  readonly authPerMinute: number;
  readonly uploadsPerMinute: number;
  readonly residentReportsPerHour: number;
  readonly residentLookupsPer10Minutes: number;
  /** Default 10. */
  readonly meetingRegistrationsPerHour?: number;
}

/**
 * A budget over @fastify/rate-limit's counter: read without counting, count on acceptance.
 * @param app the root instance (with @fastify/rate-limit registered)
 */
function budget(app: FastifyInstance, max: number, timeWindow: number): Budget {
  const limiter = app.createRateLimit({ max, timeWindow });
  return {
    async check(request, reply) {
      const state = await limiter(request, { increment: false });
      if (state.isAllowed || state.remaining > 0) return;
      reply.header('retry-after', String(Math.max(1, state.ttlInSeconds)));
      throw new AppError('HTTP_RATE_LIMITED', 'Too many requests');
    },
    async spend(request) {
      await limiter(request);
    },
  };
}

/**
 * Makes the limits (call once, on the root instance, after registering @fastify/rate-limit).
 * @param app the root instance
 * @param settings the numbers
 */
export function createRateLimits(app: FastifyInstance, settings: RateLimitSettings): RateLimits {
  // @fastify/rate-limit's hook types are generic over the route; as onRequest hooks they take any route.
  const throttle = (max: number, timeWindow: number) =>
    app.rateLimit({ max, timeWindow }) as unknown as onRequestAsyncHookHandler;
  return {
    auth: throttle(settings.authPerMinute, 60_000),
    uploads: throttle(settings.uploadsPerMinute, 60_000),
    residentReports: budget(app, settings.residentReportsPerHour, 3_600_000),
    residentLookups: budget(app, settings.residentLookupsPer10Minutes, 600_000),
    meetingRegistrations: budget(app, settings.meetingRegistrationsPerHour ?? 10, 3_600_000),
  };
}
