// SPDX-License-Identifier: EUPL-1.2
/**
 * The throwaway cluster of `npm run bench:circle`, tuned for a bulk load, and what the load needs
 * around it: organisations with their professionals (through identity's repositories), and the
 * circle tables' indexes and constraints dropped before COPY and built again after it (as one loads
 * a register from a source system), from their own definitions in the catalogue.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Actor } from '#src/core/authz.ts';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { newToken } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { insertMembership, insertUser } from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { findPgBin, type PgCluster } from '../scripts/pg-cluster.ts';

/**
 * Settings for a bulk load and its indexes on a machine with about 20 GB free memory, then a restart
 * (shared_buffers needs one). The cluster already runs without fsync (scripts/pg-cluster.ts).
 */
export async function tuneCluster(cluster: PgCluster): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  for (const setting of [
    "shared_buffers = '2GB'",
    "maintenance_work_mem = '1GB'",
    "work_mem = '16MB'",
    "max_wal_size = '16GB'",
    "checkpoint_timeout = '30min'",
    'max_parallel_maintenance_workers = 2',
    "effective_cache_size = '8GB'",
  ]) {
    await client.query(`alter system set ${setting}`);
  }
  await client.end();
  const bin = findPgBin()!;
  const data = path.join(cluster.dir, 'data');
  // With its log file, or the server would hold our stdout open (and execFileSync would wait forever).
  const args = ['-D', data, '-l', path.join(cluster.dir, 'server.log'), '-m', 'fast', '-w', '-t', '120', 'restart'];
  const options = { stdio: 'ignore' as const };
  if (process.getuid?.() === 0) {
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), ...args], options);
  } else execFileSync(path.join(bin, 'pg_ctl'), args, options);
}

/** The organisation types with a basis to register (circle/legal-basis.ts), spread over the orgs. */
const TYPES: readonly OrganisationType[] = ['school', 'youthCare', 'healthCare', 'police', 'socialTeam', 'veiligThuis'];

/** A registering professional of an organisation, as the actor of a service call. */
export type BenchActor = Actor;

/**
 * Creates organisations, each with one professional; returns them as actors.
 * @param prefix name prefix (organisation names are unique)
 */
export async function seedOrganisations(
  db: Kysely<Database>,
  prefix: string,
  count: number,
  now: Date,
  extraRoles: readonly Role[] = [],
): Promise<{ professional: BenchActor; others: BenchActor[] }[]> {
  const passwordHash = await hashPassword(newToken());
  return db.transaction().execute(async (trx) => {
    const out: { professional: BenchActor; others: BenchActor[] }[] = [];
    for (let i = 0; i < count; i++) {
      const type = TYPES[i % TYPES.length]!;
      const name = `${prefix} ${i + 1}`;
      const organisationId = await insertOrganisation(trx, { name, type, now });
      if (!organisationId) throw new Error(`organisation ${name} exists already`);
      const person = async (role: Role): Promise<BenchActor> => {
        const email = `${role}.${prefix.toLowerCase().replace(/\W+/g, '-')}-${i + 1}@bench.example`;
        const userId = await insertUser(trx, { email, displayName: `${role} ${i + 1}`, passwordHash, now });
        const membershipId = await insertMembership(trx, { userId, organisationId, role, now });
        return {
          userId,
          displayName: `${role} ${i + 1}`,
          email,
          membershipId,
          organisationId,
          organisationName: name,
          organisationType: type,
          role,
          factorAt: now,
          membershipCount: 1,
        };
      };
      const professional = await person('professional');
      const others: BenchActor[] = [];
      for (const role of extraRoles) others.push(await person(role));
      out.push({ professional, others });
    }
    return out;
  });
}

/** The circle tables a load fills. */
const LOADED_TABLES = ['circle_signal', 'circle_signal_parent'] as const;

/** The indexes and constraints of the loaded tables, as the catalogue defines them. */
export interface SavedSchema {
  readonly constraints: { table: string; name: string; definition: string; kind: string }[];
  readonly indexes: { name: string; definition: string }[];
}

/** Saves and drops the loaded tables' constraints (foreign keys, primary and unique keys) and indexes. */
export async function dropForLoad(pool: pg.Pool): Promise<SavedSchema> {
  const constraints = await pool.query<{ table: string; name: string; definition: string; kind: string }>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition,
            contype::text as kind
       from pg_constraint
      where conrelid::regclass::text = any($1) and contype in ('p', 'u', 'f')
         or confrelid::regclass::text = any($1) and contype = 'f'`,
    [LOADED_TABLES],
  );
  const indexes = await pool.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
      where tablename = any($1)
        and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`,
    [LOADED_TABLES],
  );
  const fks = constraints.rows.filter((c) => c.kind === 'f');
  for (const c of fks) await pool.query(`alter table ${c.table} drop constraint ${c.name}`);
  for (const c of constraints.rows.filter((c) => c.kind !== 'f')) {
    await pool.query(`alter table ${c.table} drop constraint ${c.name}`);
  }
  for (const i of indexes.rows) await pool.query(`drop index ${i.name}`);
  return { constraints: constraints.rows, indexes: indexes.rows };
}

/** Builds again what dropForLoad dropped: keys first, then indexes, then foreign keys. */
export async function restoreAfterLoad(pool: pg.Pool, saved: SavedSchema): Promise<void> {
  for (const c of saved.constraints.filter((c) => c.kind !== 'f')) {
    await pool.query(`alter table ${c.table} add constraint ${c.name} ${c.definition}`);
  }
  await Promise.all(saved.indexes.map((i) => pool.query(i.definition)));
  for (const c of saved.constraints.filter((c) => c.kind === 'f')) {
    await pool.query(`alter table ${c.table} add constraint ${c.name} ${c.definition}`);
  }
}
