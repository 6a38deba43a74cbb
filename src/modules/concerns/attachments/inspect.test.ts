// SPDX-License-Identifier: EUPL-1.2
/**
 * The upload pipeline against T15's hostile files, all built here: JPEG with GPS EXIF, PNG with text
 * chunks, PDFs with scripts (also hidden by #-escapes and in compressed object streams), polyglots,
 * EICAR, wrong extensions, path names and the size limit.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CATALOG, chunk, exifWithGps, MINIMAL_PDF, PAGE, PAGES, pdf, segment } from '#test/fixtures/files.ts';
import { safeDisplayName } from './file-name.ts';
import { MAX_IMAGE_PIXELS } from './image.ts';
import { type InspectedUpload, inspectUpload, MAX_ATTACHMENT_BYTES, type UploadRejection } from './inspect.ts';
import { MAX_INFLATED_BYTES } from './pdf.ts';

// --- JPEG ---------------------------------------------------------------------------------------

/** JFIF APP0 with a 1×4 RGB thumbnail whose 12 bytes spell a canary. */
const APP0_WITH_THUMBNAIL = segment(
  0xe0,
  Buffer.concat([
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([1, 2, 0, 0, 72, 0, 72, 1, 4]),
    Buffer.from('THUMBCANARY!'),
  ]),
);
const DQT = segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]));
function sof(width: number, height: number): Buffer {
  return segment(0xc0, Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]));
}
/** Huffman tables with one 1-bit code each: DC category 0, AC end-of-block. */
const DHT = Buffer.concat([
  segment(0xc4, Buffer.from([0x00, 1, ...Array(15).fill(0), 0])),
  segment(0xc4, Buffer.from([0x10, 1, ...Array(15).fill(0), 0])),
]);
const SOS = segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]));
/** One 8×8 grey block: DC "0", EOB "0", padded with ones. */
const SCAN = Buffer.from([0x3f]);
const SOI = Buffer.from([0xff, 0xd8]);
const EOI = Buffer.from([0xff, 0xd9]);

/** A decodable 8×8 grey JPEG with EXIF (GPS), XMP, IPTC, a comment, a thumbnail and a trailer. */
function jpegWithMetadata(): Buffer {
  return Buffer.concat([
    SOI,
    APP0_WITH_THUMBNAIL,
    segment(0xe1, exifWithGps('GPSCANARY')),
    segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description>XMPCANARY</rdf:Description></x:xmpmeta>'),
    segment(0xe2, 'ICC_PROFILE\0\x01\x01ICCCANARY'),
    segment(0xed, 'Photoshop 3.0\x008BIM\x04\x04IPTCCANARY'),
    segment(0xfe, 'COMCANARY'),
    DQT,
    sof(8, 8),
    DHT,
    SOS,
    SCAN,
    EOI,
    Buffer.from('TRAILCANARY'),
  ]);
}

/** The marker codes of a JPEG, walking the segments; entropy data is skipped as in T.81. */
function jpegMarkers(bytes: Buffer): number[] {
  const codes: number[] = [];
  let pos = 2;
  codes.push(bytes[1]!);
  while (pos < bytes.length) {
    expect(bytes[pos]).toBe(0xff);
    const code = bytes[pos + 1]!;
    codes.push(code);
    if (code === 0xd9) break;
    pos += 2 + bytes.readUInt16BE(pos + 2);
    if (code === 0xda) {
      while (!(bytes[pos] === 0xff && bytes[pos + 1] !== 0 && (bytes[pos + 1]! < 0xd0 || bytes[pos + 1]! > 0xd7)))
        pos++;
    }
  }
  return codes;
}

// --- PNG ----------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function ihdr(width = 1, height = 1, bitDepth = 8, colourType = 0): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = bitDepth;
  data[9] = colourType;
  return chunk('IHDR', data);
}
const IDAT = chunk('IDAT', deflateSync(Buffer.from([0, 0x80])));
const IEND = chunk('IEND', Buffer.alloc(0));
const PHYS = chunk('pHYs', Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]));

function png(...chunks: Buffer[]): Buffer {
  return Buffer.concat([PNG_SIGNATURE, ...chunks]);
}

/** A 1×1 grey PNG with every kind of metadata chunk, a private chunk and a trailer. */
function pngWithMetadata(): Buffer {
  return Buffer.concat([
    png(
      ihdr(),
      chunk('tEXt', 'Comment\0CANARY'),
      chunk('zTXt', Buffer.concat([Buffer.from('Title\0\0'), deflateSync('ZTXTCANARY')])),
      chunk('iTXt', 'Author\0\0\0nl\0\0ITXTCANARY'),
      chunk('tIME', Buffer.from([0x07, 0xea, 11, 27, 9, 0, 0])),
      chunk('eXIf', exifWithGps('EXIFCANARY').subarray(6)),
      chunk('iCCP', Buffer.concat([Buffer.from('ICCCANARY\0\0'), deflateSync('profile')])),
      chunk('prVt', 'PRIVCANARY'),
      PHYS,
      IDAT,
      IEND,
    ),
    Buffer.from('TRAILCANARY'),
  ]);
}

function pngChunkTypes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let pos = 8; pos < bytes.length; pos += 12 + bytes.readUInt32BE(pos)) {
    types.push(bytes.toString('latin1', pos + 4, pos + 8));
  }
  return types;
}

// --- PDF ----------------------------------------------------------------------------------------

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/**
 * An object stream (PDF 1.5) holding object 4 with the given body, compressed unless said otherwise.
 * It has no /Type: readers find object streams through the cross-reference stream, not by type.
 */
function objectStream(
  body: string,
  dict = '/Filter /FlateDecode',
  encode: (data: Buffer) => Buffer = deflateSync,
): Buffer {
  const header = '4 0 ';
  return stream(`${dict} /N 1 /First ${header.length}`, encode(Buffer.from(`${header}${body}`, 'latin1')));
}
const plain = (data: Buffer): Buffer => data;
const hex = (data: Buffer): Buffer => Buffer.from(data.toString('hex'), 'latin1');

/** Binary data (as in a compressed image) with the given bytes in the middle. */
function binaryWith(inner: string): Buffer {
  return Buffer.concat([Buffer.alloc(100, 0x9c), Buffer.from(inner, 'latin1'), Buffer.alloc(100, 0xe3)]);
}

// --- helpers ------------------------------------------------------------------------------------

function accepted(result: InspectedUpload | UploadRejection): InspectedUpload {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

function reason(bytes: Buffer, name: string): string {
  const result = inspectUpload(bytes, name);
  return result.ok ? 'ok' : result.reason;
}

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

// --- tests --------------------------------------------------------------------------------------

describe('inspectUpload: JPEG', () => {
  it('removes EXIF with GPS, XMP, ICC, IPTC, comments, the thumbnail and the trailer, and keeps JFIF', () => {
    const original = jpegWithMetadata();
    for (const canary of [
      'GPSCANARY',
      'XMPCANARY',
      'ICCCANARY',
      'IPTCCANARY',
      'COMCANARY',
      'THUMBCANARY',
      'TRAILCANARY',
    ]) {
      expect(original.includes(canary)).toBe(true);
    }
    const result = accepted(inspectUpload(original, 'IMG_0042.JPG'));
    expect(result).toMatchObject({
      kind: 'jpeg',
      mediaType: 'image/jpeg',
      extension: 'jpg',
      displayName: 'IMG_0042.jpg',
    });
    const cleaned = result.bytes.toString('latin1');
    expect(cleaned).not.toMatch(/CANARY|Exif|xmpmeta|ICC_PROFILE|Photoshop/);
    expect(jpegMarkers(result.bytes)).toEqual([0xd8, 0xe0, 0xdb, 0xc0, 0xc4, 0xc4, 0xda, 0xd9]);
    // JFIF kept, its thumbnail set to 0×0.
    expect(result.bytes.subarray(2, 20)).toEqual(
      Buffer.concat([
        Buffer.from([0xff, 0xe0, 0, 16]),
        Buffer.from('JFIF\0', 'latin1'),
        Buffer.from([1, 2, 0, 0, 72, 0, 72, 0, 0]),
      ]),
    );
    expect(result.sha256).toBe(createHash('sha256').update(result.bytes).digest('hex'));
    expect(result.sha256).not.toBe(createHash('sha256').update(original).digest('hex'));
  });

  it('gives a structurally valid JPEG that passes again unchanged', () => {
    const once = accepted(inspectUpload(jpegWithMetadata(), 'foto.jpeg'));
    const twice = accepted(inspectUpload(once.bytes, 'foto.jpg'));
    expect(twice.bytes).toEqual(once.bytes);
    expect(twice.sha256).toBe(once.sha256);
    expect(once.bytes.subarray(-2)).toEqual(EOI);
  });

  it('drops APPn segments between the scans of a progressive JPEG and keeps stuffed bytes and restarts', () => {
    const entropy = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]);
    const bytes = Buffer.concat([
      SOI,
      DQT,
      segment(0xc2, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
      DHT,
      SOS,
      entropy,
      segment(0xe1, exifWithGps('LATECANARY')),
      SOS,
      SCAN,
      EOI,
    ]);
    const result = accepted(inspectUpload(bytes, 'scan.jpg'));
    expect(result.bytes.includes('LATECANARY')).toBe(false);
    expect(result.bytes.includes(entropy)).toBe(true);
    expect(jpegMarkers(result.bytes)).toEqual([0xd8, 0xdb, 0xc2, 0xc4, 0xc4, 0xda, 0xda, 0xd9]);
  });

  it.each([
    ['only a signature', Buffer.from([0xff, 0xd8, 0xff]), 'malformed'],
    ['no EOI', Buffer.concat([SOI, DQT, sof(8, 8), DHT, SOS, SCAN]), 'malformed'],
    ['no frame before the scan', Buffer.concat([SOI, DQT, DHT, SOS, SCAN, EOI]), 'malformed'],
    ['EOI before any scan', Buffer.concat([SOI, DQT, sof(8, 8), EOI]), 'malformed'],
    ['two frames', Buffer.concat([SOI, DQT, sof(8, 8), sof(8, 8), DHT, SOS, SCAN, EOI]), 'malformed'],
    ['a zero width', Buffer.concat([SOI, DQT, sof(0, 8), DHT, SOS, SCAN, EOI]), 'malformed'],
    ['a segment longer than the file', Buffer.concat([SOI, Buffer.from([0xff, 0xdb, 0x7f, 0xff, 0])]), 'malformed'],
    [
      'a segment length below 2',
      Buffer.concat([SOI, Buffer.from([0xff, 0xdb, 0, 1]), sof(8, 8), DHT, SOS, SCAN, EOI]),
      'malformed',
    ],
    [
      'garbage where a marker belongs',
      Buffer.concat([SOI, DQT, Buffer.from('xx'), sof(8, 8), DHT, SOS, SCAN, EOI]),
      'malformed',
    ],
    ['a second SOI', Buffer.concat([SOI, DQT, SOI, sof(8, 8), DHT, SOS, SCAN, EOI]), 'malformed'],
    ['65535 × 65535 pixels (a bomb)', Buffer.concat([SOI, DQT, sof(65535, 65535), DHT, SOS, SCAN, EOI]), 'tooLarge'],
  ])('refuses a JPEG with %s', (_, bytes, expected) => {
    expect(reason(bytes, 'foto.jpg')).toBe(expected);
  });
});

describe('inspectUpload: PNG', () => {
  it('removes eXIf, tEXt, zTXt, iTXt, tIME, iCCP, private chunks and the trailer', () => {
    const original = pngWithMetadata();
    for (const canary of ['\0CANARY', 'ITXTCANARY', 'EXIFCANARY', 'ICCCANARY', 'PRIVCANARY', 'TRAILCANARY']) {
      expect(original.includes(canary)).toBe(true);
    }
    expect(pngChunkTypes(original.subarray(0, -'TRAILCANARY'.length))).toContain('zTXt');
    const result = accepted(inspectUpload(original, 'schermafdruk.png'));
    expect(result).toMatchObject({ kind: 'png', mediaType: 'image/png', extension: 'png' });
    expect(result.bytes.includes('CANARY')).toBe(false);
    expect(pngChunkTypes(result.bytes)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(result.sha256).toBe(createHash('sha256').update(result.bytes).digest('hex'));
  });

  it('gives a structurally valid PNG that passes again unchanged', () => {
    const once = accepted(inspectUpload(pngWithMetadata(), 'a.PNG'));
    const twice = accepted(inspectUpload(once.bytes, 'a.png'));
    expect(twice.bytes).toEqual(once.bytes);
  });

  const side = Math.floor(Math.sqrt(MAX_IMAGE_PIXELS));
  it.each([
    ['the largest allowed size', 'ok', png(ihdr(side, side), IDAT, IEND)],
    [
      'a bad CRC',
      'malformed',
      png(ihdr(), Buffer.concat([IDAT.subarray(0, -1), Buffer.from([IDAT.at(-1)! ^ 1])]), IEND),
    ],
    ['IHDR not first', 'malformed', png(PHYS, ihdr(), IDAT, IEND)],
    ['two IHDRs', 'malformed', png(ihdr(), ihdr(), IDAT, IEND)],
    ['no IEND', 'malformed', png(ihdr(), IDAT)],
    ['no IDAT', 'malformed', png(ihdr(), IEND)],
    ['an unknown critical chunk', 'malformed', png(ihdr(), chunk('ABCD', 'x'), IDAT, IEND)],
    ['a chunk type that is not letters', 'malformed', png(ihdr(), chunk('a1b2', 'x'), IDAT, IEND)],
    ['colour type 2 at 4 bits', 'malformed', png(ihdr(1, 1, 4, 2), IDAT, IEND)],
    ['a zero width', 'malformed', png(ihdr(0, 1), IDAT, IEND)],
    ['a palette image without PLTE', 'malformed', png(ihdr(1, 1, 8, 3), IDAT, IEND)],
    ['a chunk longer than the file', 'malformed', png(ihdr(), IDAT.subarray(0, 10))],
    ['100000 × 100000 pixels (a bomb)', 'tooLarge', png(ihdr(100_000, 100_000), IDAT, IEND)],
    ['one pixel row more than allowed', 'tooLarge', png(ihdr(side, side + 1), IDAT, IEND)],
  ])('%s → %s', (_, expected, bytes) => {
    expect(reason(bytes, 'x.png')).toBe(expected);
  });
});

describe('inspectUpload: PDF', () => {
  it('accepts a minimal PDF and stores it byte for byte (a copy)', () => {
    const result = accepted(inspectUpload(MINIMAL_PDF, 'Verslag gesprek.pdf'));
    expect(result).toMatchObject({
      kind: 'pdf',
      mediaType: 'application/pdf',
      extension: 'pdf',
      displayName: 'Verslag gesprek.pdf',
    });
    expect(result.bytes).toEqual(MINIMAL_PDF);
    expect(result.bytes.buffer).not.toBe(MINIMAL_PDF.buffer);
    expect(result.sha256).toBe(createHash('sha256').update(MINIMAL_PDF).digest('hex'));
  });

  const js = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';
  it.each([
    [
      '/OpenAction',
      pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>', PAGES, PAGE, '<< /S /GoTo /D [3 0 R /Fit] >>']),
    ],
    ['/JavaScript and /JS', pdf([CATALOG, PAGES, '<< /Type /Page /Parent 2 0 R /AA << /O 4 0 R >> >>', js])],
    ['/JS alone', pdf([CATALOG, PAGES, PAGE, '<< /S /Foo /JS 5 0 R >>'])],
    [
      'a /JavaScript name tree',
      pdf(['<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript 4 0 R >> >>', PAGES, PAGE, '<< >>']),
    ],
    ['/Launch', pdf([CATALOG, PAGES, '<< /Type /Page /Parent 2 0 R /AA << /O << /S /Launch /F (calc.exe) >> >> >>'])],
    [
      '/EmbeddedFiles',
      pdf(['<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>', PAGES, PAGE, '<< >>']),
    ],
    ['an /EmbeddedFile stream', pdf([CATALOG, PAGES, PAGE, stream('/Type /EmbeddedFile', Buffer.from('MZ'))])],
    ['/RichMedia', pdf([CATALOG, PAGES, PAGE, '<< /Type /Annot /Subtype /RichMedia >>'])],
    ['/XFA', pdf(['<< /Type /Catalog /Pages 2 0 R /AcroForm << /XFA 4 0 R >> >>', PAGES, PAGE, '<< >>'])],
    ['#-escaped /Java#53cript', pdf([CATALOG, PAGES, PAGE, '<< /S /Java#53cript /J#53 (x) >>'])],
    [
      '#-escaped /#4F#70#65#6e#41#63#74#69#6f#6e',
      pdf([CATALOG, PAGES, PAGE, '<< /#4F#70#65#6e#41#63#74#69#6f#6e 3 0 R >>']),
    ],
    ['/JavaScript in a compressed object stream', pdf([CATALOG, PAGES, PAGE, objectStream(js)])],
    [
      '/Launch in an uncompressed object stream',
      pdf([CATALOG, PAGES, PAGE, objectStream('<< /S /Launch >>', '', plain)]),
    ],
    [
      'an object stream whose dictionary hides /First behind strings with obj, endobj and stream',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Pad (obj endobj \\) stream trailer) /Filter /FlateDecode')]),
    ],
    [
      'an object stream whose obj keyword follows a form feed',
      pdf([CATALOG, PAGES, Buffer.concat([Buffer.from(`${PAGE}\nendobj\n4 0\fobj\n`), objectStream(js)])]),
    ],
    ['an object stream named by #-escapes', pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter /Flate#44ecode')])],
    [
      'script names in binary stream data that holds an object',
      pdf([CATALOG, PAGES, PAGE, stream('/Subtype /Image /Filter /DCTDecode', binaryWith('9 0 obj << /JS (x) >>'))]),
    ],
  ])('refuses a PDF with %s as active content', (_, bytes) => {
    expect(reason(bytes, 'brief.pdf')).toBe('activeContent');
  });

  it.each([
    [
      'a compressed object stream without active content',
      pdf([CATALOG, PAGES, PAGE, objectStream('<< /Type /Font >>')]),
    ],
    [
      'binary image data that happens to hold /JS (direct length)',
      pdf([CATALOG, PAGES, PAGE, stream('/Subtype /Image /Filter /DCTDecode', binaryWith(' /JS /Launch '))]),
    ],
    [
      'binary image data that happens to hold /JS (indirect length)',
      pdf([
        CATALOG,
        PAGES,
        PAGE,
        Buffer.concat([
          Buffer.from('<< /Subtype /Image /Filter /DCTDecode /Length 5 0 R >>\nstream\n'),
          binaryWith(' /JS '),
          Buffer.from('\nendstream'),
        ]),
        '205',
      ]),
    ],
    [
      'binary image data with /JS and the bytes obj inside words',
      pdf([CATALOG, PAGES, PAGE, stream('/Subtype /Image /Filter /FlateDecode', binaryWith('endobj xobjx /JS '))]),
    ],
    ['a name that only starts like one (/JSON)', pdf([CATALOG, PAGES, PAGE, '<< /JSON 1 /JavaScripts-not 2 >>'])],
    ['PDF 2.0', pdf([CATALOG, PAGES, PAGE], { header: '%PDF-2.0\n' })],
    ['%%EOF followed by some blank lines', pdf([CATALOG, PAGES, PAGE], { tail: '\n'.repeat(500) })],
  ])('accepts a PDF with %s', (_, bytes) => {
    expect(reason(bytes, 'brief.pdf')).toBe('ok');
  });

  it.each([
    [
      '/Encrypt (cannot be checked)',
      pdf([CATALOG, PAGES, PAGE, '<< /Filter /Standard >>'], { trailer: '/Encrypt 4 0 R ' }),
    ],
    [
      'an object stream with another filter',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter /ASCIIHexDecode', hex)]),
    ],
    [
      'an object stream with two filters',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter [/FlateDecode /ASCII85Decode]')]),
    ],
    [
      'an object stream with a predictor',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter /FlateDecode /DecodeParms << /Predictor 12 >>')]),
    ],
    ['an object stream with an indirect filter', pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter 9 0 R')])],
    [
      'a corrupt compressed object stream',
      pdf([CATALOG, PAGES, PAGE, stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', Buffer.from('garbage'))]),
    ],
    ['no %%EOF', Buffer.from(MINIMAL_PDF.toString('latin1').replace('%%EOF', ''), 'latin1')],
    ['%%EOF far from the end', pdf([CATALOG, PAGES, PAGE], { tail: 'x'.repeat(2000) })],
    ['an unterminated string in a dictionary', pdf([CATALOG, PAGES, '<< /Type /Page /T (abc >>'])],
  ])('refuses a PDF with %s as malformed', (_, bytes) => {
    expect(reason(bytes, 'brief.pdf')).toBe('malformed');
  });

  it('refuses an object stream that inflates beyond the limit (zip bomb) as too large', () => {
    const bomb = stream(
      '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
      deflateSync(Buffer.alloc(MAX_INFLATED_BYTES + 1, 0x20), { level: 9 }),
    );
    const bytes = pdf([CATALOG, PAGES, PAGE, bomb]);
    expect(bytes.length).toBeLessThan(MAX_ATTACHMENT_BYTES);
    expect(reason(bytes, 'bom.pdf')).toBe('tooLarge');
  });
});

describe('inspectUpload: what is refused before any parsing', () => {
  const padded = (size: number): Buffer => {
    const base = MINIMAL_PDF.toString('latin1');
    const cut = base.indexOf('1 0 obj');
    const filler = `%${'x'.repeat(size - base.length - 2)}\n`;
    return Buffer.from(base.slice(0, cut) + filler + base.slice(cut), 'latin1');
  };

  it('accepts exactly 10 MiB and refuses one byte more', () => {
    expect(padded(MAX_ATTACHMENT_BYTES)).toHaveLength(10 * 1024 * 1024);
    expect(reason(padded(MAX_ATTACHMENT_BYTES), 'groot.pdf')).toBe('ok');
    expect(reason(padded(MAX_ATTACHMENT_BYTES + 1), 'groot.pdf')).toBe('tooLarge');
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
  ])('%s → %s', (_, expected, bytes, name) => {
    expect(reason(bytes, name)).toBe(expected);
  });
});

describe('inspectUpload: polyglots', () => {
  /** A DHT whose 8 symbol values spell `<script>` (8 codes of 7 bits: a valid table). */
  const scriptTable = segment(
    0xc4,
    Buffer.concat([Buffer.from([0x01, 0, 0, 0, 0, 0, 0, 8, ...Array(9).fill(0)]), Buffer.from('<script>')]),
  );

  it.each([
    [
      'a PDF with an HTML comment line',
      pdf([CATALOG, PAGES, PAGE], { header: '%PDF-1.4\n%<HTML><body onload=alert(1)>\n' }),
      'a.pdf',
    ],
    [
      'a PDF with <script in its first object',
      pdf(['<< /Type /Catalog /Pages 2 0 R /X (<ScRiPt>) >>', PAGES, PAGE]),
      'a.pdf',
    ],
    [
      'a JPEG with an SVG comment',
      Buffer.concat([SOI, segment(0xfe, '<svg onload=alert(1)>'), DQT, sof(8, 8), DHT, SOS, SCAN, EOI]),
      'a.jpg',
    ],
    ['a PNG with an HTML text chunk', png(ihdr(), chunk('tEXt', 'Comment\0<html><script>'), IDAT, IEND), 'a.png'],
    [
      'a JPEG whose markup moves to the front when metadata is removed',
      Buffer.concat([SOI, segment(0xe1, 'x'.repeat(2000)), DQT, sof(8, 8), scriptTable, DHT, SOS, SCAN, EOI]),
      'a.jpg',
    ],
  ])('refuses %s', (_, bytes, name) => {
    expect(reason(bytes, name)).toBe('polyglot');
  });

  it('accepts markup after the first 1024 bytes of a PDF (served as a download, never sniffed)', () => {
    const bytes = pdf([CATALOG, PAGES, PAGE, `<< /Pad (${'x'.repeat(1100)}) >>`, '<< /Title (<html>) >>']);
    expect(bytes.indexOf('<html>')).toBeGreaterThan(1024);
    expect(reason(bytes, 'a.pdf')).toBe('ok');
  });
});

describe('display names', () => {
  it('keeps a path name out of the display name', () => {
    expect(accepted(inspectUpload(jpegWithMetadata(), '../../etc/passwd.jpg')).displayName).toBe('passwd.jpg');
  });

  it.each([
    ['../../etc/passwd.jpg', 'passwd.jpg', 'jpg'],
    ['..\\..\\Windows\\win.ini.jpg', 'win.ini.jpg', 'jpg'],
    ['C:\\Users\\sanne\\Foto kind.JPEG', 'Foto kind.jpg', 'jpg'],
    ['Zoë  en\tDaan (2).jpeg', 'Zoë en Daan (2).jpg', 'jpg'],
    ['Zoe\u0308.png', 'Zoë.png', 'png'],
    ['foto\u202egpj.exe.jpg', 'fotogpj.exe.jpg', 'jpg'],
    ['<script>alert(1)</script>.pdf', 'script.pdf', 'pdf'],
    ['<img src=x onerror=alert(1)>.pdf', 'img srcx onerroralert(1).pdf', 'pdf'],
    ['foto.jpg. . ', 'foto.jpg', 'jpg'],
    ['verslag "definitief"; rm -rf.pdf', 'verslag definitief rm -rf.pdf', 'pdf'],
    ['foto.jpg\r\nSet-Cookie: a=b.pdf', 'foto.jpg Set-Cookie ab.pdf', 'pdf'],
    ['rapport..v2...pdf', 'rapport.v2.pdf', 'pdf'],
    ['写真 2024.jpg', '写真 2024.jpg', 'jpg'],
    ['.jpg', 'bijlage.jpg', 'jpg'],
    ['..', 'bijlage.pdf', 'pdf'],
    ['   ', 'bijlage.pdf', 'pdf'],
    ['🙂🙂🙂.png', 'bijlage.png', 'png'],
    ['map/', 'bijlage.pdf', 'pdf'],
    ['scan', 'scan.pdf', 'pdf'],
  ])('%j → %j', (name, expected, extension) => {
    expect(safeDisplayName(name, extension)).toBe(expected);
  });

  it('cuts a long name to 100 characters, extension included, without splitting a character', () => {
    const long = safeDisplayName(`${'a'.repeat(300)}.jpeg`, 'jpg');
    expect(long).toBe(`${'a'.repeat(96)}.jpg`);
    // 𝐀 is one character but two UTF-16 code units: cutting by code units would leave half of it.
    expect(safeDisplayName(`${'д'.repeat(95)}𝐀𝐀.pdf`, 'pdf')).toBe(`${'д'.repeat(95)}𝐀.pdf`);
  });

  it('handles a hostile 100 000-character name in linear time', () => {
    const started = performance.now();
    expect(safeDisplayName(`${'. '.repeat(50_000)}x.pdf`, 'pdf')).toBe('x.pdf');
    expect(safeDisplayName(`x${' .'.repeat(50_000)}`, 'pdf')).toBe('x.pdf');
    expect(reason(MINIMAL_PDF, `${'. '.repeat(50_000)}x.pdf${' .'.repeat(50_000)}`)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
