// SPDX-License-Identifier: EUPL-1.2
/**
 * Test factories: organisations and users (users.ts), concerns along the meldcode (concerns.ts), and
 * reports and advice requests to Veilig Thuis (reports.ts), each built through the real services.
 */
export * from './concerns.ts';
export * from './reports.ts';
export * from './users.ts';
