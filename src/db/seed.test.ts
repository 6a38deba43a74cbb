// SPDX-License-Identifier: EUPL-1.2
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, testConfig } from '#test/setup.ts';
import type { DatabaseHandle } from './create-db.ts';
import { seedDemoData } from './seed.ts';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await handle.close();
});

describe('seedDemoData', () => {
  it('runs the seeders once per database and records when', async () => {
    const run = vi.fn(async () => undefined);
    expect(await seedDemoData(handle.db, testConfig(), [{ name: 'demo', run }])).toBe(true);
    expect(await seedDemoData(handle.db, testConfig(), [{ name: 'demo', run }])).toBe(false);
    expect(run).toHaveBeenCalledTimes(1);
    const marker = await handle.db
      .selectFrom('kring_meta')
      .selectAll()
      .where('key', '=', 'demo_data_seeded_at')
      .executeTakeFirst();
    expect(Number.isNaN(Date.parse(marker!.value))).toBe(false);
  });

  it('changes nothing when a seeder fails', async () => {
    await expect(
      seedDemoData(handle.db, testConfig(), [{ name: 'broken', run: async () => Promise.reject(new Error('boom')) }]),
    ).rejects.toThrow('boom');
    expect(await handle.db.selectFrom('kring_meta').selectAll().execute()).toEqual([]);
  });

  it('refuses in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(seedDemoData(handle.db, testConfig(), [])).rejects.toThrow(/never seeded in production/);
  });
});
