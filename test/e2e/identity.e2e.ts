// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 3 in the browser: an administrator invites someone; the invitee accepts, chooses a password,
 * sets up the second factor with the QR code's key, keeps the recovery codes, lands on "Mijn Kring",
 * signs out and in again; then the administrator disables the account and the next request of the
 * invitee ends on the sign-in page. Every page is checked with axe (WCAG 2.2 AA) on the way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { decryptSecret } from '#src/core/secrets.ts';
import { findUserByEmail } from '#src/modules/identity/identity.repository.ts';
import { DEMO_PASSWORD, seedIdentityDemo } from '#src/modules/identity/identity.seed.ts';
import { totpCode } from '#src/modules/identity/totp.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { expectNoAxeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';
import { newGuardedContext } from './guarded-context.ts';
import { saveScreenshot } from './page-tools.ts';

const t = messages('nl').staff;
const session = useBrowserSession();
const INVITEE = 'nieuwe.collega@demo.kring.nl';
const INVITEE_PASSWORD = 'een lange zin als wachtwoord';

/** The current code of a demo user, from the secret Kring stored. */
async function codeOf(email: string): Promise<string> {
  const { app } = session.server;
  const user = await findUserByEmail(app.kring.database.db, email);
  return totpCode(decryptSecret(app.kring.keys.totpKey, user!.totp_secret!), new Date());
}

async function signIn(page: Page, email: string, password: string, code: () => Promise<string>): Promise<void> {
  await page.goto(`${session.server.baseUrl}/inloggen`);
  await page.getByLabel(t.signIn.email).fill(email);
  await page.getByLabel(t.signIn.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.signIn.submit }).click();
  await expect.poll(() => page.url()).toContain('/inloggen/code');
  await page.getByLabel(t.signIn.code, { exact: true }).fill(await code());
  await page.getByRole('button', { name: t.signIn.confirm }).click();
}

describe('invitation, second factor, sign-in, sign-out, disabling', () => {
  test('walks the whole life of an account', async () => {
    const { server, browser } = session;
    await server.app.kring.database.db.transaction().execute((trx) => seedIdentityDemo(trx, server.app.kring.config));

    // 1. The administrator signs in and invites a new colleague.
    const adminGuard = await newGuardedContext(browser, server);
    const admin = await adminGuard.newPage();
    await signIn(admin, 'beheer@demo.kring.nl', DEMO_PASSWORD, () => codeOf('beheer@demo.kring.nl'));
    await expect.poll(() => admin.url()).toContain('/mijn-kring');
    await expectNoAxeViolations(admin, 'mijn kring');
    await admin.goto(`${server.baseUrl}/beheer/uitnodigingen`);
    await expectNoAxeViolations(admin, 'uitnodigingen');
    await admin.getByLabel(t.admin.inviteName).fill('Nieuwe Collega');
    await admin.getByLabel(t.admin.inviteEmail).fill(INVITEE);
    await admin.getByLabel('Basisschool De Regenboog (demo)').check();
    await admin.getByLabel(t.roles.professional, { exact: true }).check();
    await admin.getByRole('button', { name: t.admin.inviteSubmit }).click();
    await expect.poll(() => admin.getByText(t.admin.invited(INVITEE)).count()).toBe(1);

    // 2. The invitation arrives by e-mail (the development outbox), with a link.
    const mail = server.app.kring.mailer.outbox?.find((m) => m.to === INVITEE);
    expect(mail?.subject).toBe(t.invitation.mailSubject);
    const link = /https?:\/\/\S+\/uitnodiging\?code=[\w-]+/.exec(mail!.text)![0];
    const invitePath = new URL(link).pathname + new URL(link).search;

    // 3. The invitee accepts: a password, then the second factor.
    // The invalid password re-renders with 400, which Chromium reports on the console.
    const page = await session.openPage({ allowConsoleErrors: /status of 400/ });
    await page.goto(`${server.baseUrl}${invitePath}`);
    await expectNoAxeViolations(page, 'uitnodiging');
    await page.getByLabel(t.reset.password, { exact: true }).fill('kort');
    await page.getByRole('button', { name: t.invitation.accept }).click();
    await expect.poll(() => page.getByRole('link', { name: t.formErrors.password.tooShort }).count()).toBe(1);
    await expectNoAxeViolations(page, 'uitnodiging met fout');
    await page.getByLabel(t.reset.password, { exact: true }).fill(INVITEE_PASSWORD);
    await page.getByLabel(t.reset.confirmPassword).fill(INVITEE_PASSWORD);
    await page.getByRole('button', { name: t.invitation.accept }).click();
    await expect.poll(() => page.url()).toContain('/inloggen/instellen');
    await expect.poll(() => page.getByRole('img', { name: t.signIn.qrAlt }).count()).toBe(1);
    await expectNoAxeViolations(page, 'tweede stap instellen');
    await saveScreenshot(page, 'identity-enrol');
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    await page.getByLabel(t.signIn.code, { exact: true }).fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: t.signIn.confirm }).click();

    // 4. Recovery codes, shown once; then "Mijn Kring".
    await expect.poll(() => page.getByRole('heading', { name: t.signIn.recoveryTitle }).count()).toBe(1);
    await expectNoAxeViolations(page, 'herstelcodes');
    const codes = (await page.getByTestId('recovery-codes').innerText()).split(/\s+/).filter(Boolean);
    expect(codes).toHaveLength(10);
    await page.getByRole('link', { name: t.signIn.recoveryContinue }).click();
    await expect.poll(() => page.getByTestId('acting-for').innerText()).toContain('Basisschool De Regenboog (demo)');

    // 5. Sign out, and in again (with a recovery code: the app's code of this half-minute was used).
    await page.getByRole('button', { name: messages('nl').staff.nav.signOut }).click();
    await expect.poll(() => page.getByText(t.signIn.signedOut).count()).toBe(1);
    await expectNoAxeViolations(page, 'uitgelogd');
    expect((await page.goto(`${server.baseUrl}/mijn-kring`))?.url()).toContain('/inloggen');
    await signIn(page, INVITEE, INVITEE_PASSWORD, async () => codes[0]!);
    await expect.poll(() => page.url()).toContain('/mijn-kring');
    await saveScreenshot(page, 'identity-home');

    // 6. The administrator disables the account; the invitee's next request is refused.
    await admin.goto(`${server.baseUrl}/beheer/gebruikers?zoek=${encodeURIComponent('Nieuwe Collega')}`);
    await expectNoAxeViolations(admin, 'gebruikers');
    await admin.getByRole('link', { name: 'Nieuwe Collega' }).first().click();
    await expectNoAxeViolations(admin, 'gebruiker');
    await admin.getByRole('button', { name: t.admin.disable }).click();
    await expect.poll(() => admin.getByText(t.admin.disabledDone).count()).toBe(1);
    await adminGuard.close();

    await page.reload();
    await expect.poll(() => page.url()).toContain('/inloggen');
    await expect.poll(() => page.getByRole('heading', { name: t.signIn.title, level: 1 }).count()).toBe(1);
  }, 120_000);
});
