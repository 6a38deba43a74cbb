// SPDX-License-Identifier: EUPL-1.2
/**
 * Development only: /componenten shows every form component's examples, so they can be seen and
 * checked with axe in the browser tests. Never registered when NODE_ENV=production.
 */
import type { FastifyPluginAsync } from 'fastify';
import { COMPONENT_EXAMPLES } from '#src/web/components/index.ts';
import { toHtml } from '#src/web/html.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { pageContext, sendHtml, type WebContext } from '#src/web/render.ts';

export const componentExamplesPages: FastifyPluginAsync<{ locale: Locale; web: WebContext }> = async (
  app,
  { locale, web },
) => {
  app.get('/componenten', { config: { policy: 'development' } }, async (request, reply) => {
    const ctx = pageContext(web, locale, request.url, reply.cspNonce);
    const html = (
      <Layout ctx={ctx} title={ctx.t.components.examplesTitle}>
        <h1 class="utrecht-heading-1" safe>
          {ctx.t.components.examplesTitle}
        </h1>
        {COMPONENT_EXAMPLES.map((c) => (
          <section class="kring-example" aria-labelledby={`component-${c.component}`}>
            <h2 class="utrecht-heading-2" id={`component-${c.component}`} safe>
              {c.component}
            </h2>
            {c.examples.map((e) => (
              <div class="kring-example__item" data-component={c.component} data-example={e.name}>
                <h3 class="utrecht-heading-3" safe>
                  {e.name}
                </h3>
                <form class="kring-example__form" action="#" method="get" novalidate>
                  {e.html() as 'safe'}
                </form>
              </div>
            ))}
          </section>
        ))}
      </Layout>
    );
    return sendHtml(reply, toHtml(html));
  });
};
