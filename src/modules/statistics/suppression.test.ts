// SPDX-License-Identifier: EUPL-1.2
/**
 * Suppression (ADR 0039): table-driven expectations written by hand, and an attacker (test/statistics/
 * attacker.ts, its own method) who knows only what is published — the shown figures, that "×" is some
 * count of 0 or more, the sums — and looks for any hidden figure that must be under 10.
 */
import { describe, expect, it } from 'vitest';
import { attack, disclosures, type Line, linesOf1d, linesOf2d } from '#test/statistics/attacker.ts';
import { type Mark, protect1d, protect2d } from './suppression.ts';

const S = (value: number): Mark => ({ kind: 'shown', value });
const x: Mark = { kind: 'hidden' };

function expectSafe(marks: readonly Mark[], lines: readonly Line[], ceiling: number): void {
  expect(disclosures(marks, lines, ceiling)).toEqual([]);
  // Every case below hides something: the attacker had something to try.
  expect(marks.some((m) => m.kind === 'hidden')).toBe(true);
}

function flat1d(values: readonly number[]) {
  const p = protect1d(values);
  if (!p) throw new Error('withheld');
  return { marks: [...p.cells, p.total], lines: linesOf1d(values.length) };
}

function flat2d(values: readonly (readonly number[])[]) {
  const p = protect2d(values);
  if (!p) throw new Error('withheld');
  const marks = [...p.cells.flat(), ...p.rowTotals, ...p.columnTotals, p.total];
  return { p, marks, lines: linesOf2d(values.length, values[0]!.length) };
}

describe('protect1d', () => {
  it.each([
    { values: [40, 50, 60], cells: [S(40), S(50), S(60)], total: S(150) },
    // A lone small figure is the total minus the rest: the smallest other figure is hidden with it.
    { values: [3, 12, 50], cells: [x, x, S(50)], total: S(65) },
    { values: [3, 25, 50], cells: [x, x, S(50)], total: S(78) },
    { values: [15, 2, 30, 11], cells: [S(15), x, S(30), x], total: S(58) },
    // Two hidden figures adding up to 18: either could be 10 or more, so neither is known to be small.
    { values: [9, 9, 40], cells: [x, x, S(40)], total: S(58) },
    { values: [3, 40], cells: [x, x], total: S(43) },
    { values: [5, 5], cells: [x, x], total: S(10) },
    // Zeros are counts under 10 too: shown, the 12 would say the others are 0.
    { values: [0, 0, 0, 12], cells: [x, x, x, x], total: S(12) },
  ])('$values', ({ values, cells, total }) => {
    expect(protect1d(values)).toEqual({ cells, total });
  });

  it.each([
    // The total is never hidden (every table of the page shares it); under 10 it withholds the table.
    [[4, 3]],
    [[0, 0, 0]],
    [[9]],
  ])('withholds %j', (values) => {
    expect(protect1d(values)).toBeNull();
  });

  it.each([[[3, 12, 50]], [[9, 9, 40]], [[1, 2, 3, 30]], [[3, 40]], [[9, 11, 12]], [[2, 10, 10, 10]], [[0, 0, 0, 12]]])(
    'the attacker finds no small figure in %j',
    (values) => {
      const { marks, lines } = flat1d(values);
      expectSafe(marks, lines, 120);
    },
  );
});

describe('protect2d', () => {
  it('hides the smallest rectangle around a lone small cell and keeps every total', () => {
    const { p } = flat2d([
      [3, 20, 30],
      [25, 40, 35],
      [30, 30, 40],
    ]);
    expect(p).toEqual({
      cells: [
        [x, x, S(30)],
        [x, x, S(35)],
        [S(30), S(30), S(40)],
      ],
      rowTotals: [S(53), S(100), S(100)],
      columnTotals: [S(58), S(90), S(105)],
      total: S(253),
    });
  });

  it('shows everything when nothing is small', () => {
    const { p } = flat2d([
      [10, 20],
      [30, 40],
    ]);
    expect(p).toEqual({
      cells: [
        [S(10), S(20)],
        [S(30), S(40)],
      ],
      rowTotals: [S(30), S(70)],
      columnTotals: [S(40), S(60)],
      total: S(100),
    });
  });

  it.each([
    [
      [
        [3, 12],
        [15, 20],
      ],
    ],
    [
      [
        [9, 9],
        [12, 14],
      ],
    ],
    [
      [
        [3, 20, 30],
        [25, 11, 12],
      ],
    ],
    [
      [
        [0, 14, 10],
        [1, 12, 2],
      ],
    ],
    [
      [
        [4, 15],
        [11, 3],
        [10, 10],
      ],
    ],
  ])('the attacker finds no small figure in %j', (values) => {
    const { marks, lines } = flat2d(values);
    const grand = values.flat().reduce((a, b) => a + b, 0);
    expectSafe(marks, lines, grand + 20);
  });

  it('a naive rule (hide the small figure alone) leaks, and the attacker sees it', () => {
    // Hand-made publication of [3, 25, 50]: ×, 25, 50, total 78: the × is 3 for certain.
    const marks: Mark[] = [x, S(25), S(50), S(78)];
    expect(attack(marks, linesOf1d(3), 200)[0]).toBe(false);
    expect(disclosures(marks, linesOf1d(3), 200)).toEqual([0]);
    // And one shown under 10 is a disclosure by itself.
    expect(disclosures([S(3), S(75), S(78)], linesOf1d(2), 200)).toEqual([0]);
  });

  it("protects a table as big as the municipality's (13 × 3, most cells small)", () => {
    const values = [
      [14, 3, 0],
      [9, 2, 1],
      [22, 0, 0],
      [5, 6, 2],
      [3, 0, 0],
      [11, 12, 1],
      [0, 18, 4],
      [0, 1, 13],
      [2, 0, 0],
      [0, 0, 0],
      [1, 0, 0],
      [4, 2, 1],
      [7, 3, 2],
    ];
    const { marks, lines } = flat2d(values);
    expectSafe(marks, lines, 250);
  });
});

describe('random tables', () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function generator(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const draw = (random: () => number) => (random() < 0.5 ? Math.floor(random() * 10) : 10 + Math.floor(random() * 30));

  it('no one-way table of 200 discloses a small figure (or it is withheld)', () => {
    const random = generator(15);
    let checked = 0;
    for (let n = 0; n < 200; n++) {
      const values = Array.from({ length: 2 + Math.floor(random() * 5) }, () => draw(random));
      const p = protect1d(values);
      if (!p) continue;
      checked++;
      expect(disclosures([...p.cells, p.total], linesOf1d(values.length), 300), JSON.stringify(values)).toEqual([]);
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('no two-way table of 60 discloses a small figure (or it is withheld)', () => {
    const random = generator(2017);
    let checked = 0;
    for (let n = 0; n < 60; n++) {
      const rows = 2 + Math.floor(random() * 3);
      const columns = 2 + Math.floor(random() * 2);
      const values = Array.from({ length: rows }, () => Array.from({ length: columns }, () => draw(random)));
      const p = protect2d(values);
      if (!p) continue;
      checked++;
      const marks = [...p.cells.flat(), ...p.rowTotals, ...p.columnTotals, p.total];
      expect(disclosures(marks, linesOf2d(rows, columns), 500), JSON.stringify(values)).toEqual([]);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
