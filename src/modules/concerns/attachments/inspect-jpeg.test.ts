// SPDX-License-Identifier: EUPL-1.2
/**
 * The upload pipeline against T15's hostile JPEGs, all built here: a photo with GPS EXIF, XMP, ICC,
 * IPTC, a comment, a thumbnail and a trailer; a phone photo with EXIF Orientation 6; a decompression
 * bomb; broken and truncated files.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BLUE, colourDistance, phonePhotoOrientation6, pixelAt, RED, UPRIGHT } from '#test/fixtures/files.ts';
import {
  accepted,
  DHT,
  DQT,
  EOI,
  jpegWithMetadata,
  metadataOf,
  reason,
  SCAN,
  SOI,
  SOS,
  sof,
} from '#test/fixtures/inspect-upload.ts';
import { inspectUpload } from './inspect.ts';

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
