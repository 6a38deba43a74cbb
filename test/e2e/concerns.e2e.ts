// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 01, "The sports teacher who did not look away", steps 1–11 in the browser (issues 4 and 5):
 * Sanne de Vries (PE teacher at the Veluwe College) signs in with her second factor, opens a concern
 * about Tara Bakker, records what she saw (the bruise by clicking the body map), Tara's words, Tara's
 * brother Daan with a linked concern of his own, asks Mark Jansen (aandachtsfunctionaris) for
 * consultation (the e-mail names nobody), Mark records his advice and Veilig Thuis's anonymous advice,
 * Sanne records the conversation with the mother, answers the afwegingskader one question per page and
 * decides to report. She files the report to Veilig Thuis Noord-Veluwe with the observations she
 * chooses (one left out) and that she told the mother; Ahmed El Amrani, intake worker there, finds it
 * in the inbox due in 5 working days, sees no earlier reports, triages it, decides "handed over with
 * safety conditions" and writes the feedback; Sanne is told by an e-mail without content, reads the
 * feedback in the concern and records the school's ongoing support. Everything is done as a person
 * does it: links, buttons and labelled fields.
 *
 * Checked on the way: the dossier and the chronology list every entry in order with who and when, a
 * user of another school gets "Pagina niet gevonden", the privacy officer sees who opened Tara's
 * dossier (Veilig Thuis included), every distinct page passes axe (WCAG 2.2 AA), the forms' errors
 * (summary with links, focus, typed and chosen values kept), and, in a second test, recording an
 * injury without JavaScript (side and region chosen from the lists).
 *
 * Screenshots of the concern, injury, report, inbox, intake and audit pages go to /tmp/kring-shots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSectorGuidance } from '#src/content/meldcode-content.ts';
import type { OrganisationType } from '#src/core/roles.ts';
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
import { assessmentDueOn } from '#src/modules/reports/workflow.ts';
import { formatDate } from '#src/web/format.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { axeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';
import { type GuardedContext, newGuardedContext } from './guarded-context.ts';
import { escapeRegExp } from './page-tools.ts';

const t = messages('nl');
const c = t.concerns;
const s = t.staff;
const session = useBrowserSession();

const SHOTS = '/tmp/kring-shots';
const PASSWORD = 'een lange zin als wachtwoord voor school';

/** The people of the scenario, one of another school, and the privacy officer of the Veluwe College. */
const PEOPLE = {
  sanne: { name: 'Sanne de Vries', email: 'sanne.devries@veluwecollege.example', org: 'veluwe' },
  mark: { name: 'Mark Jansen', email: 'mark.jansen@veluwecollege.example', org: 'veluwe' },
  other: { name: 'Kees Visser', email: 'kees.visser@deklimop.example', org: 'klimop' },
  ahmed: { name: 'Ahmed El Amrani', email: 'ahmed.elamrani@veiligthuis-nv.example', org: 'vt' },
  inge: { name: 'Inge Mulder', email: 'inge.mulder@veluwecollege.example', org: 'veluwe' },
} as const;
type Person = keyof typeof PEOPLE;
const ROLE_OF = {
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
function organisations(): Record<(typeof PEOPLE)[Person]['org'], { name: string; type: OrganisationType }> {
  return {
    veluwe: { name: 'Veluwe College', type: 'school' },
    klimop: { name: 'Basisschool De Klimop', type: 'school' },
    vt: { name: session.server.app.kring.web.municipality.veiligThuis.name, type: 'veiligThuis' },
  };
}

/** The second-factor secrets, as each person's authenticator app holds them. */
const secrets = new Map<Person, string>();

/** The organisations and the people, inserted as the fixtures are (test/agent.ts), each with a second factor. */
beforeAll(async () => {
  const { app } = session.server;
  const passwordHash = await hashPassword(PASSWORD);
  const now = new Date();
  await app.kring.database.db.transaction().execute(async (trx) => {
    const orgs = new Map<string, string>();
    for (const [key, o] of Object.entries(organisations())) {
      orgs.set(key, (await insertOrganisation(trx, { name: o.name, type: o.type, now }))!);
    }
    for (const [key, person] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
      const secret = newTotpSecret();
      secrets.set(key, secret);
      const id = await insertUser(trx, { email: person.email, displayName: person.name, passwordHash, now });
      await updateUser(trx, id, { totp_secret: encryptSecret(app.kring.keys.totpKey, secret), totp_enrolled_at: now });
      await insertMembership(trx, { userId: id, organisationId: orgs.get(person.org)!, role: ROLE_OF[key], now });
    }
  });
});

/**
 * The code the person's app shows. A code is accepted once; when this half-minute's code was used
 * already (a second sign-in), the next half-minute's code, which Kring accepts too (one step of drift).
 */
async function codeOf(who: Person): Promise<string> {
  const user = await findUserByEmail(session.server.app.kring.database.db, PEOPLE[who].email);
  const last = user?.totp_last_step === null || user?.totp_last_step === undefined ? -1 : Number(user.totp_last_step);
  const now = new Date();
  const at = totpStep(now) > last ? now : new Date((last + 1) * 30_000 + 1_000);
  return totpCode(secrets.get(who)!, at);
}

async function signIn(page: Page, who: Person): Promise<void> {
  await page.goto(`${session.server.baseUrl}/inloggen`);
  await page.getByLabel(s.signIn.email).fill(PEOPLE[who].email);
  await page.getByLabel(s.signIn.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: s.signIn.submit }).click();
  await expect.poll(() => page.url()).toContain('/inloggen/code');
  await page.getByLabel(s.signIn.code, { exact: true }).fill(await codeOf(who));
  await page.getByRole('button', { name: s.signIn.confirm }).click();
  await expect.poll(() => page.url()).toContain('/mijn-kring');
}

/** A calendar date in Dutch time, `days` days from today (negative: in the past). */
function dutchDate(days: number): { day: string; month: string; year: string; iso: string } {
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
async function fillDate(page: Page, legend: string, date: { day: string; month: string; year: string }) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel(t.components.dateDay, { exact: true }).fill(date.day);
  await group.getByLabel(t.components.dateMonth, { exact: true }).fill(date.month);
  await group.getByLabel(t.components.dateYear, { exact: true }).fill(date.year);
}

/** A radio or checkbox whose label starts with this text (some labels carry a hint after it). */
function choice(page: Page | Locator, role: 'radio' | 'checkbox', text: string): Locator {
  return page.getByRole(role, { name: new RegExp(`^${escapeRegExp(text)}`) });
}

/** The pages axe checked, for the failure message and the report. */
const axeChecked: string[] = [];

/** Runs axe (WCAG 2.2 AA and best practice); a violation fails the test but the walk goes on. */
async function axe(page: Page, label: string): Promise<void> {
  await page.waitForLoadState('load');
  axeChecked.push(label);
  expect.soft(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Waits for the notice a change ends with (the redirect to the concern page). */
async function expectNotice(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor();
}

/** An element's text, white space collapsed. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A notice mail opens with the organisation it is about (so an aandachtsfunctionaris of two
 * organisations knows which to sign in for); the rest of it names no one. Checks the first line and
 * returns the rest.
 */
function afterOrganisationLine(mailText: string): string {
  const line = c.mail.organisation(organisations().veluwe.name).replace(/\s+/g, ' ');
  expect(mailText.startsWith(line), `the e-mail starts with "${line}"`).toBe(true);
  return mailText.slice(line.length);
}

/** The entries of the dossier list on the page: heading and the rest of each item's text. */
async function entriesOn(page: Page): Promise<Array<{ title: string; meta: string; text: string }>> {
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

const WORDS_DOOR = 'Ik ben tegen een deur gelopen.';
const WORDS_PAPA = 'Papa wordt heel boos als hij gedronken heeft. Dan moet ik Daan meenemen naar boven.';
const WITHDRAWN =
  'Tara is in de gymles al twee weken stil en teruggetrokken. Ze doet niet mee met de groepsopdrachten.';
const FLINCH = 'Bij een oefening raakte ik Tara’s schouder aan om haar houding te verbeteren. Ze schrok en trok weg.';
const MARK_ADVICE = 'Ga in gesprek met de moeder. Vraag anoniem advies aan Veilig Thuis.';
const VT_ADVICE = 'De zorgen zijn terecht. Bespreek ze met de moeder en overweeg een melding.';
const MOTHER = 'Het was maar één keer.';
const REASON_1 = 'Blauwe plek op de achterkant van de bovenarm, schrikreactie en Tara’s eigen woorden.';
const REASON_2 = 'Herhaald geweld onder invloed van alcohol; een kind dat haar broertje beschermt.';
const DECISION_REASONS = 'Structurele onveiligheid (meldnorm 1). Daan is ook in gevaar.';
const HELP_GIVEN = 'Gesprekken met Tara na de gymles; de mentor is op de hoogte en let op haar.';
const ROLE = 'Docent lichamelijke opvoeding';
const PHONE = '0341 555 123';
const NEIGHBOURHOOD_TEAM = 'Wijkteam Harderwijk-Centrum';
const SAFETY_CONDITIONS =
  'Vader drinkt niet als hij voor de kinderen zorgt. Geen fysiek geweld. Moeder belt bij escalatie 112.';
const ASSESSMENT_REASONS = 'Herhaald geweld onder invloed; moeder wil meewerken; het wijkteam kent het gezin.';
const FEEDBACK =
  'Wij hebben de veiligheid beoordeeld. Het wijkteam begeleidt het gezin, met veiligheidsvoorwaarden die wij volgen. Blijf Tara op school steunen en meld ons nieuwe signalen.';
const HELP_REASONS = 'Wekelijks gesprek met Tara bij de mentor; zij kan altijd bij Sanne terecht.';

describe('scenario 01: the sports teacher who did not look away (steps 1–11)', () => {
  test('Sanne and Mark walk the meldcode to the report; Veilig Thuis assesses and gives feedback', async () => {
    const { server, browser } = session;
    const base = server.baseUrl;
    const contexts: GuardedContext[] = [];
    const context = async (options: Parameters<typeof newGuardedContext>[2] = {}) => {
      const guard = await newGuardedContext(browser, server, options);
      contexts.push(guard);
      return guard;
    };
    const started = new Date();
    // The dates Sanne types, fixed once (the walk may cross midnight).
    const dates = {
      withdrawn: dutchDate(-14),
      flinch: dutchDate(-10),
      papa: dutchDate(-3),
      conversation: dutchDate(0),
      check: dutchDate(28),
    };
    /** "today" as the pages print it: the day the walk started or, after midnight, the next. */
    const todayPattern = () =>
      [...new Set([formatDate('nl', started), formatDate('nl', new Date())])].map(escapeRegExp).join('|');

    // 1. Sanne signs in: password and the code of her authenticator app.
    // (The open form's errors come back with 400, which Chromium reports on the console.)
    const sanne = await (await context({ allowConsoleErrors: /status of 400/ })).newPage();
    await signIn(sanne, 'sanne');
    await axe(sanne, 'mijn kring');

    // 2. She opens a concern about Tara, first by mistake without filling anything in.
    await sanne.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: c.nav }).click();
    await sanne.getByRole('heading', { name: c.list.title, level: 1 }).waitFor();
    await axe(sanne, 'mijn zorgen (leeg)');
    await sanne.getByRole('link', { name: c.list.open }).click();
    await sanne.getByRole('heading', { name: c.open.title, level: 1 }).waitFor();
    await axe(sanne, 'zorg vastleggen');
    await sanne.getByRole('button', { name: c.open.submit }).click();
    const summary = sanne.getByRole('alert').filter({ hasText: t.components.errorSummaryTitle });
    await summary.waitFor();
    await expect
      .poll(() => summary.getByRole('link').allInnerTexts())
      .toEqual([c.errors.fullName, c.errors.ageGroup, c.honour.error]);
    // The summary has the focus (a screen reader reads it first).
    await expect
      .poll(() => sanne.evaluate(() => document.activeElement?.classList.contains('kring-error-summary')))
      .toBe(true);
    await axe(sanne, 'zorg vastleggen, met fouten');
    // Its link takes her to the field.
    await summary.getByRole('link', { name: c.errors.fullName }).click();
    await expect.poll(() => sanne.evaluate(() => document.activeElement?.id)).toBe('fullName');
    await sanne.getByLabel(c.open.fullName, { exact: true }).fill('Tara Bakker');
    // A slip in the date of birth (31 February), and still no choice of who it is about.
    const dobLegend = `${c.open.dateOfBirth} ${t.common.optional}`;
    await fillDate(sanne, dobLegend, { day: '31', month: '2', year: '2012' });
    await sanne.getByRole('button', { name: c.open.submit }).click();
    await expect
      .poll(() => summary.getByRole('link').allInnerTexts())
      .toEqual([c.errors.dateOfBirth, c.errors.ageGroup, c.honour.error]);
    // What she typed is kept.
    expect(await sanne.getByLabel(c.open.fullName, { exact: true }).inputValue()).toBe('Tara Bakker');
    const dob = sanne.getByRole('group', { name: dobLegend, exact: true });
    expect(await dob.getByLabel(t.components.dateDay, { exact: true }).inputValue()).toBe('31');
    expect(await dob.getByLabel(t.components.dateMonth, { exact: true }).inputValue()).toBe('2');
    expect(await dob.getByLabel(t.components.dateYear, { exact: true }).inputValue()).toBe('2012');
    // The date's link goes to its first field (the day), the other to the first radio.
    await summary.getByRole('link', { name: c.errors.dateOfBirth }).click();
    await expect.poll(() => sanne.evaluate(() => document.activeElement?.id)).toBe('dateOfBirth-day');
    await fillDate(sanne, dobLegend, { day: '3', month: '3', year: '2012' });
    await summary.getByRole('link', { name: c.errors.ageGroup }).click();
    await expect.poll(() => sanne.evaluate(() => document.activeElement?.id)).toBe('ageGroup');
    await choice(sanne, 'radio', c.ageGroups.child).check();
    // No signs of honour-related violence (the question every concern asks, ADR 0027).
    await choice(sanne.getByRole('group', { name: c.honour.question }), 'radio', c.honour.answers.no).check();
    await sanne.getByRole('button', { name: c.open.submit }).click();
    await expectNotice(sanne, c.concern.notices.opened);
    await sanne.getByRole('heading', { name: c.concern.titleFor('Tara Bakker'), level: 1 }).waitFor();
    const taraUrl = sanne.url().split('?')[0]!;
    const taraId = taraUrl.split('/').at(-1)!;
    expect(await textOf(sanne.locator('.kring-caption').first())).toContain(c.born(formatDate('nl', '2012-03-03')));
    await axe(sanne, 'zorg (net geopend)');

    /** From the concern page: one signal, as Sanne records it. */
    const recordSignal = async (
      kind: 'observation' | 'quote',
      date: { day: string; month: string; year: string },
      fill: () => Promise<void>,
      check?: string,
    ) => {
      await sanne.getByRole('link', { name: c.concern.addSignal }).click();
      await sanne.getByRole('heading', { name: c.signal.title, level: 1 }).waitFor();
      if (!axeChecked.includes('signaal: wat legt u vast')) await axe(sanne, 'signaal: wat legt u vast');
      await choice(sanne, 'radio', c.signal.kinds[kind]).check();
      await sanne.getByRole('button', { name: c.signal.next }).click();
      await sanne.getByRole('heading', { name: c.signal.kinds[kind], level: 1 }).waitFor();
      if (check) await axe(sanne, check);
      await fillDate(sanne, c.signal.date, date);
      await fill();
      await choice(sanne, 'radio', c.signal.sourceKinds.self).check();
      await sanne.getByRole('button', { name: c.signal.submit }).click();
      await expectNotice(sanne, c.concern.notices.saved);
    };

    // The withdrawn behaviour, two weeks ago; the flinching, ten days ago; each with its signs.
    await recordSignal(
      'observation',
      dates.withdrawn,
      async () => {
        await sanne.getByLabel(c.signal.facts).fill(WITHDRAWN);
        await choice(sanne, 'checkbox', 'Emotionele mishandeling').check();
      },
      'signaal: waarneming',
    );
    await axe(sanne, 'zorg (met melding “Vastgelegd”)');
    await recordSignal('observation', dates.flinch, async () => {
      await sanne.getByLabel(c.signal.facts).fill(FLINCH);
      await sanne.getByLabel(c.signal.interpretation).fill('Ze lijkt bang voor aanraking.');
      await choice(sanne, 'checkbox', 'Lichamelijke mishandeling').check();
    });

    // The bruise, on the body map: a click on the back view's upper left arm (the person's left is
    // on the viewer's left when seen from the back).
    await sanne.getByRole('link', { name: c.concern.addInjury }).click();
    await sanne.getByRole('heading', { name: c.injury.title, level: 1 }).waitFor();
    await sanne.getByText(t.bodyMap.clickHint).waitFor(); // the script runs: the drawing can be clicked
    await axe(sanne, 'letsel: lichaamskaart');
    const front = sanne.getByRole('group', { name: `${t.bodyMap.mapName}: ${t.bodyMap.front}`, exact: true });
    const back = sanne.getByRole('group', { name: `${t.bodyMap.mapName}: ${t.bodyMap.back}`, exact: true });
    // The person's left arm: on the viewer's right from the front, on the viewer's left from the back.
    const middle = async (l: Locator) => {
      const b = (await l.boundingBox())!;
      return b.x + b.width / 2;
    };
    const leftArm = (view: Locator) => view.getByRole('button', { name: 'linker bovenarm', exact: true });
    expect(await middle(leftArm(front))).toBeGreaterThan(await middle(front));
    expect(await middle(leftArm(back))).toBeLessThan(await middle(back));
    const box = (await back.boundingBox())!;
    // The drawing keeps its aspect (viewBox 0 0 100 220, centred): (27, 66) is on the upper arm.
    const scale = Math.min(box.width / 100, box.height / 220);
    const at = (x: number, y: number) => ({
      x: (box.width - 100 * scale) / 2 + x * scale,
      y: (box.height - 220 * scale) / 2 + y * scale,
    });
    await back.click({ position: at(27, 66) });
    const region = sanne.getByLabel(c.injury.region, { exact: true });
    await expect.poll(() => region.inputValue()).toBe('upperArmLeft');
    expect(await textOf(region.locator('option:checked'))).toBe('linker bovenarm');
    await expect.poll(() => sanne.getByRole('status').allInnerTexts()).toContain(`linker bovenarm, ${t.bodyMap.back}`);
    await choice(sanne, 'radio', c.injury.sides.back).check();
    await choice(sanne, 'radio', c.injury.kinds.bruise).check();
    await sanne.getByLabel(c.injury.size, { exact: true }).fill('4');
    await choice(sanne, 'radio', c.injury.colours.bluePurple).check();
    await fillDate(sanne, c.injury.date, dates.flinch);
    await sanne.getByLabel(c.injury.explanation, { exact: true }).fill('Tara zegt dat ze tegen een deur is gelopen.');
    await axe(sanne, 'letsel: lichaamskaart met stip');
    await shot(sanne, 'injury-page');
    await sanne.getByRole('button', { name: c.injury.submit }).click();
    await expectNotice(sanne, c.concern.notices.saved);
    const injuryText = c.injury.describe(
      c.injury.kinds.bruise,
      '4',
      c.injury.colours.bluePurple,
      c.injury.sides.back,
      'linker bovenarm',
    );
    await sanne.locator('#lichaamskaart').getByText(injuryText).waitFor();
    // The exact spot was kept, on the back.
    const injury = await server.app.kring.database.db
      .selectFrom('concern_entry')
      .select('data')
      .where('concern_id', '=', taraId)
      .where('kind', '=', 'injury')
      .executeTakeFirstOrThrow();
    expect(injury.data).toMatchObject({ side: 'back', region: 'upperArmLeft', sizeCm: 4, colour: 'bluePurple' });
    expect((injury.data as { x: number | null }).x).toBeCloseTo(27, 0);
    expect((injury.data as { y: number | null }).y).toBeCloseTo(66, 0);

    // Tara's explanation, quoted.
    await recordSignal(
      'quote',
      dates.flinch,
      async () => {
        await sanne.getByLabel(c.signal.words).fill(WORDS_DOOR);
        await sanne.getByLabel(c.signal.context).fill('Toen ik vroeg hoe ze aan de blauwe plek kwam.');
      },
      'signaal: eigen woorden',
    );

    // 3. A week later, Tara's words about her father, verbatim.
    await recordSignal('quote', dates.papa, async () => {
      await sanne.getByLabel(c.signal.words).fill(WORDS_PAPA);
      await sanne.getByLabel(c.signal.context).fill('Na de gymles vroeg ik hoe het thuis gaat.');
    });

    // 4. The household: Daan (8), her brother, and a concern of his own.
    await sanne.getByRole('link', { name: c.subjects.child.householdLink, exact: true }).click();
    await sanne.getByRole('heading', { name: c.subjects.child.householdTitle, level: 1 }).waitFor();
    await axe(sanne, 'gezin en kindcheck');
    await sanne.getByLabel(c.household.name, { exact: true }).fill('Daan Bakker');
    await sanne.getByLabel(c.household.relation, { exact: true }).fill('broer');
    await sanne.getByLabel(c.household.age, { exact: true }).fill('8');
    await sanne.getByRole('button', { name: c.household.add }).click();
    await sanne.getByText('Daan Bakker (broer, 8 jaar)').waitFor();
    await axe(sanne, 'gezin en kindcheck, met Daan');
    await sanne.getByRole('button', { name: c.household.openConcern('Daan Bakker') }).click();
    await expectNotice(sanne, c.concern.notices.linked);
    await sanne.getByRole('heading', { name: c.concern.titleFor('Daan Bakker'), level: 1 }).waitFor();
    // Said at the top, and as the first line of the dossier (a link back).
    await sanne.getByText(c.concern.linkedFrom('Tara Bakker')).first().waitFor();
    await axe(sanne, 'zorg over Daan (gekoppeld)');
    await sanne.getByRole('link', { name: c.concern.linkedFromLink }).click();
    await sanne.getByRole('heading', { name: c.concern.titleFor('Tara Bakker'), level: 1 }).waitFor();
    expect(sanne.url()).toBe(taraUrl);

    // 5. Sanne asks Mark for consultation.
    await sanne.getByRole('link', { name: c.concern.consultation, exact: true }).click();
    await sanne.getByRole('heading', { name: c.consultation.title, level: 1 }).waitFor();
    await axe(sanne, 'consultatie vragen');
    await choice(sanne, 'radio', 'Mark Jansen').check();
    await sanne.getByRole('button', { name: c.consultation.requestSubmit }).click();
    await expectNotice(sanne, c.concern.notices.consultationRequested);

    // Mark gets an e-mail without names (the development outbox; the mail job polls every 2 s).
    const markGuard = await context();
    const mark = await markGuard.newPage();
    const mail = mark.locator('article.kring-mail').filter({ hasText: PEOPLE.mark.email });
    await expect
      .poll(
        async () => {
          await mark.goto(`${base}/ontwikkeling/post`);
          return mail.count();
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(1);
    await axe(mark, 'ontwikkeling: verstuurde e-mail');
    expect(await textOf(mail.getByRole('heading'))).toBe(c.mail.consultationRequested.subject);
    const mailText = afterOrganisationLine(await textOf(mail.locator('pre')));
    for (const secret of ['Tara', 'Bakker', 'Daan', 'Sanne', 'Vries', 'Veluwe', taraId]) {
      expect(mailText, `the e-mail mentions ${secret}`).not.toContain(secret);
    }

    // Mark signs in and opens the concern from his list.
    await signIn(mark, 'mark');
    await mark.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: c.nav }).click();
    await mark.getByRole('heading', { name: c.list.titleLead, level: 1 }).waitFor();
    await axe(mark, 'zorgen van de organisatie');
    await mark.getByRole('link', { name: 'Tara Bakker' }).click();
    await mark.getByRole('heading', { name: c.concern.titleFor('Tara Bakker'), level: 1 }).waitFor();
    await mark.getByText(WORDS_PAPA, { exact: false }).waitFor();
    const waiting = new RegExp(
      escapeRegExp(c.concern.consultationWaiting('Sanne de Vries', '\u0000')).replace('\u0000', `(${todayPattern()})`),
    );
    await mark.getByText(waiting).waitFor();
    await axe(mark, 'zorg, door de aandachtsfunctionaris');
    await mark.getByRole('link', { name: c.concern.consultation, exact: true }).click();
    await mark.getByRole('heading', { name: c.consultation.title, level: 1 }).waitFor();
    await axe(mark, 'consultatie vastleggen');
    const record = mark.getByRole('region', { name: c.consultation.recordTitle });
    await record.getByLabel(c.consultation.withName).fill('Mark Jansen, aandachtsfunctionaris');
    await record.getByLabel(c.consultation.advice).fill(MARK_ADVICE);
    await record.getByRole('button', { name: c.consultation.recordSubmit }).click();
    await expectNotice(mark, c.concern.notices.saved);
    expect(await mark.getByText(waiting).count(), 'the consultation is answered').toBe(0);

    // 6. Mark records Veilig Thuis's anonymous advice.
    await mark.getByRole('link', { name: c.concern.consultation, exact: true }).click();
    const advice = mark.getByRole('region', { name: c.consultation.adviceTitle });
    await advice.waitFor();
    await axe(mark, 'anoniem advies vastleggen');
    await choice(advice, 'radio', c.consultation.advisers.veiligThuis).check();
    await advice.getByLabel(c.consultation.advice).fill(VT_ADVICE);
    await advice.getByRole('button', { name: c.consultation.adviceSubmit }).click();
    await expectNotice(mark, c.concern.notices.saved);

    // 7. Sanne records the conversation with Tara's mother.
    await sanne.reload();
    await sanne.getByRole('link', { name: c.concern.conversation, exact: true }).click();
    await sanne.getByRole('heading', { name: c.conversation.title, level: 1 }).waitFor();
    await axe(sanne, 'gesprek');
    await fillDate(sanne, c.conversation.date, dates.conversation);
    await sanne.getByLabel(c.conversation.participants).fill('Mevrouw Bakker (moeder van Tara), Sanne de Vries');
    await sanne.getByLabel(c.conversation.reaction).fill(MOTHER);
    await sanne.getByRole('button', { name: c.conversation.submit }).click();
    await expectNotice(sanne, c.concern.notices.saved);

    // 8. The afwegingskader, one question per page.
    const w = c.weighing;
    await sanne.getByRole('link', { name: c.concern.weighing }).click();
    await sanne.getByText(w.questionOf(1)).waitFor();
    await axe(sanne, 'afwegingskader vraag 1');
    await sanne.getByRole('group', { name: c.subjects.child.questions[1] }).getByRole('radio', { name: w.yes }).check();
    await sanne.getByLabel(w.rationale, { exact: true }).fill(REASON_1);
    await sanne.getByRole('button', { name: w.next }).click();
    await sanne.getByText(w.questionOf(2)).waitFor();
    await axe(sanne, 'afwegingskader vraag 2');
    await sanne.getByRole('group', { name: c.subjects.child.questions[2] }).getByRole('radio', { name: w.yes }).check();
    await sanne.getByLabel(w.rationale, { exact: true }).fill(REASON_2);
    await sanne.getByRole('button', { name: w.next }).click();
    const result = sanne.getByTestId('weighing-result');
    await result.waitFor();
    expect(await textOf(result)).toContain(w.outcomes.reportUnsafe);
    expect(await textOf(result)).toContain(`${w.norm(1)}: ${w.norms[1]}`);
    await axe(sanne, 'afwegingskader uitkomst');
    await sanne.getByRole('button', { name: w.save }).click();
    await expectNotice(sanne, c.concern.notices.saved);
    expect(await textOf(sanne.getByTestId('weighing-outcome'))).toContain(w.outcomes.reportUnsafe);

    const d = c.decision;
    await sanne.getByRole('link', { name: c.concern.decision }).click();
    await sanne.getByRole('heading', { name: d.title, level: 1 }).waitFor();
    await axe(sanne, 'besluit');
    await sanne.getByRole('radio', { name: d.decisions.report }).check();
    await sanne.getByLabel(d.reasons, { exact: true }).fill(DECISION_REASONS);
    await sanne.getByRole('radio', { name: d.informedYes }).check();
    await sanne.getByRole('checkbox', { name: d.keepHelping }).check();
    await fillDate(sanne, d.checkDate, dates.check);
    await sanne.getByRole('button', { name: d.submit }).click();
    await expectNotice(sanne, c.concern.notices.saved);
    expect(await textOf(sanne.getByTestId('concern-status'))).toBe(c.statuses.report);
    await axe(sanne, 'zorg (besloten te melden)');
    await shot(sanne, 'concern-page');

    // The dossier lists every entry, in order, with who recorded it.
    const k = c.entries.kinds;
    const expected: Array<[title: string, who: Person, text?: string]> = [
      [k.opened, 'sanne'],
      [k.observation, 'sanne', WITHDRAWN],
      [k.observation, 'sanne', FLINCH],
      [k.injury, 'sanne', injuryText],
      [k.quote, 'sanne', `“${WORDS_DOOR}”`],
      [k.quote, 'sanne', `“${WORDS_PAPA}”`],
      [k.householdMember, 'sanne', 'Daan Bakker (broer, 8 jaar)'],
      [k.linkedConcern, 'sanne', c.entries.linkedChild('Daan Bakker')],
      [k.consultationRequested, 'sanne', c.entries.requestedOf('Mark Jansen')],
      [k.consultation, 'mark', MARK_ADVICE],
      [k.advice, 'mark', VT_ADVICE],
      [k.conversation, 'sanne', MOTHER],
      [k.weighing, 'sanne', REASON_2],
      [k.decision, 'sanne', DECISION_REASONS],
    ];
    const checkEntries = (entries: Awaited<ReturnType<typeof entriesOn>>, where: string) => {
      expect(
        entries.map((e) => e.title),
        where,
      ).toEqual(expected.map(([title], i) => `${c.entries.number(i + 1)} ${title}`));
      expected.forEach(([, who, text], i) => {
        const entry = entries[i]!;
        expect(entry.meta, `${where}, regel ${i + 1}: who and when`).toMatch(
          new RegExp(`^${escapeRegExp(PEOPLE[who].name)}, (${todayPattern()}) om \\d{2}:\\d{2}`),
        );
        if (text) expect(entry.text, `${where}, regel ${i + 1}`).toContain(text);
      });
    };
    const dossier = await entriesOn(sanne);
    checkEntries(dossier, 'zorg');
    expect(dossier[1]!.meta).toContain(c.entries.occurred(formatDate('nl', dates.withdrawn.iso)));
    expect(dossier[2]!.meta).toContain(c.entries.occurred(formatDate('nl', dates.flinch.iso)));
    expect(dossier[5]!.meta).toContain(c.entries.occurred(formatDate('nl', dates.papa.iso)));
    expect(dossier[11]!.text).toContain(formatDate('nl', dates.conversation.iso));
    expect(dossier[13]!.text).toContain(c.entries.keepHelping);
    expect(dossier[13]!.text).toContain(c.entries.informedYes);
    expect(dossier[13]!.text).toContain(c.entries.checkDate(formatDate('nl', dates.check.iso)));

    // The chronology shows the same, with who and when.
    await sanne.getByRole('link', { name: c.concern.chronology }).click();
    await sanne.getByRole('heading', { name: c.chronology.title('Tara Bakker'), level: 1 }).waitFor();
    expect(new URL(sanne.url()).pathname).toBe(`/zorgen/${taraId}/chronologie`);
    await axe(sanne, 'chronologie');
    checkEntries(await entriesOn(sanne), 'chronologie');

    // A teacher of another school gets "not found" on Tara's concern, and nothing of it.
    const other = await (await context({ allowConsoleErrors: /status of 404/ })).newPage();
    await signIn(other, 'other');
    const response = await other.goto(taraUrl);
    expect(response?.status()).toBe(404);
    await other.getByRole('heading', { name: t.errors.notFoundTitle, level: 1 }).waitFor();
    expect(await textOf(other.locator('body'))).not.toContain('Tara');
    await axe(other, 'pagina niet gevonden');

    // 9. Sanne files the report. The decision recorded that she told the mother; the form knows it.
    const rt = t.reports;
    const f = rt.file;
    const vtName = server.app.kring.web.municipality.veiligThuis.name;
    await sanne.goto(taraUrl);
    await sanne.getByRole('link', { name: rt.concern.fileReport }).click();
    await sanne.getByRole('heading', { name: f.title, level: 1 }).waitFor();
    expect(new URL(sanne.url()).pathname).toBe(`/zorgen/${taraId}/melden`);
    expect(await textOf(sanne.locator('main'))).toContain(f.intro(vtName));
    await axe(sanne, 'melden bij Veilig Thuis');
    await shot(sanne, 'report-form');
    // Everything reportable is offered and chosen: the observations (lines 2–6) and Daan.
    const observationsGroup = sanne.getByRole('group', { name: f.observations });
    const observation = (seq: number) =>
      observationsGroup.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(c.entries.number(seq))}:`) });
    const reportable = [
      [2, k.observation],
      [3, k.observation],
      [4, k.injury],
      [5, k.quote],
      [6, k.quote],
    ] as const;
    expect(await observationsGroup.getByRole('checkbox').count()).toBe(reportable.length);
    for (const [seq, kind] of reportable) {
      expect(
        await textOf(sanne.locator(`label[for="${await observation(seq).getAttribute('id')}"] > span`).first()),
      ).toBe(`${c.entries.number(seq)}: ${kind}`);
      expect(await observation(seq).isChecked(), `line ${seq} chosen by default`).toBe(true);
    }
    const daan = sanne
      .getByRole('group', { name: f.household })
      .getByRole('checkbox', { name: 'Daan Bakker, broer, 8 jaar' });
    expect(await daan.isChecked()).toBe(true);
    const toldMother = sanne.getByRole('radio', { name: f.informedYes, exact: true });
    expect(await toldMother.isChecked(), 'told the mother, as recorded with the decision').toBe(true);
    await toldMother.check();
    // She leaves out the withdrawn behaviour (line 2) and forgets to say whether it is acute.
    await observation(2).uncheck();
    await sanne.getByLabel(f.helpGiven, { exact: true }).fill(HELP_GIVEN);
    await sanne.getByLabel(f.role, { exact: true }).fill(ROLE);
    await sanne.getByLabel(f.phone, { exact: true }).fill(PHONE);
    await sanne.getByRole('button', { name: f.submit }).click();
    await expect.poll(() => summary.getByRole('link').allInnerTexts()).toEqual([rt.errors.acute]);
    await axe(sanne, 'melden bij Veilig Thuis, met fouten');
    // What she chose and typed is kept.
    expect(await observation(2).isChecked(), 'line 2 still left out').toBe(false);
    for (const seq of [3, 4, 5, 6]) expect(await observation(seq).isChecked(), `line ${seq} still chosen`).toBe(true);
    expect(await daan.isChecked()).toBe(true);
    expect(await sanne.getByRole('radio', { name: f.informedYes, exact: true }).isChecked()).toBe(true);
    expect(await sanne.getByLabel(f.helpGiven, { exact: true }).inputValue()).toBe(HELP_GIVEN);
    expect(await sanne.getByLabel(f.role, { exact: true }).inputValue()).toBe(ROLE);
    expect(await sanne.getByLabel(f.phone, { exact: true }).inputValue()).toBe(PHONE);
    await summary.getByRole('link', { name: rt.errors.acute }).click();
    await expect.poll(() => sanne.evaluate(() => document.activeElement?.id)).toBe('acute');
    await sanne.getByRole('radio', { name: f.acuteNo, exact: true }).check();
    const filedFrom = new Date();
    await sanne.getByRole('button', { name: f.submit }).click();
    await expectNotice(sanne, f.sent);
    const filedUntil = new Date();
    expect(new URL(sanne.url()).pathname).toBe(`/zorgen/${taraId}`);
    const reported = (await entriesOn(sanne)).at(-1)!;
    expect(reported.title).toBe(`${c.entries.number(15)} ${k.reported}`);
    const reportNumber = Number(/Melding (\d+) /.exec(reported.text)?.[1]);
    expect(reported.text).toContain(c.entries.reported(reportNumber, vtName));
    expect(reported.text).toContain(c.entries.reportedObservations('3, 4, 5, 6'));
    expect(reported.text).toContain(c.entries.reportedHousehold(1));
    expect(reported.text).toContain(c.entries.reportedInformed);
    expect(reported.text).not.toContain(c.entries.reportedAcute);
    // Once filed, the page says so, no longer that the report is to be sent in a next step.
    const afterFiling = await textOf(sanne.locator('main'));
    expect(afterFiling).toContain(rt.concern.filedNote);
    expect(afterFiling).not.toContain(d.reportNext);
    await shot(sanne, 'concern-reported');

    // 10. The intake worker of Veilig Thuis signs in and finds the report in the inbox, due in 5 working days.
    const r = rt.report;
    const ahmed = await (await context({ allowConsoleErrors: /status of 400/ })).newPage();
    await signIn(ahmed, 'ahmed');
    await ahmed.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: rt.nav }).click();
    await ahmed.getByRole('heading', { name: rt.inbox.title, level: 1 }).waitFor();
    await axe(ahmed, 'veilig thuis: meldingen');
    await shot(ahmed, 'intake-inbox');
    const dueDates = [...new Set([assessmentDueOn(filedFrom), assessmentDueOn(filedUntil)])];
    const duePattern = dueDates.map((d) => escapeRegExp(formatDate('nl', d))).join('|');
    const inboxRows = ahmed.getByTestId('inbox').locator('tbody tr');
    expect(await inboxRows.count()).toBe(1);
    const cells = (await inboxRows.first().locator('td').allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
    expect(cells).toHaveLength(7);
    expect(cells.slice(0, 3)).toEqual([String(reportNumber), rt.kinds.report, rt.sources.professional]);
    expect(cells[3]).toMatch(new RegExp(`^(${todayPattern()}) om \\d{2}:\\d{2}$`));
    expect(cells[4], 'assessment due: 5 working days').toMatch(new RegExp(`^(${duePattern})$`));
    expect(cells.slice(5)).toEqual([rt.statuses.received, rt.inbox.nobody]);

    // She opens it: what Sanne chose to send, Sanne as the reporter (protected), and no earlier reports.
    await ahmed.getByRole('link', { name: rt.inbox.open(reportNumber) }).click();
    await ahmed.getByRole('heading', { name: r.title(rt.kinds.report, reportNumber), level: 1 }).waitFor();
    expect(await textOf(ahmed.getByTestId('report-status'))).toBe(rt.statuses.received);
    expect(await textOf(ahmed.getByTestId('report-due'))).toMatch(
      new RegExp(`^(${dueDates.map((d) => escapeRegExp(r.due(formatDate('nl', d)))).join('|')})$`),
    );
    expect(await textOf(ahmed.getByTestId('radar-none'))).toBe(r.radarNone);
    expect(await textOf(ahmed.getByTestId('report-subject'))).toBe(
      `Tara Bakker, ${c.ageGroupsShort.child}, ${r.born(formatDate('nl', '2012-03-03'))}`,
    );
    const content = await textOf(ahmed.locator('.kring-report__content'));
    for (const sent of [FLINCH, injuryText, WORDS_DOOR, WORDS_PAPA, 'Daan Bakker, broer, 8 jaar', DECISION_REASONS]) {
      expect(content, 'sent to Veilig Thuis').toContain(sent);
    }
    expect(content, 'line 2 was left out').not.toContain(WITHDRAWN);
    expect(content).toContain(r.observationLine(3, k.observation));
    expect(content).not.toContain(r.observationLine(2, k.observation));
    expect(content).toContain(`${r.helpGiven}: ${HELP_GIVEN}`);
    // The sector in words, as the afwegingskader's content names it (not the code "education").
    expect
      .soft(content, 'the sector in Dutch')
      .toContain(`${r.sector}: Veluwe College (${loadSectorGuidance().sectors.education.nl.name})`);
    expect(content).toContain(r.informedYes);
    const reporter = await textOf(ahmed.getByRole('region', { name: r.reporter }));
    expect(reporter).toContain(`${PEOPLE.sanne.name}, Veluwe College`);
    expect(reporter).toContain(r.reporterRole(ROLE));
    expect(reporter).toContain(`${PHONE} · ${PEOPLE.sanne.email}`);
    await axe(ahmed, 'veilig thuis: melding (nieuw)');
    await shot(ahmed, 'intake-report-new');

    // Triage: not acute, and she takes it herself (proposed: the worker looking).
    const triageForm = ahmed.getByRole('region', { name: r.triageTitle });
    await triageForm.getByRole('radio', { name: r.triageAcuteNo, exact: true }).check();
    const assignee = triageForm.getByLabel(r.assignTo, { exact: true });
    expect(await textOf(assignee.locator('option:checked'))).toBe(PEOPLE.ahmed.name);
    await assignee.selectOption({ label: PEOPLE.ahmed.name });
    await triageForm.getByRole('button', { name: r.triageSubmit }).click();
    await expectNotice(ahmed, r.notices.triaged);
    expect(await textOf(ahmed.getByTestId('report-status'))).toBe(rt.statuses.assessing);
    await ahmed.getByText(r.assignedTo(PEOPLE.ahmed.name), { exact: true }).first().waitFor();
    await ahmed.getByText(r.notAcute, { exact: true }).waitFor();
    expect(await ahmed.getByRole('region', { name: r.triageTitle }).count(), 'triage done').toBe(0);

    // The decision: handed over to the neighbourhood team, with safety conditions. Feedback to
    // Sanne is required; first she forgets it.
    const decide = ahmed.getByRole('region', { name: r.decideTitle });
    await decide.getByRole('radio', { name: rt.outcomes.safetyConditions, exact: true }).check();
    await decide.getByLabel(r.handedOverTo, { exact: true }).fill(NEIGHBOURHOOD_TEAM);
    await decide.getByLabel(r.safetyConditions, { exact: true }).fill(SAFETY_CONDITIONS);
    await decide.getByLabel(r.reasons, { exact: true }).fill(ASSESSMENT_REASONS);
    await decide.getByRole('button', { name: r.decideSubmit }).click();
    const intakeSummary = ahmed.getByRole('alert').filter({ hasText: t.components.errorSummaryTitle });
    await expect.poll(() => intakeSummary.getByRole('link').allInnerTexts()).toEqual([rt.errors.feedback]);
    await axe(ahmed, 'veilig thuis: besluit, met fouten');
    expect(await decide.getByLabel(r.safetyConditions, { exact: true }).inputValue()).toBe(SAFETY_CONDITIONS);
    expect(await decide.getByRole('radio', { name: rt.outcomes.safetyConditions, exact: true }).isChecked()).toBe(true);
    await decide.getByLabel(r.feedback, { exact: true }).fill(FEEDBACK);
    await decide.getByRole('button', { name: r.decideSubmit }).click();
    await expectNotice(ahmed, r.notices.decided);
    expect(await textOf(ahmed.getByTestId('report-status'))).toBe(
      `${rt.statuses.monitoring} · ${rt.outcomes.safetyConditions}`,
    );
    // The history: received, triage, assessment, each with who and when.
    const history = ahmed.locator('ol.kring-events').last().locator(':scope > li');
    const historyTexts = (await history.allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
    const when = `(${todayPattern()}) om \\d{2}:\\d{2}`;
    expect(historyTexts).toHaveLength(3);
    expect(historyTexts[0]).toMatch(new RegExp(`^${escapeRegExp(r.events.received)} · ${when}`));
    // Sanne sent it, not a resident: the history must not say "de inwoner" for a professional's report.
    expect.soft(historyTexts[0], "who sent a professional's report").not.toContain(r.resident);
    expect(historyTexts[1]).toMatch(
      new RegExp(`^${escapeRegExp(r.events.triaged)} · ${when}, ${escapeRegExp(PEOPLE.ahmed.name)} `),
    );
    expect(historyTexts[2]).toMatch(
      new RegExp(`^${escapeRegExp(r.events.assessed)} · ${when}, ${escapeRegExp(PEOPLE.ahmed.name)} `),
    );
    expect(historyTexts[2]).toContain(`${r.feedbackSent}: ${FEEDBACK}`);
    await axe(ahmed, 'veilig thuis: melding (besloten)');
    await shot(ahmed, 'intake-report-decided');

    // 11. Sanne gets an e-mail that names nobody and says nothing of the content.
    const sanneMail = sanne.locator('article.kring-mail').filter({ hasText: PEOPLE.sanne.email });
    await expect
      .poll(
        async () => {
          await sanne.goto(`${base}/ontwikkeling/post`);
          return sanneMail.count();
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(1);
    expect(await textOf(sanneMail.getByRole('heading'))).toBe(c.mail.feedbackWaiting.subject);
    const feedbackMail = afterOrganisationLine(await textOf(sanneMail.locator('pre')));
    const names = ['Tara', 'Bakker', 'Daan', 'Sanne', 'Vries', 'Veluwe', 'Ahmed', 'Amrani', 'Wijkteam', 'Harderwijk'];
    for (const secret of [...names, taraId, FEEDBACK.slice(0, 30), SAFETY_CONDITIONS.slice(0, 30)]) {
      expect(feedbackMail, `the e-mail mentions ${secret}`).not.toContain(secret);
    }
    // She follows its link, signs in already, and opens Tara's concern from her list.
    const link = /https?:\/\/\S+/.exec(feedbackMail)?.[0];
    expect(link).toBeDefined();
    await sanne.goto(`${base}${new URL(link!).pathname}`);
    await sanne.getByRole('heading', { name: c.list.title, level: 1 }).waitFor();
    await sanne.getByRole('link', { name: 'Tara Bakker', exact: true }).click();
    await sanne.getByRole('heading', { name: c.concern.titleFor('Tara Bakker'), level: 1 }).waitFor();
    const feedbackEntry = (await entriesOn(sanne)).at(-1)!;
    expect(feedbackEntry.title).toBe(`${c.entries.number(16)} ${k.vtFeedback}`);
    expect(feedbackEntry.meta).toMatch(new RegExp(`^${escapeRegExp(PEOPLE.ahmed.name)}, ${when}`));
    for (const line of [
      c.entries.feedbackAfter('assessment', reportNumber, vtName),
      `${c.entries.feedbackOutcome}: ${rt.outcomes.safetyConditions}`,
      c.entries.handedOverTo(NEIGHBOURHOOD_TEAM),
      SAFETY_CONDITIONS,
      FEEDBACK,
    ]) {
      expect(feedbackEntry.text).toContain(line);
    }
    await axe(sanne, 'zorg (met terugkoppeling)');
    await shot(sanne, 'concern-feedback');

    // The school keeps supporting Tara: help, with a date to check it works.
    await sanne.getByRole('link', { name: rt.concern.continueOrClose }).click();
    await sanne.getByRole('heading', { name: d.title, level: 1 }).waitFor();
    await axe(sanne, 'besluit na de melding');
    await sanne.getByRole('radio', { name: d.decisions.help, exact: true }).check();
    await sanne.getByLabel(d.reasons, { exact: true }).fill(HELP_REASONS);
    await fillDate(sanne, d.checkDate, dates.check);
    await sanne.getByRole('button', { name: d.submit }).click();
    await expectNotice(sanne, c.concern.notices.saved);
    expect(await textOf(sanne.getByTestId('concern-status'))).toBe(c.statuses.helping);

    // The chronology now shows the report, the feedback and the support too, in order, with who and when.
    expected.push(
      [k.reported, 'sanne', c.entries.reportedObservations('3, 4, 5, 6')],
      [k.vtFeedback, 'ahmed', FEEDBACK],
      [k.decision, 'sanne', HELP_REASONS],
    );
    await sanne.getByRole('link', { name: c.concern.chronology }).click();
    await sanne.getByRole('heading', { name: c.chronology.title('Tara Bakker'), level: 1 }).waitFor();
    const chronology = await entriesOn(sanne);
    checkEntries(chronology, 'chronologie na de terugkoppeling');
    expect(chronology[16]!.text).toContain(d.decisions.help);
    expect(chronology[16]!.text).toContain(c.entries.checkDate(formatDate('nl', dates.check.iso)));
    await shot(sanne, 'chronology');

    // The privacy officer of the Veluwe College sees who opened Tara's dossier, and when.
    const a = s.audit;
    const inge = await (await context()).newPage();
    await signIn(inge, 'inge');
    await inge.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: s.nav.audit }).click();
    await inge.getByRole('link', { name: a.subjectsLink }).click();
    await inge.getByLabel(a.subjectName, { exact: true }).fill('Tara');
    await inge.getByRole('button', { name: a.subjectSearch }).click();
    await inge.getByTestId('subjects').getByRole('link', { name: 'Tara Bakker (2012-03-03)', exact: true }).click();
    await inge.getByRole('heading', { name: a.personTitle, level: 1 }).waitFor();
    await axe(inge, 'logboek: wie keek naar Tara');
    const auditRows = (await inge.getByTestId('audit-table').locator('tbody tr').all()).map(async (row) =>
      (await row.locator('td').allInnerTexts()).map((x) => x.trim()),
    );
    const log = await Promise.all(auditRows);
    // Columns (ADR 0029): time (Amsterdam), who (name, then "role bij organisation"), event in
    // plain words, purpose.
    const o = a.overview;
    const readsBy = (name: string) =>
      log.filter((row) => row[1]!.startsWith(name) && row[2] === o.events['concern.read']);
    for (const who of ['sanne', 'mark'] as const) {
      expect(readsBy(PEOPLE[who].name).length, `${PEOPLE[who].name} opened the dossier`).toBeGreaterThan(0);
    }
    for (const row of readsBy(PEOPLE.sanne.name)) {
      expect(row[0]).toMatch(/^\d{1,2} \S+ \d{4} om \d{2}:\d{2}$/);
      expect(row[1]).toContain(o.roleAt(s.roles.professional, 'Veluwe College'));
    }
    // Veilig Thuis wrote the feedback into the dossier: that is in the log too, with its organisation,
    // but a Veilig Thuis worker's name is never shown to the school (ADR 0029).
    expect(log.some((row) => row[1]!.includes(PEOPLE.ahmed.name))).toBe(false);
    const byVeiligThuis = log.filter((row) => row[1]!.startsWith(o.professionalOf(vtName)));
    expect(byVeiligThuis.map((row) => row[2])).toContain(o.events['concern.receive.vtFeedback']);
    // Veilig Thuis's own reads of the report about Tara belong in her overview too.
    expect(byVeiligThuis.map((row) => row[2])).toContain(o.events['report.read']);
    for (const row of byVeiligThuis) expect(row[1]).toContain(o.roleAt(s.roles.intakeWorker, vtName));
    await shot(inge, 'privacy-subject-log');

    for (const guard of contexts) await guard.close();
  }, 180_000);

  test('without JavaScript, an injury is recorded by choosing the side and the region from the lists', async () => {
    const { server, browser } = session;
    const guard = await newGuardedContext(browser, server, { javaScriptEnabled: false });
    const page = await guard.newPage();
    await signIn(page, 'sanne');
    await page.goto(`${server.baseUrl}/zorgen`);
    await page.getByRole('link', { name: c.list.open }).click();
    await page.getByLabel(c.open.fullName, { exact: true }).fill('Noor Smit');
    await choice(page, 'radio', c.ageGroups.child).check();
    await choice(page.getByRole('group', { name: c.honour.question }), 'radio', c.honour.answers.no).check();
    await page.getByRole('button', { name: c.open.submit }).click();
    await expectNotice(page, c.concern.notices.opened);

    await page.getByRole('link', { name: c.concern.addInjury }).click();
    await page.getByRole('heading', { name: c.injury.title, level: 1 }).waitFor();
    // The drawing is only a picture now: no hint to click it, no buttons in it.
    expect(await page.getByText(t.bodyMap.clickHint).isVisible()).toBe(false);
    expect(await page.locator('#letselkaart').getByRole('button').count()).toBe(0);
    await choice(page, 'radio', c.injury.sides.front).check();
    await page.getByLabel(c.injury.region, { exact: true }).selectOption({ label: 'rechter knie' });
    await choice(page, 'radio', c.injury.kinds.abrasion).check();
    await page.getByLabel(c.injury.size, { exact: true }).fill('2,5');
    await choice(page, 'radio', c.injury.colours.red).check();
    await fillDate(page, c.injury.date, dutchDate(-1));
    await page.getByRole('button', { name: c.injury.submit }).click();
    await expectNotice(page, c.concern.notices.saved);
    const text = c.injury.describe(
      c.injury.kinds.abrasion,
      '2.5',
      c.injury.colours.red,
      c.injury.sides.front,
      'rechter knie',
    );
    await page.locator('#lichaamskaart').getByText(text).waitFor();
    const entries = await entriesOn(page);
    expect(entries.map((e) => e.title)).toEqual([
      `${c.entries.number(1)} ${c.entries.kinds.opened}`,
      `${c.entries.number(2)} ${c.entries.kinds.injury}`,
    ]);
    expect(entries[1]!.text).toContain(text);

    // The injury page as it renders without JavaScript passes axe too (scripts withheld, so axe can run).
    const plain = await newGuardedContext(browser, server, {
      withholdScripts: true,
      storageState: await guard.context.storageState(),
    });
    const plainPage = await plain.newPage();
    await plainPage.goto(page.url().replace(/\?.*$/, '/letsel'));
    await plainPage.getByRole('heading', { name: c.injury.title, level: 1 }).waitFor();
    expect(await plainPage.getByText(t.bodyMap.clickHint).isVisible()).toBe(false);
    await axe(plainPage, 'letsel zonder JavaScript');
    await plain.close();
    await guard.close();
  }, 60_000);
});
