// SPDX-License-Identifier: EUPL-1.2
/** Examples of Pagination. */
import { nl } from '../../i18n/nl.ts';
import type { PaginationParams } from './pagination.tsx';

const href = (n: number) => (n === 1 ? '/zorgen' : `/zorgen?pagina=${n}`);
/** The texts, with a label of its own per example: landmarks on one page need distinct names. */
const texts = (example: string) => ({
  ...nl.components.pagination,
  label: `${nl.components.pagination.label}: ${example}`,
});

export const paginationExamples: ReadonlyArray<{ name: string; params: PaginationParams }> = [
  { name: 'eerste van drie', params: { page: 1, count: 3, href, texts: texts('eerste van drie') } },
  { name: 'midden van veel', params: { page: 5, count: 12, href, texts: texts('midden van veel') } },
  { name: 'laatste van veel', params: { page: 12, count: 12, href, texts: texts('laatste van veel') } },
];
