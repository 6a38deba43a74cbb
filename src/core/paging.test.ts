// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { pageOf } from './paging.ts';

describe('pageOf', () => {
  it('numbers the pages and gives the offset of the one asked for', () => {
    expect(pageOf(1, 60, 25)).toEqual({ number: 1, count: 3, size: 25, total: 60, offset: 0 });
    expect(pageOf(2, 60, 25)).toEqual({ number: 2, count: 3, size: 25, total: 60, offset: 25 });
    expect(pageOf(3, 60, 25)).toEqual({ number: 3, count: 3, size: 25, total: 60, offset: 50 });
    expect(pageOf(2, 50, 25).count).toBe(2);
    expect(pageOf(1, 51, 25).count).toBe(3);
  });

  it('brings a page outside the list inside it: the first or the last', () => {
    expect(pageOf(0, 60, 25).number).toBe(1);
    expect(pageOf(-4, 60, 25).number).toBe(1);
    expect(pageOf(4, 60, 25)).toMatchObject({ number: 3, offset: 50 });
    expect(pageOf(1e21, 60, 25)).toMatchObject({ number: 3, offset: 50 });
    expect(pageOf(Number.POSITIVE_INFINITY, 60, 25).number).toBe(3);
    expect(pageOf(Number.NaN, 60, 25).number).toBe(1);
  });

  it('gives an empty list one empty page', () => {
    expect(pageOf(7, 0, 25)).toEqual({ number: 1, count: 1, size: 25, total: 0, offset: 0 });
  });
});
