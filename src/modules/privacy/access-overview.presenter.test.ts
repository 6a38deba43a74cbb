// SPDX-License-Identifier: EUPL-1.2
/**
 * The access overview's presenter (ADR 0029), against expectations written out by hand: Dutch time
 * (winter, summer, the night the clocks change), events and purposes in words in both languages
 * (never a code, also for a type Kring has no words for), the organisation and role always, and
 * whose names are replaced. Last: every event type Kring's code writes has words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { END_REASONS } from '#src/modules/circle/expiry.ts';
import { ACTIONS } from '#src/modules/concerns/workflow.ts';
import { REPORT_KINDS, REPORT_SOURCES } from '#src/modules/reports/workflow.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { eventInWords, type OverviewRow, presentOverview } from './access-overview.presenter.ts';
import type { SubjectLogEntry } from './privacy.repository.ts';

const nl = messages('nl');
const en = messages('en');

const SCHOOL = { id: 'org-school', name: 'Veluwe College' };
const VT = { id: 'org-vt', name: 'Veilig Thuis Noord-Veluwe' };
const SANNE = 'user-sanne';
const MARK = 'user-mark';

/** A row about the person; by default Mark of the school read the dossier on 5 December 2026, 10:00 UTC. */
function entry(overrides: Partial<SubjectLogEntry> = {}): SubjectLogEntry {
  return {
    id: '1',
    time: new Date('2026-12-05T10:00:00Z'),
    userId: MARK,
    userName: 'Mark Jansen',
    organisationId: SCHOOL.id,
    organisationName: SCHOOL.name,
    organisationType: 'school',
    role: 'safeguardingLead',
    action: 'R',
    type: 'concern.read',
    outcome: 0,
    purpose: 'care',
    ...overrides,
  };
}

const sanne = { userId: SANNE, userName: 'Sanne de Vries', role: 'professional' } as const;
const ahmed = {
  userId: 'user-ahmed',
  userName: 'Ahmed van Veilig Thuis',
  organisationId: VT.id,
  organisationName: VT.name,
  organisationType: 'veiligThuis',
  role: 'intakeWorker',
  purpose: 'safety',
} as const;

function present(entries: SubjectLogEntry[], locale: 'nl' | 'en' = 'nl', protectedUserIds = [SANNE]) {
  return presentOverview(entries, {
    t: locale === 'nl' ? nl : en,
    locale,
    protectedUserIds,
    readerOrganisationId: SCHOOL.id,
  });
}

describe('the time, in Dutch time', () => {
  it.each([
    ['winter (UTC+1)', '2026-12-05T10:00:00Z', 'nl', '5 december 2026 om 11:00'],
    ['summer (UTC+2)', '2026-07-05T10:00:00Z', 'nl', '5 juli 2026 om 12:00'],
    ['English', '2026-07-05T10:00:00Z', 'en', '5 July 2026 at 12:00'],
    ['the night the clocks go forward', '2026-03-29T01:30:00Z', 'nl', '29 maart 2026 om 03:30'],
    ['just before midnight UTC is the next day', '2026-12-31T23:30:00Z', 'nl', '1 januari 2027 om 00:30'],
  ] as const)('%s', (_name, time, locale, expected) => {
    expect(present([entry({ time: new Date(time) })], locale).rows[0]!.time).toBe(expected);
  });
});

describe('the event in plain words', () => {
  it.each([
    ['concern.read', 0, 'nl', 'Las het dossier'],
    ['concern.read', 0, 'en', 'Read the dossier'],
    ['concern.entry.create', 0, 'nl', 'Voegde een observatie of notitie toe aan het dossier'],
    ['concern.entry.create', 0, 'en', 'Added an observation or note to the dossier'],
    ['concern.step.fileReport', 0, 'nl', 'Meldde bij Veilig Thuis'],
    ['concern.step.fileReport', 0, 'en', 'Reported to Veilig Thuis'],
    ['report.read', 0, 'nl', 'Las de melding bij Veilig Thuis'],
    ['report.read', 0, 'en', 'Read the report at Veilig Thuis'],
    ['audit.subject.export', 0, 'nl', 'Maakte een overzicht van wie het dossier inzag (PDF of CSV)'],
    ['object.denied', 4, 'nl', 'Probeerde gegevens te openen zonder toegang (geweigerd)'],
    ['object.denied', 4, 'en', 'Tried to open data without access (refused)'],
    ['auth.password', 8, 'nl', 'Vulde het wachtwoord in om in te loggen (mislukt)'],
    ['something.new', 0, 'nl', 'Een andere handeling in Kring'],
    ['something.new', 0, 'en', 'Another action in Kring'],
    ['constructor', 0, 'en', 'Another action in Kring'],
    ['__proto__', 0, 'nl', 'Een andere handeling in Kring'],
  ] as const)('%s (outcome %i, %s)', (type, outcome, locale, expected) => {
    const row = present([entry({ type, outcome })], locale).rows[0]!;
    expect(row.event).toBe(expected);
    expect(eventInWords(locale === 'nl' ? nl : en, type, outcome)).toBe(expected);
  });
});

describe('who, which organisation, which role, why', () => {
  const cases: Array<[string, Partial<SubjectLogEntry>, Partial<OverviewRow>]> = [
    [
      'a colleague who is not protected: the name',
      {},
      {
        who: 'Mark Jansen',
        redacted: null,
        nameOnScreen: null,
        organisation: 'Veluwe College',
        role: 'Aandachtsfunctionaris',
        purpose: 'Zorg voor de persoon',
      },
    ],
    [
      'the reporter who asked to stay unknown, on the report row',
      { ...sanne, type: 'concern.step.fileReport', action: 'E' },
      {
        who: 'Een professional van Veluwe College',
        redacted: 'staysUnknown',
        nameOnScreen: 'Sanne de Vries',
        organisation: 'Veluwe College',
        role: 'Professional',
        event: 'Meldde bij Veilig Thuis',
      },
    ],
    [
      'the same reporter on any other row',
      { ...sanne, type: 'concern.read' },
      { who: 'Een professional van Veluwe College', redacted: 'staysUnknown', event: 'Las het dossier' },
    ],
    [
      'the reporter acting for another organisation: replaced, and not named on screen either',
      { ...sanne, organisationId: 'org-other', organisationName: 'Sportclub', organisationType: 'sportsClub' },
      { who: 'Een professional van Sportclub', redacted: 'staysUnknown', nameOnScreen: null },
    ],
    [
      'a Veilig Thuis worker: replaced, never named on screen',
      { ...ahmed, type: 'report.read' },
      {
        who: 'Een professional van Veilig Thuis Noord-Veluwe',
        redacted: 'veiligThuis',
        nameOnScreen: null,
        organisation: 'Veilig Thuis Noord-Veluwe',
        role: 'Medewerker Veilig Thuis',
        event: 'Las de melding bij Veilig Thuis',
        purpose: 'Veiligheid (melding of advies van Veilig Thuis)',
      },
    ],
    [
      'an intake worker whose organisation no longer exists',
      { ...ahmed, organisationName: null, organisationType: null },
      {
        who: 'Een professional van Onbekende organisatie',
        redacted: 'veiligThuis',
        organisation: 'Onbekende organisatie',
      },
    ],
    [
      'Kring itself (no user)',
      { userId: null, userName: null, role: null, type: 'concern.reminder' },
      {
        who: 'Kring zelf, of iemand zonder account',
        redacted: null,
        role: 'Geen rol',
        event: 'Kring stuurde een herinnering over het dossier',
      },
    ],
    [
      'a role and a purpose Kring has no words for',
      { role: 'astronaut', purpose: 'curiosity' },
      { role: 'Andere rol', purpose: 'Ander doel' },
    ],
    [
      'the privacy officer',
      { role: 'privacyOfficer', purpose: 'audit-review', type: 'audit.subject' },
      {
        who: 'Mark Jansen',
        role: 'Privacyfunctionaris',
        event: 'Bekeek wie het dossier inzag',
        purpose: 'Controle van het logboek',
      },
    ],
  ];
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(present([entry(overrides)]).rows[0]).toMatchObject(expected);
  });

  it('says it in English too', () => {
    const { rows } = present([entry({ ...sanne, type: 'concern.step.fileReport' }), entry(ahmed)], 'en');
    expect(rows.map((r) => [r.who, r.role, r.event])).toEqual([
      ['A professional of Veluwe College', 'Professional', 'Reported to Veilig Thuis'],
      ['A professional of Veilig Thuis Noord-Veluwe', 'Veilig Thuis intake worker', 'Read the dossier'],
    ]);
  });

  it.each([
    ['no name replaced', [entry()], []],
    ['only Veilig Thuis', [entry(), entry(ahmed)], ['veiligThuis']],
    ['both, always in the same order', [entry(ahmed), entry(sanne)], ['staysUnknown', 'veiligThuis']],
  ] as const)('gives the reasons for replaced names: %s', (_name, entries, reasons) => {
    expect(present([...entries]).reasons).toEqual(reasons);
  });

  it('replaces nobody when no report asked it, except Veilig Thuis', () => {
    const { rows } = present([entry(sanne), entry(ahmed)], 'nl', []);
    expect(rows.map((r) => r.who)).toEqual(['Sanne de Vries', 'Een professional van Veilig Thuis Noord-Veluwe']);
  });

  it('keeps the order and the ids of the rows', () => {
    const { rows } = present([entry({ id: '9' }), entry({ id: '3' })]);
    expect(rows.map((r) => r.id)).toEqual(['9', '3']);
  });
});

describe('every event type Kring writes has plain words', () => {
  const SRC = path.resolve(import.meta.dirname, '../..');
  const NAMESPACES = 'auth|user|membership|invitation|organisation|audit|concern|report|circle|object|route';
  /**
   * The event types written as literals: a quoted `ns.word` after `type:` or `=`, as an argument of
   * auditConcern/auditReport/auditCircle, or as a branch of a ternary, `??` or union type. Column names in
   * queries (`'concern.person_id'` after `(`, `[` or `,`) do not match.
   */
  const LITERAL = new RegExp(
    `(?:=|type\\s*:|auditConcern\\(.*?,|auditReport\\(.*?,|auditCircle\\(.*?,|\\?\\??|:|\\|)\\s*'((?:${NAMESPACES})\\.[\\w.]+)'`,
    'g',
  );

  function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) return d.name === 'i18n' ? [] : sourceFiles(full);
      return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [full] : [];
    });
  }

  const written = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      for (const m of line.matchAll(LITERAL)) written.add(m[1]!);
    }
  }
  // The types built from a template: each step of a concern, each report received, each decision of
  // the intake (`report.${action}`), each answer of Veilig Thuis arriving in the dossier.
  for (const action of ACTIONS) written.add(`concern.step.${action}`);
  for (const source of REPORT_SOURCES) for (const kind of REPORT_KINDS) written.add(`report.receive.${source}.${kind}`);
  for (const action of ['assess', 'conclude']) written.add(`report.${action}`);
  for (const kind of ['vtFeedback', 'advice']) written.add(`concern.receive.${kind}`);
  for (const reason of END_REASONS) written.add(`circle.signal.expire.${reason}`);

  it('finds the types in the code (the scan works)', () => {
    for (const type of [
      'concern.read',
      'auth.sign_in',
      'auth.sign_in_recovery_code',
      'object.denied',
      'audit.subject.export',
    ]) {
      expect(written, type).toContain(type);
    }
    expect(written).not.toContain('concern.person_id');
    expect(written.size).toBeGreaterThan(60);
  });

  it.each(['nl', 'en'] as const)('in %s, never as the code', (locale) => {
    const events: Record<string, string> = messages(locale).staff.audit.overview.events;
    const missing = [...written].filter((type) => !Object.hasOwn(events, type)).sort();
    expect(missing).toEqual([]);
    for (const text of Object.values(events)) expect(text).not.toMatch(new RegExp(`\\b(?:${NAMESPACES})\\.\\w`));
  });
});
