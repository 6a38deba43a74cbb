// SPDX-License-Identifier: EUPL-1.2
/**
 * Quick exit ("Snel weg"), after GOV.UK Frontend's Exit this page.
 *
 * - Clicking the button or the skip link shows a full-page overlay at once (the page's content is
 *   hidden before anything else happens) and replaces the current history entry with the neutral
 *   site, so Back does not come back here.
 * - Pressing Shift three times within 5 seconds does the same; after each press a live region says
 *   how many times it was pressed, and three dots show it.
 * - On `pageshow` from the back/forward cache the overlay is removed, so no blank page is left.
 */

const SHIFT_TIMEOUT_MS = 5000;

/** Starts the quick exit on its container. */
export function initQuickExit(root: HTMLElement): void {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-kring-exit-link]'));
  const button = root.querySelector<HTMLAnchorElement>('a[data-kring-exit-link]');
  if (!button) return;
  const exitUrl = button.href;

  const indicator = document.createElement('div');
  indicator.className = 'kring-exit__indicator';
  indicator.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < 3; i++) indicator.appendChild(document.createElement('span')).className = 'kring-exit__light';
  root.appendChild(indicator);

  const live = document.createElement('div');
  live.className = 'kring-visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.appendChild(live);

  let overlay: HTMLElement | undefined;
  let presses = 0;
  let timer: number | undefined;

  const showIndicator = (count: number): void => {
    indicator.classList.toggle('kring-exit__indicator--visible', count > 0);
    indicator.querySelectorAll('span').forEach((light, i) => {
      light.classList.toggle('kring-exit__light--on', i < count);
    });
  };

  const reset = (announce: boolean): void => {
    presses = 0;
    if (timer) window.clearTimeout(timer);
    timer = undefined;
    showIndicator(0);
    live.textContent = announce ? (root.dataset.timedOut ?? '') : '';
  };

  const leave = (): void => {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.className = 'kring-exit__overlay';
      overlay.setAttribute('role', 'alert');
      overlay.textContent = root.dataset.overlay ?? '';
      document.body.appendChild(overlay);
    }
    document.body.classList.add('kring-exit--leaving');
    overlay.hidden = false;
    live.textContent = root.dataset.leaving ?? '';
    window.location.replace(exitUrl);
  };

  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });
  }

  // Only a Shift pressed and released on its own counts, as in GOV.UK (lastKeyWasModified): a Shift
  // held to type a capital letter, or with any other key, does not; any other key resets the count.
  let shiftAlone = false;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Shift') {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
  });

  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift' || !shiftAlone) {
      if (presses > 0) reset(false);
      return;
    }
    shiftAlone = false;
    presses += 1;
    showIndicator(presses);
    if (presses >= 3) {
      reset(false);
      leave();
      return;
    }
    // getAttribute, not dataset: `data-shift-1` is `dataset['shift-1']` (a dash before a digit is
    // not camel-cased), so `dataset.shift1` is undefined.
    live.textContent = root.getAttribute(presses === 1 ? 'data-shift-1' : 'data-shift-2') ?? '';
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(() => reset(true), SHIFT_TIMEOUT_MS);
  });

  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    document.body.classList.remove('kring-exit--leaving');
    if (overlay) overlay.hidden = true;
    reset(false);
  });
}
