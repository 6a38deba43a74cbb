// SPDX-License-Identifier: EUPL-1.2
/**
 * Staff for the scenario walks in the browser: organisations and people inserted as the fixtures are
 * (test/agent.ts), each with a second factor, and signing in as a person does, with the password and
 * the code of the authenticator app.
 */
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { encryptSecret } from '#src/core/secrets.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import {
  findUserByEmail,
  insertMembership,
  insertUser,
  updateUser,
} from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { newTotpSecret, totpCode, totpStep } from '#src/modules/identity/totp.ts';
import { messages } from '#src/web/i18n/messages.ts';

/** A person on the staff: `org` is the key of the organisation in the same call. */
export interface StaffMember {
  readonly name: string;
  readonly email: string;
  readonly org: string;
  readonly role: Role;
}

/**
 * Inserts the organisations and the people, each with the same password and a second factor of their own.
 * @returns each person's second-factor secret (as their authenticator app holds it), by key
 */
export async function insertStaff<P extends string>(
  app: FastifyInstance,
  password: string,
  organisations: Record<string, { name: string; type: OrganisationType }>,
  people: Record<P, StaffMember>,
): Promise<Map<P, string>> {
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const secrets = new Map<P, string>();
  await app.kring.database.db.transaction().execute(async (trx) => {
    const orgs = new Map<string, string>();
    for (const [key, o] of Object.entries(organisations)) {
      orgs.set(key, (await insertOrganisation(trx, { name: o.name, type: o.type, now }))!);
    }
    for (const [key, person] of Object.entries(people) as [P, StaffMember][]) {
      const secret = newTotpSecret();
      secrets.set(key, secret);
      const id = await insertUser(trx, { email: person.email, displayName: person.name, passwordHash, now });
      await updateUser(trx, id, { totp_secret: encryptSecret(app.kring.keys.totpKey, secret), totp_enrolled_at: now });
      await insertMembership(trx, { userId: id, organisationId: orgs.get(person.org)!, role: person.role, now });
    }
  });
  return secrets;
}

/**
 * The code the person's app shows. A code is accepted once; when this half-minute's code was used
 * already (a second sign-in), the next half-minute's code, which Kring accepts too (one step of drift).
 */
export async function appCode(app: FastifyInstance, email: string, secret: string): Promise<string> {
  const user = await findUserByEmail(app.kring.database.db, email);
  const last = user?.totp_last_step === null || user?.totp_last_step === undefined ? -1 : Number(user.totp_last_step);
  const now = new Date();
  const at = totpStep(now) > last ? now : new Date((last + 1) * 30_000 + 1_000);
  return totpCode(secret, at);
}

/** Signs in on the Dutch sign-in page with the password and the app's code; ends on the start page. */
export async function signInWithCode(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
  code: () => Promise<string>,
): Promise<void> {
  const s = messages('nl').staff.signIn;
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel(s.email).fill(email);
  await page.getByLabel(s.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: s.submit }).click();
  await expect.poll(() => page.url()).toContain('/inloggen/code');
  await page.getByLabel(s.code, { exact: true }).fill(await code());
  await page.getByRole('button', { name: s.confirm }).click();
  await expect.poll(() => page.url()).toContain('/mijn-kring');
}
