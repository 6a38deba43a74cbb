// SPDX-License-Identifier: EUPL-1.2
/**
 * The statistics' service (ADR 0039): a year's tables are reused for 5 minutes (computing them reads
 * every concern of the year), then computed again; the municipality's full set is refused without
 * `statistics:read`, whatever the route said.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '#src/core/authz.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import {
  municipalityStatistics,
  publicStatistics,
  TABLES_FRESH_MS,
} from '#src/modules/statistics/statistics.service.ts';
import { TestClock } from '#test/agent.ts';
import { contextFor, createMember, createOrganisation } from '#test/factories/users.ts';
import { createTestApp } from '#test/setup.ts';

const clock = new TestClock();
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp({ clock: clock.now });
}, 60_000);
afterAll(() => t.close());

/** Adds concerns opened now at a new school, about children. */
async function addConcerns(count: number): Promise<void> {
  const db = t.app.kring.database.db;
  const school = await createOrganisation(t.app);
  const author = await createMember(t.app, 'professional', { organisation: school });
  for (let i = 0; i < count; i++) {
    const now = clock.now();
    const person = await db
      .insertInto('person')
      .values({
        organisation_id: school.id,
        full_name: `Kind ${i}`,
        date_of_birth: null,
        age_group: 'child',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('concern')
      .values({
        organisation_id: school.id,
        person_id: person.id,
        author_id: author.userId,
        status: 'signals',
        sector: 'education',
        parent_id: null,
        opened_at: now,
        updated_at: now,
        check_date: null,
      })
      .execute();
  }
}

describe('the statistics service', () => {
  it('reuses a year’s tables for 5 minutes, then counts again', async () => {
    const year = Number(amsterdamIsoDate(clock.now()).slice(0, 4));
    const ctx = () => ({ db: t.app.kring.database.db, now: clock.now() });
    const total = async () => {
      const { bySubject } = await publicStatistics(ctx(), year);
      return bySubject.withheld ? 'withheld' : bySubject.total;
    };
    await addConcerns(12);
    expect(await total()).toBe(12);
    await addConcerns(3);
    clock.advance(TABLES_FRESH_MS - 1000);
    expect(await total()).toBe(12);
    clock.advance(2000);
    expect(await total()).toBe(15);
  });

  it('refuses the full set without statistics:read, also to a signed-in professional', async () => {
    const school = await createOrganisation(t.app);
    const professional = await createMember(t.app, 'professional', { organisation: school });
    await expect(municipalityStatistics(contextFor(t.app, professional), 2026)).rejects.toBeInstanceOf(ForbiddenError);
    const municipality = await createOrganisation(t.app, { type: 'municipality' });
    const editor = await createMember(t.app, 'editor', { organisation: municipality });
    await expect(municipalityStatistics(contextFor(t.app, editor), 2026)).resolves.toHaveProperty('steps');
  });
});
