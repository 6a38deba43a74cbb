// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATION_ORDER } from '#migrations/order.ts';
import { migrationOrderProblems, newMigrationName } from './migration-order.ts';

const files = fs
  .readdirSync(new URL('../../migrations/', import.meta.url))
  .filter((f) => /^\d{4}_/.test(f) && f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

describe('the migrations', () => {
  it('are all listed, in the order they were written, and the newest sorts last', () => {
    expect(migrationOrderProblems(MIGRATION_ORDER, files)).toEqual([]);
    expect([...files].sort().at(-1)).toBe(MIGRATION_ORDER.at(-1));
  });
});

describe('migrationOrderProblems', () => {
  const a = '2026_11_25_19_00_00_create_kring_meta';
  const b = '2026_12_06_21_00_00_add_audit_target_organisation';
  const early = '2026_12_06_20_30_00_add_something'; // written after b, dated before it
  it.each([
    { order: [a, b], files: [a, b], problems: [] },
    {
      order: [a, b, early],
      files: [a, b, early],
      problems: [`${early}: written after ${b} but sorts before it; name it later`],
    },
    { order: [a], files: [a, b], problems: [`${b}: not listed in migrations/order.ts`] },
    { order: [a, b], files: [a], problems: [`${b}: listed, but there is no migrations/${b}.ts`] },
    {
      order: ['2026-12-06 add'],
      files: ['2026-12-06 add'],
      problems: ['2026-12-06 add: not <yyyy_mm_dd_hh_mm_ss>_<words>'],
    },
  ])('$order.length listed, $files.length on disk → $problems.length problem(s)', ({ order, files, problems }) => {
    expect(migrationOrderProblems(order, files)).toEqual(problems);
  });
});

describe('newMigrationName', () => {
  it.each([
    // Now is after the last: now, to the second.
    ['add x', '2026_12_06_21_00_00_old', '2026-12-07T08:15:30.900Z', '2026_12_07_08_15_30_add_x'],
    // The last is dated ahead of now: one second after it, so it still sorts last.
    ['Add Y table', '2026_12_06_23_59_59_old', '2026-12-06T21:00:00Z', '2026_12_07_00_00_00_add_y_table'],
    ['z', undefined, '2026-01-02T03:04:05Z', '2026_01_02_03_04_05_z'],
  ])('%s after %s at %s → %s', (words, last, now, name) => {
    expect(newMigrationName(words, last, new Date(now))).toBe(name);
  });
  it('refuses a name without words', () => {
    expect(() => newMigrationName(' - ', undefined, new Date())).toThrow();
  });
});
