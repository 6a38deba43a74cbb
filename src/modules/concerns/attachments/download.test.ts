// SPDX-License-Identifier: EUPL-1.2
/** The download headers: always an attachment, never sniffed or cached, and a name that cannot break the header. */
import { describe, expect, it } from 'vitest';
import { asciiFileName, attachmentHeaders, contentDisposition, encodeRfc5987 } from './download.ts';

describe('attachmentHeaders', () => {
  it('makes every download an attachment that is not sniffed, sandboxed, not cached and not embeddable', () => {
    expect(attachmentHeaders({ mediaType: 'application/pdf', displayName: 'Verslag gesprek.pdf', size: 1234 })).toEqual(
      {
        'Content-Type': 'application/pdf',
        'Content-Length': '1234',
        'Content-Disposition': `attachment; filename="Verslag gesprek.pdf"; filename*=UTF-8''Verslag%20gesprek.pdf`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cache-Control': 'no-store',
        'Cross-Origin-Resource-Policy': 'same-origin',
      },
    );
  });

  it.each([
    ['image/jpeg', 'image/jpeg'],
    ['image/png', 'image/png'],
    ['application/pdf', 'application/pdf'],
    ['text/html', 'application/octet-stream'],
    ['image/svg+xml', 'application/octet-stream'],
    ['image/jpeg; charset=utf-8', 'application/octet-stream'],
    ['', 'application/octet-stream'],
  ])('serves %j as %j', (mediaType, served) => {
    expect(attachmentHeaders({ mediaType, displayName: 'a.jpg', size: 1 })['Content-Type']).toBe(served);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53])('refuses the size %s', (size) => {
    expect(() => attachmentHeaders({ mediaType: 'image/png', displayName: 'a.png', size })).toThrow(RangeError);
  });

  it('accepts an empty size of 0 and a size of exactly 10 MiB', () => {
    expect(attachmentHeaders({ mediaType: 'image/png', displayName: 'a.png', size: 0 })['Content-Length']).toBe('0');
    expect(attachmentHeaders({ mediaType: 'image/png', displayName: 'a.png', size: 10485760 })['Content-Length']).toBe(
      '10485760',
    );
  });
});

describe('contentDisposition', () => {
  it.each([
    ['verslag.pdf', `attachment; filename="verslag.pdf"; filename*=UTF-8''verslag.pdf`],
    [
      "Zoë's foto (1).jpg",
      `attachment; filename="Zoe's foto (1).jpg"; filename*=UTF-8''Zo%C3%AB%27s%20foto%20%281%29.jpg`,
    ],
    ['фото.jpg', `attachment; filename="_.jpg"; filename*=UTF-8''%D1%84%D0%BE%D1%82%D0%BE.jpg`],
    ['a"b\\c%41.pdf', `attachment; filename="abc41.pdf"; filename*=UTF-8''a%22b%5Cc%2541.pdf`],
    [
      'x\r\nSet-Cookie: a=b.pdf',
      `attachment; filename="x Set-Cookie: a=b.pdf"; filename*=UTF-8''x%20Set-Cookie%3A%20a%3Db.pdf`,
    ],
    ['foto\u202egpj.exe', `attachment; filename="fotogpj.exe"; filename*=UTF-8''fotogpj.exe`],
    ['\u0000\u0007', `attachment; filename="bijlage"; filename*=UTF-8''bijlage`],
  ])('%j → %s', (name, expected) => {
    expect(contentDisposition(name)).toBe(expected);
  });

  it('never lets a control character, quote or backslash into the header', () => {
    for (let code = 0; code < 0x250; code++) {
      const header = contentDisposition(`a${String.fromCharCode(code)}b.pdf`);
      expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
      const fallback = header.slice('attachment; filename="'.length, header.indexOf('"; filename*'));
      expect(fallback).not.toMatch(/["\\]|\p{Cc}/u);
    }
  });
});

describe('encodeRfc5987 and asciiFileName', () => {
  it('percent-encodes everything outside attr-char, as UTF-8, and round-trips', () => {
    const name = "Één 'twee' (drie) *vier* 日本.pdf";
    const encoded = encodeRfc5987(name);
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(encodeRfc5987("'()*")).toBe('%27%28%29%2A');
  });

  it.each([
    ['Één.pdf', 'Een.pdf'],
    ['ﬁche.pdf', 'fiche.pdf'],
    ['日本 語.pdf', '_ _.pdf'],
    ['"\\%', 'bijlage'],
  ])('%j → %j', (name, expected) => {
    expect(asciiFileName(name)).toBe(expected);
  });
});
