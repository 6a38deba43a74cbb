// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 01, "The sports teacher who did not look away" (concerns-*.e2e.ts and the steps in
 * concerns-steps-*.ts): the people and their organisations, signing in as them, the form and dossier
 * helpers of the walk, the words they type, and what the walk carries from step to step.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import type { OrganisationType } from '#src/core/roles.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { type BrowserSession, useBrowserSession } from './browser.ts';
import type { GuardedContext, GuardOptions } from './guarded-context.ts';
import type { KringServer } from './kring-server.ts';
import { escapeRegExp } from './page-tools.ts';
import { appCode, insertStaff, signInWithCode } from './staff-accounts.ts';
import { textOf } from './walk.ts';

const t = messages('nl');
const c = t.concerns;

let session: BrowserSession;

const PASSWORD = 'een lange zin als wachtwoord voor school';

/** The people of the scenario, one of another school, and the privacy officer of the Veluwe College. */
export const PEOPLE = {
  sanne: { name: 'Sanne de Vries', email: 'sanne.devries@veluwecollege.example', org: 'veluwe' },
  mark: { name: 'Mark Jansen', email: 'mark.jansen@veluwecollege.example', org: 'veluwe' },
  other: { name: 'Kees Visser', email: 'kees.visser@deklimop.example', org: 'klimop' },
  ahmed: { name: 'Ahmed El Amrani', email: 'ahmed.elamrani@veiligthuis-nv.example', org: 'vt' },
  inge: { name: 'Inge Mulder', email: 'inge.mulder@veluwecollege.example', org: 'veluwe' },
} as const;
export type Person = keyof typeof PEOPLE;
export const ROLE_OF = {
  sanne: 'professional',
  mark: 'safeguardingLead',
  other: 'professional',
  ahmed: 'intakeWorker',
  inge: 'privacyOfficer',
} as const;

/**
 * The organisations: both schools and the Veilig Thuis the municipality's content names (the test
 * database holds no organisation at all, so the region's Veilig Thuis is inserted here too).
 */
export function organisations(): Record<(typeof PEOPLE)[Person]['org'], { name: string; type: OrganisationType }> {
  return {
    veluwe: { name: 'Veluwe College', type: 'school' },
    klimop: { name: 'Basisschool De Klimop', type: 'school' },
    vt: { name: session.server.app.kring.web.municipality.veiligThuis.name, type: 'veiligThuis' },
  };
}

/** The second-factor secrets, as each person's authenticator app holds them. */
let secrets = new Map<Person, string>();

/**
 * Registers the calling test file's browser session (browser.ts) and, before its tests, inserts the
 * organisations and the people, as the fixtures are (test/agent.ts), each with a second factor.
 */
export function useScenarioSession(): BrowserSession {
  session = useBrowserSession();
  beforeAll(async () => {
    const people = Object.fromEntries(
      (Object.keys(PEOPLE) as Person[]).map((key) => [key, { ...PEOPLE[key], role: ROLE_OF[key] }]),
    ) as Record<Person, (typeof PEOPLE)[Person] & { role: (typeof ROLE_OF)[Person] }>;
    secrets = await insertStaff(session.server.app, PASSWORD, organisations(), people);
  });
  return session;
}

/** The code the person's app shows (the next half-minute's when this one's was used). */
async function codeOf(who: Person): Promise<string> {
  return appCode(session.server.app, PEOPLE[who].email, secrets.get(who)!);
}

/** Signs the person in, with the password and the code of the authenticator app. */
export async function signIn(page: Page, who: Person): Promise<void> {
  await signInWithCode(page, session.server.baseUrl, PEOPLE[who].email, PASSWORD, () => codeOf(who));
}

/** A calendar date in Dutch time, `days` days from today (negative: in the past). */
export function dutchDate(days: number): { day: string; month: string; year: string; iso: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
    iso: date.toISOString().slice(0, 10),
  };
}

/** Fills the day, month and year of the date group with this legend. */
export async function fillDate(page: Page, legend: string, date: { day: string; month: string; year: string }) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel(t.components.dateDay, { exact: true }).fill(date.day);
  await group.getByLabel(t.components.dateMonth, { exact: true }).fill(date.month);
  await group.getByLabel(t.components.dateYear, { exact: true }).fill(date.year);
}

/** A radio or checkbox whose label starts with this text (some labels carry a hint after it). */
export function choice(page: Page | Locator, role: 'radio' | 'checkbox', text: string): Locator {
  return page.getByRole(role, { name: new RegExp(`^${escapeRegExp(text)}`) });
}

/** Waits for the notice a change ends with (the redirect to the concern page). */
export async function expectNotice(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor();
}

/**
 * A notice mail opens with the organisation it is about (so an aandachtsfunctionaris of two
 * organisations knows which to sign in for); the rest of it names no one. Checks the first line and
 * returns the rest.
 */
export function afterOrganisationLine(mailText: string): string {
  const line = c.mail.organisation(organisations().veluwe.name).replace(/\s+/g, ' ');
  expect(mailText.startsWith(line), `the e-mail starts with "${line}"`).toBe(true);
  return mailText.slice(line.length);
}

/** The entries of the dossier list on the page: heading and the rest of each item's text. */
export async function entriesOn(page: Page): Promise<Array<{ title: string; meta: string; text: string }>> {
  const items = page.locator('[data-testid="entries"] > li');
  const out: Array<{ title: string; meta: string; text: string }> = [];
  for (const item of await items.all()) {
    out.push({
      title: await textOf(item.locator('h3')),
      meta: await textOf(item.locator('.kring-entry__meta')),
      text: await textOf(item),
    });
  }
  return out;
}

export const WORDS_DOOR = 'Ik ben tegen een deur gelopen.';
export const WORDS_PAPA = 'Papa wordt heel boos als hij gedronken heeft. Dan moet ik Daan meenemen naar boven.';
export const WITHDRAWN =
  'Tara is in de gymles al twee weken stil en teruggetrokken. Ze doet niet mee met de groepsopdrachten.';
export const FLINCH =
  'Bij een oefening raakte ik Tara’s schouder aan om haar houding te verbeteren. Ze schrok en trok weg.';
export const MARK_ADVICE = 'Ga in gesprek met de moeder. Vraag anoniem advies aan Veilig Thuis.';
export const VT_ADVICE = 'De zorgen zijn terecht. Bespreek ze met de moeder en overweeg een melding.';
export const MOTHER = 'Het was maar één keer.';
export const REASON_1 = 'Blauwe plek op de achterkant van de bovenarm, schrikreactie en Tara’s eigen woorden.';
export const REASON_2 = 'Herhaald geweld onder invloed van alcohol; een kind dat haar broertje beschermt.';
export const DECISION_REASONS = 'Structurele onveiligheid (meldnorm 1). Daan is ook in gevaar.';
export const HELP_GIVEN = 'Gesprekken met Tara na de gymles; de mentor is op de hoogte en let op haar.';
export const ROLE = 'Docent lichamelijke opvoeding';
export const PHONE = '0341 555 123';
export const NEIGHBOURHOOD_TEAM = 'Wijkteam Harderwijk-Centrum';
export const SAFETY_CONDITIONS =
  'Vader drinkt niet als hij voor de kinderen zorgt. Geen fysiek geweld. Moeder belt bij escalatie 112.';
export const ASSESSMENT_REASONS = 'Herhaald geweld onder invloed; moeder wil meewerken; het wijkteam kent het gezin.';
export const FEEDBACK =
  'Wij hebben de veiligheid beoordeeld. Het wijkteam begeleidt het gezin, met veiligheidsvoorwaarden die wij volgen. Blijf Tara op school steunen en meld ons nieuwe signalen.';
export const HELP_REASONS = 'Wekelijks gesprek met Tara bij de mentor; zij kan altijd bij Sanne terecht.';

/** A date as Sanne types it, and as ISO. */
export type DutchDate = ReturnType<typeof dutchDate>;

/** What every step of the walk is given: Kring, a new guarded context on demand, the dates and "today". */
export interface Walk {
  readonly server: KringServer;
  readonly base: string;
  readonly context: (options?: GuardOptions) => Promise<GuardedContext>;
  readonly dates: Record<'withdrawn' | 'flinch' | 'papa' | 'conversation' | 'check', DutchDate>;
  /** "today" as the pages print it: the day the walk started or, after midnight, the next. */
  readonly todayPattern: () => string;
}

/** What the first steps leave: Sanne's page, its error summary, Tara's concern and the injury recorded. */
export interface Opened {
  readonly sanne: Page;
  readonly summary: Locator;
  readonly taraUrl: string;
  readonly taraId: string;
  readonly injuryText: string;
}

/** The dossier's lines as expected (title, who, text) and the check of a list of entries against them. */
export interface Dossier {
  readonly expected: Array<[title: string, who: Person, text?: string]>;
  readonly checkEntries: (entries: Awaited<ReturnType<typeof entriesOn>>, where: string) => void;
}

/** What filing the report leaves: Veilig Thuis's name, the report's number and when it was filed. */
export interface Filed {
  readonly vtName: string;
  readonly reportNumber: number;
  readonly filedFrom: Date;
  readonly filedUntil: Date;
}
