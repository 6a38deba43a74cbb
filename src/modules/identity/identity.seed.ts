// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo organisations and one demo user per role (issue 3), seeded on the first start in development
 * only (src/db/seed.ts refuses production). Every demo user has the same password and a second factor
 * that is already set up; the development page /ontwikkeling/demo shows each one's current code, so
 * a newcomer can try every role without an authenticator app. The README lists these accounts.
 */
import type { Transaction } from 'kysely';
import type { Config } from '#src/config.ts';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { deriveKey, encryptSecret } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { insertOrganisation } from './admin.repository.ts';
import { insertMembership, insertUser, updateUser } from './identity.repository.ts';
import { hashPassword } from './password.ts';
import { newTotpSecret } from './totp.ts';

/** The password of every demo account (development only). */
export const DEMO_PASSWORD = 'demo-wachtwoord-kring';

/** The demo organisations. */
export const DEMO_ORGANISATIONS: ReadonlyArray<{ key: string; name: string; type: OrganisationType }> = [
  { key: 'municipality', name: 'Gemeente Harderwijk (demo)', type: 'municipality' },
  { key: 'school', name: 'Basisschool De Regenboog (demo)', type: 'school' },
  { key: 'sports', name: 'Sportvereniging Harderwijk (demo)', type: 'sportsClub' },
  { key: 'veiligThuis', name: 'Veilig Thuis Noord-Veluwe (demo)', type: 'veiligThuis' },
  { key: 'socialTeam', name: 'Wijkteam Harderwijk (demo)', type: 'socialTeam' },
];

/** The demo users: one per role, with the organisations they belong to. */
export const DEMO_USERS: ReadonlyArray<{
  email: string;
  name: string;
  memberships: ReadonlyArray<{ organisation: string; role: Role }>;
}> = [
  {
    email: 'leerkracht@demo.kring.nl',
    name: 'Sanne de Leerkracht',
    memberships: [{ organisation: 'school', role: 'professional' }],
  },
  {
    email: 'trainer@demo.kring.nl',
    name: 'Youssef de Trainer',
    memberships: [{ organisation: 'sports', role: 'volunteer' }],
  },
  {
    email: 'aandacht@demo.kring.nl',
    name: 'Marieke Aandachtsfunctionaris',
    memberships: [
      { organisation: 'school', role: 'safeguardingLead' },
      { organisation: 'sports', role: 'safeguardingLead' },
    ],
  },
  {
    email: 'intake@demo.kring.nl',
    name: 'Ahmed van Veilig Thuis',
    memberships: [{ organisation: 'veiligThuis', role: 'intakeWorker' }],
  },
  {
    email: 'coordinator@demo.kring.nl',
    name: 'Lotte Coördinator',
    memberships: [{ organisation: 'socialTeam', role: 'coordinator' }],
  },
  {
    email: 'privacy@demo.kring.nl',
    name: 'Pieter Privacyfunctionaris',
    memberships: [{ organisation: 'municipality', role: 'privacyOfficer' }],
  },
  {
    email: 'beheer@demo.kring.nl',
    name: 'Bram Beheerder',
    memberships: [{ organisation: 'municipality', role: 'administrator' }],
  },
  {
    email: 'schoolbeheer@demo.kring.nl',
    name: 'Fatima Schoolbeheerder',
    memberships: [{ organisation: 'school', role: 'administrator' }],
  },
];

/**
 * Seeds the demo organisations and users.
 * @param trx the seeding transaction
 * @param config the configuration (the key that encrypts second-factor secrets)
 */
export async function seedIdentityDemo(trx: Transaction<Database>, config: Config): Promise<void> {
  const now = new Date();
  const totpKey = deriveKey(config.secretKey, 'totp-secret');
  const organisations = new Map<string, string>();
  for (const o of DEMO_ORGANISATIONS) {
    const id = await insertOrganisation(trx, { name: o.name, type: o.type, now });
    if (id) organisations.set(o.key, id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const userId = await insertUser(trx, { email: u.email, displayName: u.name, passwordHash, now });
    await updateUser(trx, userId, { totp_secret: encryptSecret(totpKey, newTotpSecret()), totp_enrolled_at: now });
    for (const m of u.memberships) {
      const organisationId = organisations.get(m.organisation);
      if (organisationId) await insertMembership(trx, { userId, organisationId, role: m.role, now });
    }
  }
}
