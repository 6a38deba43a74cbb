// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory's pure rules (ADR 0036), table-driven: the query string's words become a
 * filter (unknown words are no filter), search text becomes words and LIKE patterns that find `%`,
 * `_` and `\` as themselves, and the editor's form rules (reachable, an https website, a postcode).
 */
import { describe, expect, it } from 'vitest';
import { fieldKeys } from '#src/core/field-rules.ts';
import { isPostcode, isWebsite, partnerInput } from './partner.schemas.ts';
import { filterParams, likePattern, MAX_TERMS, partnerFilter, searchTerms, TERM_MAX } from './partner-search.ts';

describe('partnerFilter', () => {
  const cases: [string, Parameters<typeof partnerFilter>[0], Partial<ReturnType<typeof partnerFilter>>][] = [
    ['nothing', {}, { text: '', terms: [], type: undefined, audience: undefined, contact: undefined }],
    ['a kind', { soort: 'wijkteam' }, { type: 'socialTeam' }],
    ['a kind in capitals with spaces', { soort: ' GGD ' }, { type: 'publicHealth' }],
    ['Veilig Thuis', { soort: 'veilig-thuis' }, { type: 'veiligThuis' }],
    ['an unknown kind', { soort: 'kapper' }, { type: undefined }],
    ['the code word instead of the Dutch one', { soort: 'socialTeam' }, { type: undefined }],
    ['older people', { voor: 'ouderen' }, { audience: 'olderPeople' }],
    ['an unknown audience', { voor: '<script>' }, { audience: undefined }],
    ['a safeguarding lead', { aanspreekpunt: 'aandachtsfunctionaris' }, { contact: 'safeguardingLead' }],
    ['a confidential contact', { aanspreekpunt: 'vertrouwenspersoon' }, { contact: 'confidentialContact' }],
    ['an unknown contact', { aanspreekpunt: 'ja' }, { contact: undefined }],
    ['search text, trimmed', { zoek: '  Wijk  Team ' }, { text: 'Wijk  Team', terms: ['wijk', 'team'] }],
  ];
  it.each(cases)('%s', (_name, query, expected) => {
    expect(partnerFilter(query)).toMatchObject(expected);
  });

  it('gives back the query string of a filter, in the Dutch words, without empty values', () => {
    expect(filterParams(partnerFilter({ zoek: 'hulp', soort: 'politie', voor: 'kinderen' }))).toEqual({
      zoek: 'hulp',
      soort: 'politie',
      voor: 'kinderen',
      aanspreekpunt: '',
    });
    expect(filterParams(partnerFilter({ soort: 'onbekend', aanspreekpunt: 'vertrouwenspersoon' }))).toEqual({
      zoek: '',
      soort: '',
      voor: '',
      aanspreekpunt: 'vertrouwenspersoon',
    });
  });
});

describe('searchTerms', () => {
  const cases: [string, string, string[]][] = [
    ['empty', '', []],
    ['only spaces and tabs', ' \t\n ', []],
    ['lower case, once each', 'Hulp hulp HULP thuis', ['hulp', 'thuis']],
    ['at most 8 words', 'a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
    ['a long word cut to 50 characters', 'x'.repeat(60), ['x'.repeat(50)]],
    ['a cut counts characters, not UTF-16 units', '😀'.repeat(60), ['😀'.repeat(50)]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(searchTerms(text)).toEqual(expected);
  });
  it('keeps to the limits the page states', () => {
    expect(MAX_TERMS).toBe(8);
    expect(TERM_MAX).toBe(50);
  });
});

describe('likePattern', () => {
  const cases: [string, string][] = [
    ['hulp', '%hulp%'],
    ['100%', '%100\\%%'],
    ['a_b', '%a\\_b%'],
    ['c:\\pad', '%c:\\\\pad%'],
  ];
  it.each(cases)('%s → %s', (term, expected) => {
    expect(likePattern(term)).toBe(expected);
  });
});

describe('the form rules', () => {
  const websites: [string, boolean][] = [
    ['https://www.veiligthuis.example', true],
    ['https://www.sport.example/jeugd?team=1', true],
    ['http://www.sport.example', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hoi', false],
    ['https://localhost', false],
    ['https://user:secret@www.sport.example', false],
    ['www.sport.example', false],
    ['https://www.sport .example', false],
    [`https://www.sport.example/${'a'.repeat(300)}`, false],
  ];
  it.each(websites)('website %s → %s', (value, expected) => {
    expect(isWebsite(value)).toBe(expected);
  });

  const postcodes: [string, boolean][] = [
    ['3841 AA', true],
    ['3841aa', true],
    ['0841 AA', false],
    ['3841  AA', false],
    ['384 AA', false],
  ];
  it.each(postcodes)('postcode %s → %s', (value, expected) => {
    expect(isPostcode(value)).toBe(expected);
  });

  const valid = {
    name: 'Wijkteam',
    type: 'socialTeam',
    audiences: ['children'],
    descriptionNl: 'Hulp dichtbij.',
    descriptionEn: '',
    phone: '0341 12 34 56',
    email: '',
    webAddress: '',
    street: '',
    postcode: '',
    city: '',
    hasSafeguardingLead: false,
    hasConfidentialContact: false,
    published: true,
  };
  const keys = (over: Record<string, unknown>) => {
    const result = partnerInput.safeParse({ ...valid, ...over });
    return result.success ? {} : fieldKeys(result.error);
  };
  const forms: [string, Record<string, unknown>, Record<string, string>][] = [
    ['a complete form', {}, {}],
    ['reachable by e-mail only', { phone: '', email: 'info@wijkteam.example' }, {}],
    ['reachable by website only', { phone: '', webAddress: 'https://www.wijkteam.example' }, {}],
    ['not reachable at all', { phone: '' }, { phone: 'partnerReach' }],
    ['no name', { name: '   ' }, { name: 'partnerName' }],
    ['a name too long', { name: 'a'.repeat(201) }, { name: 'tooLong:200' }],
    ['an unknown kind', { type: 'kapper' }, { type: 'partnerType' }],
    ['for nobody', { audiences: [] }, { audiences: 'partnerAudiences' }],
    ['for an unknown audience', { audiences: ['pets'] }, { audiences: 'partnerAudiences' }],
    ['no description', { descriptionNl: '' }, { descriptionNl: 'partnerDescription' }],
    ['an English description too long', { descriptionEn: 'a'.repeat(2001) }, { descriptionEn: 'tooLong:2000' }],
    ['a phone number with letters', { phone: '0341-HULP' }, { phone: 'phone' }],
    ['an e-mail address without @', { email: 'wijkteam' }, { email: 'email' }],
    ['a javascript: website', { webAddress: 'javascript:alert(1)' }, { webAddress: 'partnerWebsite' }],
    ['a wrong postcode', { postcode: '38 AA' }, { postcode: 'postcode' }],
  ];
  it.each(forms)('%s', (_name, over, expected) => {
    expect(keys(over)).toEqual(expected);
  });
});
