import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './test/e2e/browser.ts';
const base = 'http://127.0.0.1:3111';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
const page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
async function signIn(email: string) {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-wachtwoord-kring');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const demo = await (await browser.newContext()).newPage();
  await demo.goto(`${base}/ontwikkeling/demo`);
  const row = demo.locator('tr', { hasText: email });
  const code = (await row.locator('td').last().textContent())!.trim().replace(/\s/g, '');
  await page.locator('input[name="code"]').fill(code);
  await page.locator('form button[type="submit"]').first().click();
}
await signIn(process.argv[2] ?? 'leerkracht@demo.kring.nl');
if (page.url().includes('kies-organisatie')) { await page.locator('main input[type=radio]').first().check(); await page.locator('main form button').first().click(); }
for (const [name, path] of (process.argv[3] ?? '/zorgen').split(',').map((p, i) => [String(i), p] as const)) {
  await page.goto(base + path);
  if (path === '/zorgen') {
    const link = page.locator('table a').first();
    if (await link.count()) { await link.click(); }
  }
  await page.screenshot({ path: `/tmp/look/${name}.png`, fullPage: true });
  console.log(name, page.url());
}
await browser.close();
