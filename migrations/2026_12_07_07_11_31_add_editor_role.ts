// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The editor role (issue 15): the municipality's network coordinator keeps the network's pages. The
 * role checks of memberships and invitations take it. Frozen: the list is copied here.
 */
const ROLES = [
  'professional',
  'volunteer',
  'safeguardingLead',
  'intakeWorker',
  'coordinator',
  'editor',
  'privacyOfficer',
  'administrator',
];
const WITHOUT_EDITOR = ROLES.filter((r) => r !== 'editor');
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

async function roleCheck(db: Kysely<any>, roles: string[]): Promise<void> {
  for (const table of ['membership', 'invitation']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_role_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_role_check`)} check (role in (${list(roles)}))`.execute(
      db,
    );
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await roleCheck(db, ROLES);
}

export async function down(db: Kysely<any>): Promise<void> {
  await roleCheck(db, WITHOUT_EDITOR);
}
