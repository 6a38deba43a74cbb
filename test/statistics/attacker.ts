// SPDX-License-Identifier: EUPL-1.2
/**
 * The attacker of published statistics (ADR 0039), written apart from the code under test: it knows
 * only what is published — the shown figures, that a hidden figure ("×") is some count of 0 or more,
 * and which figures add up to which — and searches for whole-number tables consistent with it. A
 * figure is disclosed when it is shown under 10, or hidden and yet certainly under 10. It uses its own method (bounds
 * propagation over the line sums, then a depth-first search), not the flows of suppression.ts, so a
 * mistake there is not repeated here.
 */

/** A published figure as a reader sees it. */
export type Seen =
  | { readonly kind: 'shown'; readonly value: number }
  | { readonly kind: 'small' }
  | { readonly kind: 'hidden' };

/** One published sum: the figures `parts` add up to the figure `total` (indices into the figures). */
export interface Line {
  readonly parts: readonly number[];
  readonly total: number;
}

type Domain = [number, number];

/** Narrows every domain by the line sums until nothing changes; false when some domain is empty. */
function propagate(domains: Domain[], lines: readonly Line[]): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const low = line.parts.reduce((a, p) => a + domains[p]![0], 0);
      const high = line.parts.reduce((a, p) => a + domains[p]![1], 0);
      const total = domains[line.total]!;
      // The total lies between the parts' sums.
      if (total[0] < low) [total[0], changed] = [low, true];
      if (total[1] > high) [total[1], changed] = [high, true];
      if (total[0] > total[1]) return false;
      // Each part lies between the total and what the other parts can take.
      for (const p of line.parts) {
        const d = domains[p]!;
        const othersLow = low - d[0];
        const othersHigh = high - d[1];
        const partLow = total[0] - othersHigh;
        const partHigh = total[1] - othersLow;
        if (d[0] < partLow) [d[0], changed] = [partLow, true];
        if (d[1] > partHigh) [d[1], changed] = [partHigh, true];
        if (d[0] > d[1]) return false;
      }
    }
  }
  return true;
}

/** Whether some whole-number table fits the domains and the lines (depth first, smallest domain first). */
function solvable(domains: Domain[], lines: readonly Line[]): boolean {
  if (!propagate(domains, lines)) return false;
  let pick = -1;
  for (let i = 0; i < domains.length; i++) {
    const [low, high] = domains[i]!;
    if (low !== high && (pick === -1 || high - low < domains[pick]![1] - domains[pick]![0])) pick = i;
  }
  if (pick === -1) return true;
  const [low, high] = domains[pick]!;
  // Try the ends first, then the middle: sums of this kind have solutions near the bounds.
  const tries =
    high - low <= 40 ? range(low, high) : [low, high, ...range(low + 1, low + 20), ...range(high - 20, high - 1)];
  for (const v of tries) {
    const next = domains.map((d) => [d[0], d[1]] as Domain);
    next[pick] = [v, v];
    if (solvable(next, lines)) return true;
  }
  return false;
}

function range(low: number, high: number): number[] {
  return Array.from({ length: Math.max(0, high - low + 1) }, (_, i) => low + i);
}

/**
 * The largest value up to 10 each hidden figure can take, given everything published: below 10
 * means the reader knows it is a small count.
 * @param seen the published figures
 * @param lines the published sums
 * @param ceiling the largest value a hidden figure is tried with (a bound on the search, not knowledge)
 * @returns for each hidden figure, whether it could be 10 or more (shown figures: undefined)
 */
export function attack(seen: readonly Seen[], lines: readonly Line[], ceiling: number): (boolean | undefined)[] {
  const domains: Domain[] = seen.map((s) => (s.kind === 'shown' ? [s.value, s.value] : [0, ceiling]));
  return seen.map((s, i) => {
    if (s.kind !== 'hidden') return undefined;
    const fixed = domains.map((d) => [d[0], d[1]] as Domain);
    fixed[i] = [10, ceiling];
    return solvable(fixed, lines);
  });
}

/** The lines of a one-way table: figures 0..n-1 and their total at index n. */
export function linesOf1d(n: number): Line[] {
  return [{ parts: range(0, n - 1), total: n }];
}

/**
 * The lines of a two-way table laid out as cells row by row, then the row totals, then the column
 * totals, then the grand total.
 */
export function linesOf2d(rows: number, columns: number): Line[] {
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const grand = rows * columns + rows + columns;
  return [
    ...range(0, rows - 1).map((r) => ({ parts: range(0, columns - 1).map((c) => cell(r, c)), total: rowTotal(r) })),
    ...range(0, columns - 1).map((c) => ({ parts: range(0, rows - 1).map((r) => cell(r, c)), total: columnTotal(c) })),
    { parts: range(0, rows - 1).map(rowTotal), total: grand },
    { parts: range(0, columns - 1).map(columnTotal), total: grand },
  ];
}

/** Every figure shown under 10, or hidden and certainly under 10: the disclosures (empty when safe). */
export function disclosures(seen: readonly Seen[], lines: readonly Line[], ceiling: number): number[] {
  const large = attack(seen, lines, ceiling);
  return seen.flatMap((s, i) => ((s.kind === 'shown' && s.value < 10) || large[i] === false ? [i] : []));
}
