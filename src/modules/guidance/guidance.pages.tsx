// SPDX-License-Identifier: EUPL-1.2
/**
 * The public guidance site: home ("Kijk niet weg"), signs, what can I do, for professionals (the
 * meldcode in five steps), contact and browse safely. Registered once per language (Dutch at the
 * root, English under /en). The content is the same for everyone, so each page is rendered once per
 * language and served with a fresh CSP nonce (StaticPageCache). Every page carries the quick exit.
 */
import type { FastifyPluginAsync } from 'fastify';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import type { NavItem } from '#src/web/layout/layout.tsx';
import { NONCE_PLACEHOLDER, pageContext, StaticPageCache, type WebContext } from '#src/web/render.ts';
import { GUIDANCE_PAGES } from './guidance.ts';

/** Options: the language this registration serves and the web context. */
export interface GuidancePagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

/** The public navigation, in the language of the page. */
export function guidanceNav(locale: Locale): NavItem[] {
  const t = messages(locale);
  const nav = t.guidance.nav;
  const pages = GUIDANCE_PAGES.filter((p) => p.inNav).map((p) => ({ path: p.path, text: nav[p.id] }));
  // The resident's route (reports module) comes right after the home page; the network's partner
  // directory (partners module), its news (news module) and its meetings (meetings module) before
  // contact.
  return [
    ...pages.slice(0, 1),
    { path: '/zorgen-over-iemand', text: t.reports.resident.navTitle },
    ...pages.slice(1, -1),
    { path: '/partners', text: t.partners.navTitle },
    { path: '/nieuws', text: t.news.nav },
    { path: '/bijeenkomsten', text: t.meetings.nav },
    ...pages.slice(-1),
  ];
}

export const guidancePages: FastifyPluginAsync<GuidancePagesOptions> = async (app, { locale, web }) => {
  const cache = new StaticPageCache();
  const nav = guidanceNav(locale);
  for (const page of GUIDANCE_PAGES) {
    const fullPath = localePath(locale, page.path);
    const key = `${locale}:${page.id}`;
    app.get(page.path, { config: { policy: 'public' } }, async (_request, reply) =>
      cache.send(reply, key, () => toHtml(page.render(pageContext(web, locale, fullPath, NONCE_PLACEHOLDER), nav))),
    );
  }
};
