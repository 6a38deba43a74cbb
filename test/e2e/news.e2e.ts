// SPDX-License-Identifier: EUPL-1.2
/**
 * News and campaigns in the browser (issue 15, ADR 0037), axe on every page: a resident reads the
 * 2017 retrospective in Dutch and the list in English; Petra, the network's editor, writes an article
 * with hostile Markdown, meets the error summary, previews, publishes, adds an image with alt text and
 * reads the versions. The guarded context fails the test on any CSP violation, console error or
 * third-party request; a dialog (an `alert` that got through) fails it too.
 */
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { decryptSecret } from '#src/core/secrets.ts';
import { seedDemoData } from '#src/db/seed.ts';
import { findUserByEmail } from '#src/modules/identity/identity.repository.ts';
import { DEMO_PASSWORD, seedIdentityDemo } from '#src/modules/identity/identity.seed.ts';
import { totpCode } from '#src/modules/identity/totp.ts';
import { seedNewsDemo } from '#src/modules/news/news.seed.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { expectNoAxeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';

const t = messages('nl');
const n = t.news;
const e = n.editor;
const en = messages('en').news;
const session = useBrowserSession();
const EDITOR = 'netwerk@demo.kring.nl';
const HOSTILE = [
  '## Campagne',
  '<script>alert("script")</script>',
  '[klik](javascript:alert("link"))',
  '<img src=x onerror=alert("onerror")>',
  '<svg onload=alert("svg")></svg>',
  '![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
].join('\n\n');

describe('news and campaigns', () => {
  test('a resident reads the retrospective; Petra writes, previews, publishes and adds an image', async () => {
    const { server } = session;
    const db = server.app.kring.database.db;
    await seedDemoData(db, server.app.kring.config, [
      { name: 'identity', run: seedIdentityDemo },
      { name: 'news', run: seedNewsDemo },
    ]);
    // A form sent back with errors answers 400 (ADR: forms), which Chromium logs; nothing else may.
    const page = await session.openPage({ allowConsoleErrors: /status of 400 \(Bad Request\)/ });
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });

    // 1. The public list and the retrospective, in Dutch; the list in English.
    await page.goto(`${server.baseUrl}/nieuws`);
    await expectNoAxeViolations(page, '/nieuws');
    await page.getByRole('link', { name: 'Over gedeelde zorg in de kring van veiligheid' }).click();
    await expect.poll(() => page.url()).toContain('/nieuws/over-gedeelde-zorg-in-de-kring-van-veiligheid');
    expect(await page.locator('blockquote').textContent()).toContain('Mijn held is mijn sportlerares.');
    expect(await page.getByTestId('article').textContent()).toContain(n.publishedOn('22 november 2017'));
    await expectNoAxeViolations(page, 'the retrospective');
    await page.goto(`${server.baseUrl}/en/nieuws`);
    expect(await page.locator('h1').textContent()).toBe(en.title);
    await expectNoAxeViolations(page, '/en/nieuws');

    // 2. Petra signs in and opens the editor's list.
    await page.goto(`${server.baseUrl}/inloggen?terug=/netwerk/nieuws`);
    await page.getByLabel(t.staff.signIn.email).fill(EDITOR);
    await page.getByLabel(t.staff.signIn.password, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t.staff.signIn.submit }).click();
    await expect.poll(() => page.url()).toContain('/inloggen/code');
    const user = await findUserByEmail(db, EDITOR);
    const code = totpCode(decryptSecret(server.app.kring.keys.totpKey, user!.totp_secret!), new Date());
    await page.getByLabel(t.staff.signIn.code, { exact: true }).fill(code);
    await page.getByRole('button', { name: t.staff.signIn.confirm }).click();
    await expect.poll(() => page.url()).not.toContain('/inloggen');
    await page.goto(`${server.baseUrl}/netwerk/nieuws`);
    expect(await page.getByTestId('editor-articles').textContent()).toContain(e.status.published);
    await expectNoAxeViolations(page, 'the editor list');

    // 3. A new article: sent empty, the error summary; nothing typed is lost.
    await page.getByRole('link', { name: e.newArticle }).click();
    await expectNoAxeViolations(page, 'the new article form');
    await page.getByLabel(e.fields.body).fill(HOSTILE);
    await page.getByRole('button', { name: e.actions.save }).click();
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await page.getByLabel(e.fields.body).inputValue()).toBe(HOSTILE);
    await expectNoAxeViolations(page, 'the form with errors');
    await page.locator('.kring-error-summary a[href="#title"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('title');

    // 4. Preview: the Markdown rendered, the hostile parts as text.
    await page.getByLabel(e.fields.title, { exact: true }).fill('Verbind voor het kind!');
    await page.getByLabel(e.fields.summary).fill('De campagne in de week tegen kindermishandeling.');
    await page.getByRole('button', { name: e.actions.preview }).click();
    const preview = page.getByTestId('preview');
    expect(await preview.locator('h2', { hasText: 'Campagne' }).count()).toBe(1);
    expect(await preview.textContent()).toContain('<script>alert("script")</script>');
    expect(await preview.locator('a, img, svg, script').count()).toBe(0);
    await expectNoAxeViolations(page, 'the preview');

    // 5. Published: the public page shows it, inert.
    await page.getByRole('button', { name: e.actions.publish }).click();
    await expect.poll(() => page.url()).toContain('melding=gepubliceerd');
    await expectNoAxeViolations(page, 'the article form after publishing');
    await page.getByRole('link', { name: e.publicLink }).click();
    await expect.poll(() => page.url()).toContain('/nieuws/verbind-voor-het-kind');
    expect(await page.getByTestId('article-body').textContent()).toContain('<img src=x onerror=alert("onerror")>');
    expect(await page.getByTestId('article-body').locator('a, img, svg, script').count()).toBe(0);
    await expectNoAxeViolations(page, 'the published article');

    // 6. An image with alt text, then the versions.
    await page.goBack();
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#14487c' } })
      .png()
      .toBuffer();
    await page
      .getByLabel(e.images.file, { exact: true })
      .setInputFiles({ name: 'stadhuis.png', mimeType: 'image/png', buffer: png });
    await page.getByLabel(e.images.alt).fill('Het stadhuis aan de Havendam');
    await page.getByRole('button', { name: e.images.upload }).click();
    await expect.poll(() => page.url()).toContain('melding=afbeelding');
    expect(await page.getByTestId('article-images').textContent()).toMatch(
      /!\[Het stadhuis aan de Havendam\]\(\/nieuws\/afbeeldingen\/[0-9a-f-]{36}\)/,
    );
    await expectNoAxeViolations(page, 'the article with an image');
    await page.getByRole('link', { name: e.versionsLink }).click();
    expect(await page.getByTestId('versions').locator('tbody tr').count()).toBe(1);
    await expectNoAxeViolations(page, 'the versions');
    await page.getByRole('link', { name: e.versions.view(1) }).click();
    expect(await page.getByTestId('version-markdown').textContent()).toBe(HOSTILE);
    await expectNoAxeViolations(page, 'a version');

    expect(dialogs).toEqual([]);
  }, 180_000);
});
