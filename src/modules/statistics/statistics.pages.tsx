// SPDX-License-Identifier: EUPL-1.2
/**
 * The statistics' pages (issue 15, ADR 0039), in both languages:
 *
 * - `/statistieken` (public): the smaller set of a year, chosen with `?jaar=`; each table as CSV at
 *   `/statistieken/csv?tabel=…&jaar=…`.
 * - `/netwerk/statistieken` (`statistics:read`: the municipality's editor, circle coordinator and
 *   administrators): every table; CSV likewise at `/netwerk/statistieken/csv`.
 *
 * A year that is not offered comes back next to the field and in the error summary (400); a CSV of a
 * table or year not offered does not exist (404). Every figure has been protected (tables.ts) before
 * it reaches these pages.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '#src/core/context.ts';
import { NotFoundError } from '#src/core/errors.ts';
import { guidanceNav } from '#src/modules/guidance/index.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { pageContext, sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, staffPage } from '#src/web/staff.tsx';
import { municipalityStatistics, publicStatistics, yearsOffered } from './statistics.service.ts';
import { tableCsv } from './statistics-csv.ts';
import { MUNICIPALITY_TABLES, PUBLIC_TABLES, type TableId, tableOfSlug, tableSlug } from './table-words.ts';
import type { Tables } from './tables.ts';
import { MunicipalityStatisticsPage, PublicStatisticsPage } from './views/pages.tsx';

/** Options of the pages. */
export interface StatisticsPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

const yearQuery = z.object({ jaar: z.string().max(20).optional() });
/** A CSV's table and year in the query (the table is no object with an id, so no path parameter). */
const csvQuery = z.object({ tabel: z.string().max(100).optional(), jaar: z.string().max(20).optional() });

/** The year asked for: the current one when none is; undefined when the one asked is not offered. */
function yearAsked(asked: string | undefined, years: readonly number[]): number | undefined {
  if (asked === undefined || asked === '') return years[0]!;
  return years.find((y) => String(y) === asked.trim());
}

export const statisticsPages: FastifyPluginAsyncZod<StatisticsPagesOptions> = async (app, { locale, web }) => {
  const t = messages(locale);
  const nav = guidanceNav(locale);
  const path = (p: string) => localePath(locale, p);
  const csvHref = (base: string, year: number) => (id: TableId) =>
    path(`${base}/csv?tabel=${tableSlug(id)}&jaar=${year}`);
  /** The CSV of one of the offered tables of a year, or 404. */
  async function sendCsv(
    ctx: RequestContext,
    query: z.output<typeof csvQuery>,
    reply: FastifyReply,
    offered: readonly TableId[],
    load: (ctx: RequestContext, year: number) => Promise<Partial<Tables>>,
  ) {
    const id = tableOfSlug(query.tabel ?? '', offered);
    const year = yearAsked(query.jaar, yearsOffered(ctx.now));
    if (!id || year === undefined) throw new NotFoundError('No such table');
    return reply
      .headers({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${t.statistics.fileName(tableSlug(id), year)}"`,
        'Cache-Control': 'no-store',
      })
      .send(tableCsv(t, locale, id, await load(ctx, year)));
  }

  /** The year asked for, the years offered, and the error next to the field when it is not one of them. */
  function yearOf(now: Date, asked: string | undefined) {
    const years = yearsOffered(now);
    const year = yearAsked(asked, years);
    const errors: FormErrors = year === undefined ? { jaar: t.statistics.year.invalid } : {};
    return { years, year, shown: year ?? years[0]!, errors, status: year === undefined ? 400 : 200 };
  }

  app.get(
    '/statistieken',
    { config: { policy: 'public' }, schema: { querystring: yearQuery } },
    async (request, reply) => {
      const { years, year, shown, errors, status } = yearOf(request.context().now, request.query.jaar);
      const tables = year === undefined ? undefined : await publicStatistics(request.context(), year);
      const page = pageContext(web, locale, path('/statistieken'), reply.cspNonce, year ? { jaar: String(year) } : {});
      return sendHtml(
        reply,
        toHtml(
          <PublicStatisticsPage
            ctx={page}
            nav={nav}
            years={years}
            year={shown}
            tables={tables}
            errors={errors}
            csvHref={csvHref('/statistieken', shown)}
          />,
        ),
        status,
      );
    },
  );

  app.get('/statistieken/csv', { config: { policy: 'public' }, schema: { querystring: csvQuery } }, (request, reply) =>
    sendCsv(request.context(), request.query, reply, PUBLIC_TABLES, publicStatistics),
  );

  const read = { config: { policy: 'statistics:read' } } as const;

  app.get('/netwerk/statistieken', { ...read, schema: { querystring: yearQuery } }, async (request, reply) => {
    const { years, year, shown, errors, status } = yearOf(request.context().now, request.query.jaar);
    const tables = year === undefined ? undefined : await municipalityStatistics(request.context(), year);
    return sendHtml(
      reply,
      toHtml(
        <MunicipalityStatisticsPage
          p={staffPage(web, request, reply)}
          years={years}
          year={shown}
          tables={tables}
          errors={errors}
          csvHref={csvHref('/netwerk/statistieken', shown)}
        />,
      ),
      status,
    );
  });

  app.get('/netwerk/statistieken/csv', { ...read, schema: { querystring: csvQuery } }, (request, reply) =>
    sendCsv(request.context(), request.query, reply, MUNICIPALITY_TABLES, municipalityStatistics),
  );
};
