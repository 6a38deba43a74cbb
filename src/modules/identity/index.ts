// SPDX-License-Identifier: EUPL-1.2
/** The identity module's public entry: accounts, organisations, memberships, sign-in and sessions. */
export { type DemoAccountCode, demoAccountCodes } from './demo-codes.ts';
export { DEMO_PASSWORD } from './identity.seed.ts';
