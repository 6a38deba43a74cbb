// SPDX-License-Identifier: EUPL-1.2
/**
 * Body map: where on the body injuries were seen. Two drawings, front and back, side by side, with
 * numbered marks; the same marks are listed as text below them, so the picture is never the only
 * carrier of the information (WCAG 1.1.1).
 *
 * In input mode the component adds hidden side/x/y fields and `data-module="kring-body-map"`: with
 * JavaScript, clicking the drawing (or Enter/Space on a region) places one pending mark and chooses
 * that region in the page's own region list (`regionFieldId`). Without JavaScript the page's region
 * list does the job and the drawing only shows the marks already recorded.
 *
 * Ids are built from `idPrefix`, the side and fixed words only, never from a mark's text.
 */
import {
  BODY_REGIONS,
  BODY_SIDES,
  BODY_VIEWBOX,
  type BodyRegionId,
  type BodySide,
  bodyRegion,
} from './body-regions.ts';

/** The texts of the body map (i18n: bodyMapNl / bodyMapEn). */
export interface BodyMapLabels {
  /** Caption of the front view, e.g. "Voorkant". */
  readonly front: string;
  /** Caption of the back view, e.g. "Achterkant". */
  readonly back: string;
  /** The drawings' accessible name, together with the side's caption. */
  readonly mapName: string;
  /** Heading above the list of marks. */
  readonly marksHeading: string;
  /** Explains, once JavaScript runs, that clicking the drawing places the mark and picks the region. */
  readonly clickHint: string;
  /** Shown instead of the list when there are no marks. */
  readonly noMarks: string;
  /** The link past the drawings to the lists that do the same (keyboard users), in input mode. */
  readonly skipToLists: string;
  /** The name of every region, as the person's own left and right. */
  readonly regions: Readonly<Record<BodyRegionId, string>>;
}

/** One recorded mark. */
export interface BodyMark {
  readonly side: BodySide;
  readonly region: BodyRegionId;
  /** Where exactly, in the side's viewBox units (0–100); without x and y the mark is drawn at the region's centre. */
  readonly x?: number;
  /** Where exactly, in the side's viewBox units (0–220). */
  readonly y?: number;
  /** The short label drawn in the picture and in front of the description, e.g. "1". */
  readonly label: string;
  /** The full text, e.g. "Blauwe plek, 4 cm, blauw-paars, achterkant linker bovenarm". */
  readonly description: string;
}

/** Input mode: the names of the hidden fields the script fills, and the page's region list. */
export interface BodyMapInput {
  readonly sideName: string;
  readonly xName: string;
  readonly yName: string;
  /** The id of the page's own region <select> (option values are region ids). */
  readonly regionFieldId: string;
  /** The name of the page's own front/back radios, if any: a click on a drawing ticks its side there. */
  readonly sideChoiceName?: string;
  /** The id of the first field of the page's own lists, where the skip link past the drawings goes. */
  readonly skipTo?: string;
  /** Values typed before (kept after a failed submit). */
  readonly value?: { readonly side?: BodySide; readonly x?: number; readonly y?: number };
}

/** Parameters of {@link BodyMap}. */
export interface BodyMapParams {
  readonly labels: BodyMapLabels;
  readonly marks: readonly BodyMark[];
  readonly input?: BodyMapInput;
  /** Prefix of every id in the component; the outer element gets exactly this id. */
  readonly idPrefix: string;
}

/** Radius of a drawn mark, in viewBox units. */
const MARK_RADIUS = 5;

/** Small offsets for marks that would land on exactly the same spot (several marks at one centre). */
const SPREAD: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0, 10],
  [0, -10],
  [10, 0],
  [-10, 0],
  [0, 20],
  [0, -20],
];

const clamp = (n: number, max: number): number => Math.min(Math.max(n, 0), max);

const pointsAttribute = (points: ReadonlyArray<readonly [number, number]>): string =>
  points.map(([x, y]) => `${x},${y}`).join(' ');

/** Where each mark is drawn: its own x/y, or its region's centre on its side (spread when they coincide). */
function placeMarks(marks: readonly BodyMark[]): Array<BodyMark & { drawSide: BodySide; cx: number; cy: number }> {
  const taken = new Map<string, number>();
  return marks.map((mark) => {
    const region = bodyRegion(mark.region);
    const exact = Number.isFinite(mark.x) && Number.isFinite(mark.y);
    const drawSide = exact || region.shapes[mark.side] ? mark.side : region.sides[0]!;
    let [cx, cy] = exact ? [mark.x!, mark.y!] : region.shapes[drawSide]!.centroid;
    const key = `${drawSide} ${cx} ${cy}`;
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    const [dx, dy] = SPREAD[n % SPREAD.length]!;
    cx = clamp(cx + dx, BODY_VIEWBOX.width);
    cy = clamp(cy + dy, BODY_VIEWBOX.height);
    return { ...mark, drawSide, cx, cy };
  });
}

/** The body map: front and back drawings with numbered marks, and the marks as a list. */
export function BodyMap(p: BodyMapParams): JSX.Element {
  const placed = placeMarks(p.marks);
  const headingId = `${p.idPrefix}-marks-heading`;
  return (
    <div
      class="kring-body-map"
      id={p.idPrefix}
      data-module={p.input ? 'kring-body-map' : undefined}
      data-region-field={p.input?.regionFieldId}
      data-side-choice={p.input?.sideChoiceName}
    >
      {p.input?.skipTo ? (
        <a class="utrecht-link kring-body-map__skip" href={`#${p.input.skipTo}`} safe>
          {p.labels.skipToLists}
        </a>
      ) : (
        ''
      )}
      {p.input ? (
        <p class="utrecht-paragraph kring-body-map__hint" hidden data-body-map-hint safe>
          {p.labels.clickHint}
        </p>
      ) : (
        ''
      )}
      <div class="kring-body-map__figures">
        {BODY_SIDES.map((side) => {
          const captionId = `${p.idPrefix}-${side}-caption`;
          return (
            <figure class="kring-body-map__figure">
              <figcaption class="kring-body-map__caption" id={captionId} safe>
                {p.labels[side]}
              </figcaption>
              <svg
                class="kring-body-map__svg"
                viewBox={`0 0 ${BODY_VIEWBOX.width} ${BODY_VIEWBOX.height}`}
                role="img"
                data-side={side}
              >
                <title safe>{`${p.labels.mapName}: ${p.labels[side]}`}</title>
                <g class="kring-body-map__regions">
                  {BODY_REGIONS.filter((r) => r.shapes[side]).map((r) => (
                    <polygon
                      class="kring-body-map__region"
                      points={pointsAttribute(r.shapes[side]!.points)}
                      data-region={r.id}
                    >
                      <title safe>{p.labels.regions[r.id]}</title>
                    </polygon>
                  ))}
                </g>
                <g class="kring-body-map__marks">
                  {placed
                    .filter((m) => m.drawSide === side)
                    .map((m) => (
                      <g class="kring-body-map__mark">
                        <circle class="kring-body-map__mark-dot" cx={m.cx} cy={m.cy} r={MARK_RADIUS} />
                        <text
                          class="kring-body-map__mark-label"
                          x={m.cx}
                          y={m.cy}
                          text-anchor="middle"
                          dominant-baseline="central"
                          safe
                        >
                          {m.label}
                        </text>
                      </g>
                    ))}
                </g>
              </svg>
            </figure>
          );
        })}
      </div>
      {p.input ? (
        <div class="kring-body-map__input">
          <p class="kring-visually-hidden" role="status" data-body-map-status></p>
          <input type="hidden" name={p.input.sideName} value={p.input.value?.side ?? ''} data-body-map-field="side" />
          <input type="hidden" name={p.input.xName} value={String(p.input.value?.x ?? '')} data-body-map-field="x" />
          <input type="hidden" name={p.input.yName} value={String(p.input.value?.y ?? '')} data-body-map-field="y" />
        </div>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph kring-body-map__marks-heading" id={headingId} safe>
        {p.labels.marksHeading}
      </p>
      {p.marks.length ? (
        <ol class="kring-body-map__list" aria-labelledby={headingId}>
          {p.marks.map((m) => (
            <li class="kring-body-map__item">
              <span class="kring-body-map__item-label" safe>
                {m.label}
              </span>{' '}
              <span class="kring-body-map__item-text" safe>
                {m.description}
              </span>
            </li>
          ))}
        </ol>
      ) : p.input ? (
        ''
      ) : (
        <p class="utrecht-paragraph kring-body-map__empty" safe>
          {p.labels.noMarks}
        </p>
      )}
    </div>
  );
}
