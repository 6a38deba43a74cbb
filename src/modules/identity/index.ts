// SPDX-License-Identifier: EUPL-1.2
/**
 * The identity module's public entry: accounts, organisations, memberships, sign-in and sessions.
 * Code outside src/modules/identity imports identity from here only. The page plugins are not here:
 * they import src/plugins/auth.ts (through src/web), which imports this entry, so src/app.ts
 * registers them from their own files.
 */

export { mailLanguage, setMailLanguage } from './account.service.ts';
export { type DemoAccountCode, demoAccountCodes } from './demo-codes.ts';
export { DEMO_PASSWORD, demoAccountsNotice, seedIdentityDemo } from './identity.seed.ts';
export { identityObjectOwners } from './object-owner.repository.ts';
export {
  activeMembersAmong,
  activeRecipients,
  activeUser,
  type Colleague,
  colleagues,
  displayNames,
  type MemberByEmail,
  mailLocales,
  membersByEmail,
  organisationName,
  organisationNames,
  organisationTypes,
  organisationTypesInUse,
  type Recipient,
  receivingVeiligThuis,
  recipientsByRole,
} from './people.repository.ts';
export { type ResolvedSession, resolveSession } from './sign-in.service.ts';
