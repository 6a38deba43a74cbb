// SPDX-License-Identifier: EUPL-1.2
/**
 * What the upload pipeline refuses before any parsing (T15): the size limit, empty files, EICAR,
 * unsupported types and extensions that do not match the contents.
 */
import { describe, expect, it } from 'vitest';
import { MINIMAL_PDF } from '#test/fixtures/files.ts';
import { IDAT, IEND, ihdr, jpegWithMetadata, png, reason } from '#test/fixtures/inspect-upload.ts';
import { MAX_ATTACHMENT_BYTES } from './inspect.ts';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

describe('inspectUpload: what is refused before any parsing', () => {
  const padded = (size: number): Buffer => {
    const base = MINIMAL_PDF.toString('latin1');
    const cut = base.indexOf('1 0 obj');
    const filler = `%${'x'.repeat(size - base.length - 2)}\n`;
    return Buffer.from(base.slice(0, cut) + filler + base.slice(cut), 'latin1');
  };

  it('accepts exactly 10 MiB and refuses one byte more', async () => {
    expect(padded(MAX_ATTACHMENT_BYTES)).toHaveLength(10 * 1024 * 1024);
    expect(await reason(padded(MAX_ATTACHMENT_BYTES), 'groot.pdf')).toBe('ok');
    expect(await reason(padded(MAX_ATTACHMENT_BYTES + 1), 'groot.pdf')).toBe('tooLarge');
  });

  it.each([
    ['an empty file', 'empty', Buffer.alloc(0), 'leeg.pdf'],
    ['10 MiB + 1 of anything', 'tooLarge', Buffer.alloc(MAX_ATTACHMENT_BYTES + 1), 'x.jpg'],
    ['EICAR named .pdf', 'unsupportedType', Buffer.from(EICAR, 'latin1'), 'eicar.pdf'],
    ['EICAR named .com', 'unsupportedType', Buffer.from(EICAR, 'latin1'), 'eicar.com'],
    [
      'HTML named .pdf',
      'unsupportedType',
      Buffer.from('<!doctype html><html><script>alert(1)</script>%PDF-1.4'),
      'brief.pdf',
    ],
    [
      'SVG named .png',
      'unsupportedType',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      'a.png',
    ],
    ['a GIF', 'unsupportedType', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'a.gif'],
    ['a ZIP named .pdf', 'unsupportedType', Buffer.from('PK\x03\x04\x14\x00', 'latin1'), 'a.pdf'],
    [
      'an unknown PDF version',
      'unsupportedType',
      Buffer.from(MINIMAL_PDF.toString('latin1').replace('%PDF-1.7', '%PDF-1.9'), 'latin1'),
      'a.pdf',
    ],
    ['a PDF header not at the start', 'unsupportedType', Buffer.concat([Buffer.from('\n'), MINIMAL_PDF]), 'a.pdf'],
    ['a PNG named .jpg', 'typeMismatch', png(ihdr(), IDAT, IEND), 'foto.jpg'],
    ['a JPEG named .pdf', 'typeMismatch', jpegWithMetadata(), 'scan.pdf'],
    ['a JPEG named .jpg.exe', 'typeMismatch', jpegWithMetadata(), 'foto.jpg.exe'],
    ['a PDF without extension', 'typeMismatch', MINIMAL_PDF, 'brief'],
    ['a PDF named .html', 'typeMismatch', MINIMAL_PDF, 'brief.html'],
    ['a JPEG named .JPEG', 'ok', jpegWithMetadata(), 'foto.JPEG'],
    ['a PNG named with emoji only', 'ok', png(ihdr(), IDAT, IEND), '🙂🙂.png'],
    ['a PNG named .png with trailing dots', 'ok', png(ihdr(), IDAT, IEND), 'a.png..'],
  ])('%s → %s', async (_, expected, bytes, name) => {
    expect(await reason(bytes, name)).toBe(expected);
  });
});
