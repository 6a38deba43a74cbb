// SPDX-License-Identifier: EUPL-1.2
/**
 * An article's image is encoded again (ADR 0037): WebP, upright, without EXIF (camera, place) and
 * XMP, at most 1600 pixels wide; SVG and other formats are refused, and so is a header that claims
 * more pixels than allowed, before any pixel is decoded.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeNewsImage } from './image.ts';

/** A JPEG 40 × 20 with EXIF: orientation 6 (turn 90° clockwise to show), the artist and a copyright. */
async function jpegWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#14487c' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Artist: 'Petra Jansen', Copyright: 'Gemeente' } })
    .toBuffer();
}

/** CRC-32 of PNG chunks (written out here: the test does not trust a library it tests with). */
function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG header claiming width × height pixels, with no real pixel data after it. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('encoding an article image', () => {
  it('turns a JPEG upright into WebP without its EXIF', async () => {
    const input = await jpegWithExif();
    const before = await sharp(input).metadata();
    expect([before.orientation, before.exif === undefined]).toEqual([6, false]);
    const out = await encodeNewsImage(input);
    expect(out.ok).toBe(true);
    if (!out.ok) return expect.unreachable();
    const meta = await sharp(out.bytes).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([20, 40]);
    expect([out.width, out.height]).toEqual([20, 40]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(out.bytes.includes(Buffer.from('Petra Jansen'))).toBe(false);
  });

  it('scales a wide PNG down to 1600 pixels', async () => {
    const png = await sharp({ create: { width: 2000, height: 100, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const out = await encodeNewsImage(png);
    expect(out.ok && [out.width, out.height]).toEqual([1600, 80]);
  });

  it.each([
    [
      'an SVG file',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'),
    ],
    ['an SVG with an XML declaration', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a GIF', Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s as no image', async (_, bytes) => {
    expect(await encodeNewsImage(bytes)).toEqual({ ok: false, reason: 'notAnImage' });
  });

  it('refuses a header claiming 10000 × 10000 pixels before decoding', async () => {
    expect(await encodeNewsImage(pngClaiming(10_000, 10_000))).toEqual({ ok: false, reason: 'tooManyPixels' });
  });

  it('refuses a PNG whose pixels are missing as damaged', async () => {
    expect(await encodeNewsImage(pngClaiming(10, 10))).toEqual({ ok: false, reason: 'malformed' });
  });
});
