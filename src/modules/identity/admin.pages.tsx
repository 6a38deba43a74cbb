// SPDX-License-Identifier: EUPL-1.2
/** The administration pages (being built). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { WebContext } from '#src/web/render.ts';
import type { Mailer } from '../mail/mailer.ts';

/** Options of the administration pages. */
export interface AdminPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly mailer: Mailer;
  readonly publicUrl: string;
}

export const adminPages: FastifyPluginAsyncZod<AdminPagesOptions> = async () => {};
