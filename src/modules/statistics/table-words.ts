// SPDX-License-Identifier: EUPL-1.2
/**
 * The words of the tables (ADR 0039): which tables the public and the municipality see, their names in
 * URLs, and the label of every row and column key in the page's language. One place for the pages and
 * the CSV files, so both always say the same.
 */
import { loadSigns } from '#src/content/meldcode-content.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import type { Tables } from './tables.ts';

/** A table of the page. */
export type TableId = keyof Tables;

/** The public's tables, in the page's order. */
export const PUBLIC_TABLES = [
  'byMonth',
  'bySubject',
  'byOutcome',
  'assessments',
  'matches',
] as const satisfies readonly TableId[];

/** The municipality's tables, in the page's order. */
export const MUNICIPALITY_TABLES = [
  'byMonth',
  'byCategoryAndSubject',
  'byOrganisationType',
  'byOutcome',
  'steps',
  'assessments',
  'matches',
] as const satisfies readonly TableId[];

/** Each table's name in a URL (the CSV's path, the heading's anchor). */
const SLUGS: Readonly<Record<TableId, string>> = {
  byMonth: 'per-maand',
  bySubject: 'over-wie',
  byCategoryAndSubject: 'soort-en-over-wie',
  byOrganisationType: 'per-organisatie',
  byOutcome: 'afloop',
  steps: 'tijd-per-stap',
  assessments: 'veilig-thuis',
  matches: 'kring',
};

/** A table's name in a URL. */
export function tableSlug(id: TableId): string {
  return SLUGS[id];
}

/** The table a URL names, among those offered; undefined for anything else. */
export function tableOfSlug(slug: string, offered: readonly TableId[]): TableId | undefined {
  return offered.find((id) => SLUGS[id] === slug);
}

/**
 * The label of a row or column key.
 * @param t the page's messages
 * @param locale the page's language (the sign categories' names come from the sign list)
 * @param id the table
 * @param key the row's key (a month number, a category id, an organisation type, …)
 */
export function labelOf(t: Messages, locale: Locale, id: TableId, key: string): string {
  const s = t.statistics;
  switch (id) {
    case 'byMonth':
      return s.months[Number(key) - 1] ?? key;
    case 'bySubject':
      return t.concerns.ageGroupsShort[key as keyof typeof t.concerns.ageGroupsShort] ?? key;
    case 'byCategoryAndSubject':
      return key === 'none' ? s.noCategory : (loadSigns().categories.find((c) => c.id === key)?.[locale].name ?? key);
    case 'byOrganisationType':
      return t.staff.organisationTypes[key as keyof typeof t.staff.organisationTypes] ?? key;
    case 'byOutcome':
      return s.outcomes[key as keyof typeof s.outcomes] ?? key;
    case 'steps':
      return s.stepName(Number(key), t.concerns.steps.names[Number(key) - 1] ?? key);
    case 'assessments':
      return s.assessmentTimes[key as keyof typeof s.assessmentTimes] ?? key;
    case 'matches':
      return s.followUps[key as keyof typeof s.followUps] ?? key;
  }
}
