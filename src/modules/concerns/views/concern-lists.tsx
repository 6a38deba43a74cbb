// SPDX-License-Identifier: EUPL-1.2
/** The lists of concerns: my concerns, a table of concerns, the concerns whose check date has come. */
import type { Page } from '#src/core/paging.ts';
import { Button, Pagination, Table } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { pageHref } from '#src/web/page-query.ts';
import type { StaffPageContext } from '#src/web/staff.tsx';
import { checkDateState, withCheckDates } from '../check-date.ts';
import type { ConcernListRow } from '../list.repository.ts';
import { concernPath } from './parts.tsx';

/** My concerns (all of the organisation's for an aandachtsfunctionaris), a page at a time. */
export function ConcernListPage({
  p,
  rows,
  page,
  lead,
  today,
  volunteer = false,
}: {
  p: StaffPageContext;
  /** One page of the list. */
  rows: readonly ConcernListRow[];
  page: Page;
  lead: boolean;
  /** A volunteer reads plain words for where each concern is. */
  volunteer?: boolean;
  /** Today in Amsterdam (`YYYY-MM-DD`). */
  today: string;
}): JSX.Element {
  const c = p.t.concerns;
  const title = lead ? c.list.titleLead : c.list.title;
  return (
    <Layout ctx={p.ctx} title={title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {lead ? c.list.introLead : c.list.intro}
      </p>
      <Button text={c.list.open} href={localePath(p.locale, '/zorgen/nieuw')} />
      {lead ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={localePath(p.locale, '/zorgen/overzicht')} safe>
            {c.list.dashboard}
          </a>
        </p>
      ) : (
        ''
      )}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {c.list.none}
        </p>
      ) : (
        <ConcernTable p={p} rows={rows} caption={title} today={today} plain={volunteer} />
      )}
      <Pagination
        page={page.number}
        count={page.count}
        href={(n) => pageHref(localePath(p.locale, '/zorgen'), {}, n)}
        texts={p.t.components.pagination}
        testId="pagination"
      />
    </Layout>
  );
}

/** A table of concerns with a link to each. */
export function ConcernTable({
  p,
  rows,
  caption,
  today,
  plain = false,
}: {
  p: StaffPageContext;
  rows: readonly ConcernListRow[];
  caption: string;
  /** Today in Amsterdam (`YYYY-MM-DD`): check dates say whether they are reached. */
  today: string;
  /** Plain words for where a concern is (a volunteer's list), instead of the meldcode's steps. */
  plain?: boolean;
}): JSX.Element {
  const c = p.t.concerns;
  return (
    <Table
      caption={caption}
      captionHidden
      headers={[c.list.person, c.list.status, c.list.checkDate, c.list.author, c.list.updated]}
      rows={rows.map((r) => [
        {
          html: (
            <a class="utrecht-link" href={concernPath(p.locale, r.id)} safe>
              {r.personName}
            </a>
          ) as string,
        },
        plain ? c.volunteer.statusShort[r.status] : c.statuses[r.status],
        r.status === 'helping' && r.checkDate ? checkDateText(p, r.checkDate, today) : '',
        r.authorName,
        formatDate(p.locale, r.updatedAt),
      ])}
    />
  );
}

/** A check date in words: the date, and whether it is today or past (never colour alone). */
export function checkDateText(p: StaffPageContext, checkDate: string, today: string): string {
  return p.t.concerns.checkDates.state[checkDateState(checkDate, today)](formatDate(p.locale, checkDate));
}

/**
 * The agreed checks of the help (afwegingskader question 5), the soonest first, each with where it
 * stands; on Mijn Kring and the aandachtsfunctionaris' dashboard.
 */
export function CheckDateList({
  p,
  rows,
  today,
}: {
  p: StaffPageContext;
  rows: readonly ConcernListRow[];
  today: string;
}): JSX.Element {
  const d = p.t.concerns.checkDates;
  const checks = withCheckDates(rows);
  return (
    <section aria-labelledby="check-dates-title" data-testid="check-dates">
      <h2 class="utrecht-heading-2" id="check-dates-title" safe>
        {d.homeTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {checks.length === 0 ? d.homeNone : d.homeIntro}
      </p>
      {checks.length === 0 ? (
        ''
      ) : (
        <Table
          caption={d.homeTitle}
          captionHidden
          headers={[d.person, d.date]}
          rows={checks.map((r) => [
            {
              html: (
                <a class="utrecht-link" href={concernPath(p.locale, r.id)} safe>
                  {r.personName}
                </a>
              ) as string,
            },
            checkDateText(p, r.checkDate, today),
          ])}
        />
      )}
    </section>
  );
}
