// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of the partner directory's search and filters (issue 15, ADR 0036), pure. The public page
 * is a GET form, so every filter lives in the query string, in Dutch words that are the same in both
 * languages (like `pagina`, ADR 0032):
 *
 * - `zoek`: free text. Split on white space into at most MAX_TERMS words of at most TERM_MAX
 *   characters (longer words are cut); every word must occur, case-insensitively, in the name, a
 *   description or the place. `%`, `_` and `\` are searched for as themselves (escaped for LIKE).
 * - `soort`: one kind of organisation (`wijkteam`, `politie`, …); `voor`: `kinderen`, `volwassenen`
 *   or `ouderen`; `aanspreekpunt`: `aandachtsfunctionaris` or `vertrouwenspersoon`.
 * - A value the list does not know (an old or edited link) is no filter: the page shows all, and the
 *   form shows "all" chosen. Never an error page for a filter.
 */
import { PARTNER_AUDIENCES, PARTNER_TYPES, type PartnerAudience, type PartnerType } from './partner.table.ts';

/** The most words a search uses. */
export const MAX_TERMS = 8;
/** The longest word a search uses (longer ones are cut). */
export const TERM_MAX = 50;
/** The longest search text the page accepts. */
export const SEARCH_MAX = 200;

/** A contact person a partner may have. */
export const CONTACT_PERSONS = ['safeguardingLead', 'confidentialContact'] as const;
export type ContactPerson = (typeof CONTACT_PERSONS)[number];

/** The query string's word for each kind of organisation. */
export const TYPE_PARAM: Readonly<Record<PartnerType, string>> = {
  veiligThuis: 'veilig-thuis',
  socialTeam: 'wijkteam',
  school: 'school',
  childcare: 'kinderopvang',
  youthCare: 'jeugdhulp',
  publicHealth: 'ggd',
  police: 'politie',
  sportsClub: 'sportvereniging',
  homeCare: 'thuiszorg',
  other: 'anders',
};

/** The query string's word for each audience. */
export const AUDIENCE_PARAM: Readonly<Record<PartnerAudience, string>> = {
  children: 'kinderen',
  adults: 'volwassenen',
  olderPeople: 'ouderen',
};

/** The query string's word for each contact person. */
export const CONTACT_PARAM: Readonly<Record<ContactPerson, string>> = {
  safeguardingLead: 'aandachtsfunctionaris',
  confidentialContact: 'vertrouwenspersoon',
};

/** The directory's query as the route receives it (every value optional, any text). */
export interface DirectoryQuery {
  readonly zoek?: string | undefined;
  readonly soort?: string | undefined;
  readonly voor?: string | undefined;
  readonly aanspreekpunt?: string | undefined;
}

/** What the directory shows. */
export interface PartnerFilter {
  /** The search text as typed (trimmed), for the form. */
  readonly text: string;
  /** The words every partner shown contains (lower case). */
  readonly terms: readonly string[];
  readonly type: PartnerType | undefined;
  readonly audience: PartnerAudience | undefined;
  readonly contact: ContactPerson | undefined;
}

function fromParam<K extends string>(
  keys: readonly K[],
  words: Readonly<Record<K, string>>,
  value: string | undefined,
) {
  return value === undefined ? undefined : keys.find((k) => words[k] === value.trim().toLowerCase());
}

/**
 * The words of a search text: split on white space, lower case, each once, at most MAX_TERMS of at
 * most TERM_MAX characters.
 */
export function searchTerms(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => [...w].slice(0, TERM_MAX).join(''));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A word as a LIKE pattern that finds it anywhere: `%`, `_` and `\` stand for themselves. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The filter of a query string; values the lists do not know are no filter.
 * @param query the route's query
 */
export function partnerFilter(query: DirectoryQuery): PartnerFilter {
  const text = (query.zoek ?? '').trim();
  return {
    text,
    terms: searchTerms(text),
    type: fromParam(PARTNER_TYPES, TYPE_PARAM, query.soort),
    audience: fromParam(PARTNER_AUDIENCES, AUDIENCE_PARAM, query.voor),
    contact: fromParam(CONTACT_PERSONS, CONTACT_PARAM, query.aanspreekpunt),
  };
}

/** The query string of a filter (for the pages' links), without empty values. */
export function filterParams(filter: PartnerFilter): Record<string, string> {
  return {
    zoek: filter.text,
    soort: filter.type ? TYPE_PARAM[filter.type] : '',
    voor: filter.audience ? AUDIENCE_PARAM[filter.audience] : '',
    aanspreekpunt: filter.contact ? CONTACT_PARAM[filter.contact] : '',
  };
}
