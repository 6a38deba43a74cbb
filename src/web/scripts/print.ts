// SPDX-License-Identifier: EUPL-1.2
/**
 * The print button (data-module="kring-print"): rendered `hidden`, shown only when this script runs,
 * and then opens the browser's print dialog. Without JavaScript the browser's own print command
 * prints the same page (the print stylesheet leaves out header, navigation and buttons).
 */

/** Un-hides the print button and prints the page on click. */
export function initPrint(root: HTMLElement): void {
  root.hidden = false;
  root.addEventListener('click', (event) => {
    event.preventDefault();
    window.print();
  });
}
