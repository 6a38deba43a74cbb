// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The network's partner directory (issue 15, ADR 0036): the organisations in the municipality's circle
 * of safety as a public directory entry, kept by the network's editors. Not identity's `organisation`:
 * a partner need not use Kring, and nothing here grants access.
 *
 * - `type`: what kind of organisation (a fixed list); `audiences`: for whom (children, adults, older
 *   people; at least one).
 * - `description_nl` (required) and `description_en` (optional; the Dutch one is shown when empty):
 *   plain text.
 * - `has_safeguarding_lead`: it has an aandachtsfunctionaris; `has_confidential_contact`: a
 *   confidential contact person (vertrouwenscontactpersoon, e.g. at a sports club).
 * - `published`: shown in the public directory.
 *
 * Frozen: the lists are copied here.
 */
const TYPES = [
  'veiligThuis',
  'socialTeam',
  'school',
  'childcare',
  'youthCare',
  'publicHealth',
  'police',
  'sportsClub',
  'homeCare',
  'other',
];
const AUDIENCES = ['children', 'adults', 'olderPeople'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('network_partner')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in (${sql.join(TYPES.map((t) => sql.lit(t)))})`))
    .addColumn('audiences', sql`text[]`, (c) =>
      c
        .notNull()
        .check(
          sql`cardinality(audiences) >= 1 and audiences <@ array[${sql.join(AUDIENCES.map((a) => sql.lit(a)))}]::text[]`,
        ),
    )
    .addColumn('description_nl', 'text', (c) => c.notNull().check(sql`length(description_nl) between 1 and 2000`))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo('').check(sql`length(description_en) <= 2000`))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('street', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('has_safeguarding_lead', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('has_confidential_contact', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('network_partner_published_name_idx')
    .on('network_partner')
    .columns(['published', 'name'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('network_partner').execute();
}
