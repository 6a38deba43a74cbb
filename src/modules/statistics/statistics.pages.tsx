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
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
  const csvReply = (id: TableId, year: number, body: string) => ({
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${t.statistics.fileName(tableSlug(id), year)}"`,
      'Cache-Control': 'no-store',
    },
    body,
  });

  app.get(
    '/statistieken',
    { config: { policy: 'public' }, schema: { querystring: yearQuery } },
    async (request, reply) => {
      const ctx = request.context();
      const years = yearsOffered(ctx.now);
      const year = yearAsked(request.query.jaar, years);
      const errors: FormErrors = year === undefined ? { jaar: t.statistics.year.invalid } : {};
      const tables = year === undefined ? undefined : await publicStatistics(ctx, year);
      const page = pageContext(web, locale, path('/statistieken'), reply.cspNonce, year ? { jaar: String(year) } : {});
      return sendHtml(
        reply,
        toHtml(
          <PublicStatisticsPage
            ctx={page}
            nav={nav}
            years={years}
            year={year ?? years[0]!}
            tables={tables}
            errors={errors}
            csvHref={csvHref('/statistieken', year ?? years[0]!)}
          />,
        ),
        year === undefined ? 400 : 200,
      );
    },
  );

  app.get(
    '/statistieken/csv',
    { config: { policy: 'public' }, schema: { querystring: csvQuery } },
    async (request, reply) => {
      const ctx = request.context();
      const id = tableOfSlug(request.query.tabel ?? '', PUBLIC_TABLES);
      const year = yearAsked(request.query.jaar, yearsOffered(ctx.now));
      if (!id || year === undefined) throw new NotFoundError('No such table');
      const csv = csvReply(id, year, tableCsv(t, locale, id, await publicStatistics(ctx, year)));
      return reply.headers(csv.headers).send(csv.body);
    },
  );

  const read = { config: { policy: 'statistics:read' } } as const;

  app.get('/netwerk/statistieken', { ...read, schema: { querystring: yearQuery } }, async (request, reply) => {
    const ctx = request.context();
    const years = yearsOffered(ctx.now);
    const year = yearAsked(request.query.jaar, years);
    const errors: FormErrors = year === undefined ? { jaar: t.statistics.year.invalid } : {};
    const tables = year === undefined ? undefined : await municipalityStatistics(ctx, year);
    const p = staffPage(web, request, reply);
    return sendHtml(
      reply,
      toHtml(
        <MunicipalityStatisticsPage
          p={p}
          years={years}
          year={year ?? years[0]!}
          tables={tables}
          errors={errors}
          csvHref={csvHref('/netwerk/statistieken', year ?? years[0]!)}
        />,
      ),
      year === undefined ? 400 : 200,
    );
  });

  app.get('/netwerk/statistieken/csv', { ...read, schema: { querystring: csvQuery } }, async (request, reply) => {
    const ctx = request.context();
    const id = tableOfSlug(request.query.tabel ?? '', MUNICIPALITY_TABLES);
    const year = yearAsked(request.query.jaar, yearsOffered(ctx.now));
    if (!id || year === undefined) throw new NotFoundError('No such table');
    const csv = csvReply(id, year, tableCsv(t, locale, id, await municipalityStatistics(ctx, year)));
    return reply.headers(csv.headers).send(csv.body);
  });
};
