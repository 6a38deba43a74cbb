// SPDX-License-Identifier: EUPL-1.2
/**
 * The statistics in Chromium (issue 15, ADR 0039), with the demo figures (statistics.seed.ts) and axe
 * on every page: a resident follows "Cijfers" from the home page, sees tables with figures and "×",
 * chooses last year with the GET form and downloads a table as CSV; the page in English; the same
 * tables without JavaScript; nothing scrolls sideways on a phone but the wide table's own region.
 * Petra, the municipality's editor, opens the full set from the staff navigation; a professional is
 * refused it. No figure shown on any of these pages, nor in the CSV, is under 10. The guarded
 * context fails a test on any CSP violation, console error or third-party request.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { seedDemoData } from '#src/db/seed.ts';
import { seedIdentityDemo } from '#src/modules/identity/identity.seed.ts';
import { seedStatisticsDemo } from '#src/modules/statistics/index.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { TestClock } from '#test/agent.ts';
import { useBrowserSession } from './browser.ts';
import { signIn, tableRows } from './circle-scenario.ts';
import { PHONE_VIEWPORT } from './guarded-context.ts';
import { axe, shot } from './walk.ts';

const nl = messages('nl');
const en = messages('en');
const s = nl.statistics;
const clock = new TestClock();
const session = useBrowserSession({ clock: clock.now });
const PETRA = 'netwerk@demo.kring.nl';
const TEACHER = 'leerkracht@demo.kring.nl';
const thisYear = Number(amsterdamIsoDate(new Date()).slice(0, 4));
const lastYear = thisYear - 1;

/** The public tables' test ids, in the page's order. */
const PUBLIC = ['byMonth', 'bySubject', 'byOutcome', 'assessments', 'matches'] as const;

beforeAll(async () => {
  const { app } = session.server;
  const seeded = await seedDemoData(app.kring.database.db, app.kring.config, [
    { name: 'identity', run: seedIdentityDemo },
    { name: 'statistics', run: seedStatisticsDemo },
  ]);
  expect(seeded).toBe(true);
});

/**
 * Every count a statistics page shows, in its tables and beside its bars, as text: the shares
 * ("45%") and the steps' median days are no counts and left out. A hidden count reads "×".
 */
async function shownCounts(page: Page): Promise<string[]> {
  const sections = page.locator('section.kring-statistic:not([data-testid="table-steps"])');
  const cells = await sections.locator('td, .kring-chart__value').allTextContents();
  return cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => !c.endsWith('%'));
}

/** Checks that a page shows figures and "×", and no figure under 10. */
async function expectProtected(page: Page, label: string): Promise<void> {
  const counts = await shownCounts(page);
  const figures = counts.filter((c) => !c.includes(s.hidden)).map((c) => Number(c.replace(/[.,]/g, '')));
  expect(figures.length, `${label}: figures shown`).toBeGreaterThan(0);
  expect(
    counts.some((c) => c.includes(s.hidden)),
    `${label}: a hidden figure`,
  ).toBe(true);
  for (const f of figures) expect(f, `${label}: every figure a whole count of 10 or more`).toBeGreaterThanOrEqual(10);
}

/** The text of every row of the public tables. */
async function publicRows(page: Page): Promise<string[][][]> {
  const out: string[][][] = [];
  for (const id of PUBLIC) out.push(await tableRows(page, `table-${id}`));
  return out;
}

describe('the statistics', () => {
  test('a resident follows "Cijfers", chooses last year and downloads a table as CSV', async () => {
    const page = await session.openPage();
    const base = session.server.baseUrl;
    await page.goto(`${base}/`);
    await page.getByRole('main').getByRole('link', { name: s.homeEntry.title, exact: true }).click();
    await page.waitForURL(`${base}/statistieken`);
    await page.getByRole('heading', { name: s.public.title, level: 1 }).waitFor();
    await page.getByRole('heading', { name: s.year.heading(thisYear), level: 2 }).waitFor();
    await axe(page, 'statistieken (nl)');
    await shot(page, 'statistics-nl');
    // This year's tables (early in January, the demo's few concerns of the year may be withheld).
    for (const id of PUBLIC) expect(await page.getByTestId(`table-${id}`).count(), id).toBe(1);

    // Last year, with the GET form: every table with figures and "×".
    await page.getByLabel(s.year.label, { exact: true }).selectOption(String(lastYear));
    await page.getByRole('button', { name: s.year.show }).click();
    await page.waitForURL(`${base}/statistieken?jaar=${lastYear}`);
    await page.getByRole('heading', { name: s.year.heading(lastYear), level: 2 }).waitFor();
    await axe(page, `statistieken ${lastYear}`);
    for (const id of PUBLIC) {
      expect(await page.getByTestId(`table-${id}`).getByRole('table').count(), id).toBe(1);
    }
    expect(await page.getByTestId('withheld').count()).toBe(0);
    await expectProtected(page, 'last year');
    // A hidden figure's bar is a dashed outline, not an empty bar that reads as 0: one per "×".
    const monthChart = page.getByTestId('table-byMonth').getByTestId('chart');
    const hiddenMonths = (await monthChart.locator('.kring-chart__value').allTextContents()).filter(
      (v) => v === s.hidden,
    ).length;
    expect(hiddenMonths).toBeGreaterThan(0);
    expect(await monthChart.getByTestId('chart-hidden').count()).toBe(hiddenMonths);
    expect(await monthChart.locator('.kring-chart__fill').count()).toBe(12 - hiddenMonths);
    // The figures stand right-aligned under their heading and never break ("100%" on one line).
    const share = page.getByTestId('table-byOutcome').locator('tfoot td').last();
    expect(await share.textContent()).toBe('100%');
    expect(
      await share.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.textAlign, style.whiteSpace];
      }),
    ).toEqual(['end', 'nowrap']);

    // Every month of last year has a row.
    expect(await tableRows(page, 'table-byMonth')).toHaveLength(12);

    // The table by month as CSV: the download, its type, its header row, and no count under 10.
    const link = page.getByTestId('table-byMonth').getByRole('link', { name: s.csv });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/statistieken/csv?tabel=per-maand&jaar=${lastYear}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(s.fileName('per-maand', lastYear));
    const response = await page.request.get(`${base}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const csv = (await response.text()).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(`${s.tables.byMonth.key},${s.count}`);
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^${s.total},\\d+$`));
    const cells = lines.slice(1).flatMap((l) => l.split(','));
    expect(cells).toContain(s.hidden);
    for (const cell of cells.filter((c) => /\d/.test(c))) {
      expect(cell, 'a CSV cell with a figure is a whole count').toMatch(/^\d+$/);
      expect(Number(cell), 'no count under 10 in the CSV').toBeGreaterThanOrEqual(10);
    }
    // The page's figures are the file's.
    const pageRows = await tableRows(page, 'table-byMonth');
    expect(lines.slice(1, 13).map((l) => l.split(',')[1])).toEqual(
      pageRows.map((r) => (r[1]!.includes(s.hidden) ? s.hidden : r[1]!.replace(/\./g, ''))),
    );
  });

  test('the page in English', async () => {
    const page = await session.openPage();
    await page.goto(`${session.server.baseUrl}/en/statistieken?jaar=${lastYear}`);
    await page.getByRole('heading', { name: en.statistics.public.title, level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: en.statistics.tables.byOutcome.title, level: 3 }).waitFor();
    expect(await page.getByTestId('table-byOutcome').getByRole('rowheader').allTextContents()).toEqual([
      ...Object.values(en.statistics.outcomes),
      en.statistics.total,
    ]);
    await axe(page, 'statistieken (en)');
    await shot(page, 'statistics-en');
    await expectProtected(page, 'English');
  });

  test('without JavaScript the page shows the same tables', async () => {
    const base = session.server.baseUrl;
    const withScripts = await session.openPage();
    await withScripts.goto(`${base}/statistieken?jaar=${lastYear}`);
    const expected = await publicRows(withScripts);
    expect(expected.flat().length).toBeGreaterThan(10);

    // Kring's scripts withheld: as without JavaScript, and axe can still run.
    const withheld = await session.openPage({ withholdScripts: true });
    await withheld.goto(`${base}/statistieken?jaar=${lastYear}`);
    await axe(withheld, 'statistieken (no JavaScript)');
    expect(await publicRows(withheld)).toEqual(expected);

    // JavaScript off in the browser: the same tables, and the year form still works (a GET form).
    const off = await session.openPage({ javaScriptEnabled: false });
    await off.goto(`${base}/statistieken`);
    await off.getByLabel(s.year.label, { exact: true }).selectOption(String(lastYear));
    await off.getByRole('button', { name: s.year.show }).click();
    await off.waitForURL(`${base}/statistieken?jaar=${lastYear}`);
    expect(await publicRows(off)).toEqual(expected);
  });

  test('on a phone nothing scrolls sideways but the wide table’s own region', async () => {
    const page = await session.openPage({ viewport: PHONE_VIEWPORT });
    await page.goto(`${session.server.baseUrl}/statistieken?jaar=${lastYear}`);
    await axe(page, 'statistieken (phone)');
    await shot(page, 'statistics-phone');
    expect(await sidewaysScrollers(page)).toEqual([]);
  });

  test('Petra opens the municipality’s figures from the staff navigation; a professional may not', async () => {
    const page = await session.openPage();
    const { server } = session;
    await signIn(page, server, clock, PETRA);
    await page
      .getByRole('navigation', { name: nl.layout.mainNav })
      .getByRole('link', { name: s.municipality.nav, exact: true })
      .click();
    await page.waitForURL(`${server.baseUrl}/netwerk/statistieken`);
    await page.getByRole('heading', { name: s.municipality.title, level: 1 }).waitFor();
    await axe(page, 'netwerk/statistieken');
    // Last year: the demo's whole year.
    await page.getByLabel(s.year.label, { exact: true }).selectOption(String(lastYear));
    await page.getByRole('button', { name: s.year.show }).click();
    await page.waitForURL(`${server.baseUrl}/netwerk/statistieken?jaar=${lastYear}`);
    await axe(page, `netwerk/statistieken ${lastYear}`);
    await shot(page, 'statistics-municipality');
    for (const id of ['byCategoryAndSubject', 'byOrganisationType', 'steps'] as const) {
      const section = page.getByTestId(`table-${id}`);
      await section.getByRole('heading', { name: s.tables[id].title, level: 3 }).waitFor();
      expect(await section.getByTestId('withheld').count(), id).toBe(0);
      expect(await section.getByRole('table').count(), id).toBe(1);
    }
    // The category × subject table: a column per subject and the total, a row per category and "none".
    const grid = page.getByTestId('table-byCategoryAndSubject');
    expect(await grid.locator('thead th').allTextContents()).toEqual([
      s.tables.byCategoryAndSubject.key,
      ...['child', 'adult', 'older'].map((k) => nl.concerns.ageGroupsShort[k as 'child']),
      s.total,
    ]);
    // Every step has a median of days (a number, e.g. "3,5").
    const steps = await tableRows(page, 'table-steps');
    expect(steps).toHaveLength(5);
    for (const [, days] of steps) expect(days).toMatch(/^\d+(,\d)?$/);
    await expectProtected(page, 'municipality');

    // On a phone, only the wide table's region scrolls sideways.
    await page.setViewportSize(PHONE_VIEWPORT);
    await shot(page, 'statistics-municipality-phone');
    expect(await sidewaysScrollers(page)).toEqual([]);

    // A professional at a school is refused the full set (403), and sees no link to it.
    const teacher = await session.openPage({ allowConsoleErrors: /status of 403/ });
    await signIn(teacher, server, clock, TEACHER);
    expect(
      await teacher
        .getByRole('navigation', { name: nl.layout.mainNav })
        .getByRole('link', { name: s.municipality.nav, exact: true })
        .count(),
    ).toBe(0);
    const refused = await teacher.goto(`${server.baseUrl}/netwerk/statistieken`);
    expect(refused?.status()).toBe(403);
    expect(await teacher.getByTestId('table-byCategoryAndSubject').count()).toBe(0);
    await axe(teacher, 'netwerk/statistieken refused');
  });
});

/**
 * The elements that make the page wider than the window, and the sideways scroll regions but the
 * wide table's (its own region, which may scroll).
 */
function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      out.push(`the page: ${root.scrollWidth} > ${root.clientWidth}`);
      // The outermost elements that reach past the window's right edge: the culprits.
      const past = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 1;
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        if (past(el) && el.parentElement && !past(el.parentElement)) {
          out.push(`wider than the window: ${el.tagName.toLowerCase()}.${el.className}`);
        }
      }
    }
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const style = getComputedStyle(el);
      const scrolls = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth;
      if (scrolls && !el.classList.contains('kring-table-scroll')) {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return out;
  });
}
