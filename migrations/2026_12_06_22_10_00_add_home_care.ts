// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * Home care (issue 12, item 3; ADR 0028): organisations of the type `homeCare` (thuiszorg) and
 * concerns in the sector `homeCare`, whose afwegingskader guidance is written for adults and older
 * people who depend on care. The checks of the two columns are replaced by the same lists with the
 * new value. Frozen: the lists are copied, not imported.
 */
const ORGANISATION_TYPES = [
  'school',
  'sportsClub',
  'childcare',
  'healthCare',
  'youthCare',
  'socialTeam',
  'police',
  'veiligThuis',
  'municipality',
  'elderlyCare',
  'other',
];
const SECTORS = ['education', 'childcare', 'healthCare', 'youthCare', 'socialWork', 'sport'];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

async function replaceChecks(db: Kysely<any>, types: string[], sectors: string[]): Promise<void> {
  // The checks were created unnamed with their columns; PostgreSQL (and PGlite) named them
  // <table>_<column>_check.
  await sql`alter table organisation drop constraint organisation_type_check`.execute(db);
  await sql`alter table organisation add constraint organisation_type_check check (type in (${list(types)}))`.execute(
    db,
  );
  await sql`alter table concern drop constraint concern_sector_check`.execute(db);
  await sql`alter table concern add constraint concern_sector_check check (sector in (${list(sectors)}))`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await replaceChecks(db, [...ORGANISATION_TYPES, 'homeCare'], [...SECTORS, 'homeCare']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceChecks(db, ORGANISATION_TYPES, SECTORS);
}
