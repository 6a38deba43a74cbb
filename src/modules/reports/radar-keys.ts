// SPDX-License-Identifier: EUPL-1.2
/**
 * The radar's keys (domain.md §3 Radarfunctie): earlier reports about the same person or household
 * are found by a normalised name with a date of birth, or by a normalised address. Normalising is
 * lower case, accents removed, punctuation and repeated spaces dropped; a Dutch postcode with a house
 * number is the address key when given, otherwise street, number and place.
 */

/** A name as a radar key ("  Tára  Bakker " → "tara bakker"), or null when empty. */
export function nameKey(name: string): string | null {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? null : key;
}

/**
 * An address as a radar key, or null when too little is given to match on.
 * @param address street and house number, postcode and place (each may be empty)
 */
export function addressKey(address: { street: string; postcode: string; place: string }): string | null {
  const postcode = address.postcode.toUpperCase().replace(/\s+/g, '');
  const number = /(\d+)\s*([a-zA-Z]?)\b/.exec(address.street);
  const house = number ? `${number[1]}${(number[2] ?? '').toLowerCase()}` : '';
  if (/^\d{4}[A-Z]{2}$/.test(postcode) && house) return `${postcode} ${house}`;
  const street = nameKey(address.street);
  const place = nameKey(address.place);
  return street && house && place ? `${street}|${place}` : null;
}
