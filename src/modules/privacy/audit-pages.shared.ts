// SPDX-License-Identifier: EUPL-1.2
/**
 * What the privacy officer's pages share: their options, the app they register on, the time as the
 * log shows it, and the links to an overview. Internal to the privacy module.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import type { WebContext } from '#src/web/render.ts';

/** Options of the audit-log pages. */
export interface AuditPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  /** The audit anchor file (KRING_AUDIT_ANCHOR) the check compares the end of the log with. */
  readonly anchorFile: string;
}

/** The app the audit-log pages register their routes on (auditPages' own instance). */
export type AuditPagesApp = Parameters<FastifyPluginAsyncZod<AuditPagesOptions>>[0];

/** Time in UTC, ISO 8601 to the second. */
export function utcTime(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

/** The links to the overview of a user (what they looked at) and of a person a concern is about (who looked at them). */
export function overviewHrefs(locale: Locale): {
  readonly personHref: (userId: string) => string;
  readonly subjectHref: (personId: string) => string;
} {
  const path = (p: string) => localePath(locale, p);
  return {
    personHref: (userId) => `${path('/privacy/logboek/persoon')}?gebruiker=${encodeURIComponent(userId)}`,
    subjectHref: (personId) => `${path('/privacy/logboek/persoon')}?betrokkene=${encodeURIComponent(personId)}`,
  };
}
