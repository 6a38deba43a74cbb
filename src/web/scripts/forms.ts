// SPDX-License-Identifier: EUPL-1.2
/** Form enhancements: focus the error summary on load; ignore a second click on a submit button. */

/** Moves focus to the error summary so screen readers announce the errors first. */
export function initErrorSummary(root: HTMLElement): void {
  root.focus();
  root.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    const id = link?.getAttribute('href')?.slice(1);
    const found = id ? document.getElementById(id) : null;
    // A group (a date's day, month and year) is no control itself: go to its first field.
    const target = found?.matches('input, select, textarea, button, [tabindex]')
      ? found
      : found?.querySelector<HTMLElement>('input, select, textarea');
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  });
}

/** Buttons marked data-prevent-double-click ignore clicks within a second of the first. */
export function initPreventDoubleClick(): void {
  let last = 0;
  document.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button[data-prevent-double-click]');
    if (!button) return;
    const now = Date.now();
    if (now - last < 1000) event.preventDefault();
    last = now;
  });
}
