// SPDX-License-Identifier: EUPL-1.2
/**
 * Mijn Kring, the start page after signing in: who one acts as, what one can do here (from the
 * actor's permissions), and what waits: the agreed checks of the help given in the concerns the
 * person can see, the soonest first, reached and past ones marked. The page composes the other
 * modules' public services; it owns no data.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '#src/core/authz.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { CheckDateList, listConcerns } from '#src/modules/concerns/index.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { staffPage } from '#src/web/staff.tsx';

/** Options of the start page. */
export interface HomePagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

export const homePages: FastifyPluginAsyncZod<HomePagesOptions> = async (app, { web, locale }) => {
  const path = (p: string) => localePath(locale, p);

  app.get('/mijn-kring', { config: { policy: 'signedIn' } }, async (request, reply) => {
    const p = staffPage(web, request, reply);
    const actor = request.actor!;
    const h = p.t.staff.home;
    const ctx = request.context();
    const links = [
      ...(can(actor, 'concerns:work') ? [{ href: path('/zorgen/nieuw'), text: h.openConcernLink }] : []),
      ...(can(actor, 'concerns:work') ? [{ href: path('/zorgen'), text: h.concernsLink }] : []),
      ...(can(actor, 'concerns:oversee') ? [{ href: path('/zorgen/overzicht'), text: h.dashboardLink }] : []),
      ...(can(actor, 'network:edit') ? [{ href: path('/netwerk/partners'), text: p.t.partners.editor.homeLink }] : []),
      ...(can(actor, 'users:manage') ? [{ href: path('/beheer'), text: h.adminLink }] : []),
      ...(can(actor, 'audit:read') ? [{ href: path('/privacy/logboek'), text: h.auditLink }] : []),
      { href: path('/voor-professionals'), text: h.guidanceLink },
      { href: path('/account'), text: h.accountLink },
    ];
    // The checks of the help in the concerns this person can see (an aandachtsfunctionaris: all of
    // the organisation's); reading the list is audited by the concerns module.
    const helping = can(actor, 'concerns:work')
      ? await listConcerns(ctx, { statuses: ['helping'], withCheckDate: true })
      : undefined;
    return sendHtml(
      reply,
      toHtml(
        <Layout ctx={p.ctx} title={h.title} staff={p.staff} nav={p.nav}>
          <h1 class="utrecht-heading-1" safe>
            {h.welcome(actor.displayName)}
          </h1>
          <p class="utrecht-paragraph" data-testid="acting-for" safe>
            {h.actingFor(p.t.staff.roles[actor.role].toLowerCase(), actor.organisationName)}
          </p>
          <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
            {h.urgent}
          </p>
          {helping ? <CheckDateList p={p} rows={helping} today={amsterdamIsoDate(ctx.now)} /> : ''}
          <h2 class="utrecht-heading-2" safe>
            {h.whatYouCanDo}
          </h2>
          <ul class="utrecht-link-list utrecht-link-list--html-ul">
            {links.map((l) => (
              <li class="utrecht-link-list__item">
                <a class="utrecht-link-list__link utrecht-link" href={l.href} safe>
                  {l.text}
                </a>
              </li>
            ))}
          </ul>
        </Layout>,
      ),
    );
  });
};
