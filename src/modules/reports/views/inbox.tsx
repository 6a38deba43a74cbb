// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake's inbox (issue 5): the reports of the actor's Veilig Thuis, acute first, then by due
 * date, overdue marked in words; views for open, mine, unassigned and closed, a page at a time.
 */
import type { Page } from '#src/core/paging.ts';
import { Pagination, Table } from '#src/web/components/index.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { pageHref } from '#src/web/page-query.ts';
import type { StaffPageContext } from '#src/web/staff.tsx';
import type { InboxItem } from '../intake.service.ts';
import type { InboxView } from '../report.repository.ts';
import { reportPath, Tags } from './report-parts.tsx';

/** The inbox views and their URL values. */
export const INBOX_VIEWS: Readonly<Record<InboxView, string>> = {
  open: 'open',
  mine: 'mijn',
  unassigned: 'niet-toegewezen',
  closed: 'afgesloten',
};

/** The inbox. */
export function InboxPage({
  p,
  rows,
  page,
  view,
  veiligThuisName,
}: {
  p: StaffPageContext;
  /** One page of the view. */
  rows: readonly InboxItem[];
  page: Page;
  view: InboxView;
  veiligThuisName: string;
}): JSX.Element {
  const r = p.t.reports;
  const i = r.inbox;
  const path = localePath(p.locale, '/veilig-thuis');
  const viewParams = (v: InboxView) => ({ weergave: v === 'open' ? '' : INBOX_VIEWS[v] });
  return (
    <Layout ctx={p.ctx} title={i.title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {i.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {i.intro(veiligThuisName)}
      </p>
      <nav aria-label={i.viewsLabel}>
        <ul class="kring-views">
          {(Object.keys(INBOX_VIEWS) as InboxView[]).map((v) => (
            <li>
              <a
                class="utrecht-link"
                href={pageHref(path, viewParams(v), 1)}
                aria-current={v === view ? 'page' : undefined}
                safe
              >
                {i.views[v]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {i.empty}
        </p>
      ) : (
        <Table
          caption={i.views[view]}
          captionHidden
          testId="inbox"
          headers={[
            i.columns.number,
            i.columns.kind,
            i.columns.source,
            i.columns.received,
            i.columns.due,
            i.columns.status,
            i.columns.assigned,
          ]}
          rows={rows.map((row) => [
            {
              html: (
                <a class="utrecht-link" href={reportPath(p.locale, row.id)} aria-label={i.open(row.number)} safe>
                  {String(row.number)}
                </a>
              ),
            },
            r.kinds[row.kind],
            r.sources[row.source],
            formatDateTime(p.locale, row.receivedAt),
            {
              html: (
                <>
                  <span safe>{formatDate(p.locale, row.dueOn)}</span> <Tags t={p.t} row={row} />
                </>
              ),
            },
            r.statuses[row.status],
            row.assignedToName ?? i.nobody,
          ])}
        />
      )}
      <Pagination
        page={page.number}
        count={page.count}
        href={(n) => pageHref(path, viewParams(view), n)}
        texts={p.t.components.pagination}
        testId="pagination"
      />
    </Layout>
  );
}
