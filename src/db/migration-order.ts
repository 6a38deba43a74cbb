// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules that keep migrations in one order everywhere (pure; the runner and a test use them).
 * Kysely runs migrations in name order and refuses a database that already ran a migration named
 * after one it has not run: so every new migration must be named after every existing one.
 */

/** A migration's file name without `.ts`: the UTC moment it was written, then words. */
export const MIGRATION_NAME = /^\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}_[a-z0-9_]+$/;

/**
 * What is wrong with the list of migrations against the files on disk; empty when nothing is.
 * @param order the list in the order the migrations were written (migrations/order.ts)
 * @param files the migration names found in migrations/ (without `.ts`)
 */
export function migrationOrderProblems(order: readonly string[], files: readonly string[]): string[] {
  const problems: string[] = [];
  const listed = new Set(order);
  for (const name of order) {
    if (!MIGRATION_NAME.test(name)) problems.push(`${name}: not <yyyy_mm_dd_hh_mm_ss>_<words>`);
    if (!files.includes(name)) problems.push(`${name}: listed, but there is no migrations/${name}.ts`);
  }
  for (const file of files) {
    if (!listed.has(file)) problems.push(`${file}: not listed in migrations/order.ts`);
  }
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1]!;
    const name = order[i]!;
    if (name <= before) problems.push(`${name}: written after ${before} but sorts before it; name it later`);
  }
  return problems;
}

/**
 * The name for a new migration: the current UTC second, or one second after the last migration when
 * that one is dated in the future (so it always sorts last).
 * @param words what it does, in snake_case
 * @param last the newest migration's name
 * @param now the current time
 */
export function newMigrationName(words: string, last: string | undefined, now: Date): string {
  const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[-T:]/g, '_');
  const slug = words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (!slug) throw new Error('Name the migration: what does it do?');
  let moment = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const lastStamp = last?.slice(0, 19);
  if (lastStamp && stamp(moment) <= lastStamp) {
    const [y, mo, d, h, mi, s] = lastStamp.split('_').map(Number) as [number, number, number, number, number, number];
    moment = new Date(Date.UTC(y, mo - 1, d, h, mi, s + 1));
  }
  return `${stamp(moment)}_${slug}`;
}
