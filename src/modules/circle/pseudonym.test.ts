// SPDX-License-Identifier: EUPL-1.2
/**
 * The pseudonym of a BSN (ADR 0031). The expected values are computed outside Kring, with openssl:
 *   printf 'kring:circle:bsn:111222333' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0101…01 -binary | base64
 * (then base64url without padding), and for v2 the same over 'kring:circle:rekey:' ‖ the v1 value
 * with the key 0202…02.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CircleKeys } from '#src/config.ts';
import { validBsn } from '#test/fixtures/bsn.ts';
import { InvalidBsnError, keyCheck, liftPseudonym, normalizeBsn, pseudonym } from './pseudonym.ts';

const keysOf = (...bytes: number[]) =>
  new CircleKeys(new Map(bytes.map((b, i) => [i + 1, Buffer.alloc(32, b)] as const)));
const v1 = keysOf(0x01);
const v2 = keysOf(0x01, 0x02);
const other = keysOf(0x09);

const P1_111222333 = 'SHpu2jY98YlAEhWwy_-h0jW8NOoG16OqkbqrIxA1PDM';
const P2_111222333 = 'vYBjuJYJ0AAVTekxxXICE21wFM6Lg2nGx-tX7iHxnwk';
const P1_123456782 = 'IEEp0QtYHXLolXrp72UQ7ac6CifEnhRITIVtQUE_s_E';
const OTHER_111222333 = 'th6PGEBXJdHzFDyg-29qEJqjOVaXoaRw4qGWzRP1soc';

describe('pseudonym', () => {
  it.each([
    ['v1, v1 only configured', v1, '111222333', undefined, { version: 1, value: P1_111222333 }],
    ['v1 of a chain', v2, '111222333', 1, { version: 1, value: P1_111222333 }],
    ['v2 (newest by default)', v2, '111222333', undefined, { version: 2, value: P2_111222333 }],
    ['another BSN', v1, '123456782', 1, { version: 1, value: P1_123456782 }],
    ['with dots', v1, '111.222.333', 1, { version: 1, value: P1_111222333 }],
    ['with spaces and a dash', v1, ' 111 222-333 ', 1, { version: 1, value: P1_111222333 }],
    ['under another key', other, '111222333', 1, { version: 1, value: OTHER_111222333 }],
  ])('%s', (_name, keys, bsn, version, expected) => {
    expect(pseudonym(keys, bsn, version)).toEqual(expected);
  });

  it.each([
    ['fails the 11-proef', '111222334'],
    ['eight digits', '11122233'],
    ['ten digits', '1112223330'],
    ['all zeros', '000000000'],
    ['letters', '11122233a'],
    ['empty', ''],
    ['a long text', `${'1'.repeat(30)}`],
  ])('refuses a BSN that %s, without repeating it', (_name, bsn) => {
    expect(() => pseudonym(v1, bsn)).toThrow(InvalidBsnError);
    try {
      pseudonym(v1, bsn);
    } catch (err) {
      if (bsn !== '') expect(String((err as Error).message)).not.toContain(bsn);
      expect(JSON.stringify(err)).not.toContain(bsn || 'x');
    }
  });

  it.each([0, 3, 1.5, -1])('refuses key version %s', (version) => {
    expect(() => pseudonym(v2, '111222333', version)).toThrow(RangeError);
  });

  it('lifts a stored v1 pseudonym to v2 without the BSN', () => {
    expect(liftPseudonym(v2, { version: 1, value: P1_111222333 }, 2)).toEqual({ version: 2, value: P2_111222333 });
    expect(liftPseudonym(v2, { version: 2, value: P2_111222333 }, 2)).toEqual({ version: 2, value: P2_111222333 });
    expect(() => liftPseudonym(v2, { version: 2, value: P2_111222333 }, 1)).toThrow(/Cannot lower/);
    expect(() => liftPseudonym(v1, { version: 1, value: P1_111222333 }, 2)).toThrow(RangeError);
  });

  it('has a key check per version, outside openssl computed as the chain over a constant', () => {
    expect(keyCheck(v2, 1)).toBe('ZMQXxMf6nRb1pYGJJus9npZ105kO0vrSh5hJE_8cF1A');
    expect(keyCheck(v2)).toBe('C0GWpBbanPRKnHsecyww3PMJf5XixjUZvqyr8fTXX8U');
    expect(keyCheck(other)).not.toBe(keyCheck(v1));
  });

  it('normalises separators and refuses anything else', () => {
    expect(normalizeBsn('111.222.333')).toBe('111222333');
    expect(normalizeBsn('111222334')).toBeNull();
    expect(normalizeBsn(`111222333${' '.repeat(20)}`)).toBeNull();
  });

  it('for any valid BSN: lifting v1 gives v2; another key never gives the same value', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => {
        const p1 = pseudonym(v2, bsn, 1);
        expect(liftPseudonym(v2, p1, 2)).toEqual(pseudonym(v2, bsn, 2));
        expect(pseudonym(other, bsn).value).not.toBe(p1.value);
        expect(p1.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(p1.value).not.toContain(bsn);
      }),
      { numRuns: 2000 },
    );
  });
});
