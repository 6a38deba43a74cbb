// SPDX-License-Identifier: EUPL-1.2
/**
 * What every signed-in page shares: the page context with the staff header (who acts, sign-out
 * form), the staff navigation built from the actor's permissions, the hidden form-token field and
 * the error summary from a map of field errors.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can } from '#src/core/authz.ts';
import { CSRF_FIELD } from '#src/plugins/auth.ts';
import { ErrorSummary } from './components/error-summary/error-summary.tsx';
import { type Locale, localeFromPath } from './i18n/locale.ts';
import type { Messages } from './i18n/messages.ts';
import type { NavItem, PageContext, StaffHeader } from './layout/layout.tsx';
import { pageContext, type WebContext } from './render.ts';

/** A page's context, its staff header (when signed in) and navigation. */
export interface StaffPageContext {
  readonly ctx: PageContext;
  readonly locale: Locale;
  readonly t: Messages;
  readonly csrf: string;
  readonly staff: StaffHeader | undefined;
  readonly nav: readonly NavItem[];
}

/**
 * Builds the context of a page for this request.
 * @param web the web context
 * @param request the request (its actor decides the header and navigation)
 * @param reply the reply (nonce; a form cookie may be set)
 */
export function staffPage(web: WebContext, request: FastifyRequest, reply: FastifyReply): StaffPageContext {
  const locale = localeFromPath(request.url);
  const ctx = pageContext(web, locale, request.url, reply.cspNonce);
  const { t } = ctx;
  const csrf = request.csrfToken(reply);
  const actor = request.actor;
  const staff: StaffHeader | undefined = actor
    ? {
        signedInAs: t.staff.nav.signedInAs(actor.displayName, t.staff.roles[actor.role], actor.organisationName),
        csrfToken: csrf,
        switchOrganisation: actor.membershipCount > 1,
      }
    : undefined;
  const nav: NavItem[] = actor
    ? [
        { path: '/mijn-kring', text: t.staff.nav.home },
        ...(can(actor, 'concerns:work') ? [{ path: '/zorgen', text: t.concerns.nav }] : []),
        ...(can(actor, 'concerns:oversee') ? [{ path: '/zorgen/overzicht', text: t.concerns.navOverview }] : []),
        // Everyone who works with concerns sees it; those without a basis learn there why they cannot register.
        ...(can(actor, 'concerns:work') ? [{ path: '/kring', text: t.circle.nav }] : []),
        ...(can(actor, 'circle:oversee') ? [{ path: '/kring/overzicht', text: t.circleTeam.oversee.title }] : []),
        ...(can(actor, 'reports:intake') ? [{ path: '/veilig-thuis', text: t.reports.nav }] : []),
        ...(can(actor, 'network:edit') ? [{ path: '/netwerk/partners', text: t.partners.editor.nav }] : []),
        ...(can(actor, 'users:manage') ? [{ path: '/beheer', text: t.staff.nav.admin }] : []),
        ...(can(actor, 'audit:read') ? [{ path: '/privacy/logboek', text: t.staff.nav.audit }] : []),
        ...(can(actor, 'network:edit') ? [{ path: '/netwerk/nieuws', text: t.news.editor.nav }] : []),
        ...(can(actor, 'statistics:read')
          ? [{ path: '/netwerk/statistieken', text: t.statistics.municipality.nav }]
          : []),
        { path: '/account', text: t.staff.nav.account },
      ]
    : [];
  return { ctx, locale, t, csrf, staff, nav };
}

/** The hidden form-token field every form carries. */
export function CsrfField({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** A signed-in page's form: POST, no browser validation (the server's errors are shown), the form token. */
export function Form({
  p,
  action,
  children,
  multipart,
}: {
  p: { readonly csrf: string };
  action: string;
  children: JSX.Element[] | JSX.Element;
  multipart?: boolean;
}): JSX.Element {
  return (
    <form
      method="post"
      action={action}
      novalidate
      class="kring-form"
      enctype={multipart ? 'multipart/form-data' : undefined}
    >
      <CsrfField token={p.csrf} />
      {children as 'safe'}
    </form>
  );
}

/** Field id → translated message, in the order the fields appear. */
export type FormErrors = Readonly<Record<string, string>>;

/** The GOV.UK error summary for a form's errors. */
export function FormErrorSummary({ t, errors }: { t: Messages; errors: FormErrors }): JSX.Element {
  return ErrorSummary({
    titleText: t.components.errorSummaryTitle,
    errorList: Object.entries(errors).map(([id, text]) => ({ text, href: `#${id}` })),
  });
}

/** The error of one field as the components take it. */
export function fieldError(
  t: Messages,
  errors: FormErrors,
  id: string,
): { text: string; visuallyHiddenText: string } | undefined {
  const text = errors[id];
  return text ? { text, visuallyHiddenText: t.common.errorPrefix.replace(/:\s*$/, ':') } : undefined;
}

/** Whether a form has errors. */
export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** A notice at the top of a page (after a redirect), from a known key only: never free text from the URL. */
export function Notice({ text }: { text: string | undefined }): JSX.Element {
  if (!text) return '';
  return (
    <div class="kring-notice" role="status">
      <p class="utrecht-paragraph" safe>
        {text}
      </p>
    </div>
  );
}
