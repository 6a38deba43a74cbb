// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo figures for the statistics pages (issue 15, ADR 0039; never in production): a believable year
 * and the year before, so the tables show figures and hidden marks instead of "withheld".
 *
 * - About 150 concerns a year, spread over the months, at four extra demo organisations that no demo
 *   account belongs to (so no demo user's concern list, Mijn Kring or circle page changes), written by
 *   one disabled author who cannot sign in; each goes through the meldcode's steps at realistic
 *   intervals, as far as it got by today, and ends in a report, help or closing.
 * - About 40 reports a year at the demo Veilig Thuis, most assessed within 5 working days, some later,
 *   all received at least 20 days ago and closed: the demo intake worker's open inbox stays as the
 *   story tells it (no reminder of a synthetic report).
 * - About 30 circle teams a year, each around one signal of an extra organisation (a team without an
 *   active signal is removed when any signal ends), with contact mostly within 10 working days.
 *
 * Deterministic: one seeded generator (no Math.random), relative to the moment of seeding. Every
 * name is invented and says so. Rows are inserted in batches: the seed adds little to a first start.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Config } from '#src/config.ts';
import { seededRandom } from '#src/core/seeded-random.ts';
import { addWorkingDays, amsterdamIsoDate, isWorkingDay } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import type { AgeGroup, EntryData } from '#src/modules/concerns/index.ts';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** The extra organisations: type, sector, share of the concerns, and who their concerns are about. */
const ORGANISATIONS = [
  ['Openbare basisschool Het Kompas (demo-cijfers)', 'school', 'education', 40, { child: 1, adult: 0, older: 0 }],
  ['Kinderopvang Het Vlindernest (demo-cijfers)', 'childcare', 'childcare', 20, { child: 1, adult: 0, older: 0 }],
  ['Huisartsenpraktijk Stadsweide (demo-cijfers)', 'healthCare', 'healthCare', 28, { child: 30, adult: 60, older: 10 }],
  ['Woonzorgcentrum De Linde (demo-cijfers)', 'elderlyCare', 'healthCare', 12, { child: 0, adult: 15, older: 85 }],
] as const;
export const STATISTICS_ORGANISATIONS = ORGANISATIONS.map(([name, type, sector, share, subjects]) => {
  return { name, type, sector, share, subjects };
});

/** The author of the demo figures: disabled, with no password anyone knows and no organisation. */
export const STATISTICS_AUTHOR = { email: 'cijfers@demo.kring.nl', name: 'Verzonnen auteur (demo-cijfers)' } as const;

/** Concerns opened per month in a whole year (about 150). */
const PER_MONTH = [14, 13, 15, 12, 13, 11, 7, 9, 14, 15, 13, 11] as const;
const REPORTS_PER_YEAR = 40;
const TEAMS_PER_YEAR = 30;

/** The first category of the first observation, by subject (weights; '' is none). */
const CATEGORIES: Readonly<Record<AgeGroup, Readonly<Record<string, number>>>> = {
  child: {
    physicalAbuse: 16,
    emotionalAbuse: 18,
    physicalNeglect: 14,
    emotionalNeglect: 16,
    sexualAbuse: 6,
    witnessingViolence: 18,
    honourViolence: 2,
    exploitation: 3,
    '': 6,
  },
  adult: { partnerViolence: 45, emotionalAbuse: 10, physicalAbuse: 10, exploitation: 8, forcedMarriage: 4, '': 8 },
  older: { elderAbuse: 60, physicalNeglect: 10, emotionalAbuse: 10, partnerViolence: 5, '': 5 },
};

interface Draw {
  (): number;
  int(min: number, max: number): number;
  pick<T extends string>(weights: Readonly<Record<T, number>>): T;
  uuid(): string;
  token(length: number): string;
}

function draw(seed: number): Draw {
  const next = seededRandom(seed);
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Object.assign(() => next(), {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick<T extends string>(weights: Readonly<Record<T, number>>): T {
      const entries = Object.entries(weights) as [T, number][];
      let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, w] of entries) {
        r -= w;
        if (r < 0) return key;
      }
      return entries.at(-1)![0];
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
    token: (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * 64)]).join(''),
  });
}

/** A moment on a day of a month, in office hours (Amsterdam is UTC+1 or +2: 08:00–16:00 is 07:00–14:00 UTC). */
function momentIn(r: Draw, year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, r.int(7, 14), r.int(0, 59)));
}

/** A working day of a month at or before `upTo`; undefined when the month has none yet. */
function workingMomentIn(r: Draw, year: number, month: number, upTo: Date): Date | undefined {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let tries = 0; tries < 40; tries++) {
    const at = momentIn(r, year, month, r.int(1, last));
    if (at <= upTo && isWorkingDay(at)) return at;
  }
  return undefined;
}

/** `months` later, on the same day (or the month's last), as ISO; the end of a signal's period. */
function isoMonthsLater(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const day = Math.min(d, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** Inserts rows in batches (PGlite and PostgreSQL take a few hundred rows a statement well). */
async function inBatches<R>(rows: readonly R[], insert: (batch: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) await insert(rows.slice(i, i + 400));
}

const TEXT = 'Verzonnen voorbeeld voor de demo-cijfers; geen echte persoon.';

/** The entries of one concern's path through the meldcode, as far as it got by `now`. */
function concernPath(
  r: Draw,
  openedAt: Date,
  now: Date,
  fullName: string,
  ageGroup: AgeGroup,
  category: string,
): { entries: { at: Date; entry: EntryData }[]; status: string; closedAt: Date | null } {
  const entries: { at: Date; entry: EntryData }[] = [];
  let at = openedAt;
  let status = 'signals';
  const add = (entry: EntryData | ((when: Date) => EntryData), afterDays: number, next: string) => {
    const when = new Date(at.getTime() + afterDays * DAY + r.int(1, 6) * HOUR);
    if (when > now) return false;
    at = when;
    entries.push({ at, entry: typeof entry === 'function' ? entry(when) : entry });
    status = next;
    return true;
  };
  entries.push({ at, entry: { kind: 'opened', data: { fullName, ageGroup, byVolunteer: false, honourRisk: 'no' } } });
  const observation: EntryData = {
    kind: 'observation',
    data: {
      facts: TEXT,
      interpretation: '',
      sourceKind: 'self',
      source: '',
      categories: category ? [category] : [],
      signListVersion: 'demo',
    },
  };
  if (!add(observation, 0, 'signals')) return { entries, status, closedAt: null };
  // Step 1 (and 2): consultation asked, then held; sometimes held at once.
  const consultation: EntryData = {
    kind: 'consultation',
    data: { withName: 'Verzonnen collega (demo-cijfers)', advice: TEXT, requestId: null },
  };
  if (r() > 0.93) return { entries, status, closedAt: null };
  if (r() < 0.8) {
    const request: EntryData = {
      kind: 'consultationRequested',
      data: { requestId: r.uuid(), leadId: null, leadName: null },
    };
    if (!add(request, r.int(1, 3) + Math.floor(r() * r() * 8), 'consultation'))
      return { entries, status, closedAt: null };
    if (r() > 0.95 || !add(consultation, r.int(1, 4) + Math.floor(r() * r() * 10), 'conversation')) {
      return { entries, status, closedAt: null };
    }
  } else if (!add(consultation, r.int(1, 6) + Math.floor(r() * r() * 8), 'conversation')) {
    return { entries, status, closedAt: null };
  }
  // Step 3: the conversation (or why it was skipped).
  const held = r() < 0.9;
  const conversation = (when: Date): EntryData =>
    held
      ? {
          kind: 'conversation',
          data: {
            participants: 'Verzonnen ouder (demo-cijfers)',
            reaction: TEXT,
            conversationDate: amsterdamIsoDate(when),
          },
        }
      : { kind: 'conversationSkipped', data: { reason: 'noContact', explanation: TEXT } };
  if (r() > 0.92 || !add(conversation, r.int(2, 6) + Math.floor(r() * r() * 14), 'weighing')) {
    return { entries, status, closedAt: null };
  }
  // Steps 4 and 5: the afwegingskader, then the decision.
  const decision = r.pick({ report: 30, help: 45, close: 25 });
  const keepHelping = decision === 'report' && r() < 0.5;
  const weighing: EntryData = {
    kind: 'weighing',
    data:
      decision === 'close'
        ? { answers: { 1: false }, rationale: {}, outcome: 'close' }
        : decision === 'help'
          ? { answers: { 1: true, 2: false, 3: true, 4: true }, rationale: {}, outcome: 'help' }
          : r() < 0.5
            ? { answers: { 1: true, 2: true }, rationale: {}, outcome: 'reportUnsafe' }
            : { answers: { 1: true, 2: false, 3: false }, rationale: {}, outcome: 'reportNoHelp' },
  };
  if (r() > 0.93 || !add(weighing, r.int(1, 3) + Math.floor(r() * r() * 6), 'deciding')) {
    return { entries, status, closedAt: null };
  }
  const ends = decision === 'close' || (decision === 'report' && !keepHelping);
  const decided: EntryData = {
    kind: 'decision',
    data: { decision, reasons: TEXT, keepHelping, checkDate: null, informedPerson: true },
  };
  if (r() > 0.96 || !add(decided, r.int(0, 2) + Math.floor(r() * r() * 4), ends ? 'closed' : 'helping')) {
    return { entries, status, closedAt: null };
  }
  return { entries, status, closedAt: ends ? at : null };
}

/** The years seeded: the one before and the current one up to today's month (Amsterdam time). */
function yearsUpTo(now: Date): { year: number; months: number }[] {
  const today = amsterdamIsoDate(now);
  const year = Number(today.slice(0, 4));
  return [
    { year: year - 1, months: 12 },
    { year, months: Number(today.slice(5, 7)) },
  ];
}

/** Seeds the demo figures (after the identity demo data: the reports go to its Veilig Thuis). */
export async function seedStatisticsDemo(trx: Transaction<Database>, config: Config, now = new Date()): Promise<void> {
  const vt = await trx
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('type', '=', 'veiligThuis')
    .orderBy('created_at')
    .executeTakeFirst();
  const r = draw(20_171_116);
  const author = await trx
    .insertInto('app_user')
    .values({
      email: STATISTICS_AUTHOR.email,
      display_name: STATISTICS_AUTHOR.name,
      // Not a password hash: no password signs this account in; disabled besides, so it gets no mail.
      password_hash: '!',
      disabled_at: now,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const organisations = await trx
    .insertInto('organisation')
    .values(STATISTICS_ORGANISATIONS.map((o) => ({ name: o.name, type: o.type, created_at: now })))
    .returning(['id', 'name'])
    .execute();
  const orgs = STATISTICS_ORGANISATIONS.map((o) => ({ ...o, id: organisations.find((x) => x.name === o.name)!.id }));
  const byName = Object.fromEntries(orgs.map((o) => [o.name, o.share])) as Record<string, number>;

  const persons: Insertable<Database['person']>[] = [];
  const concerns: Insertable<Database['concern']>[] = [];
  const entries: Insertable<Database['concern_entry']>[] = [];
  const reports: Insertable<Database['vt_report']>[] = [];
  const teams: Insertable<Database['circle_team']>[] = [];
  const signals: Insertable<Database['circle_signal']>[] = [];
  const members: Insertable<Database['circle_team_member']>[] = [];

  for (const { year, months } of yearsUpTo(now)) {
    // Concerns, month by month; the current month only up to today.
    let n = 0;
    for (let month = 1; month <= months; month++) {
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const thisMonth = month === months && year === Number(amsterdamIsoDate(now).slice(0, 4));
      const count = thisMonth
        ? Math.round((PER_MONTH[month - 1]! * Number(amsterdamIsoDate(now).slice(8, 10))) / last)
        : PER_MONTH[month - 1]!;
      for (let i = 0; i < count; i++) {
        const openedAt = workingMomentIn(r, year, month, now);
        if (!openedAt) continue;
        const orgName = r.pick(byName);
        const org = orgs.find((o) => o.name === orgName)!;
        const ageGroup = r.pick(org.subjects);
        const category = r.pick(CATEGORIES[ageGroup]);
        n++;
        const fullName = `Voorbeeldpersoon ${year}-${String(n).padStart(3, '0')} (verzonnen)`;
        const personId = r.uuid();
        const concernId = r.uuid();
        const path = concernPath(r, openedAt, now, fullName, ageGroup, category);
        persons.push({
          id: personId,
          organisation_id: org.id,
          full_name: fullName,
          age_group: ageGroup,
          created_at: openedAt,
        });
        concerns.push({
          id: concernId,
          organisation_id: org.id,
          person_id: personId,
          author_id: author.id,
          status: path.status as Insertable<Database['concern']>['status'],
          sector: org.sector,
          honour_risk: 'no',
          opened_at: openedAt,
          updated_at: path.entries.at(-1)!.at,
          closed_at: path.closedAt,
          entry_count: path.entries.length,
        });
        for (const [index, { at, entry }] of path.entries.entries()) {
          entries.push({
            concern_id: concernId,
            seq: index + 1,
            kind: entry.kind,
            author_id: author.id,
            created_at: at,
            data: JSON.stringify(entry.data),
          });
        }
      }
    }

    // Veilig Thuis's reports: assessed within 5 working days mostly, some later; all received at
    // least 20 days ago, so every one is assessed and closed (none lands in the demo inbox).
    const received = Array.from({ length: Math.round((REPORTS_PER_YEAR * months) / 12) }, () =>
      workingMomentIn(r, year, r.int(1, months), now),
    )
      .filter((d) => d !== undefined && d.getTime() < now.getTime() - 20 * DAY)
      .sort((a, b) => a!.getTime() - b!.getTime());
    if (vt) {
      for (const drawn of received) {
        const receivedAt = drawn!;
        const late = r() < 0.28;
        const assessedAt = new Date(
          addWorkingDays(receivedAt, late ? r.int(6, 12) : r.int(1, 5)).getTime() + r.int(-3, 2) * HOUR,
        );
        const org = orgs[r.int(0, orgs.length - 1)]!;
        reports.push({
          id: r.uuid(),
          veilig_thuis_id: vt.id,
          kind: 'report',
          source: 'professional',
          status: 'closed',
          outcome: r.pick({ handedOver: 6, closed: 3, adviceGiven: 1 }),
          acute_by_reporter: false,
          acute: false,
          received_at: receivedAt,
          due_on: amsterdamIsoDate(addWorkingDays(receivedAt, 5)),
          triaged_at: assessedAt,
          assessed_at: assessedAt,
          closed_at: assessedAt,
          reporter_organisation_id: org.id,
          reporter_user_id: author.id,
          snapshot: JSON.stringify({
            type: 'professionalReport',
            organisationName: org.name,
            sector: org.sector,
            subject: { fullName: 'Voorbeeldpersoon (verzonnen)', dateOfBirth: null, ageGroup: 'child' },
            household: [],
            observations: [],
            weighing: null,
            decisionReasons: TEXT,
            helpGiven: TEXT,
            informed: true,
            notInformedGround: null,
            notInformedExplanation: '',
          }),
          updated_at: assessedAt,
        });
      }
    }

    // The circle: teams formed at a match, contact mostly within 10 working days.
    for (let i = 0; i < Math.round((TEAMS_PER_YEAR * months) / 12); i++) {
      const formedAt = workingMomentIn(r, year, r.int(1, months), now);
      if (!formedAt) continue;
      const roll = r();
      const contact =
        roll < 0.66
          ? addWorkingDays(formedAt, r.int(1, 9))
          : roll < 0.9
            ? addWorkingDays(formedAt, r.int(11, 20))
            : null;
      const teamId = r.uuid();
      const signalId = r.uuid();
      const org = orgs[r.int(0, 2)]!;
      const registeredOn = amsterdamIsoDate(formedAt);
      teams.push({
        id: teamId,
        formed_at: formedAt,
        contact_recorded_at: contact && contact <= now ? contact : null,
        contact_recorded_by: contact && contact <= now ? author.id : null,
      });
      signals.push({
        id: signalId,
        organisation_id: org.id,
        registered_by: author.id,
        contact_name: STATISTICS_AUTHOR.name,
        contact_role: 'Verzonnen functie (demo-cijfers)',
        contact_phone: '',
        contact_email: STATISTICS_AUTHOR.email,
        pseudonym_version: 1,
        pseudonym: r.token(43),
        date_of_birth: `${r.int(2010, 2020)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
        registered_at: formedAt,
        registered_on: registeredOn,
        expires_on: isoMonthsLater(registeredOn, config.circleMonths),
        parents_informing: 'informed',
        young_person_informing: 'notRequired',
      });
      members.push({ signal_id: signalId, team_id: teamId, joined_at: formedAt });
    }
  }

  await inBatches(persons, (b) => trx.insertInto('person').values(b).execute());
  await inBatches(concerns, (b) => trx.insertInto('concern').values(b).execute());
  await inBatches(entries, (b) => trx.insertInto('concern_entry').values(b).execute());
  await inBatches(reports, (b) => trx.insertInto('vt_report').values(b).execute());
  await inBatches(
    reports.map((rep) => ({
      report_id: rep.id!,
      name: STATISTICS_AUTHOR.name,
      role: 'Verzonnen functie (demo-cijfers)',
      organisation_name: JSON.parse(rep.snapshot as string).organisationName as string,
      phone: '',
      email: STATISTICS_AUTHOR.email,
      stays_unknown: false,
      stays_unknown_reason: '',
    })),
    (b) => trx.insertInto('vt_reporter').values(b).execute(),
  );
  await inBatches(
    reports.map((rep) => ({
      report_id: rep.id!,
      seq: 1,
      kind: 'received',
      author_id: author.id,
      created_at: rep.received_at as Date,
      data: JSON.stringify({}),
    })),
    (b) => trx.insertInto('vt_report_event').values(b).execute(),
  );
  await inBatches(teams, (b) => trx.insertInto('circle_team').values(b).execute());
  await inBatches(signals, (b) => trx.insertInto('circle_signal').values(b).execute());
  await inBatches(members, (b) => trx.insertInto('circle_team_member').values(b).execute());
}
