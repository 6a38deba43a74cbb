// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 01, steps 1–4 in the browser: Sanne signs in, opens a concern about Tara (first with errors),
 * records the signals, the bruise on the body map and Tara's words, and adds Daan with a linked concern.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { formatDate } from '#src/web/format.ts';
import { messages } from '#src/web/i18n/messages.ts';
import {
  choice,
  expectNotice,
  FLINCH,
  fillDate,
  type Opened,
  signIn,
  type Walk,
  WITHDRAWN,
  WORDS_DOOR,
  WORDS_PAPA,
} from './concerns-scenario.ts';
import { axe, axeChecked, shot, textOf } from './walk.ts';

const t = messages('nl');
const c = t.concerns;
const _s = t.staff;

/** Steps 1–4, up to Sanne back on Tara's concern after Daan's was opened. */
export async function openTarasConcern(walk: Walk): Promise<Opened> {
  const { server, context, dates } = walk;
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
    .toEqual([t.errors.fields.fullName, t.errors.fields.ageGroup, t.errors.fields.honourRisk]);
  // The summary has the focus (a screen reader reads it first).
  await expect
    .poll(() => sanne.evaluate(() => document.activeElement?.classList.contains('kring-error-summary')))
    .toBe(true);
  await axe(sanne, 'zorg vastleggen, met fouten');
  // Its link takes her to the field.
  await summary.getByRole('link', { name: t.errors.fields.fullName }).click();
  await expect.poll(() => sanne.evaluate(() => document.activeElement?.id)).toBe('fullName');
  await sanne.getByLabel(c.open.fullName, { exact: true }).fill('Tara Bakker');
  // A slip in the date of birth (31 February), and still no choice of who it is about.
  const dobLegend = `${c.open.dateOfBirth} ${t.common.optional}`;
  await fillDate(sanne, dobLegend, { day: '31', month: '2', year: '2012' });
  await sanne.getByRole('button', { name: c.open.submit }).click();
  await expect
    .poll(() => summary.getByRole('link').allInnerTexts())
    .toEqual([t.errors.fields.dateOfBirth, t.errors.fields.ageGroup, t.errors.fields.honourRisk]);
  // What she typed is kept.
  expect(await sanne.getByLabel(c.open.fullName, { exact: true }).inputValue()).toBe('Tara Bakker');
  const dob = sanne.getByRole('group', { name: dobLegend, exact: true });
  expect(await dob.getByLabel(t.components.dateDay, { exact: true }).inputValue()).toBe('31');
  expect(await dob.getByLabel(t.components.dateMonth, { exact: true }).inputValue()).toBe('2');
  expect(await dob.getByLabel(t.components.dateYear, { exact: true }).inputValue()).toBe('2012');
  // The date's link goes to its first field (the day), the other to the first radio.
  await summary.getByRole('link', { name: t.errors.fields.dateOfBirth }).click();
  await expect.poll(() => sanne.evaluate(() => document.activeElement?.id)).toBe('dateOfBirth-day');
  await fillDate(sanne, dobLegend, { day: '3', month: '3', year: '2012' });
  await summary.getByRole('link', { name: t.errors.fields.ageGroup }).click();
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
  return { sanne, summary, taraUrl, taraId, injuryText };
}
