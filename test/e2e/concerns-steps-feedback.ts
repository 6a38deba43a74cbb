import { expect } from 'vitest';
import { formatDate } from '#src/web/format.ts';
import { messages } from '#src/web/i18n/messages.ts';
import {
  afterOrganisationLine,
  type Dossier,
  entriesOn,
  expectNotice,
  FEEDBACK,
  type Filed,
  fillDate,
  HELP_REASONS,
  NEIGHBOURHOOD_TEAM,
  type Opened,
  PEOPLE,
  SAFETY_CONDITIONS,
  signIn,
  type Walk,
} from './concerns-scenario.ts';
import { escapeRegExp } from './page-tools.ts';
import { axe, shot, textOf } from './walk.ts';

const t = messages('nl');
const c = t.concerns;
const s = t.staff;

/** Step 11 and the privacy officer's view of who opened the dossier. */
export async function feedbackAndSupport(
  walk: Walk,
  opened: Opened,
  dossier: Dossier,
  filed: Filed,
  when: string,
): Promise<void> {
  const { base, context, dates } = walk;
  const { sanne, taraId } = opened;
  const { expected, checkEntries } = dossier;
  const { vtName, reportNumber } = filed;
  const rt = t.reports;
  const k = c.entries.kinds;
  const d = c.decision;
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
}
