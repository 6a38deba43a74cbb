// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo data for trying Kring, seeded on the first start in development and never in production
 * (loadConfig() refuses KRING_DEMO_DATA=true there, and seedDemoData() refuses NODE_ENV=production
 * again). Seeders are added by the modules that own the data; the marker row in kring_meta makes
 * seeding happen once per database.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '#src/config.ts';
import { seedConcernsDemo } from '#src/modules/concerns/concerns.seed.ts';
import { seedIdentityDemo } from '#src/modules/identity/identity.seed.ts';
import { seedMeetingsDemo } from '#src/modules/meetings/index.ts';
import { seedNewsDemo } from '#src/modules/news/news.seed.ts';
import { seedPartnersDemo } from '#src/modules/partners/index.ts';
import { seedReportsDemo } from '#src/modules/reports/reports.seed.ts';
import { seedStatisticsDemo } from '#src/modules/statistics/index.ts';
import type { Database } from './database.ts';
import { playTaraStory } from './demo-story.ts';
import { playHomeCareStory } from './demo-story-home-care.ts';

/** A module's demo data; runs inside the seeding transaction. */
export type Seeder = (trx: Transaction<Database>, config: Config) => Promise<void>;

/** The seeders, in order. Modules add theirs here. */
export const SEEDERS: ReadonlyArray<{ readonly name: string; readonly run: Seeder }> = [
  { name: 'identity', run: seedIdentityDemo },
  { name: 'concerns', run: seedConcernsDemo },
  { name: 'reports', run: seedReportsDemo },
  { name: 'news', run: seedNewsDemo },
  { name: 'partners', run: seedPartnersDemo },
  { name: 'meetings', run: seedMeetingsDemo },
  { name: 'statistics', run: seedStatisticsDemo },
];

/**
 * A demo story: people using Kring through its services (each in its own transactions, as the pages
 * would), once the seeders' organisations and users exist.
 */
export type DemoStory = (db: Kysely<Database>, config: Config) => Promise<void>;

/** The stories, played after the seeders committed. */
export const STORIES: ReadonlyArray<{ readonly name: string; readonly run: DemoStory }> = [
  { name: 'tara', run: (db, config) => playTaraStory(db, config) },
  { name: 'homeCare', run: (db, config) => playHomeCareStory(db, config) },
];

const MARKER = 'demo_data_seeded_at';

/**
 * Seeds the demo data once.
 * @param db the database
 * @param config the configuration (keys some seeders need)
 * @param seeders the seeders to run (the registered ones by default)
 * @param stories the stories to play after them (the registered ones with the registered seeders)
 * @returns true when it seeded now, false when it had been seeded before
 * @throws {Error} in production
 */
export async function seedDemoData(
  db: Kysely<Database>,
  config: Config,
  seeders = SEEDERS,
  stories: typeof STORIES = seeders === SEEDERS ? STORIES : [],
): Promise<boolean> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo data is never seeded in production');
  const seeded = await db.transaction().execute(async (trx) => {
    // Claim the marker first: a second starter (on PostgreSQL) conflicts here and seeds nothing.
    const claimed = await trx
      .insertInto('kring_meta')
      .values({ key: MARKER, value: new Date().toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) return false;
    for (const seeder of seeders) await seeder.run(trx, config);
    return true;
  });
  // The stories go through the services, which open transactions of their own.
  if (seeded) for (const story of stories) await story.run(db, config);
  return seeded;
}
