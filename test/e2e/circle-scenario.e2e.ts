// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 04, "Two organisations, one boy", in the browser (issue 14, ADRs 0031 and 0035), with the
 * demo accounts: Femke de Boer, care coordinator at the Veluwe College, registers Milan (13) in De
 * Kring with his BSN and date of birth and records that he and his parents were informed. Two weeks
 * later (Kring's clock moves) Joost Hendriks of Jeugdzorg Veluwe registers Milan too. Both get a match
 * e-mail that names nobody; each sees the other's name, organisation and phone, and nothing of Milan
 * or of why. The municipality's rule proposes Joost (youth care) for the coordination; he accepts,
 * records the parents' consent (who, when, for what) and a shared plan with two actions, one Femke's.
 * Femke sees the plan and records progress on hers; then she withdraws her signal. Joost's remains,
 * and no match is shown any more.
 *
 * Checked on the way: axe on every page (WCAG 2.2 AA), the BSN in no page Kring sent and nowhere in
 * the database in clear, and a sports club volunteer who opens De Kring is told why he cannot register
 * anyone, and his registration sent anyway is refused (403, audited) with no signal created.
 * Screenshots go to /tmp/kring-shots/circle-*.png.
 */
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { seedIdentityDemo } from '#src/modules/identity/identity.seed.ts';
import { formatDate } from '#src/web/format.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { TestClock } from '#test/agent.ts';
import { useBrowserSession } from './browser.ts';
import {
  CIRCLE_COORDINATOR,
  expectNotice,
  FEMKE,
  type FieldDate,
  fillDate,
  JOOST,
  kringDate,
  MILAN_BSN,
  mailsTo,
  milanBorn,
  recordDocuments,
  signIn,
  TRAINER,
  tableHeaders,
  tableRows,
  tablesHolding,
} from './circle-scenario.ts';
import { contextPool } from './guarded-context.ts';
import { axe, axeChecked, shot, textOf } from './walk.ts';

const t = messages('nl');
const c = t.circle;
const team = t.circleTeam;
const DAY = 24 * 60 * 60 * 1000;
const clock = new TestClock();
const session = useBrowserSession({ clock: clock.now });

beforeAll(async () => {
  const { app } = session.server;
  await app.kring.database.db.transaction().execute((trx) => seedIdentityDemo(trx, app.kring.config));
});

/** The text of the page's main element, white space collapsed. */
async function mainText(page: Page): Promise<string> {
  return textOf(page.locator('main'));
}

/** Registers Milan (born on `born`) as a professional does, from De Kring's overview. */
async function registerMilan(
  page: Page,
  who: typeof FEMKE | typeof JOOST,
  born: FieldDate,
  label: string,
): Promise<void> {
  const r = c.register;
  await page.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: c.nav }).click();
  await page.getByRole('heading', { name: c.overview.title, level: 1 }).waitFor();
  await axe(page, `de kring (${label})`);
  await page.getByRole('link', { name: c.overview.register }).click();
  await page.getByRole('heading', { name: r.title, level: 1 }).waitFor();
  await axe(page, `aanmelden (${label})`);
  // Kring fills in who is signed in; the rest is typed.
  expect(await page.getByLabel(r.contactName, { exact: true }).inputValue()).toBe(who.name);
  expect(await page.getByLabel(r.contactEmail, { exact: true }).inputValue()).toBe(who.email);
  await page.getByLabel(r.bsn, { exact: true }).fill(MILAN_BSN);
  await fillDate(page, r.dateOfBirth, born);
  await page.getByLabel(r.contactRole, { exact: true }).fill(who.role);
  await page.getByLabel(r.contactPhone, { exact: true }).fill(who.phone);
  for (const legend of [r.informingParents, r.informingYoungPerson]) {
    await page.getByRole('group', { name: legend }).getByRole('radio', { name: r.informed, exact: true }).check();
  }
  await shot(page, `circle-register-${label}`);
  await page.getByRole('button', { name: r.submit }).click();
}

/** The matches table's headers: who and how to reach them, never anything about the young person. */
const MATCH_HEADERS = ['Naam', 'Organisatie', 'Functie', 'Telefoon', 'E-mail', 'Aangemeld op', 'Betrokken bij'];

describe('scenario 04: two organisations, one boy', () => {
  test('Femke and Joost find each other through Milan’s BSN, agree who coordinates and share a plan; Femke withdraws', async () => {
    const { server, browser } = session;
    const base = server.baseUrl;
    const pool = contextPool(browser, server);
    const pages: Array<{ all(): Promise<string[]> }> = [];
    /** A new browser for one person, every document it receives recorded. */
    const browserOf = async () => {
      const guard = await pool.open();
      pages.push(recordDocuments(guard.context, base));
      return guard.newPage();
    };
    const born = milanBorn(clock);

    // 1. Femke registers Milan: BSN, date of birth, her contact, and that Milan and his parents were informed.
    const femke = await browserOf();
    await signIn(femke, server, clock, FEMKE.email);
    await registerMilan(femke, FEMKE, born, 'femke');
    await expectNotice(femke, c.notices.registered(0));
    expect(femke.url()).toMatch(/\/kring\/[0-9a-f-]{36}\?melding=aangemeld$/);
    const femkeSignal = femke.url().split('?')[0]!;
    await femke.getByTestId('no-matches').waitFor();
    expect(await mainText(femke)).toContain(c.match.bornOn(formatDate('nl', born.iso)));
    await axe(femke, 'aanmelding (nog niemand anders)');
    await shot(femke, 'circle-signal-alone');
    const femkeRegisteredOn = kringDate(clock, 0).iso;

    // 2. Two weeks later (every session has ended) Joost registers Milan too.
    clock.advance(14 * DAY);
    const joost = await browserOf();
    await signIn(joost, server, clock, JOOST.email);
    await registerMilan(joost, JOOST, born, 'joost');
    await expectNotice(joost, c.notices.registered(1));
    const joostSignal = joost.url().split('?')[0]!;
    expect(await mainText(joost)).toContain(c.match.bornOn(formatDate('nl', born.iso)));
    await axe(joost, 'aanmelding (gekoppeld)');
    await shot(joost, 'circle-signal-match-joost');

    // 3. Each sees the other's name, organisation and phone (and how to reach them), nothing about Milan or why.
    expect(await tableHeaders(joost, 'matches')).toEqual(MATCH_HEADERS);
    expect(await tableRows(joost, 'matches')).toEqual([
      [
        FEMKE.name,
        FEMKE.organisation,
        FEMKE.role,
        FEMKE.phone,
        FEMKE.email,
        formatDate('nl', femkeRegisteredOn),
        c.match.kinds.client,
      ],
    ]);

    // Both get an e-mail that there is a match: no name, no BSN, no date of birth, no organisation.
    const outbox = await browserOf();
    for (const who of [FEMKE, JOOST]) {
      const mails = await mailsTo(outbox, base, who.email, 1);
      expect(mails[0]!.subject).toBe(c.mail.subject);
      for (const secret of [
        'Milan',
        MILAN_BSN,
        FEMKE.name,
        JOOST.name,
        'Femke',
        'Joost',
        'Veluwe',
        'Jeugdzorg',
        born.year,
        FEMKE.phone,
        JOOST.phone,
      ]) {
        expect(mails[0]!.text, `the e-mail to ${who.email} mentions ${secret}`).not.toContain(secret);
      }
    }
    await axe(outbox, 'ontwikkeling: verstuurde e-mail');

    await signIn(femke, server, clock, FEMKE.email);
    await femke.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: c.nav }).click();
    await femke.getByTestId('signal').getByText(c.overview.involvedCount(1), { exact: true }).waitFor();
    await axe(femke, 'de kring (1 andere betrokkene)');
    await shot(femke, 'circle-overview-femke');
    await femke.getByRole('link', { name: c.overview.openFor(formatDate('nl', femkeRegisteredOn)) }).click();
    expect(femke.url().split('?')[0]).toBe(femkeSignal);
    expect(await tableHeaders(femke, 'matches')).toEqual(MATCH_HEADERS);
    expect(await tableRows(femke, 'matches')).toEqual([
      [
        JOOST.name,
        JOOST.organisation,
        JOOST.role,
        JOOST.phone,
        JOOST.email,
        formatDate('nl', kringDate(clock, 0).iso),
        c.match.kinds.client,
      ],
    ]);
    await axe(femke, 'aanmelding (femke, gekoppeld)');

    // 4. The municipality's rule proposes Joost (youth care); he accepts.
    await joost.getByTestId('team-link').click();
    await joost.getByRole('heading', { name: team.title, level: 1 }).waitFor();
    const teamUrl = joost.url().split('?')[0]!;
    expect(await tableRows(joost, 'team-members')).toEqual([
      [FEMKE.name, FEMKE.organisation, FEMKE.role, FEMKE.phone, FEMKE.email, formatDate('nl', femkeRegisteredOn)],
      [
        `${JOOST.name} ${team.you}`,
        JOOST.organisation,
        JOOST.role,
        JOOST.phone,
        JOOST.email,
        formatDate('nl', kringDate(clock, 0).iso),
      ],
    ]);
    const joostWithOrganisation = `${JOOST.name} (${JOOST.organisation})`;
    // Joost is the one asked: the page puts the question to him.
    expect(await textOf(joost.getByTestId('proposal'))).toBe(team.coordination.askedYouQuestion);
    expect(await textOf(joost.getByTestId('coordinator'))).toBe(team.coordination.none);
    await axe(joost, 'samenwerken (voorgesteld)');
    await shot(joost, 'circle-team-proposed');
    await joost.getByRole('button', { name: team.coordination.accept }).click();
    await expectNotice(joost, team.notices.accepted);
    expect(await textOf(joost.getByTestId('coordinator'))).toBe(team.coordination.coordinator(joostWithOrganisation));
    expect(await joost.getByTestId('proposal').count()).toBe(0);

    // They had contact.
    await joost.getByRole('button', { name: team.contact.record }).click();
    await expectNotice(joost, team.notices.contact);
    expect(await textOf(joost.getByTestId('contact'))).toBe(
      team.contact.recorded(formatDate('nl', kringDate(clock, 0).iso)),
    );

    // Joost records the consent the parents gave, then the plan with two actions (one Femke's).
    const consentOn = kringDate(clock, -1);
    const scope = 'Het plan delen tussen school en jeugdhulp.';
    await joost
      .getByRole('group', { name: team.consent.givenBy })
      .getByRole('radio', { name: team.consent.givers.parents, exact: true })
      .check();
    await fillDate(joost, team.consent.givenOn, consentOn);
    await joost.getByLabel(team.consent.scope, { exact: true }).fill(scope);
    await joost.getByRole('button', { name: team.consent.record }).click();
    await expectNotice(joost, team.notices.consent);
    expect(await textOf(joost.getByTestId('consents'))).toBe(
      team.consent.item(team.consent.givers.parents, formatDate('nl', consentOn.iso), scope),
    );
    await axe(joost, 'samenwerken (regie, toestemming)');

    const actions = [
      {
        what: 'Gesprek met Milan en zijn ouders over hulp thuis',
        owner: JOOST,
        due: kringDate(clock, 14),
      },
      {
        what: 'Milan krijgt een vaste mentor en een rustige plek op school',
        owner: FEMKE,
        due: kringDate(clock, 28),
      },
    ];
    for (const action of actions) {
      await joost.getByLabel(team.plan.description, { exact: true }).fill(action.what);
      await joost
        .getByLabel(team.plan.owner, { exact: true })
        .selectOption({ label: `${action.owner.name} (${action.owner.organisation})` });
      await fillDate(joost, team.plan.dueOn, action.due);
      await joost.getByRole('button', { name: team.plan.add }).click();
      await expectNotice(joost, team.notices.action);
    }
    const planRows = actions.map((a) => [
      a.what,
      `${a.owner.name} (${a.owner.organisation})`,
      formatDate('nl', a.due.iso),
      team.plan.statuses.open,
      '',
    ]);
    expect(await tableRows(joost, 'plan')).toEqual(planRows);
    await axe(joost, 'samenwerken (plan)');
    await shot(joost, 'circle-team-plan-joost');

    // Femke sees the plan (from her signal's page) and records progress on her action.
    await femke.getByTestId('team-link').click();
    expect(femke.url().split('?')[0]).toBe(teamUrl);
    expect(await tableRows(femke, 'plan')).toEqual(planRows);
    expect(await textOf(femke.getByTestId('coordinator'))).toBe(team.coordination.coordinator(joostWithOrganisation));
    expect(await mainText(femke)).toContain(team.consent.onlyCoordinator);
    await axe(femke, 'samenwerken (femke)');
    await shot(femke, 'circle-team-plan-femke');
    const progress = femke.locator('form').filter({ has: femke.getByRole('heading', { name: actions[1]!.what }) });
    await progress.getByLabel(team.plan.progress, { exact: true }).fill('De mentor is gekozen.');
    await progress.getByRole('button', { name: team.plan.save }).click();
    await expectNotice(femke, team.notices.progress);
    expect((await tableRows(femke, 'plan'))[1]).toEqual([...planRows[1]!.slice(0, 4), 'De mentor is gekozen.']);

    // 5. The school's involvement ends: Femke withdraws her signal.
    await femke.goto(femkeSignal);
    await femke.getByRole('radio', { name: c.match.endReasons.withdrawn }).check();
    await femke.getByRole('button', { name: c.match.endSubmit }).click();
    await expectNotice(femke, c.notices.ended);
    await axe(femke, 'de kring (beëindigd)');
    await shot(femke, 'circle-overview-ended');

    // Joost's signal remains; no match is shown any more, on his signal's page nor on the team's.
    await joost.goto(joostSignal);
    await joost.getByTestId('no-matches').waitFor();
    expect(await joost.getByTestId('matches').count()).toBe(0);
    expect(await mainText(joost)).not.toContain(FEMKE.name);
    await axe(joost, 'aanmelding (joost, niemand meer)');
    await shot(joost, 'circle-signal-alone-joost');
    // His signal's page still leads to the plan he coordinates.
    await joost.getByTestId('team-link').click();
    expect(joost.url().split('?')[0]).toBe(teamUrl);
    await joost.getByTestId('team-alone').waitFor();
    expect(await textOf(joost.getByTestId('team-alone'))).toBe(team.alone);
    expect((await tableRows(joost, 'team-members')).map((row) => row[0])).toEqual([`${JOOST.name} ${team.you}`]);
    expect((await tableRows(joost, 'plan')).map((row) => row[1])).toEqual([
      `${JOOST.name} (${JOOST.organisation})`,
      team.plan.endedOwner,
    ]);
    await axe(joost, 'samenwerken (alleen joost)');
    await shot(joost, 'circle-team-alone');

    // A sports club volunteer opens De Kring: told in plain words why not, and what he can do.
    const trainer = await browserOf();
    await signIn(trainer, server, clock, TRAINER.email);
    for (const path of ['/kring', '/kring/aanmelden']) {
      await trainer.goto(`${base}${path}`);
      await trainer.getByRole('heading', { name: c.noBasis.title, level: 1 }).waitFor();
      expect(await textOf(trainer.getByTestId('no-basis'))).toBe(c.noBasis.you);
      expect(await trainer.getByLabel(c.register.bsn).count()).toBe(0);
      await axe(trainer, `geen grondslag (${path})`);
    }
    await shot(trainer, 'circle-no-basis');
    // His registration sent anyway (with his form token) is refused, audited, and creates nothing.
    const db = server.app.kring.database.db;
    const signals = async () =>
      Number(
        (
          await sql<{
            n: number;
          }>`select (select count(*) from circle_signal) + (select count(*) from circle_signal_tombstone) as n`.execute(
            db,
          )
        ).rows[0]!.n,
      );
    expect(await signals()).toBe(2);
    const token = await trainer.locator('input[name="_csrf"]').first().getAttribute('value');
    const refused = await trainer.request.post(`${base}/kring/aanmelden`, {
      headers: { origin: base },
      form: {
        _csrf: token ?? '',
        zorg: '',
        bsn: MILAN_BSN,
        'dateOfBirth-day': born.day,
        'dateOfBirth-month': born.month,
        'dateOfBirth-year': born.year,
        parentBsn1: '',
        parentBsn2: '',
        contactName: TRAINER.name,
        contactRole: 'Trainer',
        contactPhone: '06 1234 5678',
        contactEmail: TRAINER.email,
        parentsInforming: 'informed',
        youngPersonInforming: 'informed',
      },
    });
    expect(refused.status()).toBe(403);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain(c.noBasis.title);
    expect(refusedHtml).not.toContain(MILAN_BSN);
    expect(await signals()).toBe(2);
    const denied = await db
      .selectFrom('audit_event')
      .select(['event_outcome_indicator'])
      .where('event_type_code', '=', 'circle.signal.register')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(denied.event_outcome_indicator).toBe(4);

    // The municipality's circle coordinator: no team without contact (Joost recorded it), and who, never what.
    const ilse = await browserOf();
    await signIn(ilse, server, clock, CIRCLE_COORDINATOR.email);
    await ilse.goto(`${base}/kring/overzicht`);
    await ilse.getByRole('heading', { name: team.oversee.title, level: 1 }).waitFor();
    expect(await textOf(ilse.getByTestId('flagged'))).toBe(team.oversee.none);
    await axe(ilse, 'koppelingen zonder contact');

    // The BSN was in no page Kring sent, and is nowhere in the database in clear.
    await pool.closeAll();
    const documents = (await Promise.all(pages.map((p) => p.all()))).flat();
    expect(documents.length).toBeGreaterThan(30);
    // The recordings hold the pages (Femke's phone number was on Joost's), but never the BSN.
    expect(documents.filter((html) => html.includes(FEMKE.phone)).length).toBeGreaterThan(3);
    for (const html of documents) expect(html.includes(MILAN_BSN), 'a page holds the BSN').toBe(false);
    // The search finds what is in the database (Joost's phone in his signal), but never the BSN.
    expect(await tablesHolding(server, JOOST.phone)).toContain('public.circle_signal');
    expect(await tablesHolding(server, MILAN_BSN)).toEqual([]);
    expect(axeChecked.length).toBeGreaterThanOrEqual(15);
  }, 240_000);
});
