// SPDX-License-Identifier: EUPL-1.2
/**
 * The statistics' use cases (issue 15, ADR 0039): the facts of a year read through each module's
 * public entry, turned into protected tables (tables.ts) before they reach a page. The public set
 * needs no sign-in; the municipality's full set needs `statistics:read` (its editor, circle
 * coordinator and administrators), checked here whatever the route said. Reading statistics reads
 * no personal data (every figure is a protected count or a median over 10 or more), so it writes no
 * audit row.
 */

import { SIGN_CATEGORY_IDS } from '#src/content/meldcode-content.ts';
import { can, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ORGANISATION_TYPES } from '#src/core/roles.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { matchFacts } from '#src/modules/circle/index.ts';
import { AGE_GROUPS, concernFacts } from '#src/modules/concerns/index.ts';
import { organisationTypes, organisationTypesInUse } from '#src/modules/identity/index.ts';
import { assessmentFacts } from '#src/modules/reports/index.ts';
import { buildTables, type Tables } from './tables.ts';

/** The first year the statistics offer (the first yearly network meeting with Kring's figures). */
export const FIRST_YEAR = 2017;

/** The public's smaller set. */
export type PublicTables = Pick<Tables, 'byMonth' | 'bySubject' | 'byOutcome' | 'assessments' | 'matches'>;

/** The years one may choose, newest first. */
export function yearsOffered(now: Date): number[] {
  const current = Number(amsterdamIsoDate(now).slice(0, 4));
  return Array.from({ length: current - FIRST_YEAR + 1 }, (_, i) => current - i);
}

/** The first instant of a year in Amsterdam (1 January is always in winter time, UTC+1). */
function startOfYear(year: number): Date {
  return new Date(Date.UTC(year - 1, 11, 31, 23));
}

/**
 * How long a year's tables are reused: figures of a whole year a few minutes old are as true as new
 * ones, and computing them reads every concern of the year (measured: 177 requests/s with a p99 of
 * 3.3 s on PGlite without reuse, ADR 0039).
 */
export const TABLES_FRESH_MS = 5 * 60 * 1000;

/** The tables being or been computed, per database (one app, one database) and year. */
const computed = new WeakMap<object, Map<number, { readonly at: number; readonly tables: Promise<Tables> }>>();

/** A year's tables: reused while fresh, computed once however many ask at the same moment. */
function tablesOf(ctx: Pick<RequestContext, 'db' | 'now'>, year: number): Promise<Tables> {
  const years = computed.get(ctx.db) ?? new Map<number, { readonly at: number; readonly tables: Promise<Tables> }>();
  computed.set(ctx.db, years);
  const now = ctx.now.getTime();
  const hit = years.get(year);
  if (hit && now - hit.at >= 0 && now - hit.at < TABLES_FRESH_MS) return hit.tables;
  const tables = computeTables(ctx, year);
  years.set(year, { at: now, tables });
  // A failed computation is not kept: the next request tries again.
  tables.catch(() => years.delete(year));
  return tables;
}

async function computeTables(ctx: Pick<RequestContext, 'db' | 'now'>, year: number): Promise<Tables> {
  const from = startOfYear(year);
  const to = startOfYear(year + 1);
  const [concerns, assessments, matches] = await Promise.all([
    concernFacts(ctx.db, from, to),
    assessmentFacts(ctx.db, from, to),
    matchFacts(ctx.db, from, to),
  ]);
  const types = await organisationTypes(
    ctx.db,
    concerns.map((c) => c.organisationId),
  );
  // Only kinds Kring has organisations of: a kind without any has no concerns by nature, and a row of
  // such zeros would only force more figures to be hidden.
  const inUse = await organisationTypesInUse(ctx.db);
  const today = amsterdamIsoDate(ctx.now);
  const lastMonth = Number(today.slice(0, 4)) === year ? Number(today.slice(5, 7)) : 12;
  return buildTables(
    {
      concerns: concerns.map((c) => ({
        ...c,
        organisationType: types.get(c.organisationId) ?? 'other',
        month: Number(amsterdamIsoDate(c.openedAt).slice(5, 7)),
      })),
      assessments,
      matches,
    },
    {
      months: Array.from({ length: lastMonth }, (_, i) => i + 1),
      categories: SIGN_CATEGORY_IDS,
      subjects: AGE_GROUPS,
      organisationTypes: ORGANISATION_TYPES.filter((type) => inUse.has(type)),
    },
  );
}

/**
 * The public's statistics of a year: no sign-in needed.
 * @param ctx the database and the time
 * @param year a year from yearsOffered()
 */
export async function publicStatistics(ctx: Pick<RequestContext, 'db' | 'now'>, year: number): Promise<PublicTables> {
  const { byMonth, bySubject, byOutcome, assessments, matches } = await tablesOf(ctx, year);
  return { byMonth, bySubject, byOutcome, assessments, matches };
}

/**
 * The municipality's full statistics of a year.
 * @param ctx the request's context
 * @param year a year from yearsOffered()
 * @throws {ForbiddenError} without `statistics:read`
 */
export async function municipalityStatistics(ctx: RequestContext, year: number): Promise<Tables> {
  if (!can(ctx.actor, 'statistics:read')) throw new ForbiddenError('Only the municipality reads the full statistics');
  return tablesOf(ctx, year);
}
