// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 1, in the browser (ADR 0029): the school's privacy officer finds Tara, reads who
 * looked at her dossier in plain words and Dutch time (axe clean), and downloads the CSV to hand to
 * her parents: it names no reporter who asked to stay unknown.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decryptSecret } from '#src/core/secrets.ts';
import { playTaraStory, TARA_STORY } from '#src/db/demo-story.ts';
import { SEEDERS, seedDemoData } from '#src/db/seed.ts';
import { findUserByEmail } from '#src/modules/identity/identity.repository.ts';
import { DEMO_PASSWORD } from '#src/modules/identity/identity.seed.ts';
import { totpCode } from '#src/modules/identity/totp.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { expectNoAxeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';
import { saveScreenshot } from './page-tools.ts';

const t = messages('nl');
const o = t.staff.audit.overview;
const session = useBrowserSession();
const OFFICER = 'privacy.college@demo.kring.nl';
/** The story is seeded as of this moment: the report was filed on 22 November 2026, 10:00 UTC. */
const STORY_NOW = new Date('2026-12-01T12:00:00Z');

describe("the privacy officer and Tara's overview", () => {
  test('finds Tara, reads the overview in plain words, and downloads a CSV without the reporter', async () => {
    const { server } = session;
    const db = server.app.kring.database.db;
    await seedDemoData(db, server.app.kring.config, SEEDERS, [
      { name: 'tara', run: (d, config) => playTaraStory(d, config, STORY_NOW) },
    ]);
    const page = await session.openPage({ acceptDownloads: true });

    await page.goto(`${server.baseUrl}/inloggen`);
    await page.getByLabel(t.staff.signIn.email).fill(OFFICER);
    await page.getByLabel(t.staff.signIn.password, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t.staff.signIn.submit }).click();
    await expect.poll(() => page.url()).toContain('/inloggen/code');
    const user = await findUserByEmail(db, OFFICER);
    const code = totpCode(decryptSecret(server.app.kring.keys.totpKey, user!.totp_secret!), new Date());
    await page.getByLabel(t.staff.signIn.code, { exact: true }).fill(code);
    await page.getByRole('button', { name: t.staff.signIn.confirm }).click();
    await expect.poll(() => page.url()).toContain('/mijn-kring');

    // Logboek → who looked at the dossier of a child → Tara.
    await page.getByRole('link', { name: t.staff.nav.audit }).first().click();
    await page.getByRole('link', { name: t.staff.audit.subjectsLink }).click();
    await page.getByLabel(t.staff.audit.subjectName).fill('Tara');
    await page.getByRole('button', { name: t.staff.audit.subjectSearch }).click();
    await page.getByRole('link', { name: new RegExp(`^${TARA_STORY.tara.replace(/[()]/g, '\\$&')}`) }).click();
    await expect.poll(() => page.url()).toContain('/privacy/logboek/persoon?betrokkene=');

    const table = page.getByTestId('audit-table');
    await expect.poll(() => table.textContent()).toContain('Meldde bij Veilig Thuis');
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('22 november 2026 om 11:00');
    expect(text).toContain('Las de melding bij Veilig Thuis');
    expect(text).toContain(o.exportedAs(`Een professional van ${TARA_STORY.school}`));
    expect(text).not.toMatch(/\bconcern\.\w/);
    expect(await page.getByTestId('redaction-note').textContent()).toContain(o.redactedReasons.staysUnknown);
    await expectNoAxeViolations(page, 'het overzicht van wie keek naar Tara');
    await saveScreenshot(page, 'access-overview');

    // The CSV to hand to Tara's parents.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: o.exportCsv }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^inzage-overzicht-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv).not.toContain('Sanne');
    expect(csv).not.toContain('Vries');
    expect(csv).toContain(o.redactedReasons.staysUnknown);
    expect(csv).toContain(
      `22 november 2026 om 11:00;Een professional van ${TARA_STORY.school};${TARA_STORY.school};Professional;Meldde bij Veilig Thuis;Zorg voor de persoon`,
    );
  }, 120_000);
});
