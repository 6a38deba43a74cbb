// SPDX-License-Identifier: EUPL-1.2
/**
 * Small-count suppression of published tables (issue 15, ADR 0039). Pure: numbers in, marks out.
 *
 * A table and its totals are a system of line sums: every row's cells add up to the row's total,
 * every column's to the column's, the totals to the grand total. The publication shows a figure of
 * 10 or more, or one mark ("×") for every figure it does not show, small or not, so the mark itself
 * says nothing. A reader therefore knows: the shown figures, that every "×" is some count of 0 or
 * more, and the sums.
 *
 * The rule (ADR 0039): no figure under 10 may be shown, nor be implied to be under 10: for every
 * figure under 10, the published table must still allow it to be 10 or more. Then no subtraction,
 * nor any combination of sums and bounds, tells a reader that a count is small, let alone which.
 * A table with sums is a flow network (a circulation: the grand total flows to the rows, the cells
 * carry it to the columns, the columns back to the grand total), so whether a hidden figure can be
 * 10 or more is a question of a feasible circulation with bounds, answered exactly by a maximum flow.
 *
 * The method: hide every figure under 10; then, while some hidden figure under 10 could be shown to
 * be under 10, hide one more shown figure: the one that leaves the fewest such figures, then an inner
 * cell in a line of the figure before other cells and before totals, then the smallest.
 *
 * The grand total is never hidden: it is the one figure several tables of a page share (the concerns
 * of the year in every concern table), and a figure hidden in one table but shown in another would
 * undo the first table's protection. With the grand total fixed and shown, each table's protection
 * holds whatever the other tables show. A grand total under 10 withholds the table (and with it
 * shown, hiding every other figure always suffices: each could then be the whole total).
 */

/** The threshold: figures under it are never shown. */
export const THRESHOLD = 10;

/** How a figure is published: its value, or the one mark of a figure not shown. */
export type Mark = { readonly kind: 'shown'; readonly value: number } | { readonly kind: 'hidden' };

/** A figure of the flow network: a value on an edge from one node to another. */
interface Figure {
  readonly from: number;
  readonly to: number;
  readonly value: number;
}

type State = 'shown' | 'hidden';

const INFINITE = 1e12;

/** Maximum flow (Edmonds–Karp) on a small dense capacity matrix. */
function maxFlow(capacity: number[][], source: number, sink: number): number {
  const n = capacity.length;
  let total = 0;
  for (;;) {
    const parent = new Array<number>(n).fill(-1);
    parent[source] = source;
    const queue = [source];
    while (queue.length > 0 && parent[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < n; v++) {
        if (parent[v] === -1 && capacity[u]![v]! > 0) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[sink] === -1) return total;
    let push = INFINITE;
    for (let v = sink; v !== source; v = parent[v]!) push = Math.min(push, capacity[parent[v]!]![v]!);
    for (let v = sink; v !== source; v = parent[v]!) {
      capacity[parent[v]!]![v]! -= push;
      capacity[v]![parent[v]!]! += push;
    }
    total += push;
  }
}

/** The bounds a reader knows for a figure. */
function boundsOf(figure: Figure, state: State): [number, number] {
  return state === 'shown' ? [figure.value, figure.value] : [0, INFINITE];
}

/**
 * Whether some circulation meets every figure's bounds (with one figure's bounds overridden).
 * @param nodes the number of nodes
 * @param figures the figures
 * @param bounds each figure's bounds
 */
function feasible(
  nodes: number,
  figures: readonly Figure[],
  bounds: ReadonlyArray<readonly [number, number]>,
): boolean {
  const source = nodes;
  const sink = nodes + 1;
  const capacity = Array.from({ length: nodes + 2 }, () => new Array<number>(nodes + 2).fill(0));
  const excess = new Array<number>(nodes).fill(0);
  figures.forEach((f, i) => {
    const [low, high] = bounds[i]!;
    excess[f.to]! += low;
    excess[f.from]! -= low;
    capacity[f.from]![f.to]! += high - low;
  });
  let needed = 0;
  excess.forEach((e, node) => {
    if (e > 0) {
      capacity[source]![node] = e;
      needed += e;
    } else if (e < 0) capacity[node]![sink] = -e;
  });
  return maxFlow(capacity, source, sink) === needed;
}

/**
 * Whether a hidden figure could, for all a reader knows, be 10 or more.
 * @param nodes the number of nodes
 * @param figures the figures
 * @param states what is shown
 * @param index the hidden figure
 */
function couldBeLarge(nodes: number, figures: readonly Figure[], states: readonly State[], index: number): boolean {
  const bounds = figures.map((f, i) => (i === index ? ([THRESHOLD, INFINITE] as const) : boundsOf(f, states[i]!)));
  return feasible(nodes, figures, bounds);
}

/** Whether one key sorts before another (element by element). */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * Protects a network of figures.
 * @param nodes the number of nodes
 * @param figures the figures (their values must balance at every node)
 * @param rank how much a figure is to be kept shown when `failing` needs company (lower: hidden sooner)
 * @param grand the grand total's index: never hidden
 * @returns each figure's state, or null when the table must be withheld
 */
function protect(
  nodes: number,
  figures: readonly Figure[],
  rank: (candidate: number, failing: number) => number,
  grand: number,
): State[] | null {
  if (figures[grand]!.value < THRESHOLD) return null;
  const states: State[] = figures.map((f) => (f.value < THRESHOLD ? 'hidden' : 'shown'));
  const failingOf = (among: readonly number[], s: readonly State[]) =>
    among.filter((i) => !couldBeLarge(nodes, figures, s, i));
  let failing = failingOf(
    figures.flatMap((f, i) => (f.value < THRESHOLD ? [i] : [])),
    states,
  );
  while (failing.length > 0) {
    // Hiding a figure only widens what a reader can infer, so a small figure that is safe stays
    // safe: only the failing ones need checking again. Choose the figure whose hiding leaves the fewest
    // failing, then the most expendable by rank, then the smallest.
    let best: { index: number; left: number[]; key: [number, number, number] } | undefined;
    for (let i = 0; i < figures.length; i++) {
      if (states[i] !== 'shown' || i === grand) continue;
      const trial = states.map((s, j) => (j === i ? 'hidden' : s));
      const left = failingOf(failing, trial);
      const key: [number, number, number] = [left.length, rank(i, failing[0]!), figures[i]!.value];
      if (!best || before(key, best.key)) best = { index: i, left, key };
    }
    if (!best) return null;
    states[best.index] = 'hidden';
    failing = best.left;
  }
  return states;
}

function markOf(figure: Figure, state: State): Mark {
  return state === 'shown' ? { kind: 'shown', value: figure.value } : { kind: state };
}

/** A one-way table with its total, protected. */
export interface Protected1d {
  readonly cells: readonly Mark[];
  readonly total: Mark;
}

/**
 * Protects a one-way table (categories that add up to a total).
 * @param values the counts (non-negative integers)
 * @returns the marks, or null when the table must be withheld (also when the total is under 10)
 */
export function protect1d(values: readonly number[]): Protected1d | null {
  const total = values.reduce((a, b) => a + b, 0);
  // Node 0 → node 1: each cell; node 1 → node 0: the total.
  const figures: Figure[] = [...values.map((value) => ({ from: 0, to: 1, value })), { from: 1, to: 0, value: total }];
  const states = protect(2, figures, () => 0, values.length);
  if (!states) return null;
  return {
    cells: values.map((_, i) => markOf(figures[i]!, states[i]!)),
    total: markOf(figures[values.length]!, states[values.length]!),
  };
}

/** A two-way table with its totals, protected. */
export interface Protected2d {
  readonly cells: readonly (readonly Mark[])[];
  readonly rowTotals: readonly Mark[];
  readonly columnTotals: readonly Mark[];
  readonly total: Mark;
}

/**
 * Protects a two-way table with row, column and grand totals.
 * @param values rows of counts, every row as long as the first (non-negative integers)
 * @returns the marks, or null when the table must be withheld
 */
export function protect2d(values: readonly (readonly number[])[]): Protected2d | null {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  // Nodes: 0 the grand total's source side, 1..rows the rows, then the columns, then the sink side.
  const rowNode = (r: number) => 1 + r;
  const columnNode = (c: number) => 1 + rows + c;
  const sinkSide = 1 + rows + columns;
  const figures: Figure[] = [];
  const cellIndex = (r: number, c: number) => r * columns + c;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) figures.push({ from: rowNode(r), to: columnNode(c), value: values[r]![c]! });
  }
  const rowTotal = values.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotal = Array.from({ length: columns }, (_, c) => values.reduce((a, row) => a + row[c]!, 0));
  const grand = rowTotal.reduce((a, b) => a + b, 0);
  const rowTotalIndex = (r: number) => rows * columns + r;
  const columnTotalIndex = (c: number) => rows * columns + rows + c;
  const grandIndex = rows * columns + rows + columns;
  figures.push(
    ...rowTotal.map((value, r) => ({ from: 0, to: rowNode(r), value })),
    ...columnTotal.map((value, c) => ({ from: columnNode(c), to: sinkSide, value })),
  );
  figures.push({ from: sinkSide, to: 0, value: grand });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const rowOf = (i: number) =>
    i < rows * columns ? Math.floor(i / columns) : i < rows * columns + rows ? i - rows * columns : -1;
  const columnOf = (i: number) =>
    i < rows * columns ? i % columns : i >= rows * columns + rows && i < grandIndex ? i - rows * columns - rows : -1;
  const shareLine = (a: number, b: number) =>
    (rowOf(a) !== -1 && rowOf(a) === rowOf(b)) || (columnOf(a) !== -1 && columnOf(a) === columnOf(b));
  // Inner cells before totals; of each, those in a line of the failing figure first.
  const rank = (candidate: number, failing: number) =>
    (candidate < rows * columns ? 0 : 2) + (shareLine(candidate, failing) ? 0 : 1);
  const states = protect(sinkSide + 1, figures, rank, grandIndex);
  if (!states) return null;
  const mark = (i: number) => markOf(figures[i]!, states[i]!);
  return {
    cells: range(rows).map((r) => range(columns).map((c) => mark(cellIndex(r, c)))),
    rowTotals: range(rows).map((r) => mark(rowTotalIndex(r))),
    columnTotals: range(columns).map((c) => mark(columnTotalIndex(c))),
    total: mark(grandIndex),
  };
}
