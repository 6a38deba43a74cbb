// SPDX-License-Identifier: EUPL-1.2
/**
 * Body map input (data-module="kring-body-map"), on top of the page's own region list, which works
 * without JavaScript:
 *
 * - clicking a drawing places one pending mark there, fills the hidden side/x/y fields (viewBox
 *   units, one decimal) and chooses the region under the click in the region list;
 * - every region becomes a button named after the region: Enter or Space places the mark at the
 *   region's centre (side filled, x/y left empty: no exact spot was chosen). Each drawing is one Tab
 *   stop (roving tabindex): the arrow keys, Home and End move between its regions, so a keyboard user
 *   passes the map in two steps instead of 48 (issue 12, item 7);
 * - choosing a region in the list by hand clears x/y and moves the pending mark to that region's
 *   centre;
 * - each choice is announced in a polite live region ("linker bovenarm, Achterkant").
 */
import {
  type BodyRegionId,
  type BodySide,
  bodyRegion,
  isBodyRegion,
  isBodySide,
  regionAt,
} from '../components/body-map/body-regions.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Rounds to one decimal, as stored. */
const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** Starts the body map input on its container. */
export function initBodyMap(root: HTMLElement): void {
  const svgs = new Map<BodySide, SVGSVGElement>();
  for (const svg of Array.from(root.querySelectorAll<SVGSVGElement>('svg[data-side]'))) {
    const side = svg.dataset.side;
    if (isBodySide(side)) svgs.set(side, svg);
  }
  const field = (name: string) => root.querySelector<HTMLInputElement>(`input[data-body-map-field="${name}"]`);
  const sideInput = field('side');
  const xInput = field('x');
  const yInput = field('y');
  if (svgs.size === 0 || !sideInput || !xInput || !yInput) return;
  const regionFieldId = root.dataset.regionField;
  const found = regionFieldId ? document.getElementById(regionFieldId) : null;
  const select = found instanceof HTMLSelectElement ? found : null;
  const status = root.querySelector<HTMLElement>('[data-body-map-status]');
  const hint = root.querySelector<HTMLElement>('[data-body-map-hint]');
  if (hint) hint.hidden = false;
  root.classList.add('kring-body-map--input');

  const regionName = (side: BodySide, id: BodyRegionId): string =>
    svgs.get(side)?.querySelector(`[data-region="${id}"] title`)?.textContent ?? id;
  const sideName = (side: BodySide): string =>
    svgs.get(side)?.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';

  let pending: SVGCircleElement | undefined;
  const showPending = (side: BodySide, x: number, y: number): void => {
    const svg = svgs.get(side);
    if (!svg) return;
    if (!pending) {
      pending = document.createElementNS(SVG_NS, 'circle');
      pending.setAttribute('class', 'kring-body-map__pending');
      pending.setAttribute('r', '5');
    }
    pending.setAttribute('cx', String(x));
    pending.setAttribute('cy', String(y));
    (svg.querySelector('.kring-body-map__marks') ?? svg).appendChild(pending);
  };
  const clear = (): void => {
    pending?.remove();
    sideInput.value = '';
    xInput.value = '';
    yInput.value = '';
  };
  const announce = (side: BodySide, id: BodyRegionId): void => {
    if (status) status.textContent = `${regionName(side, id)}, ${sideName(side)}`;
  };

  /** Places the pending mark: at an exact point, or (without one) at the region's centre. */
  const place = (side: BodySide, id: BodyRegionId, point?: { x: number; y: number }): void => {
    const centre = bodyRegion(id).shapes[side]?.centroid;
    if (!centre) return;
    showPending(side, point?.x ?? centre[0], point?.y ?? centre[1]);
    sideInput.value = side;
    const choice = root.dataset.sideChoice;
    if (choice) {
      for (const radio of Array.from(
        document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(choice)}"]`),
      )) {
        radio.checked = radio.value === side;
      }
    }
    xInput.value = point ? String(point.x) : '';
    yInput.value = point ? String(point.y) : '';
    if (select) select.value = id;
    announce(side, id);
  };

  for (const [side, svg] of svgs) {
    // The drawing is now a group of buttons, not one image: role img would hide its children.
    svg.setAttribute('role', 'group');
    const shapes = Array.from(svg.querySelectorAll<SVGElement>('[data-region]')).filter((shape) =>
      isBodyRegion(shape.dataset.region),
    );
    /** Moves the drawing's one Tab stop to a region and focuses it. */
    const focusAt = (index: number): void => {
      const next = shapes[(index + shapes.length) % shapes.length];
      if (!next) return;
      for (const shape of shapes) shape.setAttribute('tabindex', shape === next ? '0' : '-1');
      next.focus();
    };
    for (const [index, shape] of shapes.entries()) {
      const id = shape.dataset.region as BodyRegionId;
      shape.setAttribute('tabindex', index === 0 ? '0' : '-1');
      shape.setAttribute('role', 'button');
      shape.setAttribute('aria-label', regionName(side, id));
      shape.addEventListener('keydown', (event) => {
        const moves: Record<string, number> = {
          ArrowRight: index + 1,
          ArrowDown: index + 1,
          ArrowLeft: index - 1,
          ArrowUp: index - 1,
          Home: 0,
          End: shapes.length - 1,
        };
        const target = moves[event.key];
        if (target !== undefined) {
          event.preventDefault();
          focusAt(target);
          return;
        }
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        place(side, id);
      });
    }
    svg.addEventListener('click', (event) => {
      const matrix = svg.getScreenCTM();
      if (!matrix) return;
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      const x = oneDecimal(p.x);
      const y = oneDecimal(p.y);
      const id = regionAt(side, x, y);
      if (id) place(side, id, { x, y });
    });
  }

  select?.addEventListener('change', () => {
    const id = select.value;
    if (!isBodyRegion(id)) {
      clear();
      if (status) status.textContent = '';
      return;
    }
    const current = sideInput.value;
    const sides = bodyRegion(id).sides;
    place(isBodySide(current) && sides.includes(current) ? current : sides[0]!, id);
  });

  // After a failed submit the page renders the values typed before: show them again.
  const initialSide = sideInput.value;
  const initialRegion = select?.value;
  if (isBodySide(initialSide) && isBodyRegion(initialRegion)) {
    const x = Number.parseFloat(xInput.value);
    const y = Number.parseFloat(yInput.value);
    const exact = Number.isFinite(x) && Number.isFinite(y) && regionAt(initialSide, x, y) === initialRegion;
    const centre = bodyRegion(initialRegion).shapes[initialSide]?.centroid;
    if (exact) showPending(initialSide, x, y);
    else if (centre) {
      showPending(initialSide, centre[0], centre[1]);
      xInput.value = '';
      yInput.value = '';
    }
  }
}
