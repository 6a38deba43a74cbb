// SPDX-License-Identifier: EUPL-1.2
/**
 * The identity pages a visitor reaches before being signed in (issue 3), registered once per
 * language: the sign-in pages (sign-in.pages.tsx) and the password pages (password.pages.tsx), in
 * that order and in this plugin's context.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type PasswordPagesOptions, passwordPages } from './password.pages.tsx';
import { type SignInPagesOptions, signInPages } from './sign-in.pages.tsx';

/** Options of the identity pages. */
export type IdentityPagesOptions = SignInPagesOptions & PasswordPagesOptions;

export const identityPages: FastifyPluginAsyncZod<IdentityPagesOptions> = async (app, options) => {
  await signInPages(app, options);
  await passwordPages(app, options);
};
