// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { containsBsn, isBsn } from '#src/core/bsn.ts';
import { addressKey, nameKey } from './radar-keys.ts';
import { canonicalReceiptCode, newReceiptCode, RECEIPT_BITS, receiptHash } from './receipt.ts';

describe('receipt codes', () => {
  it('carry at least 128 random bits and are all different', () => {
    expect(RECEIPT_BITS).toBeGreaterThanOrEqual(128);
    const codes = new Set(Array.from({ length: 2000 }, newReceiptCode));
    expect(codes.size).toBe(2000);
    for (const code of [...codes].slice(0, 50))
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('use every symbol about equally often (no bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++)
      for (const ch of newReceiptCode().replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 60,000 symbols over 32: 1,875 expected each; 5 sigma is about ±210.
    for (const n of counts.values()) expect(Math.abs(n - 1875)).toBeLessThan(260);
  });

  it('forgive case, spaces, dashes and look-alike letters', () => {
    const code = newReceiptCode();
    const hash = receiptHash(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptHash(code.toLowerCase())).toBe(hash);
    expect(receiptHash(code.replace(/-/g, ' '))).toBe(hash);
    expect(canonicalReceiptCode('oooooIIIIILLLLL00000111112222 2')).toBe('000001111111111000001111122222');
  });

  it.each(['', 'ABC', 'U'.repeat(30), '0'.repeat(31), `${'0'.repeat(29)}!`, 'x'.repeat(10_000)])(
    'refuse %j',
    (typed) => {
      expect(receiptHash(typed)).toBeNull();
    },
  );

  it('never hash two different codes alike', () => {
    expect(receiptHash('0'.repeat(30))).not.toBe(receiptHash(`${'0'.repeat(29)}1`));
  });
});

describe('BSN', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
  ])('isBsn(%s) → %s', (digits, valid) => {
    expect(isBsn(digits)).toBe(valid);
  });

  it.each([
    ['Haar BSN is 111222333.', true],
    ['bsn 1112.22.333', true],
    ['111 222 333', true],
    ['111-222-333', true],
    ['telefoon 0612345678', false],
    ['rekening 1112223334', false],
    ['Ze is 3 jaar, huisnummer 12', false],
    ['123456789', false],
    ['', false],
  ])('containsBsn(%j) → %s', (text, found) => {
    expect(containsBsn(text)).toBe(found);
  });

  it('is fast on 10 kB of adversarial input (no ReDoS)', () => {
    const text = '1.'.repeat(5000);
    const start = performance.now();
    containsBsn(text);
    expect(performance.now() - start).toBeLessThan(10);
  });
});

describe('radar keys', () => {
  it.each([
    ['Tara Bakker', 'tara bakker'],
    ['  TÁRA   bakker ', 'tara bakker'],
    ["D'Souza-Bakker", 'd souza bakker'],
    ['', null],
    ['  --  ', null],
  ])('nameKey(%j) → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it.each([
    [{ street: 'Dorpsstraat 12', postcode: '3841 ab', place: 'Harderwijk' }, '3841AB 12'],
    [{ street: 'Dorpsstraat 12a', postcode: '3841AB', place: '' }, '3841AB 12a'],
    [{ street: 'Dorpsstraat 12', postcode: '', place: 'Harderwijk' }, 'dorpsstraat 12|harderwijk'],
    [{ street: 'Dorpsstraat', postcode: '3841AB', place: 'Harderwijk' }, null],
    [{ street: '', postcode: '', place: '' }, null],
  ])('addressKey(%j) → %j', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
