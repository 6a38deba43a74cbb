// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/security.md T18 at scale, on the database (PGlite here; PostgreSQL in its run): 100,000
 * synthetic BSNs (young people and parents) in families, registered across organisations, through
 * the repository's bulk insert and the repository's match queries.
 *
 * - every true client and family match is found, and no other (the truth comes from the generated
 *   relations, computed here with plain date arithmetic, not with the code under test);
 * - under another key no pseudonym is equal;
 * - after the rotation from v1 to v2 every pseudonym is at v2 and the match set is unchanged;
 * - signals older than two years, or of a young person aged 23 or more, match nothing (before the
 *   daily sweep; the sweep itself is tested on a smaller set in circle.test.ts, since it writes one
 *   audit row per ended signal and would add minutes here).
 *
 * About 4 minutes on PGlite on 2 cores (the bulk insert ~1 min, each full match pass ~1 min).
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import * as repo from '#src/modules/circle/circle.repository.ts';
import { lastEndedRegistrationDay, signalExpiry } from '#src/modules/circle/expiry.ts';
import { type CircleSettings, rotatePseudonyms } from '#src/modules/circle/index.ts';
import { keyCheck, pseudonym } from '#src/modules/circle/pseudonym.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { circleKeys, contextFor, createMember } from '#test/fixtures/circle.ts';
import { createTestDatabase } from '#test/setup.ts';

const TOTAL_BSNS = 100_000;
const ORGANISATIONS = 8;
const TODAY = '2026-06-15';
const NOW = new Date(`${TODAY}T10:00:00Z`);
const SEED = 20261207;
const v1: CircleSettings = { keys: circleKeys(0x11), maxMonths: 24 };
const v2: CircleSettings = { keys: circleKeys(0x11, 0x22), maxMonths: 24 };

/** ISO date `days` before TODAY; 29 February becomes the 28th, so "two years later" is plain. */
function daysBefore(days: number): string {
  const d = new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return d.endsWith('-02-29') ? `${d.slice(0, 8)}28` : d;
}
const plusYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

interface Signal {
  readonly id: string;
  readonly org: number;
  readonly child: string;
  readonly parents: readonly string[];
  readonly dateOfBirth: string;
  readonly registeredOn: string;
  /** The truth: within two years and before the 23rd birthday. */
  readonly active: boolean;
}

const child = fc.record({
  orgs: fc.uniqueArray(fc.integer({ min: 0, max: ORGANISATIONS - 1 }), { minLength: 1, maxLength: 3 }),
  // Born 0 to about 24 years ago: some are 23 or older today.
  bornDaysAgo: fc.integer({ min: 0, max: 24 * 365 }),
  // Each signal: registered 0 to 3 years ago (some past two years); with the parents' BSNs or not.
  signals: fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 3 * 365 }), withParents: fc.boolean() }), {
    minLength: 3,
    maxLength: 3,
  }),
});
const family = fc.record({
  children: fc.array(child, { minLength: 1, maxLength: 3 }),
  parents: fc.integer({ min: 0, max: 2 }),
  // A half-sibling family: one parent in common with the family before.
  sharesWithPrevious: fc.boolean(),
});

/** The generated world: signals with their truth, and every BSN used. */
function world(): { signals: Signal[]; bsns: string[] } {
  const pool = distinctBsns(TOTAL_BSNS, 77);
  let next = 0;
  const take = () => pool[next++]!;
  const signals: Signal[] = [];
  let previousParents: string[] = [];
  for (const f of fc.sample(family, { seed: SEED, numRuns: TOTAL_BSNS })) {
    const need = f.children.length + f.parents;
    if (next + need > TOTAL_BSNS) break;
    const parents = Array.from({ length: f.parents }, take);
    if (f.sharesWithPrevious && previousParents.length > 0 && parents.length < 2) parents.push(previousParents[0]!);
    previousParents = parents;
    for (const c of f.children) {
      const bsn = take();
      const dateOfBirth = daysBefore(c.bornDaysAgo);
      const birthday23 = plusYears(dateOfBirth, 23);
      for (const [i, org] of c.orgs.entries()) {
        const s = c.signals[i]!;
        // A signal is made between birth and the 23rd birthday.
        let registeredOn = daysBefore(s.daysAgo);
        if (registeredOn < dateOfBirth || registeredOn >= birthday23) registeredOn = dateOfBirth;
        signals.push({
          id: randomUUID(),
          org,
          child: bsn,
          parents: s.withParents ? parents : [],
          dateOfBirth,
          registeredOn,
          active: plusYears(registeredOn, 2) > TODAY && birthday23 > TODAY,
        });
      }
    }
  }
  return { signals, bsns: pool.slice(0, next) };
}

/** The true matches, `for|other|kind`, from the relations themselves. */
function trueMatches(signals: readonly Signal[]): Set<string> {
  const out = new Set<string>();
  const active = signals.filter((s) => s.active);
  const byChild = new Map<string, Signal[]>();
  const byParent = new Map<string, Signal[]>();
  for (const s of active) {
    byChild.set(s.child, [...(byChild.get(s.child) ?? []), s]);
    for (const p of s.parents) byParent.set(p, [...(byParent.get(p) ?? []), s]);
  }
  for (const group of byChild.values())
    for (const a of group) for (const b of group) if (a.org !== b.org) out.add(`${a.id}|${b.id}|client`);
  for (const group of byParent.values())
    for (const a of group)
      for (const b of group) if (a.org !== b.org && a.child !== b.child) out.add(`${a.id}|${b.id}|family`);
  return out;
}

let handle: DatabaseHandle;
let db: Kysely<Database>;
let generated: ReturnType<typeof world>;
let truth: Set<string>;
const orgIds: string[] = [];
const userIds: string[] = [];

/** Every match the repository finds for every signal, `for|other|kind`. */
async function foundMatches(): Promise<Set<string>> {
  const found = new Set<string>();
  const active = { today: TODAY, endedUpTo: lastEndedRegistrationDay(TODAY, 24) };
  const ids = generated.signals.map((s) => s.id);
  for (let i = 0; i < ids.length; i += 5000) {
    for (const m of await repo.matchesFor(db, ids.slice(i, i + 5000), active)) {
      const key = `${m.forSignalId}|${m.otherId}|${m.kind}`;
      expect(found.has(key), key).toBe(false);
      found.add(key);
    }
  }
  return found;
}

/** Compares two match sets by size and by the first differences (a full diff of 10⁵ is unreadable). */
function expectSameMatches(found: Set<string>, expected: Set<string>): void {
  const missed = [...expected].filter((k) => !found.has(k));
  const extra = [...found].filter((k) => !expected.has(k));
  expect({
    missed: missed.length,
    extra: extra.length,
    firstMissed: missed.slice(0, 3),
    firstExtra: extra.slice(0, 3),
  }).toEqual({ missed: 0, extra: 0, firstMissed: [], firstExtra: [] });
  expect(found.size).toBe(expected.size);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  for (let i = 0; i < ORGANISATIONS; i++) {
    const actor = await createMember(
      db,
      { name: `Organisatie ${i}`, type: 'youthCare' },
      { name: `Professional ${i}`, role: 'professional' },
    );
    orgIds.push(actor.organisationId);
    userIds.push(actor.userId);
  }
  generated = world();
  truth = trueMatches(generated.signals);
  const informing = { informing: 'informed', postponedBecause: null } as const;
  const rows = generated.signals.map((s) => ({
    id: s.id,
    organisationId: orgIds[s.org]!,
    registeredBy: userIds[s.org]!,
    contact: { name: `Professional ${s.org}`, role: 'hulpverlener', phone: '0341-000000', email: '' },
    pseudonym: pseudonym(v1.keys, s.child),
    parents: s.parents.map((p) => pseudonym(v1.keys, p)),
    dateOfBirth: s.dateOfBirth,
    registeredAt: new Date(`${s.registeredOn}T09:00:00Z`),
    registeredOn: s.registeredOn,
    expiresOn: signalExpiry({ registeredOn: s.registeredOn, dateOfBirth: s.dateOfBirth }).on,
    informing: { parents: informing, youngPerson: informing },
  }));
  await db.transaction().execute(async (trx) => {
    await repo.lockKeyState(trx, 'share', { version: 1, keyCheck: keyCheck(v1.keys, 1) }, NOW);
    await repo.insertSignals(trx, rows);
  });
}, 600_000);
afterAll(() => handle?.close());

describe('T18: pseudonymous matching of 100,000 synthetic BSNs', () => {
  it('the world is as large and as varied as intended', () => {
    expect(generated.bsns.length).toBeGreaterThan(TOTAL_BSNS - 10);
    expect(new Set(generated.bsns).size).toBe(generated.bsns.length);
    const kinds = [...truth].map((k) => k.split('|')[2]);
    expect(kinds.filter((k) => k === 'client').length).toBeGreaterThan(10_000);
    expect(kinds.filter((k) => k === 'family').length).toBeGreaterThan(10_000);
    expect(generated.signals.filter((s) => !s.active).length).toBeGreaterThan(10_000);
  });

  it('finds 100% of the true client and family matches and no other; ended signals match nothing', async () => {
    const found = await foundMatches();
    expectSameMatches(found, truth);
    const inactive = new Set(generated.signals.filter((s) => !s.active).map((s) => s.id));
    for (const k of found) {
      const [a, b] = k.split('|');
      expect(inactive.has(a!) || inactive.has(b!), k).toBe(false);
    }
  }, 600_000);

  it('under another key, no pseudonym is equal', async () => {
    const stored = new Set(
      (await db.selectFrom('circle_signal').select('pseudonym').execute()).map((r) => r.pseudonym),
    );
    const other = circleKeys(0x33);
    const equal = generated.bsns.filter((b) => stored.has(pseudonym(other, b).value));
    expect(equal).toEqual([]);
    expect(stored.size).toBeGreaterThan(50_000);
  }, 600_000);

  it('after rotation from v1 to v2 every pseudonym is at v2 and the match set is unchanged', async () => {
    const result = await rotatePseudonyms(contextFor(db, null, NOW), v2);
    expect(result).toMatchObject({ from: 1, to: 2, signals: generated.signals.length });
    const versions = await db
      .selectFrom('circle_signal')
      .select(['pseudonym_version', db.fn.countAll<string>().as('n')])
      .groupBy('pseudonym_version')
      .execute();
    expect(versions.map((v) => [v.pseudonym_version, Number(v.n)])).toEqual([[2, generated.signals.length]]);
    const parentVersions = await db.selectFrom('circle_signal_parent').select('pseudonym_version').distinct().execute();
    expect(parentVersions).toEqual([{ pseudonym_version: 2 }]);
    expectSameMatches(await foundMatches(), truth);
  }, 600_000);
});
