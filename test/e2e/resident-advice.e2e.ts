// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 02, "The worried neighbour", in the browser (issue 5), on a phone (390 × 844): a resident of
 * Harderwijk without an account chooses "Zorgen over iemand?" in the navigation, answers that nobody
 * is in danger right now, reads her options with Veilig Thuis's number, starts the advice form and,
 * when her partner walks in, presses Shift three times: the neutral site replaces the page. Later she
 * starts again and asks advice anonymously (what she heard, when, the address, no name) and gets a
 * receipt code of 30 symbols in groups of five. The intake worker of Veilig Thuis Noord-Veluwe asks
 * "Weet u hoe oud het kind is?"; with her code she sees the question and answers "ongeveer 3"; the
 * intake worker reads the answer and gives advice; with her code she reads "Advies gegeven" and the
 * advice.
 *
 * Checked on the way: another resident's receipt code shows nothing of hers and a made-up code is
 * "unknown"; nothing she sent holds an IP address or her browser's user agent; every resident page has
 * zero axe violations (WCAG 2.2 AA); every request of her browser goes to Kring (the quick exit's
 * neutral site is answered locally, see guarded-context.ts). The same route without JavaScript:
 * resident-without-js.e2e.ts.
 *
 * Screenshots of the resident's pages and the intake's page go to /tmp/kring-shots/.
 */
import { describe, expect, test } from 'vitest';
import { newReceiptCode, receiptHash } from '#src/modules/reports/receipt.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { contextPool, NEUTRAL_TITLE, PHONE_VIEWPORT } from './guarded-context.ts';
import { escapeRegExp } from './page-tools.ts';
import { waitForQuickExitReady } from './quick-exit-probes.ts';
import {
  ADVICE,
  AHMED,
  ANSWER,
  foreignRequests,
  HALFWAY,
  lookUp,
  OTHER_WHAT,
  PLACE,
  POSTCODE,
  QUESTION,
  receiptCode,
  recordRequests,
  STREET,
  signInAhmed,
  toAdviceForm,
  toOptions,
  useResidentSession,
  WHAT,
  WHEN,
} from './resident-route.ts';
import { axe, shot, textOf } from './walk.ts';

const t = messages('nl');
const rt = t.reports;
const res = rt.resident;
const session = useResidentSession();

describe('scenario 02: the worried neighbour', () => {
  test('asks Veilig Thuis advice anonymously on her phone, leaving once with Shift, and reads the advice with her code', async () => {
    const { server, browser } = session;
    const base = server.baseUrl;
    const pool = contextPool(browser, server);
    const context = pool.open;

    // 1. On her phone, no account: "Zorgen over iemand?" from the home page's navigation.
    // (A form sent with an error, and a made-up code, come back with 400, which Chromium logs.)
    const residentGuard = await context({
      viewport: PHONE_VIEWPORT,
      isMobile: true,
      hasTouch: true,
      allowConsoleErrors: /status of 400/,
    });
    const requests = recordRequests(residentGuard.context);
    const resident = await residentGuard.newPage();
    const userAgent = await resident.evaluate(() => navigator.userAgent);

    // 2. Nobody is in danger right now: the options, with Veilig Thuis day and night on 0800-2000.
    await toOptions(resident, true);
    const phone = server.app.kring.web.municipality.veiligThuis.phone;
    expect(phone.display).toBe('0800-2000');
    expect(await textOf(resident.locator('main'))).toContain(res.options.phone('0800-2000'));
    const call = resident.getByRole('link', { name: res.options.call('0800-2000'), exact: true });
    expect(await call.getAttribute('href')).toBe(`tel:${phone.tel}`);
    for (const title of [res.options.talkTitle, res.options.adviceTitle, res.options.reportTitle]) {
      await resident.getByRole('heading', { name: title, level: 2 }).waitFor();
    }
    await axe(resident, 'zorgen over iemand: wat kunt u doen');
    await shot(resident, 'resident-options');
    // No horizontal scrolling on the phone.
    expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE_VIEWPORT.width,
    );

    // 3. Halfway through the form her partner walks in: Shift three times, and the page is gone.
    await toAdviceForm(resident);
    await waitForQuickExitReady(resident);
    await axe(resident, 'zorgen over iemand: formulier');
    await shot(resident, 'resident-form');
    await resident.getByLabel(res.form.whatHappened, { exact: true }).pressSequentially(HALFWAY);
    for (let i = 0; i < 3; i++) await resident.keyboard.press('Shift');
    await resident.waitForURL(server.exitUrl);
    expect(await resident.title()).toBe(NEUTRAL_TITLE);
    expect(residentGuard.neutralVisits).toHaveLength(1);
    expect(residentGuard.neutralVisits[0]?.referer, 'Referer sent to the neutral site').toBeUndefined();
    expect(
      requests.filter((request) => request.method !== 'GET').map((request) => request.url),
      'nothing of the half-typed form was sent',
    ).toEqual([]);
    // The form's history entry was replaced: Back shows the options, not her half-typed text.
    await resident.goBack();
    expect(new URL(resident.url()).pathname).toBe('/zorgen-over-iemand/wat-kan-ik-doen');

    // Later she comes back and starts again: the form is empty.
    await toOptions(resident, false);
    await toAdviceForm(resident);

    // 4. She asks advice anonymously: what she heard, when, the address; no name of her own.
    const f = res.form;
    await resident.getByLabel(f.whatHappened, { exact: true }).fill(WHAT);
    await resident.getByLabel(f.when, { exact: true }).fill(WHEN);
    await resident.getByRole('group', { name: f.ageGroup }).getByRole('radio', { name: f.ageGroups.child }).check();
    const address = resident.getByRole('group', { name: f.addressLegend });
    await address.getByLabel(f.street, { exact: true }).fill(STREET);
    await address.getByLabel(f.postcode, { exact: true }).fill(POSTCODE);
    await address.getByLabel(f.place, { exact: true }).fill(PLACE);
    await resident.getByRole('group', { name: f.relation }).getByRole('radio', { name: f.relations.neighbour }).check();
    const contact = resident.getByRole('group', { name: f.contactLegend });
    for (const label of [f.name, f.phone, f.email]) {
      expect(await contact.getByLabel(label, { exact: true }).inputValue(), `${label} left empty`).toBe('');
    }
    await resident.getByRole('button', { name: f.submit, exact: true }).click();
    const code = await receiptCode(resident, 'advice');
    expect(await textOf(resident.locator('main'))).toContain(res.receipt.keep);
    await axe(resident, 'zorgen over iemand: ontvangstcode');
    await shot(resident, 'resident-receipt');

    // Nothing Kring keeps of her request holds an IP address or her browser's user agent.
    const db = server.app.kring.database.db;
    const stored = await db
      .selectFrom('vt_report')
      .selectAll()
      .where('receipt_hash', '=', receiptHash(code))
      .executeTakeFirstOrThrow();
    expect(stored.kind).toBe('advice');
    expect(stored.source).toBe('resident');
    const audits = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('participant_object_id', '=', stored.id)
      .execute();
    expect(audits.map((row) => row.event_type_code)).toEqual(['report.receive.resident.advice']);
    const kept = JSON.stringify([
      stored,
      await db.selectFrom('vt_reporter').selectAll().where('report_id', '=', stored.id).execute(),
      await db.selectFrom('vt_report_event').selectAll().where('report_id', '=', stored.id).execute(),
      await db.selectFrom('vt_report_subject').selectAll().where('report_id', '=', stored.id).execute(),
      audits,
    ]);
    expect(kept).toContain(WHAT);
    for (const trace of ['127.0.0.1', userAgent, 'HeadlessChrome', 'Mozilla/']) {
      expect(kept, `stored with the request: ${trace}`).not.toContain(trace);
    }

    // 5. The intake worker reads the request and asks how old the child is.
    const r = rt.report;
    const ahmed = await (await context()).newPage();
    await signInAhmed(ahmed);
    await ahmed.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: rt.nav }).click();
    await ahmed.getByRole('heading', { name: rt.inbox.title, level: 1 }).waitFor();
    const row = ahmed.getByTestId('inbox').locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = (await row.locator('td').allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 3)).toEqual([String(stored.number), rt.kinds.advice, rt.sources.resident]);
    await ahmed.getByRole('link', { name: rt.inbox.open(stored.number) }).click();
    await ahmed.getByRole('heading', { name: r.title(rt.kinds.advice, stored.number), level: 1 }).waitFor();
    const content = await textOf(ahmed.locator('.kring-report__content'));
    for (const line of [
      `${r.whatHappened}: ${WHAT}`,
      `${r.when}: ${WHEN}`,
      `${r.ageGroup}: ${f.ageGroups.child}`,
      `${r.address}: ${STREET}, ${POSTCODE} ${PLACE}`,
      `${r.relation}: ${f.relations.neighbour}`,
    ]) {
      expect(content).toContain(line);
    }
    const reporter = await textOf(ahmed.getByRole('region', { name: r.reporter }));
    expect(reporter).toContain(r.reporterAnonymous);
    expect(reporter).toContain(r.reporterResidentUnknown);
    await axe(ahmed, 'veilig thuis: adviesvraag van een inwoner');
    const ask = ahmed.getByRole('region', { name: r.askTitle });
    await ask.getByLabel(r.askText, { exact: true }).fill(QUESTION);
    await ask.getByRole('button', { name: r.askSubmit }).click();
    await ahmed.getByText(r.notices.asked, { exact: true }).waitFor();
    await shot(ahmed, 'intake-resident-question');

    // 6. The resident opens the status from the receipt page (the code goes along, not typed again),
    //    sees the question and answers.
    await resident.getByRole('button', { name: res.receipt.statusButton }).click();
    const heading = res.status.heading(res.receipt.kinds.advice, stored.number);
    await resident.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(await textOf(resident.getByTestId('resident-status'))).toBe(res.status.statuses.received);
    expect(await textOf(resident.getByTestId('question-waiting'))).toBe(res.status.questionWaiting);
    await resident.getByText(QUESTION, { exact: true }).waitFor();
    await axe(resident, 'zorgen over iemand: status met een vraag');
    await shot(resident, 'resident-status-question');
    await resident.getByLabel(res.status.answer, { exact: true }).fill(ANSWER);
    await resident.getByRole('button', { name: res.status.answerSubmit }).click();
    await resident.getByText(res.status.answered, { exact: true }).waitFor();
    expect(await textOf(resident.locator('main'))).toContain(`${res.status.yourAnswer}: ${ANSWER}`);
    expect(await resident.getByLabel(res.status.answer, { exact: true }).count(), 'answered once').toBe(0);
    // The receipt code never appears in an address.
    const plain = code.replaceAll('-', '');
    expect(requests.filter((request) => request.url.includes(plain) || request.url.includes(code))).toEqual([]);

    // The intake worker sees the answer in the history and gives advice.
    await ahmed.reload();
    const history = (await ahmed.locator('ol.kring-events').last().locator(':scope > li').allInnerTexts()).map((x) =>
      x.replace(/\s+/g, ' ').trim(),
    );
    expect(history).toHaveLength(3);
    expect(history[1]).toMatch(new RegExp(`^${escapeRegExp(r.events.question)} · .*, ${escapeRegExp(AHMED.name)} `));
    expect(history[1]).toContain(QUESTION);
    expect(history[2]).toMatch(new RegExp(`^${escapeRegExp(r.events.answer)} · .*, ${escapeRegExp(r.resident)} `));
    expect(history[2]).toContain(ANSWER);
    const give = ahmed.getByRole('region', { name: r.adviceTitle });
    await give.getByLabel(r.adviceText, { exact: true }).fill(ADVICE);
    await give.getByRole('button', { name: r.adviceSubmit }).click();
    await ahmed.getByText(r.notices.advised, { exact: true }).waitFor();
    expect(await textOf(ahmed.getByTestId('report-status'))).toBe(`${rt.statuses.closed} · ${rt.outcomes.adviceGiven}`);

    // Later she looks again (typed as she reads it out: lower case, spaces for the dashes).
    await lookUp(resident, code.toLowerCase().replaceAll('-', ' '));
    await resident.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(await textOf(resident.getByTestId('resident-status'))).toBe(res.status.statuses.adviceGiven);
    expect(await textOf(resident.getByTestId('resident-advice'))).toBe(ADVICE);
    expect(await textOf(resident.locator('main'))).toContain(`${res.status.yourAnswer}: ${ANSWER}`);
    await axe(resident, 'zorgen over iemand: status met advies');
    await shot(resident, 'resident-status-advice');

    // (a) Another resident's receipt code shows nothing of hers; a made-up code opens nothing.
    const neighbourGuard = await context({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true });
    const neighbourRequests = recordRequests(neighbourGuard.context);
    const neighbour = await neighbourGuard.newPage();
    await neighbour.goto(`${base}/zorgen-over-iemand/formulier?soort=melding`);
    await neighbour.getByRole('heading', { name: f.titleReport, level: 1 }).waitFor();
    await axe(neighbour, 'zorgen over iemand: formulier melding');
    await neighbour.getByLabel(f.whatHappened, { exact: true }).fill(OTHER_WHAT);
    await neighbour.getByRole('group', { name: f.ageGroup }).getByRole('radio', { name: f.ageGroups.older }).check();
    await neighbour.getByRole('button', { name: f.submit, exact: true }).click();
    const otherCode = await receiptCode(neighbour, 'report');
    expect(otherCode).not.toBe(code);
    await lookUp(resident, otherCode);
    const otherHeading = resident.getByRole('heading', { level: 1 });
    expect(await textOf(otherHeading)).toBe(res.status.heading(res.receipt.kinds.report, stored.number + 1));
    const otherPage = await textOf(resident.locator('main'));
    for (const hers of [QUESTION, ANSWER, ADVICE.slice(0, 40), WHAT.slice(0, 40), STREET]) {
      expect(otherPage, `another code shows ${hers}`).not.toContain(hers);
    }
    expect(otherPage).toContain(res.status.noQuestions);

    let madeUp = newReceiptCode();
    while (madeUp === code || madeUp === otherCode) madeUp = newReceiptCode();
    await lookUp(resident, madeUp);
    const unknown = resident.getByRole('alert').filter({ hasText: t.components.errorSummaryTitle });
    await expect.poll(() => unknown.getByRole('link').allInnerTexts()).toEqual([res.status.unknown]);
    expect(await resident.getByLabel(res.status.code, { exact: true }).inputValue(), 'her typing kept').toBe(madeUp);
    for (const hers of [QUESTION, ANSWER, ADVICE.slice(0, 40), OTHER_WHAT.slice(0, 40)]) {
      expect(await textOf(resident.locator('main'))).not.toContain(hers);
    }
    await axe(resident, 'zorgen over iemand: onbekende code');
    await shot(resident, 'resident-status-unknown');

    // The danger page (the other answer to the first question) is on the route too.
    await neighbour.goto(`${base}/zorgen-over-iemand?gevaar=ja`);
    await neighbour.getByRole('heading', { name: res.danger.title, level: 1 }).waitFor();
    expect(await neighbour.getByRole('link', { name: res.danger.call }).getAttribute('href')).toBe(
      `tel:${server.app.kring.web.municipality.emergency.tel}`,
    );
    await axe(neighbour, 'zorgen over iemand: direct gevaar');

    // (d) Every request of the residents' browsers went to Kring, but for the one to the neutral site.
    expect(foreignRequests(requests, true), 'requests to other origins').toEqual([]);
    expect(requests.filter((request) => request.navigation && request.url === server.exitUrl)).toHaveLength(1);
    expect(foreignRequests(neighbourRequests, false), 'requests to other origins').toEqual([]);

    await pool.closeAll();
  }, 90_000);
});
