// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { componentsOf } from './components.ts';

const m = (forSignalId: string, otherId: string) => ({ forSignalId, otherId });
/** Groups as sorted lists, the groups sorted, so the expectation does not depend on the order seen. */
const norm = (cs: ReturnType<typeof componentsOf>) =>
  cs
    .map((c) => ({ signals: [...c.signals].sort(), teams: [...c.teams].sort() }))
    .sort((a, b) => a.signals[0]!.localeCompare(b.signals[0]!));

describe('componentsOf', () => {
  const cases: [string, ReturnType<typeof m>[], [string, string][], { signals: string[]; teams: string[] }[]][] = [
    ['no matches: no groups', [], [], []],
    ['one match, no team: one new group', [m('a', 'b')], [], [{ signals: ['a', 'b'], teams: [] }]],
    [
      'one new signal matching two: one group',
      [m('a', 'b'), m('a', 'c')],
      [],
      [{ signals: ['a', 'b', 'c'], teams: [] }],
    ],
    [
      'the other is in a team: the group has it',
      [m('a', 'b')],
      [['b', 'T1']],
      [{ signals: ['a', 'b'], teams: ['T1'] }],
    ],
    [
      'the new signal joins two teams: both in one group (they merge)',
      [m('a', 'b'), m('a', 'c')],
      [
        ['b', 'T1'],
        ['c', 'T2'],
      ],
      [{ signals: ['a', 'b', 'c'], teams: ['T1', 'T2'] }],
    ],
    [
      'two unrelated matches in one batch: two groups',
      [m('a', 'b'), m('c', 'd')],
      [['d', 'T9']],
      [
        { signals: ['a', 'b'], teams: [] },
        { signals: ['c', 'd'], teams: ['T9'] },
      ],
    ],
    [
      'two new signals of one batch meeting the same team through different members: one group',
      [m('a', 'b'), m('c', 'd')],
      [
        ['b', 'T1'],
        ['d', 'T1'],
      ],
      [{ signals: ['a', 'b', 'c', 'd'], teams: ['T1'] }],
    ],
    [
      'a chain through new signals of one batch: one group',
      [m('a', 'b'), m('b', 'c'), m('d', 'c')],
      [],
      [{ signals: ['a', 'b', 'c', 'd'], teams: [] }],
    ],
    [
      'a match seen from both sides: one group, each signal once',
      [m('a', 'b'), m('b', 'a')],
      [],
      [{ signals: ['a', 'b'], teams: [] }],
    ],
  ];
  it.each(cases)('%s', (_name, matches, teams, expected) => {
    expect(norm(componentsOf(matches, new Map(teams)))).toEqual(expected);
  });
});
