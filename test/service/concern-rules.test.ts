// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of the concern's forms are the services' too (issue 13): a caller that skips the page
 * gets the same keys as ValidationError (concern.schemas.ts, signal.schemas.ts, household.schemas.ts,
 * step.schemas.ts, report-to-vt.schemas.ts), and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { type ConcernNotifier, openConcern } from '#src/modules/concerns/concern.service.ts';
import { addEntry } from '#src/modules/concerns/entry.service.ts';
import { addHouseholdMember } from '#src/modules/concerns/household.service.ts';
import { addMember } from '#src/modules/concerns/member.service.ts';
import { takeStep } from '#src/modules/concerns/step.service.ts';
import { type Fixtures, seedFixtures, serviceContext } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const quiet: ConcernNotifier = { notify: async () => undefined };
let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
let ctx: RequestContext;
let id: string;

beforeAll(async () => {
  t = await createTestApp();
  fx = await seedFixtures(t.database.db, t.app.kring.config);
  ctx = await serviceContext(t.app, fx, 'A', 'professional');
  id = await openConcern(
    ctx,
    { fullName: 'Tara Bakker', dateOfBirth: '2012-03-03', ageGroup: 'child', honourRisk: 'no' },
    quiet,
  );
}, 60_000);
afterAll(() => t.close());

/** The fields a ValidationError names, or what else happened. */
async function refusedFields(run: () => Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await run();
    return 'accepted';
  } catch (err) {
    return err instanceof ValidationError ? { ...(err.fields ?? {}) } : String(err);
  }
}

/** The number of rows of a table (to show nothing was stored). */
async function count(table: 'person' | 'concern_entry' | 'household_member'): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A day after today (in Dutch time it is at most one day off: two days is safely the future). */
function inDays(days: number): string {
  return new Date(ctx.now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the concern services refuse what the forms refuse', () => {
  it('openConcern: no name, born in the future, an age group and answer not on the list', async () => {
    const before = await count('person');
    expect(
      await refusedFields(() =>
        openConcern(
          ctx,
          { fullName: '  ', dateOfBirth: inDays(2), ageGroup: 'baby' as 'child', honourRisk: 'maybe' as 'no' },
          quiet,
        ),
      ),
    ).toEqual({ fullName: 'fullName', dateOfBirth: 'dateOfBirth', ageGroup: 'ageGroup', honourRisk: 'honourRisk' });
    expect(await count('person')).toBe(before);
  });

  it('addEntry: an observation without facts, a source unnamed, on a day in the future', async () => {
    const before = await count('concern_entry');
    expect(
      await refusedFields(() =>
        addEntry(
          ctx,
          id,
          {
            kind: 'observation',
            data: {
              facts: '',
              interpretation: '',
              sourceKind: 'other',
              source: '',
              categories: [],
              signListVersion: '1',
            },
          },
          { occurredAt: new Date(ctx.now.getTime() + 2 * 86_400_000) },
        ),
      ),
    ).toEqual({ facts: 'facts', source: 'source', occurredAt: 'date' });
    expect(
      await refusedFields(() =>
        addEntry(ctx, id, { kind: 'kindcheck', data: { childrenCount: -1, ages: '', care: 'alone', notes: '' } }),
      ),
    ).toEqual({ childrenCount: 'childrenCount' });
    expect(await count('concern_entry')).toBe(before);
  });

  it('addHouseholdMember: an age of 200', async () => {
    const before = await count('household_member');
    expect(
      await refusedFields(() =>
        addHouseholdMember(ctx, id, { name: 'Sem', relation: 'broer', dateOfBirth: null, ageYears: 200 }),
      ),
    ).toEqual({ ageYears: 'age' });
    expect(await count('household_member')).toBe(before);
  });

  it('addMember: an id that is no id', async () => {
    expect(await refusedFields(() => addMember(ctx, id, 'Anna'))).toEqual({ colleague: 'colleague' });
  });

  it('takeStep: consultation recorded without advice', async () => {
    const before = await count('concern_entry');
    expect(
      await refusedFields(() =>
        takeStep(ctx, id, { action: 'recordConsultation', withName: 'Anna', advice: ' ' }, quiet),
      ),
    ).toEqual({ advice: 'advice' });
    expect(
      await refusedFields(() =>
        takeStep(ctx, id, { action: 'decideHelp', reasons: 'Steun', checkDate: inDays(-1) }, quiet),
      ),
    ).toEqual({ checkDate: 'checkDate' });
    expect(await count('concern_entry')).toBe(before);
  });
});
