// SPDX-License-Identifier: EUPL-1.2
/** The privacy officer's audit-log pages (being built). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { WebContext } from '#src/web/render.ts';

/** Options of the audit-log pages. */
export interface AuditPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

export const auditPages: FastifyPluginAsyncZod<AuditPagesOptions> = async () => {};
