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
import { messages } from '#src/web/i18n/messages.ts';
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
  // Tara's school in the demo story (src/db/demo-story.ts).
  { key: 'college', name: 'Veluwe College (demo)', type: 'school' },
  // Johanna's home care in the home-care story (src/db/demo-story-home-care.ts).
  { key: 'homeCare', name: 'Thuiszorg De Zorgzame Hand (demo)', type: 'homeCare' },
  // Milan's youth care in the circle's story (two organisations, one boy).
  { key: 'youthCare', name: 'Jeugdzorg Veluwe (demo)', type: 'youthCare' },
];

/** The demo users: one per role, with the organisations they belong to. */
export const DEMO_USERS: ReadonlyArray<{
  email: string;
  name: string;
  memberships: ReadonlyArray<{ organisation: string; role: Role }>;
}> = [
  {
    email: 'leerkracht@demo.kring.nl',
    name: 'Eva de Leerkracht',
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
  // Tara's story at the Veluwe College: her PE teacher, the school's aandachtsfunctionaris and its
  // privacy officer (who can find Tara and see who read her dossier).
  {
    email: 'sportdocent@demo.kring.nl',
    name: 'Sanne de Vries',
    memberships: [{ organisation: 'college', role: 'professional' }],
  },
  {
    email: 'aandacht.college@demo.kring.nl',
    name: 'Mark Jansen',
    memberships: [{ organisation: 'college', role: 'safeguardingLead' }],
  },
  {
    email: 'privacy.college@demo.kring.nl',
    name: 'Noor Privacyfunctionaris',
    memberships: [{ organisation: 'college', role: 'privacyOfficer' }],
  },
  {
    email: 'schoolbeheer@demo.kring.nl',
    name: 'Fatima Schoolbeheerder',
    memberships: [{ organisation: 'school', role: 'administrator' }],
  },
  // The home-care story: a district nurse (wijkverpleegkundige) and the home care's
  // aandachtsfunctionaris, with an older woman's concern.
  {
    email: 'wijkverpleegkundige@demo.kring.nl',
    name: 'Esther Bosman',
    memberships: [{ organisation: 'homeCare', role: 'professional' }],
  },
  {
    email: 'aandacht.thuiszorg@demo.kring.nl',
    name: 'Henk Mulder',
    memberships: [{ organisation: 'homeCare', role: 'safeguardingLead' }],
  },
  // The circle (De Kring): the Veluwe College's care coordinator and a youth care worker who both
  // register the same boy, and the municipality's circle coordinator, who sees matches without contact.
  {
    email: 'zorgcoordinator@demo.kring.nl',
    name: 'Femke de Boer',
    memberships: [{ organisation: 'college', role: 'professional' }],
  },
  {
    email: 'jeugdzorg@demo.kring.nl',
    name: 'Joost Hendriks',
    memberships: [{ organisation: 'youthCare', role: 'professional' }],
  },
  {
    email: 'kringregie@demo.kring.nl',
    name: 'Ilse Kringcoördinator',
    memberships: [{ organisation: 'municipality', role: 'coordinator' }],
  },
  // The municipality's network coordinator in scenario 03: partners, news and the network meeting.
  {
    email: 'netwerk@demo.kring.nl',
    name: 'Petra Netwerkcoördinator',
    memberships: [{ organisation: 'municipality', role: 'editor' }],
  },
];

/** One demo account as the README's table and the start-up output list it. */
export interface DemoAccountRow {
  readonly email: string;
  readonly name: string;
  /** The role in words (English, as the README), never an internal code. */
  readonly role: string;
  /** The organisations, by name. */
  readonly organisations: string;
}

/**
 * The demo accounts in words: one row per account, its role and its organisations by name. The
 * README's accounts table and the start-up output are this list (a test keeps the README in step).
 */
export function demoAccountRows(): DemoAccountRow[] {
  const roles = messages('en').staff.roles;
  const organisationName = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.name ?? key;
  return DEMO_USERS.map((u) => {
    const municipality = u.memberships.some((m) => m.organisation === 'municipality');
    const roleWords = [...new Set(u.memberships.map((m) => roles[m.role]))].join(', ');
    return {
      email: u.email,
      name: u.name,
      role:
        municipality && u.memberships.some((m) => m.role === 'administrator')
          ? `${roleWords} (of every organisation)`
          : municipality && u.memberships.some((m) => m.role === 'coordinator')
            ? `${roleWords} (of the circle)`
            : municipality && u.memberships.some((m) => m.role === 'editor')
              ? `${roleWords} (of the network's pages)`
              : roleWords,
      organisations: u.memberships.map((m) => organisationName(m.organisation)).join(' and '),
    };
  });
}

/**
 * What the first start prints about the demo accounts: the same list as the README's table.
 * @param port the port Kring listens on
 */
export function demoAccountsNotice(port: number): string {
  const rows = demoAccountRows();
  const width = Math.max(...rows.map((r) => r.email.length)) + 2;
  const lines = rows.map((r) => `  ${r.email.padEnd(width)}${r.role}, ${r.organisations}`);
  return (
    `\nDemo accounts (development only), password "${DEMO_PASSWORD}":\n${lines.join('\n')}\n` +
    'An account in two organisations chooses one after signing in.\n' +
    `Their current sign-in codes: http://localhost:${port}/ontwikkeling/demo\n\n`
  );
}

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
