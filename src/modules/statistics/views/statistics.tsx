// SPDX-License-Identifier: EUPL-1.2
/**
 * The statistics pages (issue 15, ADR 0039): a year chosen by a GET form (works without JavaScript),
 * then each table with a bar chart beside it. The chart is server-rendered SVG, one bar per row,
 * hidden from assistive technology because the table next to it holds the same figures; the table
 * has row headers, the total in its foot and a CSV link. A hidden figure is "×" everywhere, with
 * "not shown" for screen readers.
 */
import { Button, Select } from '#src/web/components/index.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import { type FormErrors, fieldError } from '#src/web/staff.tsx';
import type { Mark } from '../suppression.ts';
import { labelOf, type TableId, tableSlug } from '../table-words.ts';
import type { StepTable, Table1d, Table2d, Tables } from '../tables.ts';

/** The number in the page's language (1.234 / 1,234). */
function number(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}

function MarkCell({ t, locale, mark }: { t: Messages; locale: Locale; mark: Mark }): JSX.Element {
  if (mark.kind === 'shown') {
    return (
      <td class="utrecht-table__cell utrecht-table__cell--numeric" safe>
        {number(locale, mark.value)}
      </td>
    );
  }
  return (
    <td class="utrecht-table__cell utrecht-table__cell--numeric">
      <span aria-hidden="true" safe>
        {t.statistics.hidden}
      </span>
      <span class="kring-visually-hidden" safe>
        {t.statistics.hiddenLabel}
      </span>
    </td>
  );
}

/** One bar of a chart: its label, its value (undefined: not shown) and the text beside it. */
interface Bar {
  readonly label: string;
  readonly value: number | undefined;
  readonly text: string;
}

/** The bars of counts: a hidden figure has no value and reads "×". */
function countBars(rows: readonly { label: string; mark: Mark }[], locale: Locale, t: Messages): Bar[] {
  return rows.map((r) =>
    r.mark.kind === 'shown'
      ? { label: r.label, value: r.mark.value, text: number(locale, r.mark.value) }
      : { label: r.label, value: undefined, text: t.statistics.hidden },
  );
}

/** One bar per row; the longest shown value fills the width. */
function Chart({ bars }: { bars: readonly Bar[] }): JSX.Element {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <div class="kring-chart" aria-hidden="true" data-testid="chart">
      {bars.map((b) => (
        <div class="kring-chart__row">
          <span class="kring-chart__label" safe>
            {b.label}
          </span>
          <svg
            class="kring-chart__bar"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            focusable="false"
            aria-hidden="true"
          >
            {b.value !== undefined ? (
              <>
                <rect class="kring-chart__track" x="0" y="0" width="100" height="10" />
                <rect class="kring-chart__fill" x="0" y="0" width={String((b.value / max) * 100)} height="10" />
              </>
            ) : (
              // A figure not shown has no bar, only a dashed outline: an empty bar would read as 0.
              <rect
                class="kring-chart__track kring-chart__track--hidden"
                x="0.5"
                y="0.5"
                width="99"
                height="9"
                vector-effect="non-scaling-stroke"
                data-testid="chart-hidden"
              />
            )}
          </svg>
          <span class="kring-chart__value" safe>
            {b.text}
          </span>
        </div>
      ))}
    </div>
  );
}

/** Where the CSV of a table is. */
function CsvLink({ t, href }: { t: Messages; href: string }): JSX.Element {
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={href} download="" safe>
        {t.statistics.csv}
      </a>
    </p>
  );
}

interface SectionProps {
  readonly t: Messages;
  readonly locale: Locale;
  readonly id: TableId;
  readonly csvHref: string;
}

function Heading({ t, id }: { t: Messages; id: TableId }): JSX.Element {
  const words = t.statistics.tables[id];
  return (
    <>
      <h3 class="utrecht-heading-3" id={`tabel-${tableSlug(id)}`} safe>
        {words.title}
      </h3>
      <p class="utrecht-paragraph" safe>
        {words.text}
      </p>
    </>
  );
}

/** A table's heading with the sentence that its figures are not shown this year. */
function WithheldSection({ t, id }: { t: Messages; id: TableId }): JSX.Element {
  return (
    <section class="kring-statistic" aria-labelledby={`tabel-${tableSlug(id)}`} data-testid={`table-${id}`}>
      <Heading t={t} id={id} />
      <p class="utrecht-paragraph kring-callout" data-testid="withheld" safe>
        {t.statistics.withheld}
      </p>
    </section>
  );
}

/** A one-way table, with shares when they say something (how concerns ended, how fast). */
function OneWay({ t, locale, id, csvHref, table }: SectionProps & { table: Table1d }): JSX.Element {
  const words = t.statistics.tables[id];
  if (table.withheld) {
    return <WithheldSection t={t} id={id} />;
  }
  const withShare = id === 'byOutcome' || id === 'assessments' || id === 'matches';
  const rows = table.rows.map((r) => ({ label: labelOf(t, locale, id, r.key), mark: r.mark }));
  // A share only of a shown count: of a hidden one it would give the count away.
  const share = (value: number) => `${Math.round((value / table.total) * 100)}%`;
  return (
    <section class="kring-statistic" aria-labelledby={`tabel-${tableSlug(id)}`} data-testid={`table-${id}`}>
      <Heading t={t} id={id} />
      <div class="kring-statistic__body">
        <Chart bars={countBars(rows, locale, t)} />
        <table class="utrecht-table kring-table kring-statistic__table">
          <caption class="utrecht-table__caption kring-visually-hidden" safe>
            {words.title}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>
                {words.key}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" safe>
                {t.statistics.count}
              </th>
              {withShare ? (
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" safe>
                  {t.statistics.share}
                </th>
              ) : (
                ''
              )}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" safe>
                  {r.label}
                </th>
                <MarkCell t={t} locale={locale} mark={r.mark} />
                {!withShare ? (
                  ''
                ) : r.mark.kind === 'shown' ? (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric" safe>
                    {share(r.mark.value)}
                  </td>
                ) : (
                  <MarkCell t={t} locale={locale} mark={r.mark} />
                )}
              </tr>
            ))}
          </tbody>
          <tfoot class="utrecht-table__footer">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row" safe>
                {t.statistics.total}
              </th>
              <MarkCell t={t} locale={locale} mark={{ kind: 'shown', value: table.total }} />
              {withShare ? <td class="utrecht-table__cell utrecht-table__cell--numeric">100%</td> : ''}
            </tr>
          </tfoot>
        </table>
      </div>
      <CsvLink t={t} href={csvHref} />
    </section>
  );
}

/** The category × subject table: the chart shows the categories' totals. */
function TwoWay({ t, locale, id, csvHref, table }: SectionProps & { table: Table2d }): JSX.Element {
  const words = t.statistics.tables[id];
  if (table.withheld) {
    return <WithheldSection t={t} id={id} />;
  }
  const rowLabels = table.rows.map((key) => labelOf(t, locale, id, key));
  const columnLabels = table.columns.map((key) => labelOf(t, locale, 'bySubject', key));
  // The section is no landmark here: the scrolling table inside is the region of this name.
  return (
    <section class="kring-statistic" data-testid={`table-${id}`}>
      <Heading t={t} id={id} />
      <Chart
        bars={countBars(
          rowLabels.map((label, i) => ({ label, mark: table.rowTotals[i]! })),
          locale,
          t,
        )}
      />
      <section class="kring-table-scroll" tabindex="0" aria-labelledby={`tabel-${tableSlug(id)}`}>
        <table class="utrecht-table kring-table kring-statistic__table">
          <caption class="utrecht-table__caption kring-visually-hidden" safe>
            {words.title}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>
                {words.key}
              </th>
              {columnLabels.map((label) => (
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" safe>
                  {label}
                </th>
              ))}
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" safe>
                {t.statistics.total}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rowLabels.map((label, r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" safe>
                  {label}
                </th>
                {table.cells[r]!.map((mark) => (
                  <MarkCell t={t} locale={locale} mark={mark} />
                ))}
                <MarkCell t={t} locale={locale} mark={table.rowTotals[r]!} />
              </tr>
            ))}
          </tbody>
          <tfoot class="utrecht-table__footer">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row" safe>
                {t.statistics.total}
              </th>
              {table.columnTotals.map((mark) => (
                <MarkCell t={t} locale={locale} mark={mark} />
              ))}
              <MarkCell t={t} locale={locale} mark={{ kind: 'shown', value: table.total }} />
            </tr>
          </tfoot>
        </table>
      </section>
      <CsvLink t={t} href={csvHref} />
    </section>
  );
}

/** The median days per step. */
function Steps({ t, locale, id, csvHref, table }: SectionProps & { table: StepTable }): JSX.Element {
  const words = t.statistics.tables.steps;
  if (table.withheld) {
    return <WithheldSection t={t} id={id} />;
  }
  const days = (value: number) =>
    new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  const rows = table.rows.map((r) => ({ label: labelOf(t, locale, id, String(r.step)), value: r.medianDays }));
  return (
    <section class="kring-statistic" aria-labelledby={`tabel-${tableSlug(id)}`} data-testid={`table-${id}`}>
      <Heading t={t} id={id} />
      <div class="kring-statistic__body">
        <Chart bars={rows.map((r) => ({ label: r.label, value: r.value, text: words.days(days(r.value)) }))} />
        <table class="utrecht-table kring-table kring-statistic__table">
          <caption class="utrecht-table__caption kring-visually-hidden" safe>
            {words.title}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>
                {words.key}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" safe>
                {words.value}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" safe>
                  {r.label}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric" safe>
                  {days(r.value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvLink t={t} href={csvHref} />
    </section>
  );
}

/** The year form and the privacy note, above the tables. */
export function YearForm({
  t,
  action,
  years,
  year,
  errors,
}: {
  t: Messages;
  action: string;
  years: readonly number[];
  year: number;
  errors: FormErrors;
}): JSX.Element {
  return (
    <form method="get" action={action} class="kring-form kring-statistic__year" data-testid="year-form">
      <Select
        id="jaar"
        name="jaar"
        label={{ text: t.statistics.year.label }}
        value={String(year)}
        items={years.map((y) => ({ value: String(y), text: String(y) }))}
        errorMessage={fieldError(t, errors, 'jaar')}
      />
      <Button type="submit" appearance="secondary" text={t.statistics.year.show} />
    </form>
  );
}

/** How hidden figures work, in plain words. */
export function PrivacyNote({ t }: { t: Messages }): JSX.Element {
  return (
    <div class="kring-callout" data-testid="privacy-note">
      <h2 class="utrecht-heading-2" safe>
        {t.statistics.privacy.heading}
      </h2>
      <p class="utrecht-paragraph" safe>
        {t.statistics.privacy.text}
      </p>
    </div>
  );
}

/** Every table given, in the order of `ids`. */
export function TableSections({
  t,
  locale,
  tables,
  ids,
  csvHref,
}: {
  t: Messages;
  locale: Locale;
  tables: Partial<Tables>;
  ids: readonly TableId[];
  csvHref: (id: TableId) => string;
}): JSX.Element {
  return (
    <>
      {ids.map((id) => {
        const props = { t, locale, id, csvHref: csvHref(id) };
        if (id === 'byCategoryAndSubject') return <TwoWay {...props} table={tables.byCategoryAndSubject!} />;
        if (id === 'steps') return <Steps {...props} table={tables.steps!} />;
        return <OneWay {...props} table={tables[id]!} />;
      })}
    </>
  );
}
