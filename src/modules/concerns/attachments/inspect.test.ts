// SPDX-License-Identifier: EUPL-1.2
/**
 * The upload pipeline against T15's hostile files, all built here: JPEG with GPS EXIF, a phone photo
 * with EXIF Orientation 6, PNG with text chunks, decompression bombs, PDFs with scripts, actions and
 * links (also hidden by #-escapes and in compressed object streams), polyglots, EICAR, wrong
 * extensions, path names and the size limit.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  BLUE,
  CATALOG,
  chunk,
  colourDistance,
  exifWithGps,
  MINIMAL_PDF,
  PAGE,
  PAGES,
  pdf,
  phonePhotoOrientation6,
  pixelAt,
  RED,
  segment,
  UPRIGHT,
} from '#test/fixtures/files.ts';
import { safeDisplayName } from './file-name.ts';
import { MAX_IMAGE_PIXELS } from './image.ts';
import { type InspectedUpload, inspectUpload, MAX_ATTACHMENT_BYTES, type UploadRejection } from './inspect.ts';
import { MAX_INFLATED_BYTES, MAX_PDF_OBJECTS } from './pdf.ts';

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

/**
 * A valid 8-bit grey PNG of `width` × `height` black pixels: a decompression bomb when large (all
 * zeros deflate about 1000 : 1, so 67 megapixels fit in some 65 kB).
 */
function blackPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  const rows = Buffer.alloc((width + 1) * height); // filter byte 0 and black pixels on every row
  return png(chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), IEND);
}

/** What sharp reads of an image's metadata, as far as the tests need it. */
async function metadataOf(bytes: Buffer) {
  const m = await sharp(bytes).metadata();
  return { format: m.format, exif: m.exif, icc: m.icc, xmp: m.xmp, iptc: m.iptc, orientation: m.orientation };
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
 * An object stream (PDF 1.5) holding object `number` (4 unless said otherwise) with the given body,
 * compressed unless said otherwise. It has no /Type: readers find object streams through the
 * cross-reference stream, not by type.
 */
function objectStream(
  body: string,
  dict = '/Filter /FlateDecode',
  encode: (data: Buffer) => Buffer = deflateSync,
  number = 4,
): Buffer {
  const header = `${number} 0 `;
  return stream(`${dict} /N 1 /First ${header.length}`, encode(Buffer.from(`${header}${body}`, 'latin1')));
}
const plain = (data: Buffer): Buffer => data;
const hex = (data: Buffer): Buffer => Buffer.from(data.toString('hex'), 'latin1');

/** Binary data (as in a compressed image) with the given bytes in the middle. */
function binaryWith(inner: string): Buffer {
  return Buffer.concat([Buffer.alloc(100, 0x9c), Buffer.from(inner, 'latin1'), Buffer.alloc(100, 0xe3)]);
}

// --- helpers ------------------------------------------------------------------------------------

async function accepted(result: Promise<InspectedUpload | UploadRejection>): Promise<InspectedUpload> {
  const outcome = await result;
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome;
}

async function reason(bytes: Buffer, name: string): Promise<string> {
  const result = await inspectUpload(bytes, name);
  return result.ok ? 'ok' : result.reason;
}

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

// --- tests --------------------------------------------------------------------------------------

describe('inspectUpload: JPEG', () => {
  it('writes the photo again without EXIF (GPS), XMP, ICC, IPTC, comments, the thumbnail and the trailer', async () => {
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
    const result = await accepted(inspectUpload(original, 'IMG_0042.JPG'));
    expect(result).toMatchObject({
      kind: 'jpeg',
      mediaType: 'image/jpeg',
      extension: 'jpg',
      displayName: 'IMG_0042.jpg',
    });
    const cleaned = result.bytes.toString('latin1');
    expect(cleaned).not.toMatch(/CANARY|Exif|xmpmeta|ICC_PROFILE|Photoshop/);
    expect(await metadataOf(result.bytes)).toEqual({
      format: 'jpeg',
      exif: undefined,
      icc: undefined,
      xmp: undefined,
      iptc: undefined,
      orientation: undefined,
    });
    expect(result.sha256).toBe(createHash('sha256').update(result.bytes).digest('hex'));
    expect(result.sha256).not.toBe(createHash('sha256').update(original).digest('hex'));
  });

  it('shows a phone photo with EXIF Orientation 6 upright, and drops its GPS', async () => {
    const original = await phonePhotoOrientation6('GPS-CANARY-ORIENTED');
    // The fixture as stored by the phone: on its side, red square bottom left, orientation 6, GPS.
    const before = await sharp(original).raw().toBuffer({ resolveWithObject: true });
    expect([before.info.width, before.info.height]).toEqual([UPRIGHT.height, UPRIGHT.width]);
    expect(await sharp(original).metadata()).toMatchObject({ orientation: 6 });
    expect(original.includes('GPS-CANARY-ORIENTED')).toBe(true);

    const result = await accepted(inspectUpload(original, 'IMG_2024.jpg'));
    const image = await sharp(result.bytes).raw().toBuffer({ resolveWithObject: true });
    // Upright: 20 wide, 40 high; the red square in the top-left corner, blue in the others.
    expect([image.info.width, image.info.height]).toEqual([UPRIGHT.width, UPRIGHT.height]);
    expect(colourDistance(pixelAt(image, 3, 3), RED)).toBeLessThan(40);
    expect(colourDistance(pixelAt(image, UPRIGHT.width - 3, 3), BLUE)).toBeLessThan(40);
    expect(colourDistance(pixelAt(image, 3, UPRIGHT.height - 3), BLUE)).toBeLessThan(40);
    expect(colourDistance(pixelAt(image, UPRIGHT.width - 3, UPRIGHT.height - 3), BLUE)).toBeLessThan(40);
    // Nothing left to turn it again, and no GPS.
    expect(await metadataOf(result.bytes)).toMatchObject({ exif: undefined, orientation: undefined });
    expect(result.bytes.includes('GPS-CANARY-ORIENTED')).toBe(false);
    expect(result.bytes.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
  });

  it('gives a JPEG that passes the check again, at the same size', async () => {
    const once = await accepted(inspectUpload(jpegWithMetadata(), 'foto.jpeg'));
    const twice = await accepted(inspectUpload(once.bytes, 'foto.jpg'));
    expect(await sharp(twice.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 8, height: 8 });
    expect(once.bytes.subarray(-2)).toEqual(EOI);
  });

  it('refuses a 65535 × 65535 JPEG (a bomb) as too large without decoding it', async () => {
    const started = performance.now();
    expect(await reason(Buffer.concat([SOI, DQT, sof(65535, 65535), DHT, SOS, SCAN, EOI]), 'bom.jpg')).toBe('tooLarge');
    expect(performance.now() - started).toBeLessThan(1000);
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
    ['garbage after the signature', Buffer.concat([SOI, Buffer.from([0xff]), Buffer.alloc(200, 7)]), 'malformed'],
  ])('refuses a JPEG with %s', async (_, bytes, expected) => {
    expect(await reason(bytes, 'foto.jpg')).toBe(expected);
  });

  it('refuses a real photo cut short (a truncated upload) as malformed', async () => {
    const photo = await phonePhotoOrientation6('x');
    expect(await reason(photo.subarray(0, photo.length - 200), 'foto.jpg')).toBe('malformed');
    expect(await reason(photo.subarray(0, Math.floor(photo.length / 2)), 'foto.jpg')).toBe('malformed');
  });
});

describe('inspectUpload: PNG', () => {
  it('writes the image again without eXIf, tEXt, zTXt, iTXt, tIME, iCCP, private chunks and the trailer', async () => {
    const original = pngWithMetadata();
    for (const canary of ['\0CANARY', 'ITXTCANARY', 'EXIFCANARY', 'ICCCANARY', 'PRIVCANARY', 'TRAILCANARY']) {
      expect(original.includes(canary)).toBe(true);
    }
    expect(pngChunkTypes(original.subarray(0, -'TRAILCANARY'.length))).toContain('zTXt');
    const result = await accepted(inspectUpload(original, 'schermafdruk.png'));
    expect(result).toMatchObject({ kind: 'png', mediaType: 'image/png', extension: 'png' });
    expect(result.bytes.includes('CANARY')).toBe(false);
    const types = pngChunkTypes(result.bytes);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    for (const type of ['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME', 'iCCP', 'prVt']) expect(types).not.toContain(type);
    expect(await metadataOf(result.bytes)).toMatchObject({ format: 'png', exif: undefined, icc: undefined });
    expect(result.sha256).toBe(createHash('sha256').update(result.bytes).digest('hex'));
  });

  it('gives a PNG that passes again unchanged', async () => {
    const once = await accepted(inspectUpload(pngWithMetadata(), 'a.PNG'));
    const twice = await accepted(inspectUpload(once.bytes, 'a.png'));
    expect(twice.bytes).toEqual(once.bytes);
  });

  it('writes a PNG without IEND (its pixels complete) again as a whole PNG', async () => {
    const result = await accepted(inspectUpload(png(ihdr(), IDAT), 'a.png'));
    expect(result.bytes.subarray(-12)).toEqual(IEND);
  });

  it('refuses decompression bombs as too large, at once: a valid 65 kB PNG of 8193 × 8192 pixels', async () => {
    const bomb = blackPng(8193, 8192);
    expect(8193 * 8192).toBeGreaterThan(MAX_IMAGE_PIXELS);
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    expect(await reason(bomb, 'bom.png')).toBe('tooLarge');
    expect(await reason(png(ihdr(100_000, 100_000), IDAT, IEND), 'bom.png')).toBe('tooLarge');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accepts a PNG of exactly the largest number of pixels', async () => {
    expect(MAX_IMAGE_PIXELS).toBe(8192 * 8192);
    const result = await accepted(inspectUpload(blackPng(16384, 4096), 'breed.png'));
    expect(await sharp(result.bytes).metadata()).toMatchObject({ width: 16384, height: 4096 });
  });

  it.each([
    [
      'a bad CRC',
      'malformed',
      png(ihdr(), Buffer.concat([IDAT.subarray(0, -1), Buffer.from([IDAT.at(-1)! ^ 1])]), IEND),
    ],
    ['IHDR not first', 'malformed', png(PHYS, ihdr(), IDAT, IEND)],
    ['two IHDRs', 'malformed', png(ihdr(), ihdr(), IDAT, IEND)],
    ['no IDAT', 'malformed', png(ihdr(), IEND)],
    ['an unknown critical chunk', 'malformed', png(ihdr(), chunk('ABCD', 'x'), IDAT, IEND)],
    ['a chunk type that is not letters', 'malformed', png(ihdr(), chunk('a1b2', 'x'), IDAT, IEND)],
    ['colour type 2 at 4 bits', 'malformed', png(ihdr(1, 1, 4, 2), IDAT, IEND)],
    ['a zero width', 'malformed', png(ihdr(0, 1), IDAT, IEND)],
    ['a palette image without PLTE', 'malformed', png(ihdr(1, 1, 8, 3), IDAT, IEND)],
    ['a chunk longer than the file', 'malformed', png(ihdr(), IDAT.subarray(0, 10))],
    ['pixel data cut short', 'malformed', png(ihdr(64, 64), IDAT, IEND)],
  ])('%s → %s', async (_, expected, bytes) => {
    expect(await reason(bytes, 'x.png')).toBe(expected);
  });
});

describe('inspectUpload: PDF', () => {
  it('accepts a minimal PDF and stores it byte for byte (a copy)', async () => {
    const result = await accepted(inspectUpload(MINIMAL_PDF, 'Verslag gesprek.pdf'));
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
  const goTo = '<< /S /GoTo /D [3 0 R /Fit] >>';
  const catalogOpening = (value: string) => `<< /Type /Catalog /Pages 2 0 R /OpenAction ${value} >>`;
  const link = (action: string) => `<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A ${action} >>`;
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
    // Issue 11: actions, links out and form submission, also without any script.
    [
      '/AA on a page (an action on opening it)',
      pdf([CATALOG, PAGES, `<< /Type /Page /Parent 2 0 R /AA << /O ${goTo} >> >>`]),
    ],
    [
      '/OpenAction with an action dictionary',
      pdf([`<< /Type /Catalog /Pages 2 0 R /OpenAction ${goTo} >>`, PAGES, PAGE]),
    ],
    [
      '/OpenAction with a #-escaped name',
      pdf([`<< /Type /Catalog /Pages 2 0 R /Open#41ction ${goTo} >>`, PAGES, PAGE]),
    ],
    [
      '/OpenAction pointing into a compressed object stream at an action',
      pdf([catalogOpening('9 0 R'), PAGES, PAGE, objectStream(goTo, '/Filter /FlateDecode', deflateSync, 9)]),
    ],
    [
      '/OpenAction in a compressed object stream, with an action',
      pdf([CATALOG, PAGES, PAGE, objectStream(`<< /Type /Catalog /Pages 2 0 R /OpenAction ${goTo} >>`)]),
    ],
    ['/OpenAction pointing at an object that is not there', pdf([catalogOpening('7 0 R'), PAGES, PAGE])],
    ['/OpenAction followed by something that is no value', pdf([CATALOG, PAGES, PAGE, '<< /T (x /OpenAction) >>'])],
    ['/OpenAction with a keyword', pdf([catalogOpening('true'), PAGES, PAGE])],
    ['a /URI link', pdf([CATALOG, PAGES, PAGE, link('<< /S /URI /URI (https://example.org/) >>')])],
    ['a #-escaped /U#52I', pdf([CATALOG, PAGES, PAGE, link('<< /S /U#52I /U#52I (https://example.org/) >>')])],
    ['/URI in a compressed object stream', pdf([CATALOG, PAGES, PAGE, objectStream(link('<< /S /URI /URI (x) >>'))])],
    ['/SubmitForm', pdf([CATALOG, PAGES, PAGE, link('<< /S /SubmitForm /F (https://example.org/) >>')])],
    ['/GoToR (another file)', pdf([CATALOG, PAGES, PAGE, link('<< /S /GoToR /F (other.pdf) /D [0 /Fit] >>')])],
    ['/GoToE (an embedded file)', pdf([CATALOG, PAGES, PAGE, link('<< /S /GoToE /T << /R /C /N (a) >> >>')])],
    ['/ImportData', pdf([CATALOG, PAGES, PAGE, link('<< /S /ImportData /F (data.fdf) >>')])],
  ])('refuses a PDF with %s as active content', async (_, bytes) => {
    expect(await reason(bytes, 'brief.pdf')).toBe('activeContent');
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
    // /OpenAction as a destination: the first page, fitted. Harmless.
    ['/OpenAction with a destination array', pdf([catalogOpening('[3 0 R /Fit]'), PAGES, PAGE])],
    ['/OpenAction with a named destination', pdf([catalogOpening('(hoofdstuk1)'), PAGES, PAGE])],
    [
      '/OpenAction pointing at a destination array',
      pdf([catalogOpening('4 0 R'), PAGES, PAGE, '[3 0 R /XYZ null null 0]']),
    ],
    [
      '/OpenAction pointing into a compressed object stream at a destination',
      pdf([catalogOpening('9 0 R'), PAGES, PAGE, objectStream('[3 0 R /Fit]', '/Filter /FlateDecode', deflateSync, 9)]),
    ],
    ['a link to a page of the document itself', pdf([CATALOG, PAGES, PAGE, link(goTo)])],
  ])('accepts a PDF with %s', async (_, bytes) => {
    expect(await reason(bytes, 'brief.pdf')).toBe('ok');
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
  ])('refuses a PDF with %s as malformed', async (_, bytes) => {
    expect(await reason(bytes, 'brief.pdf')).toBe('malformed');
  });

  it('refuses a PDF with more objects than the budget as malformed, in the file or in object streams', async () => {
    const many = (n: number) => Array.from({ length: n }, () => 'null');
    const justEnough = pdf([CATALOG, PAGES, PAGE, ...many(MAX_PDF_OBJECTS - 3)]);
    expect(justEnough.length).toBeLessThan(MAX_ATTACHMENT_BYTES);
    expect(await reason(justEnough, 'veel.pdf')).toBe('ok');
    expect(await reason(pdf([CATALOG, PAGES, PAGE, ...many(MAX_PDF_OBJECTS - 2)]), 'veel.pdf')).toBe('malformed');
    const header = Array.from({ length: MAX_PDF_OBJECTS }, (_, i) => `${i + 10} 0`).join(' ');
    const stuffed = stream(
      `/Type /ObjStm /N ${MAX_PDF_OBJECTS} /First ${header.length + 1} /Filter /FlateDecode`,
      deflateSync(`${header} ${'null '.repeat(MAX_PDF_OBJECTS)}`),
    );
    expect(await reason(pdf([CATALOG, PAGES, PAGE, stuffed]), 'veel.pdf')).toBe('malformed');
  });

  it('refuses an object stream that inflates beyond the limit (zip bomb) as too large', async () => {
    const bomb = stream(
      '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
      deflateSync(Buffer.alloc(MAX_INFLATED_BYTES + 1, 0x20), { level: 9 }),
    );
    const bytes = pdf([CATALOG, PAGES, PAGE, bomb]);
    expect(bytes.length).toBeLessThan(MAX_ATTACHMENT_BYTES);
    expect(await reason(bytes, 'bom.pdf')).toBe('tooLarge');
  });
});

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
  ])('refuses %s', async (_, bytes, name) => {
    expect(await reason(bytes, name)).toBe('polyglot');
  });

  it('accepts a JPEG with markup after its first 1024 bytes, and stores none of it (written anew)', async () => {
    const bytes = Buffer.concat([
      SOI,
      segment(0xe1, 'x'.repeat(2000)),
      DQT,
      sof(8, 8),
      scriptTable,
      DHT,
      SOS,
      SCAN,
      EOI,
    ]);
    expect(bytes.indexOf('<script>')).toBeGreaterThan(1024);
    const result = await accepted(inspectUpload(bytes, 'a.jpg'));
    expect(result.bytes.includes('<script>')).toBe(false);
  });

  it('accepts markup after the first 1024 bytes of a PDF (served as a download, never sniffed)', async () => {
    const bytes = pdf([CATALOG, PAGES, PAGE, `<< /Pad (${'x'.repeat(1100)}) >>`, '<< /Title (<html>) >>']);
    expect(bytes.indexOf('<html>')).toBeGreaterThan(1024);
    expect(await reason(bytes, 'a.pdf')).toBe('ok');
  });
});

describe('display names', () => {
  it('keeps a path name out of the display name', async () => {
    expect((await accepted(inspectUpload(jpegWithMetadata(), '../../etc/passwd.jpg'))).displayName).toBe('passwd.jpg');
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
  ])('%j → %j', async (name, expected, extension) => {
    expect(safeDisplayName(name, extension)).toBe(expected);
  });

  it('cuts a long name to 100 characters, extension included, without splitting a character', async () => {
    const long = safeDisplayName(`${'a'.repeat(300)}.jpeg`, 'jpg');
    expect(long).toBe(`${'a'.repeat(96)}.jpg`);
    // 𝐀 is one character but two UTF-16 code units: cutting by code units would leave half of it.
    expect(safeDisplayName(`${'д'.repeat(95)}𝐀𝐀.pdf`, 'pdf')).toBe(`${'д'.repeat(95)}𝐀.pdf`);
  });

  it('handles a hostile 100 000-character name in linear time', async () => {
    const started = performance.now();
    expect(safeDisplayName(`${'. '.repeat(50_000)}x.pdf`, 'pdf')).toBe('x.pdf');
    expect(safeDisplayName(`x${' .'.repeat(50_000)}`, 'pdf')).toBe('x.pdf');
    expect(await reason(MINIMAL_PDF, `${'. '.repeat(50_000)}x.pdf${' .'.repeat(50_000)}`)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
