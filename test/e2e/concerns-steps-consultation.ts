import { expect } from 'vitest';
import { formatDate } from '#src/web/format.ts';
import { messages } from '#src/web/i18n/messages.ts';
import {
  afterOrganisationLine,
  choice,
  DECISION_REASONS,
  type Dossier,
  entriesOn,
  expectNotice,
  FLINCH,
  fillDate,
  MARK_ADVICE,
  MOTHER,
  type Opened,
  PEOPLE,
  type Person,
  REASON_1,
  REASON_2,
  signIn,
  VT_ADVICE,
  type Walk,
  WITHDRAWN,
  WORDS_DOOR,
  WORDS_PAPA,
} from './concerns-scenario.ts';
import { escapeRegExp } from './page-tools.ts';
import { axe, shot, textOf } from './walk.ts';

const t = messages('nl');
const c = t.concerns;

/** Steps 5–8 and the checks of the dossier after the decision. */
export async function consultAndDecide(walk: Walk, opened: Opened): Promise<Dossier> {
  const { base, context, dates, todayPattern } = walk;
  const { sanne, taraUrl, taraId, injuryText } = opened;
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
  return { expected, checkEntries };
}
