// SPDX-License-Identifier: EUPL-1.2
/**
 * The published tables (issue 15, ADR 0039), built from the modules' facts and protected before
 * anything leaves this file. Pure: facts in, marks out; the service reads the facts, the pages show
 * the marks. Nothing here returns a raw count.
 *
 * - Concerns of a year, four ways, every table with the same grand total (never hidden): by month; by
 *   category (first category of the first observation) and subject (child, adult, older person);
 *   by organisation type; by how they ended (report, help, both, neither yet).
 * - The median days per meldcode step, only when every step has 10 concerns or more (no count is
 *   published with it).
 * - Veilig Thuis's reports of the year: safety assessment within 5 working days, later, not yet.
 * - The circle's matches of the year: contact within 10 working days, later, not yet.
 *
 * The public sees a smaller set: month, subject (the margin of the category × subject table, with
 * that table's marks), outcome, Veilig Thuis and the circle.
 */
import { addWorkingDays, amsterdamIsoDate } from '#src/core/working-days.ts';
import { type Mark, protect1d, protect2d, THRESHOLD } from './suppression.ts';

/** The facts the tables are built from (the modules' statistics repositories' rows). */
export interface Facts {
  readonly concerns: readonly {
    readonly organisationType: string;
    readonly ageGroup: string;
    /** The month (1–12) it was opened in, Amsterdam time. */
    readonly month: number;
    readonly category: string | null;
    readonly reported: boolean;
    readonly helped: boolean;
    readonly openedAt: Date;
    readonly stepsDoneAt: readonly (Date | null)[];
  }[];
  readonly assessments: readonly { readonly dueOn: string; readonly assessedAt: Date | null }[];
  readonly matches: readonly { readonly formedAt: Date; readonly contactAt: Date | null }[];
}

/** The keys of the rows and columns (the pages translate them). */
export interface Keys {
  /** The months shown (1–12): up to the current one in the current year. */
  readonly months: readonly number[];
  readonly categories: readonly string[];
  readonly subjects: readonly string[];
  readonly organisationTypes: readonly string[];
}

/** A one-way table: a mark per row and the total; or withheld (fewer than 10 in all). */
export type Table1d =
  | {
      readonly withheld: false;
      readonly rows: readonly { readonly key: string; readonly mark: Mark }[];
      readonly total: number;
    }
  | { readonly withheld: true };

/** A two-way table with its totals; or withheld. */
export type Table2d =
  | {
      readonly withheld: false;
      readonly rows: readonly string[];
      readonly columns: readonly string[];
      readonly cells: readonly (readonly Mark[])[];
      readonly rowTotals: readonly Mark[];
      readonly columnTotals: readonly Mark[];
      readonly total: number;
    }
  | { readonly withheld: true };

/**
 * The median days of each step; withheld unless every step was completed by 10 concerns or more (a
 * gap in the row would say that one step had fewer).
 */
export type StepTable =
  | { readonly withheld: false; readonly rows: readonly { readonly step: number; readonly medianDays: number }[] }
  | { readonly withheld: true };

/** Every table of the page. */
export interface Tables {
  readonly byMonth: Table1d;
  readonly byCategoryAndSubject: Table2d;
  readonly bySubject: Table1d;
  readonly byOrganisationType: Table1d;
  readonly byOutcome: Table1d;
  readonly steps: StepTable;
  readonly assessments: Table1d;
  readonly matches: Table1d;
}

/** The keys of the outcome table. */
export const OUTCOMES = ['reportAndHelp', 'reportOnly', 'helpOnly', 'neither'] as const;
/** The keys of the Veilig Thuis table. */
export const ASSESSMENT_TIMES = ['withinFiveDays', 'later', 'notYet'] as const;
/** The keys of the circle table. */
export const FOLLOW_UPS = ['withinTenDays', 'later', 'notYet'] as const;
/** The row key of concerns without a category. */
export const NO_CATEGORY = 'none';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Counts the facts by key, in the order of the keys (a key not listed is not counted). */
function countBy<T>(facts: readonly T[], keys: readonly string[], keyOf: (fact: T) => string): number[] {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const f of facts) {
    const k = keyOf(f);
    if (counts.has(k)) counts.set(k, counts.get(k)! + 1);
  }
  return keys.map((k) => counts.get(k)!);
}

function oneWay(keys: readonly string[], counts: readonly number[]): Table1d {
  const p = protect1d(counts);
  if (!p) return { withheld: true };
  return {
    withheld: false,
    rows: keys.map((key, i) => ({ key, mark: p.cells[i]! })),
    total: counts.reduce((a, b) => a + b, 0),
  };
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The outcome key of a concern. */
function outcomeOf(c: { readonly reported: boolean; readonly helped: boolean }): (typeof OUTCOMES)[number] {
  if (c.reported && c.helped) return 'reportAndHelp';
  if (c.reported) return 'reportOnly';
  if (c.helped) return 'helpOnly';
  return 'neither';
}

/** When a safety assessment was done, relative to its due date. */
function assessmentTime(a: Facts['assessments'][number]): (typeof ASSESSMENT_TIMES)[number] {
  if (!a.assessedAt) return 'notYet';
  return amsterdamIsoDate(a.assessedAt) <= a.dueOn ? 'withinFiveDays' : 'later';
}

/**
 * When contact followed a match: within 10 working days of the match (by the instant the circle flags
 * a team without contact: the same time of day, 10 working days on), later, or not yet.
 */
function followUp(m: Facts['matches'][number]): (typeof FOLLOW_UPS)[number] {
  if (!m.contactAt) return 'notYet';
  return m.contactAt.getTime() <= addWorkingDays(m.formedAt, 10).getTime() ? 'withinTenDays' : 'later';
}

/** The days each step took: from its start (the previous step's end, or the opening) to its end. */
function stepDays(c: Facts['concerns'][number], step: number): number | null {
  const end = c.stepsDoneAt[step];
  const start = step === 0 ? c.openedAt : c.stepsDoneAt[step - 1];
  if (!end || !start || end < start) return null;
  return (end.getTime() - start.getTime()) / DAY_MS;
}

/**
 * Builds every table, protected.
 * @param facts the facts of the year
 * @param keys the rows and columns to show
 */
export function buildTables(facts: Facts, keys: Keys): Tables {
  const { concerns } = facts;
  const months = keys.months.map(String);
  const categoryOf = (c: Facts['concerns'][number]) =>
    c.category && keys.categories.includes(c.category) ? c.category : NO_CATEGORY;
  const categories = [...keys.categories, NO_CATEGORY];
  const grid = categories.map((category) =>
    countBy(
      concerns.filter((c) => categoryOf(c) === category),
      keys.subjects,
      (c) => c.ageGroup,
    ),
  );
  const p2 = protect2d(grid);
  const byCategoryAndSubject: Table2d = p2
    ? {
        withheld: false,
        rows: categories,
        columns: keys.subjects,
        cells: p2.cells,
        rowTotals: p2.rowTotals,
        columnTotals: p2.columnTotals,
        total: concerns.length,
      }
    : { withheld: true };
  // The public's table by subject is this table's margin, with its marks: one protection for both.
  const bySubject: Table1d = p2
    ? {
        withheld: false,
        rows: keys.subjects.map((key, i) => ({ key, mark: p2.columnTotals[i]! })),
        total: concerns.length,
      }
    : { withheld: true };
  const days = [0, 1, 2, 3, 4].map((step) => concerns.map((c) => stepDays(c, step)).filter((d) => d !== null));
  const steps: StepTable = days.every((d) => d.length >= THRESHOLD)
    ? { withheld: false, rows: days.map((d, i) => ({ step: i + 1, medianDays: Math.round(median(d) * 10) / 10 })) }
    : { withheld: true };
  return {
    byMonth: oneWay(
      months,
      countBy(concerns, months, (c) => String(c.month)),
    ),
    byCategoryAndSubject,
    bySubject,
    byOrganisationType: oneWay(
      keys.organisationTypes,
      countBy(concerns, keys.organisationTypes, (c) => c.organisationType),
    ),
    byOutcome: oneWay(OUTCOMES, countBy(concerns, OUTCOMES, outcomeOf)),
    steps,
    assessments: oneWay(ASSESSMENT_TIMES, countBy(facts.assessments, ASSESSMENT_TIMES, assessmentTime)),
    matches: oneWay(FOLLOW_UPS, countBy(facts.matches, FOLLOW_UPS, followUp)),
  };
}
