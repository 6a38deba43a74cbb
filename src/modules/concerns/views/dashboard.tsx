// SPDX-License-Identifier: EUPL-1.2
/**
 * The aandachtsfunctionaris' dashboard (issue 4): the organisation's open concerns counted per step
 * and per age group, the consultations that wait, the help whose check date has come, and a filter
 * (a GET form, so it works without JavaScript and the filtered view can be bookmarked).
 */
import { Button, Pagination, Select, Table } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { pageHref } from '#src/web/page-query.ts';
import type { StaffPageContext } from '#src/web/staff.tsx';
import type { ConcernListRow } from '../list.repository.ts';
import type { Dashboard, OpenStatus } from '../list.service.ts';
import { AGE_GROUPS, type AgeGroup, OPEN_STATUSES } from '../workflow.ts';
import { CheckDateList, ConcernTable } from './concern-lists.tsx';
import { concernPath } from './parts.tsx';

export type { OpenStatus };

/** What the dashboard shows: the service's counts and lists, and the request's moment and filter. */
export interface DashboardData extends Dashboard {
  /** The moment of the request (overdue requests are marked). */
  readonly now: Date;
  /** Today in Amsterdam (`YYYY-MM-DD`): reached and past check dates are marked. */
  readonly today: string;
  /** The filter as chosen (empty: all). */
  readonly filter: { readonly status: OpenStatus | ''; readonly ageGroup: AgeGroup | '' };
}

function PersonLink({ p, row }: { p: StaffPageContext; row: ConcernListRow }): JSX.Element {
  return (
    <a class="utrecht-link" href={concernPath(p.locale, row.id)} safe>
      {row.personName}
    </a>
  );
}

/** The dashboard page. */
export function DashboardPage({ p, data }: { p: StaffPageContext; data: DashboardData }): JSX.Element {
  const c = p.t.concerns;
  const d = c.dashboard;
  const { byStatus, byAge } = data;
  const { rows: filtered, page } = data.filtered;
  const path = localePath(p.locale, '/zorgen/overzicht');
  const filterParams = { stap: data.filter.status, leeftijd: data.filter.ageGroup };
  return (
    <Layout ctx={p.ctx} title={d.title} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={localePath(p.locale, '/zorgen')} safe>
          {c.backToList}
        </a>
      </p>
      <h1 class="utrecht-heading-1" safe>
        {d.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {d.intro}
      </p>
      <div class="kring-dashboard__counts">
        <div class="kring-dashboard__count">
          <h2 class="utrecht-heading-2" safe>
            {d.byStep}
          </h2>
          <Table
            caption={d.byStep}
            captionHidden
            testId="count-by-step"
            headers={[d.status, d.count]}
            rows={byStatus.map(({ key, n }) => [c.statuses[key], { text: String(n), numeric: true }])}
          />
        </div>
        <div class="kring-dashboard__count">
          <h2 class="utrecht-heading-2" safe>
            {d.byAge}
          </h2>
          <Table
            caption={d.byAge}
            captionHidden
            testId="count-by-age"
            headers={[d.ageGroup, d.count]}
            rows={byAge.map(({ key, n }) => [c.ageGroupsShort[key], { text: String(n), numeric: true }])}
          />
        </div>
      </div>
      <h2 class="utrecht-heading-2" safe>
        {d.waiting}
      </h2>
      {data.waiting.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {d.waitingNone}
        </p>
      ) : (
        <Table
          caption={d.waiting}
          captionHidden
          testId="waiting"
          headers={[c.list.person, c.list.status, d.waitingCount, d.due, c.list.author]}
          rows={data.waiting.map((r) => [
            { html: <PersonLink p={p} row={r} /> },
            c.statuses[r.status],
            { text: String(r.waitingConsultations), numeric: true },
            r.waitingDueAt
              ? `${formatDate(p.locale, r.waitingDueAt)}${r.waitingDueAt.getTime() <= data.now.getTime() ? ` ${d.late}` : ''}`
              : '',
            r.authorName,
          ])}
        />
      )}
      <CheckDateList p={p} rows={data.checks} today={data.today} />
      <h2 class="utrecht-heading-2" safe>
        {d.filters}
      </h2>
      <form method="get" action={path} novalidate class="kring-form">
        <Select
          id="stap"
          name="stap"
          label={{ text: d.status }}
          placeholderText={d.allStatuses}
          items={OPEN_STATUSES.map((s) => ({ value: s, text: c.statuses[s] }))}
          value={data.filter.status}
        />
        <Select
          id="leeftijd"
          name="leeftijd"
          label={{ text: d.ageGroup }}
          placeholderText={d.allAges}
          items={AGE_GROUPS.map((g) => ({ value: g, text: c.ageGroupsShort[g] }))}
          value={data.filter.ageGroup}
        />
        <Button text={d.apply} appearance="secondary" />
      </form>
      <h2 class="utrecht-heading-2" id="resultaten" safe>
        {d.results(page.total)}
      </h2>
      {filtered.length === 0 ? (
        ''
      ) : (
        <div data-testid="filtered">
          <ConcernTable p={p} rows={filtered} caption={d.results(page.total)} today={data.today} />
        </div>
      )}
      <Pagination
        page={page.number}
        count={page.count}
        href={(n) => pageHref(path, filterParams, n, '#resultaten')}
        texts={p.t.components.pagination}
        testId="pagination"
      />
    </Layout>
  );
}
