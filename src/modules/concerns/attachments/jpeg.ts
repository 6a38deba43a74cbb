// SPDX-License-Identifier: EUPL-1.2
/**
 * JPEG check and metadata removal, by walking the marker segments (ITU T.81 annex B) from SOI to
 * EOI, through the entropy-coded data of every scan, and writing the file again from the segments
 * that are kept:
 * - APP0 JFIF is kept, rewritten without its embedded thumbnail (a thumbnail can show what a crop
 *   removed); any other APP0 (JFXX thumbnails) is dropped;
 * - APP1–APP15 (EXIF with GPS, XMP, ICC profiles, Photoshop/IPTC, Adobe, MPF …) and COM are dropped,
 *   wherever they are, also between the scans of a progressive JPEG;
 * - everything after EOI is dropped (phones append videos and depth maps there; so do polyglots).
 * Dropping APP2 (ICC) and APP14 (Adobe) can shift the colours of wide-gamut and CMYK images.
 *
 * Fail closed: a file that does not walk cleanly from SOI to EOI, has no frame (SOF) before its
 * first scan, more than one frame, a zero dimension, or more than {@link MAX_IMAGE_PIXELS} pixels, is
 * refused.
 */
import { type CleanedImage, MAX_IMAGE_PIXELS } from './image.ts';

const MALFORMED = { ok: false, reason: 'malformed' } as const;
const SOI = Buffer.from([0xff, 0xd8]);
const EOI = Buffer.from([0xff, 0xd9]);
const JFIF = Buffer.from('JFIF\0', 'latin1');

/** The start-of-frame markers: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(code: number): boolean {
  return code >= 0xc0 && code <= 0xcf && code !== 0xc4 && code !== 0xc8 && code !== 0xcc;
}

/** APP0 JFIF without its thumbnail (identifier, version, units, densities, 0×0 thumbnail). */
function jfifWithoutThumbnail(body: Buffer): Buffer | undefined {
  if (body.length < 14 || !body.subarray(0, 5).equals(JFIF)) return undefined;
  return Buffer.concat([Buffer.from([0xff, 0xe0, 0x00, 0x10]), body.subarray(0, 12), Buffer.from([0, 0])]);
}

/**
 * Checks a JPEG and writes it again without metadata (see the module comment).
 * @param input the uploaded bytes; they start with FF D8 FF
 * @returns the cleaned JPEG, or why it was refused
 */
export function cleanJpeg(input: Buffer): CleanedImage {
  const n = input.length;
  if (n < 4 || input[0] !== 0xff || input[1] !== 0xd8) return MALFORMED;
  const out: Buffer[] = [SOI];
  let pos = 2;
  let frame = false;
  let scanned = false;
  for (;;) {
    if (input[pos] !== 0xff) return MALFORMED;
    while (input[pos] === 0xff) pos++; // fill bytes before a marker
    const code = input[pos];
    if (code === undefined) return MALFORMED;
    pos++;
    if (code === 0xd9) {
      if (!scanned) return MALFORMED;
      out.push(EOI);
      return { ok: true, bytes: Buffer.concat(out) };
    }
    // SOI again, TEM, RSTn outside a scan, or a stuffed zero: not a valid segment here.
    if (code === 0x00 || code === 0x01 || code === 0xd8 || (code >= 0xd0 && code <= 0xd7)) return MALFORMED;
    if (pos + 2 > n) return MALFORMED;
    const length = input.readUInt16BE(pos);
    if (length < 2 || pos + length > n) return MALFORMED;
    const segment = input.subarray(pos - 2, pos + length);
    const body = input.subarray(pos + 2, pos + length);
    pos += length;

    if (code === 0xe0) {
      const app0 = jfifWithoutThumbnail(body);
      if (app0) out.push(app0);
      continue;
    }
    if ((code >= 0xe1 && code <= 0xef) || code === 0xfe) continue;
    if (isStartOfFrame(code)) {
      if (frame || body.length < 6) return MALFORMED;
      const height = body.readUInt16BE(1);
      const width = body.readUInt16BE(3);
      const components = body[5]!;
      if (width === 0 || height === 0 || components === 0 || body.length !== 6 + 3 * components) return MALFORMED;
      if (width * height > MAX_IMAGE_PIXELS) return { ok: false, reason: 'tooLarge' };
      frame = true;
    }
    out.push(segment);
    if (code !== 0xda) continue;

    // Start of scan: the header, then entropy-coded data up to the next marker that is not a
    // stuffed zero (FF 00) or a restart marker (FF D0–D7).
    const components = body[0];
    if (!frame || components === undefined || components === 0 || body.length !== 4 + 2 * components) {
      return MALFORMED;
    }
    const start = pos;
    for (;;) {
      pos = input.indexOf(0xff, pos);
      if (pos < 0 || pos + 1 >= n) return MALFORMED;
      const next = input[pos + 1]!;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
        pos += 2;
        continue;
      }
      break;
    }
    out.push(input.subarray(start, pos));
    scanned = true;
  }
}
