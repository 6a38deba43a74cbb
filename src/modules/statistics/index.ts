// SPDX-License-Identifier: EUPL-1.2
/** Statistics that expose no one (issue 15, ADR 0039): the module's public entry. */
export { statisticsPages } from './statistics.pages.tsx';
export { seedStatisticsDemo } from './statistics.seed.ts';
