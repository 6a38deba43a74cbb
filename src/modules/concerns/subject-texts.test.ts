// SPDX-License-Identifier: EUPL-1.2
/**
 * Which texts a concern's pages show, by whom it is about and its sector (issue 12, item 3; ADR
 * 0028). The expected texts are written out here, not taken from the message files.
 */
import { describe, expect, it } from 'vitest';
import type { Sector } from '#src/content/meldcode-content.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { checkApplies, type StepOneCheck, subjectTexts, textChoice } from './subject-texts.ts';
import type { AgeGroup } from './workflow.ts';

const nl = messages('nl');
const en = messages('en');

describe('textChoice: the guidance, the checks of step 1', () => {
  const table: ReadonlyArray<readonly [AgeGroup, string, Sector, Sector, readonly StepOneCheck[]]> = [
    // subject, stored sector → own sector, the guidance's sector, the checks
    ['child', 'education', 'education', 'education', ['kindcheck']],
    ['adult', 'education', 'education', 'socialWork', ['kindcheck', 'carerCheck']],
    ['older', 'education', 'education', 'socialWork', ['carerCheck']],
    ['child', 'childcare', 'childcare', 'childcare', ['kindcheck']],
    ['adult', 'childcare', 'childcare', 'socialWork', ['kindcheck', 'carerCheck']],
    ['child', 'youthCare', 'youthCare', 'youthCare', ['kindcheck']],
    ['older', 'youthCare', 'youthCare', 'socialWork', ['carerCheck']],
    ['child', 'healthCare', 'healthCare', 'healthCare', ['kindcheck']],
    ['older', 'healthCare', 'healthCare', 'healthCare', ['carerCheck']],
    ['adult', 'sport', 'sport', 'sport', ['kindcheck', 'carerCheck']],
    ['older', 'sport', 'sport', 'sport', ['carerCheck']],
    ['child', 'homeCare', 'homeCare', 'socialWork', ['kindcheck']],
    ['adult', 'homeCare', 'homeCare', 'homeCare', ['kindcheck', 'carerCheck']],
    ['older', 'homeCare', 'homeCare', 'homeCare', ['carerCheck']],
    ['child', 'socialWork', 'socialWork', 'socialWork', ['kindcheck']],
    ['older', 'socialWork', 'socialWork', 'socialWork', ['carerCheck']],
    // A sector Kring does not know is read as social work.
    ['older', 'retail', 'socialWork', 'socialWork', ['carerCheck']],
    ['child', '', 'socialWork', 'socialWork', ['kindcheck']],
  ];

  it.each(table)('%s in %j → own %s, guidance of %s, checks %j', (subject, stored, sector, guidanceSector, checks) => {
    expect(textChoice(subject, stored)).toEqual({ subject, sector, guidanceSector, checks });
  });

  it.each<[AgeGroup, StepOneCheck, boolean]>([
    ['child', 'kindcheck', true],
    ['child', 'carerCheck', false],
    ['adult', 'kindcheck', true],
    ['adult', 'carerCheck', true],
    ['older', 'kindcheck', false],
    ['older', 'carerCheck', true],
  ])('%s: %s applies: %s', (subject, check, applies) => {
    expect(checkApplies(subject, check)).toBe(applies);
  });
});

describe('subjectTexts: the words', () => {
  const table: ReadonlyArray<
    readonly [AgeGroup, string, { q1: string; q3: string; title: string; guidance: string; note: string | null }]
  > = [
    [
      'child',
      'education',
      {
        q1: 'Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?',
        q3: 'Ben ik in staat om effectieve hulp te bieden of te organiseren om (de risico’s op) huiselijk geweld of kindermishandeling af te wenden?',
        title: 'Gezin en kindcheck',
        guidance: 'Onderwijs',
        note: null,
      },
    ],
    [
      'adult',
      'socialWork',
      {
        q1: 'Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld?',
        q3: 'Ben ik in staat om effectieve hulp te bieden of te organiseren om (de risico’s op) huiselijk geweld af te wenden?',
        title: 'Huishouden, kindcheck en mantelzorgcheck',
        guidance: 'Sociaal werk',
        note: null,
      },
    ],
    [
      'older',
      'homeCare',
      {
        q1: 'Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of ouderenmishandeling?',
        q3: 'Ben ik in staat om effectieve hulp te bieden of te organiseren om (de risico’s op) huiselijk geweld of ouderenmishandeling af te wenden?',
        title: 'Huishouden en mantelzorgcheck',
        guidance: 'Thuiszorg en ouderenzorg',
        note: null,
      },
    ],
    [
      'older',
      'education',
      {
        q1: 'Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of ouderenmishandeling?',
        q3: 'Ben ik in staat om effectieve hulp te bieden of te organiseren om (de risico’s op) huiselijk geweld of ouderenmishandeling af te wenden?',
        title: 'Huishouden en mantelzorgcheck',
        guidance: 'Sociaal werk',
        note: 'De toelichting voor onderwijs is niet geschreven voor ouderen. U leest hier de toelichting voor sociaal werk.',
      },
    ],
    [
      'child',
      'homeCare',
      {
        q1: 'Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?',
        q3: 'Ben ik in staat om effectieve hulp te bieden of te organiseren om (de risico’s op) huiselijk geweld of kindermishandeling af te wenden?',
        title: 'Gezin en kindcheck',
        guidance: 'Sociaal werk',
        note: 'De toelichting voor thuiszorg en ouderenzorg is niet geschreven voor kinderen. U leest hier de toelichting voor sociaal werk.',
      },
    ],
  ];

  it.each(table)('%s in %s', (subject, sector, expected) => {
    const texts = subjectTexts(nl, 'nl', subject, sector);
    expect(texts.questions[1]).toBe(expected.q1);
    expect(texts.questions[3]).toBe(expected.q3);
    expect(texts.householdTitle).toBe(expected.title);
    expect(texts.guidance.name).toBe(expected.guidance);
    expect(texts.guidanceNote).toBe(expected.note);
  });

  it('the questions 2, 4 and 5 are the same for everyone', () => {
    const child = subjectTexts(nl, 'nl', 'child', 'socialWork').questions;
    for (const subject of ['adult', 'older'] as const) {
      const other = subjectTexts(nl, 'nl', subject, 'socialWork').questions;
      for (const q of [2, 4, 5] as const) expect(other[q]).toBe(child[q]);
    }
  });

  it('English follows the same choice', () => {
    const texts = subjectTexts(en, 'en', 'older', 'homeCare');
    expect(texts.questions[1]).toBe(
      'Based on steps 1 to 4, do I suspect domestic violence or elder abuse (or a threat of it)?',
    );
    expect(texts.householdTitle).toBe('Household and informal-care check');
    expect(texts.guidance.name).toBe('Home care and elderly care');
    expect(subjectTexts(en, 'en', 'older', 'education').guidanceNote).toBe(
      'The guidance for education is not written for older people. This is the guidance for social work.',
    );
  });

  it('asks an older person about the carer check, never about children or a pregnancy', () => {
    for (const [t, locale, words] of [
      [nl, 'nl', /kind|zwanger|leerling/i],
      [en, 'en', /child|pregnan|pupil/i],
    ] as const) {
      const texts = subjectTexts(t, locale, 'older', 'homeCare');
      const all = [
        ...Object.values(texts.questions),
        ...Object.values(texts.hints),
        texts.householdLink,
        texts.householdTitle,
        texts.householdIntro,
        texts.relationHint,
        texts.checksPrompt,
        texts.checksLink,
        texts.informed,
        texts.informedHint,
        texts.quoteHint,
        ...Object.values(texts.guidance.questions),
      ];
      for (const text of all) expect(text, text).not.toMatch(words);
      expect(texts.checksPrompt).toMatch(locale === 'nl' ? /^Mantelzorgcheck:/ : /^Informal-care check:/);
    }
  });

  it('asks an adult about children and a pregnancy, and about the carer check', () => {
    const texts = subjectTexts(nl, 'nl', 'adult', 'healthCare');
    expect(texts.checksPrompt).toContain('zwangerschap');
    expect(texts.checksPrompt).toContain('mantelzorger');
    expect(texts.hints[2]).toContain('stalking door een (ex-)partner');
  });
});
