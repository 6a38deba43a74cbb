// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '../core/roles.ts';
import {
  ASSESSMENT_QUESTIONS,
  loadSectorGuidance,
  loadSigns,
  SECTORS,
  type Sector,
  SIGN_CATEGORY_IDS,
  sectorFor,
  sectorGuidanceSchema,
  signListSchema,
  validateContent,
} from './meldcode-content.ts';

/** A mutable copy of loaded (frozen) content, to break on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: a test reaches into the copy freely
const copy = (value: unknown): any => structuredClone(value);
const sentences = (s: string) => s.split(/[.!?](?=\s|$)/).filter((part) => part.trim() !== '').length;

describe('content/signs.json', () => {
  const signs = loadSigns();

  it('loads, validated, versioned and with sources', () => {
    expect(signs.version).toBe('2026-11');
    expect(signs.sources.length).toBeGreaterThan(0);
    for (const c of signs.categories) expect(c.sources.length, c.id).toBeGreaterThan(0);
  });

  it('is cached and frozen', () => {
    expect(loadSigns()).toBe(signs);
    expect(Object.isFrozen(signs)).toBe(true);
    expect(Object.isFrozen(signs.categories[0]!.nl.examples)).toBe(true);
  });

  it('has exactly the twelve categories, in order', () => {
    expect(SIGN_CATEGORY_IDS).toEqual([
      'physicalAbuse',
      'emotionalAbuse',
      'physicalNeglect',
      'emotionalNeglect',
      'sexualAbuse',
      'witnessingViolence',
      'partnerViolence',
      'elderAbuse',
      'honourViolence',
      'fgm',
      'forcedMarriage',
      'exploitation',
    ]);
    expect(signs.categories.map((c) => c.id)).toEqual(SIGN_CATEGORY_IDS);
  });

  it('sends exactly honour-related violence, FGM and forced marriage to Veilig Thuis directly', () => {
    const direct = signs.categories.filter((c) => c.directToVeiligThuis).map((c) => c.id);
    expect(direct).toEqual(['honourViolence', 'fgm', 'forcedMarriage']);
  });

  it('has a name, a one-sentence hint and 4 to 8 examples in both languages', () => {
    for (const c of signs.categories)
      for (const lang of ['nl', 'en'] as const) {
        const t = c[lang];
        expect(t.name, `${c.id}.${lang}`).not.toBe('');
        expect(sentences(t.hint), `${c.id}.${lang}.hint`).toBe(1);
        expect(t.examples.length, `${c.id}.${lang}`).toBeGreaterThanOrEqual(4);
        expect(t.examples.length, `${c.id}.${lang}`).toBeLessThanOrEqual(8);
      }
  });

  it('covers the age bands sensibly', () => {
    const bands = Object.fromEntries(signs.categories.map((c) => [c.id, c.ageBands]));
    expect(bands.elderAbuse).toEqual(['older']);
    expect(bands.physicalAbuse).toEqual(['0-4', '4-12', '12-18']);
    expect(bands.partnerViolence).not.toContain('0-4');
  });

  it('names the five forms of elder abuse, financial abuse included', () => {
    const elder = signs.categories.find((c) => c.id === 'elderAbuse')!;
    expect(elder.nl.hint).toContain('financieel misbruik');
    expect(elder.en.hint).toContain('financial abuse');
  });
});

describe('content/afwegingskader.json', () => {
  const guidance = loadSectorGuidance();

  it('loads, validated, versioned, cached', () => {
    expect(guidance.version).toBe('2026-12');
    expect(guidance.sources.length).toBeGreaterThan(0);
    expect(loadSectorGuidance()).toBe(guidance);
  });

  it('has every sector and nothing else', () => {
    expect(SECTORS).toEqual(['education', 'childcare', 'healthCare', 'youthCare', 'socialWork', 'sport', 'homeCare']);
    expect(Object.keys(guidance.sectors).sort()).toEqual([...SECTORS].sort());
  });

  it.each(SECTORS)('%s has a name and five questions of 2 to 4 sentences, in Dutch and English', (sector) => {
    for (const lang of ['nl', 'en'] as const) {
      const t = guidance.sectors[sector][lang];
      expect(t.name).not.toBe('');
      expect(Object.keys(t.questions)).toEqual([...ASSESSMENT_QUESTIONS]);
      for (const q of ASSESSMENT_QUESTIONS) {
        const n = sentences(t.questions[q]);
        expect(n, `${sector}.${lang}.${q}`).toBeGreaterThanOrEqual(2);
        expect(n, `${sector}.${lang}.${q}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it.each<[Sector, string[]]>([
    ['education', ['child']],
    ['childcare', ['child']],
    ['healthCare', ['child', 'adult', 'older']],
    ['youthCare', ['child']],
    ['socialWork', ['child', 'adult', 'older']],
    ['sport', ['child', 'adult', 'older']],
    ['homeCare', ['adult', 'older']],
  ])('%s is written for %j', (sector, subjects) => {
    expect(guidance.sectors[sector].subjects).toEqual(subjects);
  });

  it('gives home care guidance on elder abuse, money and the carer check, without children', () => {
    const home = guidance.sectors.homeCare;
    expect(home.nl.name).toBe('Thuiszorg en ouderenzorg');
    expect(home.nl.questions[1]).toContain('mantelzorgcheck');
    expect(home.nl.questions[1]).toContain('onbetaalde rekeningen');
    expect(home.nl.questions[2]).toContain('Ouderenmishandeling');
    expect(home.en.questions[1]).toContain('informal-care check');
    for (const lang of ['nl', 'en'] as const)
      for (const q of ASSESSMENT_QUESTIONS) expect(home[lang].questions[q]).not.toMatch(/kind|child|zwanger|pregnan/i);
  });

  it('tells sports clubs the meldcode is voluntary and names Centrum Veilige Sport Nederland', () => {
    const sport = guidance.sectors.sport;
    expect(sport.nl.questions[1]).toMatch(/vrijwillig/);
    expect(sport.nl.questions[1]).toContain('Centrum Veilige Sport Nederland');
    expect(sport.en.questions[1]).toMatch(/voluntary/);
  });
});

describe('sectorFor', () => {
  const table: ReadonlyArray<readonly [string, Sector]> = [
    ['school', 'education'],
    ['sportsClub', 'sport'],
    ['childcare', 'childcare'],
    ['healthCare', 'healthCare'],
    ['youthCare', 'youthCare'],
    ['socialTeam', 'socialWork'],
    ['police', 'socialWork'],
    ['veiligThuis', 'socialWork'],
    ['municipality', 'socialWork'],
    ['elderlyCare', 'homeCare'],
    ['homeCare', 'homeCare'],
    ['other', 'socialWork'],
  ];

  it.each(table)('%s → %s', (type, sector) => {
    expect(sectorFor(type)).toBe(sector);
  });

  it('the table covers every organisation type', () => {
    expect(table.map(([type]) => type).sort()).toEqual([...ORGANISATION_TYPES].sort());
  });

  it.each(['unknown', '', 'constructor', '__proto__'])('falls back to social work for %j', (type) => {
    expect(sectorFor(type)).toBe('socialWork');
  });
});

describe('a broken copy is rejected', () => {
  const signs = loadSigns();
  const guidance = loadSectorGuidance();

  it.each<[string, (s: ReturnType<typeof copy>) => void]>([
    ['a category without en', (s) => delete s.categories[0].en],
    ['an unknown key on a category', (s) => (s.categories[0].colour = 'red')],
    ['an unknown key at the top', (s) => (s.extra = true)],
    ['an unknown key in the texts', (s) => (s.categories[2].nl.title = 'x')],
    ['two categories swapped', (s) => s.categories.reverse()],
    ['a category missing', (s) => s.categories.pop()],
    ['a category added', (s) => s.categories.push(copy(s.categories[0]))],
    ['an unknown category id', (s) => (s.categories[11].id = 'bullying')],
    ['fgm not going to Veilig Thuis directly', (s) => (s.categories[9].directToVeiligThuis = false)],
    ['physical abuse going to Veilig Thuis directly', (s) => (s.categories[0].directToVeiligThuis = true)],
    ['too few examples', (s) => s.categories[0].nl.examples.splice(3)],
    ['too many examples', (s) => s.categories[1].nl.examples.push('a', 'b', 'c')],
    ['fewer English than Dutch examples', (s) => s.categories[0].en.examples.pop()],
    ['an empty hint', (s) => (s.categories[0].nl.hint = '  ')],
    ['an unknown age band', (s) => (s.categories[0].ageBands = ['0-18'])],
    ['age bands out of order', (s) => (s.categories[0].ageBands = ['4-12', '0-4'])],
    ['no age bands', (s) => (s.categories[0].ageBands = [])],
    ['a plain http source', (s) => (s.sources[0] = 'http://example.nl/')],
    ['no version', (s) => delete s.version],
  ])('signs: %s', (_, breakIt) => {
    const broken = copy(signs);
    breakIt(broken);
    expect(signListSchema.safeParse(broken).success).toBe(false);
  });

  it.each<[string, (g: ReturnType<typeof copy>) => void]>([
    ['a sector without en', (g) => delete g.sectors.sport.en],
    ['a sector missing', (g) => delete g.sectors.healthCare],
    ['an unknown sector', (g) => (g.sectors.police = g.sectors.socialWork)],
    ['an unknown key in a sector', (g) => (g.sectors.education.de = g.sectors.education.nl)],
    ['a question missing', (g) => delete g.sectors.childcare.nl.questions['5']],
    ['a sixth question', (g) => (g.sectors.childcare.en.questions['6'] = 'Six.')],
    ['an empty question', (g) => (g.sectors.youthCare.nl.questions['3'] = '')],
    ['a sector without subjects', (g) => delete g.sectors.sport.subjects],
    ['no subject', (g) => (g.sectors.sport.subjects = [])],
    ['an unknown subject', (g) => (g.sectors.sport.subjects = ['child', 'pet'])],
    ['a subject twice', (g) => (g.sectors.sport.subjects = ['adult', 'adult'])],
    ['social work not for everyone', (g) => (g.sectors.socialWork.subjects = ['adult', 'older'])],
    ['an unknown key at the top', (g) => (g.questions = {})],
    ['no sources', (g) => (g.sources = [])],
  ])('sector guidance: %s', (_, breakIt) => {
    const broken = copy(guidance);
    breakIt(broken);
    expect(sectorGuidanceSchema.safeParse(broken).success).toBe(false);
  });

  it('the copies themselves are valid', () => {
    expect(signListSchema.safeParse(copy(signs)).success).toBe(true);
    expect(sectorGuidanceSchema.safeParse(copy(guidance)).success).toBe(true);
  });

  it('the error names the file and the path of each problem', () => {
    const broken = copy(signs);
    delete broken.categories[3].en;
    broken.categories[0].colour = 'red';
    const message = (() => {
      try {
        validateContent(signListSchema, broken, 'content/signs.json');
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/^content\/signs\.json is not valid:\n/);
    expect(message).toMatch(/^ {2}- categories\.3\.en: /m);
    expect(message).toMatch(/^ {2}- categories\.0: Unrecognized key: "colour"$/m);
    const order = copy(signs);
    order.categories.reverse();
    expect(() => validateContent(signListSchema, order, 'content/signs.json')).toThrow(
      /categories\.0\.id: .*in this order/,
    );
  });
});
