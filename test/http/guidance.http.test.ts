// SPDX-License-Identifier: EUPL-1.2
/** The public guidance site through app.inject(): every page in both languages, and its key facts. */
import { escapeHtml } from '@kitajs/html';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMunicipality, type Municipality } from '#src/content/municipality.ts';
import { GUIDANCE_PAGES } from '#src/modules/guidance/guidance.ts';
import { LOCALES, type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { createTestApp } from '#test/setup.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
const m = loadMunicipality();

beforeAll(async () => {
  ({ app, close } = await createTestApp());
});
afterAll(async () => close());

/** The page's HTML; fails the test unless it answers 200. */
async function page(locale: Locale, path: string): Promise<string> {
  const res = await app.inject(localePath(locale, path));
  expect(res.statusCode, `${localePath(locale, path)} answers 200`).toBe(200);
  return res.body;
}

/** How many times `needle` occurs in `haystack`. */
function count(haystack: string, needle: string | RegExp): number {
  return haystack.split(needle).length - 1;
}

/** The content of <main>, so the footer's numbers do not count as the page's. */
function main(html: string): string {
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
}

const cases = GUIDANCE_PAGES.flatMap((p) =>
  LOCALES.map((locale) => ({ id: p.id, path: p.path, locale, inNav: p.inNav })),
);

describe.each(cases)('guidance page $id ($locale)', ({ path, locale, inNav }) => {
  it('answers 200 in its language, with exactly one h1 and the quick exit', async () => {
    const html = await page(locale, path);
    expect(html).toContain(`<html lang="${locale}"`);
    expect(count(html, /<h1[\s>]/)).toBe(1);
    expect(html).toContain(`href="${m.quickExitUrl}"`);
    expect(html).toContain('data-module="kring-exit-this-page"');
  });

  it('marks the current page in the navigation (or none, when it is not in the navigation)', async () => {
    const html = await page(locale, path);
    const current = [...html.matchAll(/<a[^>]*aria-current="page"[^>]*>/g)].map((a) => a[0]);
    if (inNav) {
      expect(current).toHaveLength(1);
      expect(current[0]).toContain(`href="${localePath(locale, path)}"`);
    } else {
      expect(current).toHaveLength(0);
    }
  });

  it('has no inline styles or inline scripts', async () => {
    const html = await page(locale, path);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('links only to pages that exist', async () => {
    const html = await page(locale, path);
    const internal = [...html.matchAll(/href="(\/[^"#]*)(#[^"]*)?"/g)]
      .map((a) => a[1] ?? '')
      .filter((href) => !href.startsWith('/assets/') && !href.startsWith('/static/'));
    for (const href of new Set(internal)) {
      if (/\.(css|js|svg|ico|png)$/.test(href)) continue;
      const res = await app.inject(href);
      expect(res.statusCode, `${href} linked from ${localePath(locale, path)}`).toBe(200);
    }
  });
});

describe.each(LOCALES)('key facts (%s)', (locale) => {
  const g = messages(locale).guidance;

  it('home: 112 and Veilig Thuis as telephone links, the chat, the rule and the entry points', async () => {
    const html = main(await page(locale, '/'));
    expect(html).toContain(`href="tel:${m.emergency.tel}"`);
    expect(html).toContain(`href="tel:${m.veiligThuis.phone.tel}"`);
    expect(html).toContain(escapeHtml(g.shared.call(m.emergency.display)));
    expect(html).toContain(escapeHtml(g.shared.call(m.veiligThuis.phone.display)));
    expect(html).toContain(`href="${m.veiligThuis.chatUrl}"`);
    expect(html).toContain(escapeHtml(g.shared.oneSignTitle));
    for (const path of ['/signalen', '/wat-kan-ik-doen', '/voor-professionals']) {
      expect(html).toContain(`href="${localePath(locale, path)}"`);
    }
  });

  it('signs: the rule, and a heading per group and per form', async () => {
    const html = main(await page(locale, '/signalen'));
    expect(html).toContain(escapeHtml(g.shared.oneSignTitle));
    expect(html).toContain(escapeHtml(g.shared.oneSignText));
    for (const title of [
      g.signs.general.title,
      g.signs.child.title,
      g.signs.partner.title,
      g.signs.older.title,
      g.signs.special.title,
    ]) {
      expect(html).toMatch(new RegExp(`<h2[^>]*>${escapeRe(escapeHtml(title))}</h2>`));
    }
    for (const form of [
      g.signs.child.physical,
      g.signs.child.sexual,
      g.signs.child.witness,
      g.signs.older.financial,
      g.signs.older.carer,
      g.signs.special.honour,
      g.signs.special.fgm,
      g.signs.special.forcedMarriage,
      g.signs.special.exploitation,
    ]) {
      expect(html).toMatch(new RegExp(`<h3[^>]*>${escapeRe(escapeHtml(form.title))}</h3>`));
    }
    expect(count(html, '<li')).toBeGreaterThan(60);
  });

  it('what can I do: 112, Veilig Thuis, the honour-related violence exception and the specialist lines', async () => {
    const html = main(await page(locale, '/wat-kan-ik-doen'));
    expect(html).toContain(`href="tel:${m.emergency.tel}"`);
    expect(html).toContain(`href="tel:${m.veiligThuis.phone.tel}"`);
    expect(html).toContain(`href="tel:${m.policeNonUrgent.tel}"`);
    expect(html).toContain('id="eergerelateerd-geweld"');
    expect(html).toContain(escapeHtml(g.whatCanIDo.exception.title));
    for (const text of g.whatCanIDo.exception.paragraphs) expect(html).toContain(escapeHtml(text));
    expect(html).toContain('href="tel:08007000"');
    expect(html).toContain('href="tel:+31703454319"');
    expect(html).toContain(escapeHtml(g.whatCanIDo.ask.exampleTitle));
    expect(count(html, 'class="utrecht-ordered-list__item kring-steps__item"')).toBe(4);
  });

  it('professionals: the five steps of the meldcode, the five questions and the reporting rule', async () => {
    const html = main(await page(locale, '/voor-professionals'));
    const steps = /<ol class="utrecht-ordered-list kring-steps">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(count(steps, 'class="utrecht-ordered-list__item kring-steps__item"')).toBe(5);
    const st = g.professionals.steps;
    for (const step of [st.mapSignals, st.consult, st.talk, st.weigh, st.decide]) {
      expect(steps).toContain(escapeHtml(step.title));
    }
    const questions = /<ol class="utrecht-ordered-list kring-question-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(count(questions, 'kring-question-list__item')).toBe(5);
    expect(html).toContain(escapeHtml(g.professionals.framework.ruleText));
    expect(html).toContain(escapeHtml(g.professionals.about.notADuty));
    expect(html).not.toMatch(/href="[^"]*(inloggen|login|sign-in)/);
  });

  it('contact: everything from the municipality file', async () => {
    const html = main(await page(locale, '/contact'));
    for (const text of [
      m.name[locale],
      `${m.visitingAddress.street}, ${m.visitingAddress.postcode} ${m.visitingAddress.city}`,
      `${m.postalAddress.street}, ${m.postalAddress.postcode} ${m.postalAddress.city}`,
      m.email,
      m.openingHours[locale],
      m.socialTeam.name[locale],
      m.veiligThuis.name,
      m.veiligThuis.chatHours[locale],
    ]) {
      expect(html).toContain(escapeHtml(text));
    }
    for (const tel of [
      m.phone.tel,
      m.socialTeam.phone.tel,
      m.veiligThuis.phone.tel,
      m.emergency.tel,
      m.policeNonUrgent.tel,
    ]) {
      expect(html).toContain(`href="tel:${tel}"`);
    }
    expect(html).toContain(`href="${m.veiligThuis.chatUrl}"`);
  });

  it('browse safely: the quick exit, Shift three times, and the honest limits', async () => {
    const html = main(await page(locale, '/veilig-browsen'));
    expect(html).toContain(escapeHtml(g.safeBrowsing.exit.howTo(messages(locale).quickExit.button)));
    for (const text of g.safeBrowsing.limits.items) expect(html).toContain(escapeHtml(text));
  });
});

describe('municipality content', () => {
  const other: Municipality = {
    ...m,
    name: { nl: 'Gemeente Proefdorp', en: 'Municipality of Proefdorp' },
    shortName: 'Proefdorp',
    visitingAddress: { street: 'Teststraat 9', postcode: '9999 ZZ', city: 'Proefdorp' },
    socialTeam: {
      name: { nl: 'Wijkteam Proefdorp', en: 'Proefdorp team' },
      phone: { display: '0123 45 67 89', tel: '+31123456789' },
    },
    veiligThuis: {
      ...m.veiligThuis,
      name: 'Veilig Thuis Proefregio',
      phone: { display: '0800-TEST', tel: '+31800999999' },
    },
    emergency: { display: '911-TEST', tel: '911' },
    policeNonUrgent: { display: '0900-TEST', tel: '+31900999999' },
  };
  let otherApp: FastifyInstance;
  let closeOther: () => Promise<void>;
  beforeAll(async () => {
    ({ app: otherApp, close: closeOther } = await createTestApp({ content: { municipality: other } }));
  });
  afterAll(async () => closeOther());

  it('comes from content/gemeente.json, not from the views or the texts', async () => {
    for (const p of GUIDANCE_PAGES) {
      for (const locale of LOCALES) {
        const html = main((await otherApp.inject(localePath(locale, p.path))).body);
        for (const original of [
          m.veiligThuis.phone.display,
          m.veiligThuis.name,
          m.visitingAddress.street,
          `"tel:${m.emergency.tel}"`,
          m.policeNonUrgent.display,
        ]) {
          expect(html, `${p.id} (${locale}) hard-codes ${original}`).not.toContain(original);
        }
      }
    }
    const contact = main((await otherApp.inject('/contact')).body);
    expect(contact).toContain('Teststraat 9, 9999 ZZ Proefdorp');
    expect(contact).toContain('Veilig Thuis Proefregio');
    expect(contact).toContain('href="tel:+31800999999"');
    expect(main((await otherApp.inject('/')).body)).toContain('href="tel:911"');
  });
});

/** A string as a literal part of a regular expression. */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
