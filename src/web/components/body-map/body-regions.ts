// SPDX-License-Identifier: EUPL-1.2
/**
 * The regions of the body map: a simple, neutral standing figure, arms slightly away from the body,
 * seen from the front and from the back. Each side is drawn in an SVG viewBox of 0 0 100 220.
 *
 * "Left" and "right" are always the PERSON's left and right. Seen from the front, the person's left
 * is on the viewer's right; seen from the back, it is on the viewer's left. Every limb is described
 * once, on the viewer's left half, and mirrored: on the front view that shape is the person's right,
 * on the back view the person's left.
 *
 * The shapes only share edges, they do not overlap, and every shape is a polygon so that
 * {@link regionAt} is one plain point-in-polygon test. Pure data and pure functions: the server
 * renders these shapes and the browser script uses the same module for its hit test.
 */

/** The two views of the body. */
export const BODY_SIDES = ['front', 'back'] as const;

/** A view of the body: `front` or `back`. */
export type BodySide = (typeof BODY_SIDES)[number];

/** Every region id, in reading order: top to bottom, the person's left before the right. */
export const BODY_REGION_IDS = [
  'head',
  'face',
  'backOfHead',
  'neck',
  'shoulderLeft',
  'shoulderRight',
  'chest',
  'upperBack',
  'abdomen',
  'lowerBack',
  'genitalArea',
  'buttocks',
  'upperArmLeft',
  'upperArmRight',
  'elbowLeft',
  'elbowRight',
  'forearmLeft',
  'forearmRight',
  'handLeft',
  'handRight',
  'thighLeft',
  'thighRight',
  'kneeLeft',
  'kneeRight',
  'lowerLegLeft',
  'lowerLegRight',
  'footLeft',
  'footRight',
] as const;

/** The id of one region; stored with a mark and used as the value of the region list's options. */
export type BodyRegionId = (typeof BODY_REGION_IDS)[number];

/** A point in the viewBox of one side: x from 0 to 100, y from 0 to 220. */
export type BodyPoint = readonly [x: number, y: number];

/** A region's shape on one side: a closed polygon and a point inside it where a mark goes by default. */
export interface BodyShape {
  readonly points: readonly BodyPoint[];
  /** The polygon's centre of area (inside it for every region); where a mark without x/y is drawn. */
  readonly centroid: BodyPoint;
}

/** One region: its id, the sides it can be seen on and its shape on each of those sides. */
export interface BodyRegion {
  readonly id: BodyRegionId;
  readonly sides: readonly BodySide[];
  readonly shapes: Readonly<Partial<Record<BodySide, BodyShape>>>;
}

/** The size of each side's viewBox. */
export const BODY_VIEWBOX = { width: 100, height: 220 } as const;

const round = (n: number): number => Math.round(n * 100) / 100;

/** Points on an ellipse from one angle to another (degrees, SVG orientation: 90 is straight down). */
function arc(cx: number, cy: number, rx: number, ry: number, from: number, to: number, step = 5): BodyPoint[] {
  const points: BodyPoint[] = [];
  for (let a = from; a <= to + 1e-9; a += step) {
    const t = (a * Math.PI) / 180;
    points.push([round(cx + rx * Math.cos(t)), round(cy + ry * Math.sin(t))]);
  }
  return points;
}

/** The centre of area of a simple polygon (shoelace formula), rounded to one decimal. */
function centroidOf(points: readonly BodyPoint[]): BodyPoint {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return [Math.round((cx / (6 * area)) * 10) / 10, Math.round((cy / (6 * area)) * 10) / 10];
}

const shape = (points: readonly BodyPoint[]): BodyShape => ({ points, centroid: centroidOf(points) });

/** The same polygon seen in a mirror around the vertical centre line (x = 50). */
const mirror = (points: readonly BodyPoint[]): BodyPoint[] =>
  points.map(([x, y]): BodyPoint => [round(BODY_VIEWBOX.width - x), y]).reverse();

/** Joins a polygon's viewer-left half (top to bottom) with its mirror image into one closed outline. */
function symmetric(leftHalf: readonly BodyPoint[]): BodyPoint[] {
  const same = (a: BodyPoint | undefined, b: BodyPoint | undefined) => a?.[0] === b?.[0] && a?.[1] === b?.[1];
  const right = mirror(leftHalf);
  if (same(leftHalf.at(-1), right[0])) right.shift();
  if (same(leftHalf[0], right.at(-1))) right.pop();
  return [...leftHalf, ...right];
}

// The head: an ellipse, split into the top of the head (above a chord at about y = 10) and the face
// or back of the head below it. The neck's upper edge follows the same ellipse points (the chin).
const HEAD = { cx: 50, cy: 17, rx: 10, ry: 12.5 } as const;
const headTop = arc(HEAD.cx, HEAD.cy, HEAD.rx, HEAD.ry, -145, -35);
const headRest = arc(HEAD.cx, HEAD.cy, HEAD.rx, HEAD.ry, -35, 215);
const neck = [...arc(HEAD.cx, HEAD.cy, HEAD.rx, HEAD.ry, 65, 115), [43.5, 38], [56.5, 38]] as BodyPoint[];

// The trunk, as viewer-left halves from the centre line, mirrored into whole shapes.
const chest = symmetric([
  [43.5, 38],
  [37, 39.5],
  [35, 48],
  [33.5, 55],
  [33, 59],
  [34, 70],
  [34.5, 78],
]);
const abdomen = symmetric([
  [34.5, 78],
  [35, 88],
  [34, 98],
  [33, 106],
  [33.2, 110],
  [43, 114],
]);
const lowerBack = symmetric([
  [34.5, 78],
  [35, 88],
  [34, 98],
  [33.3, 104],
]);
const genitalArea: BodyPoint[] = [
  [43, 114],
  [57, 114],
  [54.5, 121],
  [50, 125],
  [45.5, 121],
];
const buttocks = symmetric([
  [33.3, 104],
  [33.2, 110],
  [33, 122],
  [34.5, 128],
  [42, 131],
  [50, 128],
]);

// The limbs, drawn on the viewer's left half.
const shoulder: BodyPoint[] = [
  [37, 39.5],
  [32, 41.2],
  [28, 44],
  [26, 47.5],
  [25.5, 52],
  [29.5, 53.5],
  [33.5, 55],
  [35, 48],
];
const upperArm: BodyPoint[] = [
  [25.5, 52],
  [29.5, 53.5],
  [33.5, 55],
  [33, 59],
  [28, 80],
  [21, 80],
  [22.5, 66],
];
const elbow: BodyPoint[] = [
  [21, 80],
  [28, 80],
  [26.8, 89],
  [19.4, 89],
];
const forearm: BodyPoint[] = [
  [19.4, 89],
  [26.8, 89],
  [24.5, 103],
  [21.8, 116],
  [15.2, 116],
  [17, 102],
];
const hand: BodyPoint[] = [
  [15.2, 116],
  [21.8, 116],
  [22.6, 122],
  [22.2, 128],
  [20.4, 133.5],
  [17.6, 135.5],
  [14.6, 134.5],
  [12.9, 130],
  [12.8, 123.5],
];
const thighFront: BodyPoint[] = [
  [33.2, 110],
  [43, 114],
  [45.5, 121],
  [50, 125],
  [48.5, 140],
  [47, 156],
  [37, 156],
  [34.5, 140],
  [33, 122],
];
const thighBack: BodyPoint[] = [
  [33, 122],
  [34.5, 128],
  [42, 131],
  [50, 128],
  [48.5, 140],
  [47, 156],
  [37, 156],
  [34.5, 140],
];
const knee: BodyPoint[] = [
  [37, 156],
  [47, 156],
  [46.8, 167],
  [37.5, 167],
];
const lowerLeg: BodyPoint[] = [
  [37.5, 167],
  [46.8, 167],
  [46.5, 178],
  [45.5, 192],
  [45, 201],
  [40, 201],
  [38.5, 192],
  [36.8, 177],
];
const foot: BodyPoint[] = [
  [40, 201],
  [45, 201],
  [45.6, 206],
  [46.2, 210.5],
  [45.2, 213.5],
  [40, 213.5],
  [36.8, 212.6],
  [37.2, 209],
  [39.4, 205],
];

const region = (id: BodyRegionId, front: readonly BodyPoint[] | null, back: readonly BodyPoint[] | null) => {
  const shapes: Partial<Record<BodySide, BodyShape>> = {};
  if (front) shapes.front = shape(front);
  if (back) shapes.back = shape(back);
  return { id, sides: BODY_SIDES.filter((s) => shapes[s]), shapes } satisfies BodyRegion;
};

/**
 * A pair of limb regions from one viewer-left polygon per side. On the front view the viewer's left
 * is the person's right; on the back view it is the person's left.
 */
const limbs = (
  left: BodyRegionId,
  right: BodyRegionId,
  front: readonly BodyPoint[],
  back: readonly BodyPoint[] = front,
): BodyRegion[] => [region(left, mirror(front), back), region(right, front, mirror(back))];

/** Every region with its shapes, in the order of {@link BODY_REGION_IDS}. */
export const BODY_REGIONS: readonly BodyRegion[] = [
  region('head', headTop, headTop),
  region('face', headRest, null),
  region('backOfHead', null, headRest),
  region('neck', neck, neck),
  ...limbs('shoulderLeft', 'shoulderRight', shoulder),
  region('chest', chest, null),
  region('upperBack', null, chest),
  region('abdomen', abdomen, null),
  region('lowerBack', null, lowerBack),
  region('genitalArea', genitalArea, null),
  region('buttocks', null, buttocks),
  ...limbs('upperArmLeft', 'upperArmRight', upperArm),
  ...limbs('elbowLeft', 'elbowRight', elbow),
  ...limbs('forearmLeft', 'forearmRight', forearm),
  ...limbs('handLeft', 'handRight', hand),
  ...limbs('thighLeft', 'thighRight', thighFront, thighBack),
  ...limbs('kneeLeft', 'kneeRight', knee),
  ...limbs('lowerLegLeft', 'lowerLegRight', lowerLeg),
  ...limbs('footLeft', 'footRight', foot),
];

const BY_ID = new Map<string, BodyRegion>(BODY_REGIONS.map((r) => [r.id, r]));

/**
 * Whether a value is a region id (for form input and stored data).
 * @param id any value
 */
export function isBodyRegion(id: unknown): id is BodyRegionId {
  return typeof id === 'string' && BY_ID.has(id);
}

/**
 * Whether a value is a side (`front` or `back`).
 * @param side any value
 */
export function isBodySide(side: unknown): side is BodySide {
  return side === 'front' || side === 'back';
}

/**
 * A region's data.
 * @param id a region id
 */
export function bodyRegion(id: BodyRegionId): BodyRegion {
  return BY_ID.get(id)!;
}

/** Whether a point lies inside a polygon (even-odd ray casting). */
function inside(points: readonly BodyPoint[], x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/**
 * The region under a point of one side's picture.
 * @param side the side the point is on
 * @param x the point's x in viewBox units (0–100)
 * @param y the point's y in viewBox units (0–220)
 * @returns the region's id, or undefined when the point is not on the body
 */
export function regionAt(side: BodySide, x: number, y: number): BodyRegionId | undefined {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  // Backwards, so that if shapes ever overlapped, the one drawn last (on top) would win.
  for (let i = BODY_REGIONS.length - 1; i >= 0; i--) {
    const r = BODY_REGIONS[i]!;
    const s = r.shapes[side];
    if (s && inside(s.points, x, y)) return r.id;
  }
  return undefined;
}
