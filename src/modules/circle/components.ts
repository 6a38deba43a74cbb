// SPDX-License-Identifier: EUPL-1.2
/**
 * Which signals end up in one team after new matches (ADR 0035): the signals joined by a match, and
 * the signals already in one team, are one circle around a young person or a family. A pure
 * union-find over the matches and the existing teams, so one registration and a bulk registration of
 * a thousand take the same path.
 */

/** One group of signals that belong in one team, with the teams its signals are in now. */
export interface Component {
  readonly signals: readonly string[];
  readonly teams: readonly string[];
}

/**
 * The groups the matches make.
 * @param matches each a new signal and one it matched
 * @param teamOf the team each of the signals is in now (absent: in none)
 * @returns one group per set of connected signals, each signal once; signals and teams in the order
 *   they were first seen
 */
export function componentsOf(
  matches: readonly { readonly forSignalId: string; readonly otherId: string }[],
  teamOf: ReadonlyMap<string, string>,
): Component[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = x; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const m of matches) {
    add(m.forSignalId);
    add(m.otherId);
    union(m.forSignalId, m.otherId);
  }
  // Signals already in one team are one group, through the team.
  const firstOfTeam = new Map<string, string>();
  for (const signal of parent.keys()) {
    const team = teamOf.get(signal);
    if (team === undefined) continue;
    const first = firstOfTeam.get(team);
    if (first === undefined) firstOfTeam.set(team, signal);
    else union(first, signal);
  }
  const groups = new Map<string, { signals: string[]; teams: string[] }>();
  for (const signal of parent.keys()) {
    const root = find(signal);
    let group = groups.get(root);
    if (!group) {
      group = { signals: [], teams: [] };
      groups.set(root, group);
    }
    group.signals.push(signal);
    const team = teamOf.get(signal);
    if (team !== undefined && !group.teams.includes(team)) group.teams.push(team);
  }
  return [...groups.values()];
}
