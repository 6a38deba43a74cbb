// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

const HOME = '/mijn-kring';

/** Percent-encodes a character as UTF-8 (`\t` → `%09`, U+0085 → `%C2%85`). */
const encoded = (ch: string) =>
  [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
/** The encoding encoded once more (`%09` → `%2509`). */
const doubleEncoded = (ch: string) => encoded(ch).replaceAll('%', '%25');

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i));
const CONTROLS = [...C0, '\x7f', ...C1];

describe('safeReturnPath', () => {
  it.each([
    ['/zorgen', '/zorgen'],
    ['/zorgen/3f6c1a52-7c1e-4e0b-9d55-0a1b2c3d4e5f/melden', '/zorgen/3f6c1a52-7c1e-4e0b-9d55-0a1b2c3d4e5f/melden'],
    ['/en/account', '/en/account'],
    ['/beheer/gebruikers?pagina=2&zoek=de%20vries', '/beheer/gebruikers?pagina=2&zoek=de%20vries'],
    ['/', '/'],
  ])('keeps the local path %s', (value, expected) => {
    expect(safeReturnPath(value, HOME)).toBe(expected);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/inloggen'],
    ['slash backslash', '/\\evil.example'],
    ['backslash first', '\\\\evil.example'],
    ['a backslash further on', '/zorgen\\..\\evil'],
    ['slash, tab, slash (the probe)', '/\t/evil.example'],
    ['encoded slash', '/%2F/evil.example'],
    ['encoded slash, lower case', '/%2f/evil.example'],
    ['double-encoded slash', '/%252F/evil.example'],
    ['triple-encoded slash', '/%25252F/evil.example'],
    ['encoded backslash', '/%5Cevil.example'],
    ['double-encoded backslash', '/%255Cevil.example'],
    ['no leading slash', 'zorgen'],
    ['javascript', 'javascript:alert(1)'],
    ['a euro sign', '/zorgen/€'],
    ['an ideographic full stop', '/evil。example'],
    ['a broken encoding', '/zorgen/%E0%A4%A'],
    ['empty', ''],
    ['too long', `/${'a'.repeat(500)}`],
    ['not a string', 42],
    ['missing', undefined],
  ])('refuses %s', (_name, value) => {
    expect(safeReturnPath(value, HOME)).toBe(HOME);
  });

  it('refuses every C0 and C1 control character and DEL, raw, encoded and double-encoded', () => {
    const accepted: string[] = [];
    for (const ch of CONTROLS) {
      for (const form of [ch, encoded(ch), doubleEncoded(ch)]) {
        for (const value of [`/${form}/evil.example`, `/zorgen${form}`, `${form}/zorgen`]) {
          if (safeReturnPath(value, HOME) !== HOME) accepted.push(JSON.stringify(value));
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(CONTROLS).toHaveLength(65);
  });
});
