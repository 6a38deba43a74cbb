// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's services on the database (issue 14, ADR 0031): scenario 04's two organisations and
 * one boy, who may register, family matches, the BSN nowhere in the database, the daily sweep and the
 * key rotation.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/core/authz.ts';
import { ForbiddenError } from '#src/core/authz.ts';
import { NotFoundError, ValidationError } from '#src/core/errors.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import {
  type CircleSettings,
  endSignal,
  findMatches,
  listOwnSignals,
  registerSignal,
  rotatePseudonyms,
  type SignalInput,
  sweepExpiredSignals,
} from '#src/modules/circle/index.ts';
import { databaseText } from '#test/database-text.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { circleKeys, contextFor, createMember, refusalOf, signalInput } from '#test/fixtures/circle.ts';
import { createTestDatabase } from '#test/setup.ts';

const [MILAN, MOTHER, FATHER, SISTER, OTHER, OTHER2] = distinctBsns(6, 1234) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const v1: CircleSettings = { keys: circleKeys(0x01), maxMonths: 24 };
const at = (iso: string) => new Date(iso);

let handle: DatabaseHandle;
let db: Kysely<Database>;
let femke: Actor;
let joost: Actor;
let sportsVolunteer: Actor;
let sportsTrainer: Actor;
let schoolVolunteer: Actor;
let police: Actor;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const school = { name: 'Het Lyceum', type: 'school' as const };
  femke = await createMember(db, school, { name: 'Femke de Vries', role: 'professional' });
  schoolVolunteer = await createMember(db, school, { name: 'Vrijwilliger School', role: 'volunteer' });
  joost = await createMember(
    db,
    { name: 'Jeugdzorg Veluwe', type: 'youthCare' },
    { name: 'Joost Smit', role: 'professional' },
  );
  const club = { name: 'VV De Bal', type: 'sportsClub' as const };
  sportsVolunteer = await createMember(db, club, { name: 'Vrijwilliger Club', role: 'volunteer' });
  sportsTrainer = await createMember(db, club, { name: 'Trainer Club', role: 'professional' });
  police = await createMember(
    db,
    { name: 'Politie Noord', type: 'police' },
    { name: 'Agent Bos', role: 'professional' },
  );
}, 60_000);
afterAll(() => handle.close());

const input = (actor: Actor, over: Partial<SignalInput> = {}) => signalInput(actor, MILAN, over);

async function auditRows(type: string) {
  return db
    .selectFrom('audit_event')
    .select([
      'event_type_code as type',
      'event_outcome_indicator as outcome',
      'participant_object_id as objectId',
      'user_id as userId',
    ])
    .where('event_type_code', 'like', `${type}%`)
    .execute();
}

const thrown = refusalOf;

describe('scenario 04: two organisations, one boy', () => {
  let femkeSignal: string;
  let joostSignal: string;

  it('Femke registers Milan; no match yet', async () => {
    const r = await registerSignal(contextFor(db, femke, at('2026-09-01T08:00:00Z')), v1, input(femke));
    femkeSignal = r.id;
    expect(r.matches).toBe(0);
    expect(await findMatches(contextFor(db, femke, at('2026-09-02T08:00:00Z')), v1, femkeSignal)).toEqual([]);
  });

  it('two weeks later Joost registers Milan; each sees the other: who, never what', async () => {
    const r = await registerSignal(
      contextFor(db, joost, at('2026-09-15T08:00:00Z')),
      v1,
      input(joost, { bsn: `${MILAN.slice(0, 3)}.${MILAN.slice(3, 6)}.${MILAN.slice(6)}` }),
    );
    joostSignal = r.id;
    expect(r.matches).toBe(1);
    const now = at('2026-09-16T08:00:00Z');
    expect(await findMatches(contextFor(db, femke, now), v1, femkeSignal)).toEqual([
      {
        kind: 'client',
        name: 'Joost Smit',
        organisation: 'Jeugdzorg Veluwe',
        role: 'zorgcoördinator',
        phone: '0341-123456',
        email: joost.email,
        signalDate: '2026-09-15',
      },
    ]);
    const seenByJoost = await findMatches(contextFor(db, joost, now), v1, joostSignal);
    expect(seenByJoost).toHaveLength(1);
    expect(Object.keys(seenByJoost[0]!).sort()).toEqual([
      'email',
      'kind',
      'name',
      'organisation',
      'phone',
      'role',
      'signalDate',
    ]);
    expect(seenByJoost[0]).toMatchObject({
      name: 'Femke de Vries',
      organisation: 'Het Lyceum',
      signalDate: '2026-09-01',
    });
    const reads = await auditRows('circle.match.read');
    expect(
      reads
        .filter((r) => r.outcome === 0)
        .map((r) => r.objectId)
        .sort(),
    ).toEqual([femkeSignal, femkeSignal, joostSignal].sort());
  });

  it('the same organisation cannot register Milan twice', async () => {
    const err = await thrown(() => registerSignal(contextFor(db, femke, at('2026-09-20T08:00:00Z')), v1, input(femke)));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual({ bsn: 'bsnAlreadyRegistered' });
  });

  it('the BSN appears nowhere in the database, and never in an audit row', async () => {
    const text = await databaseText(db);
    expect(text).toContain(femkeSignal);
    expect(text).not.toContain(MILAN);
    expect(text).not.toContain(`${MILAN.slice(0, 3)}.${MILAN.slice(3, 6)}`);
  });

  it('Joost cannot see or end Femke’s signal (404, audited); the school volunteer is refused (403)', async () => {
    const now = at('2026-09-21T08:00:00Z');
    expect(await thrown(() => findMatches(contextFor(db, joost, now), v1, femkeSignal))).toBeInstanceOf(NotFoundError);
    expect(await thrown(() => endSignal(contextFor(db, joost, now), femkeSignal, 'withdrawn'))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await thrown(() => findMatches(contextFor(db, joost, now), v1, 'not-an-id'))).toBeInstanceOf(NotFoundError);
    expect(await thrown(() => findMatches(contextFor(db, schoolVolunteer, now), v1, femkeSignal))).toBeInstanceOf(
      ForbiddenError,
    );
    const denied = (await auditRows('circle.')).filter((r) => r.outcome === 4);
    // A refused signal that exists names Femke's organisation, so her privacy officer sees the attempt.
    const targets = await db
      .selectFrom('audit_event')
      .select(['participant_object_id as objectId', 'target_organisation_id as target'])
      .where('event_type_code', 'like', 'circle.%')
      .where('event_outcome_indicator', '=', 4)
      .execute();
    expect(targets.map((r) => [r.objectId, r.target])).toEqual([
      [femkeSignal, femke.organisationId],
      [femkeSignal, femke.organisationId],
      ['not-an-id', null],
      [femkeSignal, femke.organisationId],
    ]);
    expect(denied.map((r) => [r.type, r.objectId, r.userId])).toEqual([
      ['circle.match.read', femkeSignal, joost.userId],
      ['circle.signal.withdraw', femkeSignal, joost.userId],
      ['circle.match.read', 'not-an-id', joost.userId],
      ['circle.match.read', femkeSignal, schoolVolunteer.userId],
    ]);
  });

  it('Femke withdraws; Joost’s signal stays, with no match any more; a tombstone remains', async () => {
    await endSignal(contextFor(db, femke, at('2026-10-01T08:00:00Z')), femkeSignal, 'withdrawn');
    expect(await findMatches(contextFor(db, joost, at('2026-10-02T08:00:00Z')), v1, joostSignal)).toEqual([]);
    expect(
      await thrown(() => findMatches(contextFor(db, femke, at('2026-10-02T08:00:00Z')), v1, femkeSignal)),
    ).toBeInstanceOf(NotFoundError);
    const tomb = await db
      .selectFrom('circle_signal_tombstone')
      .selectAll()
      .where('id', '=', femkeSignal)
      .executeTakeFirstOrThrow();
    expect(tomb).toMatchObject({
      organisation_id: femke.organisationId,
      end_reason: 'withdrawn',
      ended_by: femke.userId,
    });
    expect(Object.keys(tomb).sort()).toEqual(
      ['ended_at', 'ended_by', 'end_reason', 'id', 'organisation_id', 'registered_at', 'registered_by'].sort(),
    );
    const own = await listOwnSignals(contextFor(db, joost, at('2026-10-02T08:00:00Z')), v1);
    expect(own.map((s) => [s.id, s.matches, s.active])).toEqual([[joostSignal, 0, true]]);
  });
});

describe('who may register', () => {
  it.each([
    ['a sports club volunteer', () => sportsVolunteer],
    ['a sports club trainer', () => sportsTrainer],
    ['a school volunteer', () => schoolVolunteer],
  ])('%s is refused, audited, and nothing is stored', async (_name, who) => {
    const before = await db
      .selectFrom('circle_signal')
      .select(db.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const actor = who();
    const err = await thrown(() => registerSignal(contextFor(db, actor), v1, input(actor, { bsn: OTHER })));
    expect(err).toBeInstanceOf(ForbiddenError);
    const after = await db
      .selectFrom('circle_signal')
      .select(db.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const rows = (await auditRows('circle.signal.register')).filter((r) => r.userId === actor.userId);
    expect(rows.map((r) => r.outcome)).toEqual([4]);
    expect(await databaseText(db)).not.toContain(OTHER);
  });

  it('checks every field at once and never repeats a BSN in the error', async () => {
    const bad = '111222334';
    const err = await thrown(() =>
      registerSignal(contextFor(db, police, at('2026-09-01T08:00:00Z')), v1, {
        bsn: bad,
        dateOfBirth: '2003-08-31',
        parentBsns: [bad, ''],
        contact: { name: ' ', role: '', phone: '', email: '' },
        informing: {},
      }),
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual({
      bsn: 'bsnInvalid',
      parentBsn1: 'parentBsnInvalid',
      dateOfBirth: 'dateOfBirthTooOld',
      contactName: 'contactNameRequired',
      contactRole: 'contactRoleRequired',
      contactPhone: 'contactPhoneOrEmailRequired',
    });
    expect(JSON.stringify(err)).not.toContain(bad);
    expect(String((err as Error).message)).not.toContain(bad);
  });

  it('requires the informing choice for the young person’s age, and a reason when postponed', async () => {
    const err = await thrown(() =>
      registerSignal(
        contextFor(db, police, at('2026-09-01T08:00:00Z')),
        v1,
        input(police, {
          bsn: OTHER,
          informing: { parents: { informing: 'postponed', postponedBecause: null } },
        }),
      ),
    );
    expect((err as ValidationError).fields).toEqual({
      parentsInforming: 'informingReasonRequired',
      youngPersonInforming: 'informingRequired',
    });
  });
});

describe('family matches', () => {
  it('siblings with a parent in common match across organisations, not within one', async () => {
    const now = at('2026-11-01T08:00:00Z');
    const brother = await registerSignal(
      contextFor(db, police, now),
      v1,
      input(police, { bsn: OTHER2, dateOfBirth: '2015-05-05', parentBsns: [MOTHER, FATHER] }),
    );
    const sister = await registerSignal(
      contextFor(db, femke, now),
      v1,
      input(femke, {
        bsn: SISTER,
        dateOfBirth: '2017-06-06',
        parentBsns: [`${FATHER.slice(0, 4)} ${FATHER.slice(4)}`],
      }),
    );
    expect(sister.matches).toBe(1);
    const seen = await findMatches(contextFor(db, police, now), v1, brother.id);
    expect(seen).toEqual([
      expect.objectContaining({ kind: 'family', name: 'Femke de Vries', organisation: 'Het Lyceum' }),
    ]);
    const text = await databaseText(db);
    for (const bsn of [MOTHER, FATHER, SISTER, OTHER2]) expect(text).not.toContain(bsn);
  });

  it('refuses a parent’s BSN equal to the young person’s, or twice', async () => {
    const err = await thrown(() =>
      registerSignal(contextFor(db, police), v1, input(police, { bsn: OTHER, parentBsns: [OTHER, MOTHER, MOTHER] })),
    );
    expect((err as ValidationError).fields).toEqual({
      parentBsns: 'parentBsnTooMany',
      parentBsn1: 'parentBsnSameAsYoungPerson',
    });
  });
});

describe('expiry', () => {
  it('a signal past two years or the 23rd birthday matches no more, and the sweep leaves tombstones once', async () => {
    const [a, b] = distinctBsns(2, 50_000) as [string, string];
    const adult = { youngPerson: { informing: 'informed' } } as const;
    // The police registered both in June 2024; Joost a year later. b turns 23 on 2025-09-10.
    const registered = at('2024-06-03T08:00:00Z');
    const old = await registerSignal(
      contextFor(db, police, registered),
      v1,
      input(police, { bsn: a, dateOfBirth: '2012-01-01' }),
    );
    const turning23 = await registerSignal(
      contextFor(db, police, registered),
      v1,
      input(police, { bsn: b, dateOfBirth: '2002-09-10', informing: adult }),
    );
    const fresh = at('2025-06-02T08:00:00Z');
    const joostA = await registerSignal(
      contextFor(db, joost, fresh),
      v1,
      input(joost, { bsn: a, dateOfBirth: '2012-01-01' }),
    );
    const joostB = await registerSignal(
      contextFor(db, joost, fresh),
      v1,
      input(joost, { bsn: b, dateOfBirth: '2002-09-10', informing: adult }),
    );
    expect([joostA.matches, joostB.matches]).toEqual([1, 1]);
    // The day before the 23rd birthday b still matches; on it, not.
    expect(await findMatches(contextFor(db, joost, at('2025-09-09T08:00:00Z')), v1, joostB.id)).toHaveLength(1);
    expect(await findMatches(contextFor(db, joost, at('2025-09-10T08:00:00Z')), v1, joostB.id)).toEqual([]);
    // The day before two years a still matches; on 2026-06-03 the police's signal is two years old.
    expect(await findMatches(contextFor(db, joost, at('2026-06-02T08:00:00Z')), v1, joostA.id)).toHaveLength(1);
    const after = at('2026-06-03T08:00:00Z');
    expect(await findMatches(contextFor(db, joost, after), v1, joostA.id)).toEqual([]);
    expect(await findMatches(contextFor(db, police, after), v1, old.id)).toEqual([]);

    const swept = await sweepExpiredSignals(contextFor(db, null, after), v1);
    expect(swept).toEqual({ ended: 3, byReason: { maxDuration: 1, age23: 2 } });
    const tombs = await db
      .selectFrom('circle_signal_tombstone')
      .select(['id', 'end_reason', 'ended_by'])
      .where('id', 'in', [old.id, turning23.id, joostB.id])
      .execute();
    expect(tombs).toHaveLength(3);
    expect(tombs).toEqual(
      expect.arrayContaining([
        { id: old.id, end_reason: 'maxDuration', ended_by: null },
        { id: turning23.id, end_reason: 'age23', ended_by: null },
        { id: joostB.id, end_reason: 'age23', ended_by: null },
      ]),
    );
    const left = await db
      .selectFrom('circle_signal')
      .select('id')
      .where('id', 'in', [old.id, turning23.id, joostB.id])
      .execute();
    expect(left).toEqual([]);
    expect(await sweepExpiredSignals(contextFor(db, null, after), v1)).toEqual({ ended: 0, byReason: {} });
    const audited = await auditRows('circle.signal.expire');
    expect(audited.map((r) => [r.type, r.objectId]).sort()).toEqual(
      [
        ['circle.signal.expire.maxDuration', old.id],
        ['circle.signal.expire.age23', turning23.id],
        ['circle.signal.expire.age23', joostB.id],
      ].sort(),
    );
    expect(audited.every((r) => r.userId === null)).toBe(true);
    expect(await databaseText(db)).not.toContain(b);
  });

  it('a municipality that shortens its period ends older signals at once', async () => {
    const [c] = distinctBsns(1, 60_000) as [string];
    const s = await registerSignal(contextFor(db, police, at('2026-01-05T08:00:00Z')), v1, input(police, { bsn: c }));
    const oneYear: CircleSettings = { ...v1, maxMonths: 12 };
    const r = await sweepExpiredSignals(contextFor(db, null, at('2027-01-05T08:00:00Z')), oneYear);
    expect(r.ended).toBeGreaterThanOrEqual(1);
    expect(
      await db.selectFrom('circle_signal_tombstone').select('end_reason').where('id', '=', s.id).executeTakeFirst(),
    ).toEqual({
      end_reason: 'maxDuration',
    });
  });
});

describe('key rotation', () => {
  it('re-keys every pseudonym from v1 to v2 without a BSN; matches stay; a second run changes nothing', async () => {
    const now = at('2026-11-02T08:00:00Z');
    const matchesBefore = await listOwnSignals(contextFor(db, femke, now), v1);
    const stored = await db
      .selectFrom('circle_signal')
      .select(['id', 'pseudonym', 'pseudonym_version'])
      .orderBy('id')
      .execute();
    const v2: CircleSettings = { ...v1, keys: circleKeys(0x01, 0x02) };

    const result = await rotatePseudonyms(contextFor(db, null, now), v2);
    expect(result).toMatchObject({ from: 1, to: 2, signals: stored.length });
    expect(result.parents).toBeGreaterThanOrEqual(3);
    const after = await db
      .selectFrom('circle_signal')
      .select(['id', 'pseudonym', 'pseudonym_version'])
      .orderBy('id')
      .execute();
    expect(after.map((r) => r.pseudonym_version)).toEqual(stored.map(() => 2));
    for (const [i, r] of after.entries()) expect(r.pseudonym).not.toBe(stored[i]!.pseudonym);
    const parents = await db.selectFrom('circle_signal_parent').select('pseudonym_version').execute();
    expect(parents.every((p) => p.pseudonym_version === 2)).toBe(true);

    expect(await listOwnSignals(contextFor(db, femke, now), v2)).toEqual(matchesBefore);
    // A new registration under v2 finds Milan's v1-era signal of Joost.
    const police2 = await registerSignal(contextFor(db, police, now), v2, input(police, { bsn: MILAN }));
    expect(police2.matches).toBe(1);

    expect(await rotatePseudonyms(contextFor(db, null, now), v2)).toEqual({ from: 2, to: 2, signals: 0, parents: 0 });
    const rotations = await auditRows('circle.keys.rotate');
    expect(rotations.map((r) => r.objectId)).toEqual([
      `v1->v2: ${stored.length} signals, ${result.parents} parents`,
      'v2->v2: 0 signals, 0 parents',
    ]);
  });

  it('refuses keys that do not reproduce the stored key check, or lack its version', async () => {
    const now = at('2026-11-03T08:00:00Z');
    const changed: CircleSettings = { ...v1, keys: circleKeys(0x01, 0x07) };
    await expect(rotatePseudonyms(contextFor(db, null, now), changed)).rejects.toThrow(
      /does not reproduce the key check of version 2/,
    );
    await expect(registerSignal(contextFor(db, joost, now), changed, input(joost, { bsn: OTHER }))).rejects.toThrow(
      /key check/,
    );
    await expect(registerSignal(contextFor(db, joost, now), v1, input(joost, { bsn: OTHER }))).rejects.toThrow(
      /at key version 2; KRING_CIRCLE_KEY lacks it/,
    );
  });
});
