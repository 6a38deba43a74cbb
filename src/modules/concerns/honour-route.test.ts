// SPDX-License-Identifier: EUPL-1.2
/** The rules of the expert route (ADR 0027), table by table; every expected value written by hand. */
import { describe, expect, it } from 'vitest';
import {
  answersOpenTo,
  familyConversationAllowed,
  type HonourRisk,
  honourRiskChangeAllowed,
  routeOf,
} from './honour-route.ts';
import type { Route } from './workflow.ts';

describe('routeOf', () => {
  const cases: Array<[HonourRisk | null, boolean, Route]> = [
    [null, false, 'standard'],
    ['no', false, 'standard'],
    ['yes', false, 'expert'],
    ['unknown', false, 'expert'],
    [null, true, 'expert'],
    ['no', true, 'expert'],
    ['yes', true, 'expert'],
    ['unknown', true, 'expert'],
  ];
  it.each(cases)('answer %s, direct category ticked %s → %s', (honourRisk, directCategoryTicked, route) => {
    expect(routeOf({ honourRisk, directCategoryTicked })).toBe(route);
  });
});

describe('familyConversationAllowed', () => {
  const cases: Array<[Route, boolean, boolean]> = [
    ['standard', false, true],
    ['standard', true, true],
    ['expert', false, false],
    ['expert', true, true],
  ];
  it.each(cases)('on the %s route, Veilig Thuis advice recorded %s → %s', (route, advice, allowed) => {
    expect(familyConversationAllowed(route, advice)).toBe(allowed);
  });
});

describe('honourRiskChangeAllowed', () => {
  const cases: Array<[HonourRisk | null, HonourRisk, boolean]> = [
    [null, 'yes', true],
    [null, 'no', true],
    [null, 'unknown', true],
    ['no', 'yes', true],
    ['no', 'unknown', true],
    ['no', 'no', false],
    ['unknown', 'yes', false],
    ['unknown', 'no', false],
    ['unknown', 'unknown', false],
    ['yes', 'yes', false],
    ['yes', 'no', false],
    ['yes', 'unknown', false],
  ];
  it.each(cases)('from %s to %s → %s', (current, answer, allowed) => {
    expect(honourRiskChangeAllowed(current, answer)).toBe(allowed);
  });

  it('offers all three answers first, "yes" and "don\'t know" after "no", nothing on the route', () => {
    expect(answersOpenTo(null)).toEqual(['yes', 'no', 'unknown']);
    expect(answersOpenTo('no')).toEqual(['yes', 'unknown']);
    expect(answersOpenTo('unknown')).toEqual([]);
    expect(answersOpenTo('yes')).toEqual([]);
  });
});
