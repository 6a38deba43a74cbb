// SPDX-License-Identifier: EUPL-1.2
/** The public statistics page and the municipality's (issue 15, ADR 0039). */
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { FormErrorSummary, type FormErrors, hasErrors, type StaffPageContext } from '#src/web/staff.tsx';
import { MUNICIPALITY_TABLES, PUBLIC_TABLES, type TableId } from '../table-words.ts';
import type { Tables } from '../tables.ts';
import { PrivacyNote, TableSections, YearForm } from './statistics.tsx';

interface Common {
  readonly years: readonly number[];
  readonly year: number;
  /** The tables, or undefined when the year asked for was not offered. */
  readonly tables: Partial<Tables> | undefined;
  readonly errors: FormErrors;
  readonly csvHref: (id: TableId) => string;
}

/** The public's figures. */
export function PublicStatisticsPage({
  ctx,
  nav,
  years,
  year,
  tables,
  errors,
  csvHref,
}: Common & { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, locale } = ctx;
  const s = t.statistics;
  return (
    <Layout
      ctx={ctx}
      title={s.public.title}
      description={s.public.description}
      hasErrors={hasErrors(errors)}
      publicPage
      nav={nav}
    >
      <FormErrorSummary t={t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {s.public.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {s.public.lead}
      </p>
      <PrivacyNote t={t} />
      <YearForm t={t} action={localePath(locale, '/statistieken')} years={years} year={year} errors={errors} />
      {tables ? (
        <>
          <h2 class="utrecht-heading-2" safe>
            {s.year.heading(year)}
          </h2>
          <TableSections t={t} locale={locale} tables={tables} ids={PUBLIC_TABLES} csvHref={csvHref} />
        </>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, '/netwerk/statistieken')} safe>
          {s.public.fullSet}
        </a>
      </p>
    </Layout>
  );
}

/** The municipality's figures (signed in). */
export function MunicipalityStatisticsPage({
  p,
  years,
  year,
  tables,
  errors,
  csvHref,
}: Common & { p: StaffPageContext }): JSX.Element {
  const { t, locale } = p;
  const s = t.statistics;
  return (
    <Layout ctx={p.ctx} title={s.municipality.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <FormErrorSummary t={t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {s.municipality.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {s.municipality.lead}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, '/statistieken')} safe>
          {s.municipality.publicPage}
        </a>
      </p>
      <PrivacyNote t={t} />
      <YearForm t={t} action={localePath(locale, '/netwerk/statistieken')} years={years} year={year} errors={errors} />
      {tables ? (
        <>
          <h2 class="utrecht-heading-2" safe>
            {s.year.heading(year)}
          </h2>
          <TableSections t={t} locale={locale} tables={tables} ids={MUNICIPALITY_TABLES} csvHref={csvHref} />
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}
