import { expect } from 'vitest';
import { loadSectorGuidance } from '#src/content/meldcode-content.ts';
import { assessmentDueOn } from '#src/modules/reports/workflow.ts';
import { formatDate } from '#src/web/format.ts';
import { messages } from '#src/web/i18n/messages.ts';
import {
  ASSESSMENT_REASONS,
  DECISION_REASONS,
  entriesOn,
  expectNotice,
  FEEDBACK,
  type Filed,
  FLINCH,
  HELP_GIVEN,
  NEIGHBOURHOOD_TEAM,
  type Opened,
  PEOPLE,
  PHONE,
  ROLE,
  SAFETY_CONDITIONS,
  signIn,
  type Walk,
  WITHDRAWN,
  WORDS_DOOR,
  WORDS_PAPA,
} from './concerns-scenario.ts';
import { escapeRegExp } from './page-tools.ts';
import { axe, shot, textOf } from './walk.ts';

const t = messages('nl');
const c = t.concerns;

/** Step 9: Sanne files the report. */
export async function fileTheReport(walk: Walk, opened: Opened): Promise<Filed> {
  const { server } = walk;
  const { sanne, summary, taraUrl, taraId } = opened;
  const k = c.entries.kinds;
  const d = c.decision;
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
  await expect.poll(() => summary.getByRole('link').allInnerTexts()).toEqual([t.errors.fields.acute]);
  await axe(sanne, 'melden bij Veilig Thuis, met fouten');
  // What she chose and typed is kept.
  expect(await observation(2).isChecked(), 'line 2 still left out').toBe(false);
  for (const seq of [3, 4, 5, 6]) expect(await observation(seq).isChecked(), `line ${seq} still chosen`).toBe(true);
  expect(await daan.isChecked()).toBe(true);
  expect(await sanne.getByRole('radio', { name: f.informedYes, exact: true }).isChecked()).toBe(true);
  expect(await sanne.getByLabel(f.helpGiven, { exact: true }).inputValue()).toBe(HELP_GIVEN);
  expect(await sanne.getByLabel(f.role, { exact: true }).inputValue()).toBe(ROLE);
  expect(await sanne.getByLabel(f.phone, { exact: true }).inputValue()).toBe(PHONE);
  await summary.getByRole('link', { name: t.errors.fields.acute }).click();
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
  return { vtName, reportNumber, filedFrom, filedUntil };
}

/**
 * Step 10: Ahmed assesses the report.
 * @returns the pattern of "today at a time" the history showed
 */
export async function assessAtVeiligThuis(walk: Walk, opened: Opened, filed: Filed): Promise<string> {
  const { context, todayPattern } = walk;
  const { injuryText } = opened;
  const { reportNumber, filedFrom, filedUntil } = filed;
  const rt = t.reports;
  const k = c.entries.kinds;
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
  await expect.poll(() => intakeSummary.getByRole('link').allInnerTexts()).toEqual([t.errors.fields.feedback]);
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
  return when;
}
