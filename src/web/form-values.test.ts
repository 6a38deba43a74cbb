// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { amsterdamMoment, decimal, isoDate, partsOf, timeOfDay, wholeNumber } from './form-values.ts';

describe('form values', () => {
  it.each([
    [{ day: '3', month: '3', year: '2012' }, '2012-03-03'],
    [{ day: '29', month: '2', year: '2024' }, '2024-02-29'],
    [{ day: '29', month: '2', year: '2025' }, undefined],
    [{ day: '31', month: '4', year: '2026' }, undefined],
    [{ day: '0', month: '1', year: '2026' }, undefined],
    [{ day: '1', month: '13', year: '2026' }, undefined],
    [{ day: 'a', month: '1', year: '2026' }, undefined],
    [{ day: '1', month: '1', year: '26' }, undefined],
    [{ day: '1', month: '1', year: '1899' }, undefined],
  ])('date %j → %s', (parts, expected) => {
    expect(isoDate(parts)).toBe(expected);
  });

  it('fills the boxes again from an ISO date', () => {
    expect(partsOf('2012-03-03')).toEqual({ day: '3', month: '3', year: '2012' });
    expect(partsOf(null)).toEqual({ day: '', month: '', year: '' });
  });

  it.each([
    ['14:30', '14:30'],
    ['9.05', '09:05'],
    ['0930', '09:30'],
    ['24:00', undefined],
    ['12:60', undefined],
    ['half drie', undefined],
  ])('time %s → %s', (value, expected) => {
    expect(timeOfDay(value)).toBe(expected);
  });

  it.each([
    ['4', 0, 100, 4],
    ['101', 0, 100, undefined],
    ['-1', 0, 100, undefined],
    ['4.5', 0, 100, undefined],
  ])('whole number %s in [%i, %i] → %s', (value, min, max, expected) => {
    expect(wholeNumber(value, min, max)).toBe(expected);
  });

  it.each([
    ['4', 4],
    ['4,5', 4.5],
    ['0.25', 0.25],
    ['abc', undefined],
    ['10000', undefined],
  ])('decimal %s → %s', (value, expected) => {
    expect(decimal(value, 0, 1000)).toBe(expected);
  });

  it('reads a Dutch time in winter and in summer', () => {
    expect(amsterdamMoment('2026-01-15', '14:30').toISOString()).toBe('2026-01-15T13:30:00.000Z');
    expect(amsterdamMoment('2026-07-15', '14:30').toISOString()).toBe('2026-07-15T12:30:00.000Z');
  });
});
