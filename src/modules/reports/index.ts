// SPDX-License-Identifier: EUPL-1.2
/** The reports module's public entry: reports and advice requests received by Veilig Thuis, and its intake. */

export { reportObjectOwners } from './object-owner.repository.ts';
export { DEMO_RECEIPT_CODE } from './reports.seed.ts';
