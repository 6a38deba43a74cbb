// SPDX-License-Identifier: EUPL-1.2
/** Examples of Pagination. */
import { nl } from '../../i18n/nl.ts';
import type { PaginationParams } from './pagination.tsx';

const href = (n: number) => (n === 1 ? '/zorgen' : `/zorgen?pagina=${n}`);
const texts = nl.components.pagination;

export const paginationExamples: ReadonlyArray<{ name: string; params: PaginationParams }> = [
  { name: 'eerste van drie', params: { page: 1, count: 3, href, texts } },
  { name: 'midden van veel', params: { page: 5, count: 12, href, texts } },
  { name: 'laatste van veel', params: { page: 12, count: 12, href, texts } },
];
