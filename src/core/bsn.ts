// SPDX-License-Identifier: EUPL-1.2
/**
 * Residents have no legal basis to give a BSN (domain.md §5, docs/security.md §2): the resident's form
 * never asks for one, and refuses text that contains one. A BSN is nine digits passing the 11-proef
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11), possibly written with dots or spaces.
 */

import { ValidationError } from './errors.ts';

/** Whether nine digits pass the 11-proef of a BSN. */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Whether a text contains something that is a BSN: a run of nine digits (dots, spaces or dashes
 * between them allowed) not part of a longer number. Linear: one pass, no backtracking.
 * @param text free text typed by a resident
 */
export function containsBsn(text: string): boolean {
  let digits = '';
  let pendingSeparator = false;
  const flush = () => {
    const found = digits.length === 9 && isBsn(digits);
    digits = '';
    pendingSeparator = false;
    return found;
  };
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      pendingSeparator = false;
    } else if ((ch === '.' || ch === ' ' || ch === '-') && digits.length > 0 && !pendingSeparator) {
      pendingSeparator = true;
    } else if (flush()) {
      return true;
    }
  }
  return flush();
}

/**
 * Refuses text that holds a BSN, in the service, whoever calls it (the forms say it next to the field
 * first): the fields that hold one, each with the code `bsn`.
 * @param fields the free text of a use case, by field
 * @throws {ValidationError} when any field holds a BSN
 */
export function refuseBsn(fields: Readonly<Record<string, string>>): void {
  const found = Object.entries(fields).filter(([, text]) => containsBsn(text));
  if (found.length > 0) throw new ValidationError(Object.fromEntries(found.map(([field]) => [field, 'bsn'])));
}
