// SPDX-License-Identifier: EUPL-1.2
/** The body map's regions: every centre hits its own region, the outside hits none, left and right mirror. */
import { describe, expect, it } from 'vitest';
import { bodyMapEn } from '../../i18n/body-map.en.ts';
import { bodyMapNl } from '../../i18n/body-map.nl.ts';
import {
  BODY_REGION_IDS,
  BODY_REGIONS,
  BODY_SIDES,
  BODY_VIEWBOX,
  type BodyRegionId,
  bodyRegion,
  isBodyRegion,
  isBodySide,
  regionAt,
} from './body-regions.ts';

const everyShape = BODY_REGIONS.flatMap((r) => r.sides.map((side) => [r.id, side, r.shapes[side]!] as const));

describe('BODY_REGIONS', () => {
  it('has exactly the region ids, once each, in their order', () => {
    expect(BODY_REGIONS.map((r) => r.id)).toEqual([...BODY_REGION_IDS]);
  });

  it.each(BODY_REGIONS.map((r) => [r.id, r] as const))('%s has a shape on exactly its sides', (_id, r) => {
    expect(r.sides.length).toBeGreaterThan(0);
    for (const side of BODY_SIDES) expect(Boolean(r.shapes[side])).toBe(r.sides.includes(side));
  });

  it('puts the front-only and back-only regions on their side', () => {
    for (const id of ['face', 'chest', 'abdomen', 'genitalArea'] as const)
      expect(bodyRegion(id).sides).toEqual(['front']);
    for (const id of ['backOfHead', 'upperBack', 'lowerBack', 'buttocks'] as const) {
      expect(bodyRegion(id).sides).toEqual(['back']);
    }
  });

  it.each(everyShape)('%s (%s) lies inside the viewBox', (_id, _side, shape) => {
    for (const [x, y] of shape.points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(BODY_VIEWBOX.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(BODY_VIEWBOX.height);
    }
  });
});

describe('regionAt', () => {
  it.each(everyShape)('the centre of %s on the %s is in that region', (id, side, shape) => {
    expect(regionAt(side, shape.centroid[0], shape.centroid[1])).toBe(id);
  });

  it.each([
    ['front', 2, 2],
    ['back', 98, 218],
    ['front', 50, 140], // between the legs
    ['back', 50, 170],
    ['front', 28, 100], // between the right arm and the trunk
    ['back', 5, 60],
    ['front', -10, 50],
    ['front', 50, 300],
    ['front', Number.NaN, 50],
    ['back', 50, Number.POSITIVE_INFINITY],
  ] as const)('on the %s, (%s, %s) is not on the body', (side, x, y) => {
    expect(regionAt(side, x, y)).toBeUndefined();
  });

  it.each([
    ['front', 50, 5.5, 'head'],
    ['front', 50, 20, 'face'],
    ['back', 50, 20, 'backOfHead'],
    ['front', 50, 60, 'chest'],
    ['back', 50, 60, 'upperBack'],
    ['front', 50, 118, 'genitalArea'],
    ['back', 50, 118, 'buttocks'],
  ] as const)('on the %s, (%s, %s) is the %s', (side, x, y, id) => {
    expect(regionAt(side, x, y)).toBe(id);
  });
});

describe("left and right are the person's own", () => {
  const pairs = BODY_REGION_IDS.filter((id) => id.endsWith('Left')).map(
    (left) => [left, left.replace(/Left$/, 'Right') as BodyRegionId] as const,
  );

  it('every left region has a right one', () => {
    expect(pairs.length).toBe(9);
    for (const [, right] of pairs) expect(isBodyRegion(right)).toBe(true);
  });

  it.each(pairs)("%s is on the viewer's right at the front and on the viewer's left at the back", (left, right) => {
    const l = bodyRegion(left);
    const r = bodyRegion(right);
    expect(l.shapes.front!.centroid[0]).toBeGreaterThan(50);
    expect(l.shapes.back!.centroid[0]).toBeLessThan(50);
    expect(r.shapes.front!.centroid[0]).toBeLessThan(50);
    expect(r.shapes.back!.centroid[0]).toBeGreaterThan(50);
  });

  it.each(pairs)('%s mirrors between front and back (as does %s)', (left, right) => {
    for (const id of [left, right]) {
      const { front, back } = bodyRegion(id).shapes;
      const [x, y] = front!.centroid;
      expect(regionAt('front', x, y)).toBe(id);
      // The same spot on the body, seen from behind, is mirrored around the centre line.
      expect(regionAt('back', 100 - x, y)).toBe(id);
      expect(regionAt('back', back!.centroid[0], back!.centroid[1])).toBe(id);
    }
  });

  it('a point on the left half of both pictures is the right arm at the front and the left arm at the back', () => {
    expect(regionAt('front', 20, 100)).toBe('forearmRight');
    expect(regionAt('back', 20, 100)).toBe('forearmLeft');
    expect(regionAt('front', 80, 100)).toBe('forearmLeft');
    expect(regionAt('back', 80, 100)).toBe('forearmRight');
  });
});

describe('the region names', () => {
  it.each(BODY_REGION_IDS.map((id) => [id] as const))('%s has a Dutch and an English name', (id) => {
    expect(bodyMapNl.regions[id].trim()).not.toBe('');
    expect(bodyMapEn.regions[id].trim()).not.toBe('');
  });

  it('have no names for regions that do not exist, and no name twice', () => {
    for (const labels of [bodyMapNl, bodyMapEn]) {
      expect(Object.keys(labels.regions).sort()).toEqual([...BODY_REGION_IDS].sort());
      expect(new Set(Object.values(labels.regions)).size).toBe(BODY_REGION_IDS.length);
    }
  });

  it('say left and right as the person does, in both languages', () => {
    for (const id of BODY_REGION_IDS) {
      if (id.endsWith('Left')) {
        expect(bodyMapNl.regions[id]).toMatch(/^linker /);
        expect(bodyMapEn.regions[id]).toMatch(/^left /);
      }
      if (id.endsWith('Right')) {
        expect(bodyMapNl.regions[id]).toMatch(/^rechter /);
        expect(bodyMapEn.regions[id]).toMatch(/^right /);
      }
    }
  });

  it('English has exactly the keys of Dutch', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(bodyMapEn)).toEqual(keys(bodyMapNl));
  });
});

describe('isBodyRegion and isBodySide', () => {
  it('accept only known ids', () => {
    expect(isBodyRegion('upperArmLeft')).toBe(true);
    expect(isBodyRegion('toString')).toBe(false);
    expect(isBodyRegion('<script>')).toBe(false);
    expect(isBodyRegion(undefined)).toBe(false);
    expect(isBodySide('front')).toBe(true);
    expect(isBodySide('side')).toBe(false);
  });
});
