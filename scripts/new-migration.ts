// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run migration:new -- <what it does>`: writes migrations/<name>.ts with an empty up/down and
 * appends the name to migrations/order.ts, named so that it sorts after every existing migration.
 */
import fs from 'node:fs';
import { MIGRATION_ORDER } from '../migrations/order.ts';
import { newMigrationName } from '../src/db/migration-order.ts';

const words = process.argv.slice(2).join(' ');
const name = newMigrationName(words, MIGRATION_ORDER.at(-1), new Date());
const dir = new URL('../migrations/', import.meta.url);
fs.writeFileSync(
  new URL(`${name}.ts`, dir),
  `// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';

/** ${words}. */
export async function up(db: Kysely<any>): Promise<void> {}

export async function down(db: Kysely<any>): Promise<void> {}
`,
);
const orderFile = new URL('order.ts', dir);
const order = fs.readFileSync(orderFile, 'utf8');
fs.writeFileSync(orderFile, order.replace(/\n\];\n$/, `\n  '${name}',\n];\n`));
process.stdout.write(`migrations/${name}.ts (listed last in migrations/order.ts)\n`);
