// SPDX-License-Identifier: EUPL-1.2
/** Kring's views are synchronous: this turns a rendered JSX element into its string, or fails loudly. */

/**
 * The HTML of a rendered element.
 * @param element what a Kita component returned
 * @throws {TypeError} when a component was asynchronous (Kring's views never are)
 */
export function toHtml(element: JSX.Element): string {
  if (typeof element !== 'string') throw new TypeError('Kring views must render synchronously');
  return element;
}
