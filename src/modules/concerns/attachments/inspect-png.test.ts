// SPDX-License-Identifier: EUPL-1.2
/**
 * The upload pipeline against T15's hostile PNGs, all built here: text, time, EXIF, ICC and private
 * chunks and a trailer; decompression bombs; broken files.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { chunk, exifWithGps } from '#test/fixtures/files.ts';
import { accepted, IDAT, IEND, ihdr, metadataOf, PHYS, png, reason } from '#test/fixtures/inspect-upload.ts';
import { MAX_IMAGE_PIXELS } from './image.ts';
import { inspectUpload } from './inspect.ts';

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

function pngChunkTypes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let pos = 8; pos < bytes.length; pos += 12 + bytes.readUInt32BE(pos)) {
    types.push(bytes.toString('latin1', pos + 4, pos + 8));
  }
  return types;
}

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
