// SPDX-License-Identifier: EUPL-1.2
/**
 * What a person types to sign in or to ask for a password link: the rules the sign-in and password
 * pages check the forms with. Whether the address and password belong to an account is the service's
 * to say, with one message for both (sign-in.service.ts).
 */
import { z } from 'zod';
import { email } from '#src/core/field-rules.ts';

/** An account's e-mail address: required (`accountEmail`), then well-formed (`accountEmailShape`). */
export const accountEmail = z.string().trim().min(1, { error: 'accountEmail' }).pipe(email('accountEmailShape'));

/** Signing in: the address and a password (not trimmed: a space may be part of it). */
export const signInInput = z.object({
  email: accountEmail,
  password: z.string().min(1, { error: 'signInPassword' }),
});

/** Asking for a link to choose a new password. */
export const resetRequestInput = z.object({ email: accountEmail });
