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
 *
 * Checked on the way: the dossier and the chronology list every entry in order with who and when, a
 * user of another school gets "Pagina niet gevonden", the privacy officer sees who opened Tara's
 * dossier (Veilig Thuis included), every distinct page passes axe (WCAG 2.2 AA), and the forms' errors
 * (summary with links, focus, typed and chosen values kept). The steps are in concerns-steps-*.ts;
 * recording an injury without JavaScript in concerns-injury-without-js.e2e.ts.
 *
 * Screenshots of the concern, injury, report, inbox, intake and audit pages go to /tmp/kring-shots/.
 */
import { describe, test } from 'vitest';
import { formatDate } from '#src/web/format.ts';
import { dutchDate, useScenarioSession, type Walk } from './concerns-scenario.ts';
import { consultAndDecide } from './concerns-steps-consultation.ts';
import { feedbackAndSupport } from './concerns-steps-feedback.ts';
import { openTarasConcern } from './concerns-steps-school.ts';
import { assessAtVeiligThuis, fileTheReport } from './concerns-steps-veilig-thuis.ts';
import { contextPool } from './guarded-context.ts';
import { escapeRegExp } from './page-tools.ts';

const session = useScenarioSession();

describe('scenario 01: the sports teacher who did not look away (steps 1–11)', () => {
  test('Sanne and Mark walk the meldcode to the report; Veilig Thuis assesses and gives feedback', async () => {
    const { server, browser } = session;
    const base = server.baseUrl;
    const pool = contextPool(browser, server);
    const context = pool.open;
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
    const walk: Walk = { server, base, context, dates, todayPattern };

    const opened = await openTarasConcern(walk);
    const dossier = await consultAndDecide(walk, opened);
    const filed = await fileTheReport(walk, opened);
    const when = await assessAtVeiligThuis(walk, opened, filed);
    await feedbackAndSupport(walk, opened, dossier, filed, when);

    await pool.closeAll();
  }, 180_000);
});
