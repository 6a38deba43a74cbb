// SPDX-License-Identifier: EUPL-1.2
/**
 * The aandachtsfunctionaris' dashboard (issue 4): /zorgen/overzicht, for the permission
 * `concerns:oversee` (others get 403 from the route policy). The organisation's open concerns per
 * step and age group, the consultations that wait, the help whose check date has come (today in
 * Dutch time), and the open concerns filtered by step and age group, a page at a time (`pagina`,
 * ADR 0032). concernDashboard() counts in the database, scopes to the organisation and audits the read.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { toHtml } from '#src/web/html.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { pageParam } from '#src/web/page-query.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { staffPage } from '#src/web/staff.tsx';
import { concernDashboard } from './list.service.ts';
import { DashboardPage } from './views/dashboard.tsx';
import { AGE_GROUPS, CONCERN_STATUSES } from './workflow.ts';

/** Options of the dashboard pages. */
export interface DashboardPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

/** The filter: `stap` (an open status) and `leeftijd` (an age group), empty means all; `pagina`. */
const dashboardQuery = z.object({
  stap: z.union([z.literal(''), z.enum(CONCERN_STATUSES).exclude(['closed'])]).default(''),
  leeftijd: z.union([z.literal(''), z.enum(AGE_GROUPS)]).default(''),
  pagina: pageParam,
});

export const dashboardPages: FastifyPluginAsyncZod<DashboardPagesOptions> = async (app, { web }) => {
  app.get(
    '/zorgen/overzicht',
    { config: { policy: 'concerns:oversee' }, schema: { querystring: dashboardQuery } },
    async (request, reply) => {
      const ctx = request.context();
      const { stap, leeftijd, pagina } = request.query;
      const dashboard = await concernDashboard(
        ctx,
        { status: stap || undefined, ageGroup: leeftijd || undefined },
        pagina,
      );
      const today = amsterdamIsoDate(ctx.now);
      const p = staffPage(web, request, reply);
      return sendHtml(
        reply,
        toHtml(
          <DashboardPage
            p={p}
            data={{ ...dashboard, now: ctx.now, today, filter: { status: stap, ageGroup: leeftijd } }}
          />,
        ),
      );
    },
  );
};
