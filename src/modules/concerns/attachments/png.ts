// SPDX-License-Identifier: EUPL-1.2
/**
 * PNG check and metadata removal, by walking the chunks (PNG spec, 3rd edition §5) and writing the
 * file again from an allow-list: the critical chunks and the ancillary chunks that only say how to
 * show the pixels. Everything else is dropped, which includes the metadata chunks `eXIf`, `tEXt`,
 * `zTXt`, `iTXt` and `tIME`, ICC profiles (`iCCP`, which carry free-text names), private chunks and
 * animation (an APNG becomes its still default image). Bytes after IEND are dropped.
 *
 * Fail closed: a bad signature or CRC, IHDR not first or not valid, an unknown critical chunk, PLTE
 * missing for a palette image, no IDAT, no IEND, or more than {@link MAX_IMAGE_PIXELS} pixels.
 */
import { crc32 } from 'node:zlib';
import { type CleanedImage, MAX_IMAGE_PIXELS } from './image.ts';

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const MALFORMED = { ok: false, reason: 'malformed' } as const;
const CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);
const KEPT_ANCILLARY = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'bKGD', 'pHYs', 'cICP']);
/** Allowed bit depths per colour type. */
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

function validHeader(data: Buffer): 'ok' | 'malformed' | 'tooLarge' {
  if (data.length !== 13) return 'malformed';
  const width = data.readUInt32BE(0);
  const height = data.readUInt32BE(4);
  const [bitDepth, colourType, compression, filter, interlace] = data.subarray(8);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return 'malformed';
  if (!BIT_DEPTHS[colourType!]?.includes(bitDepth!) || compression !== 0 || filter !== 0 || interlace! > 1) {
    return 'malformed';
  }
  return width * height > MAX_IMAGE_PIXELS ? 'tooLarge' : 'ok';
}

/**
 * Checks a PNG and writes it again without metadata (see the module comment).
 * @param input the uploaded bytes; they start with the PNG signature
 * @returns the cleaned PNG, or why it was refused
 */
export function cleanPng(input: Buffer): CleanedImage {
  if (!input.subarray(0, 8).equals(PNG_SIGNATURE)) return MALFORMED;
  const out: Buffer[] = [PNG_SIGNATURE];
  let pos = 8;
  let first = true;
  let palette = false;
  let paletteImage = false;
  let data = false;
  for (;;) {
    if (pos + 12 > input.length) return MALFORMED;
    const length = input.readUInt32BE(pos);
    if (length > 0x7fffffff || pos + 12 + length > input.length) return MALFORMED;
    const typeBytes = input.subarray(pos + 4, pos + 8);
    const type = typeBytes.toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type)) return MALFORMED;
    const body = input.subarray(pos + 8, pos + 8 + length);
    if (crc32(body, crc32(typeBytes)) >>> 0 !== input.readUInt32BE(pos + 8 + length)) return MALFORMED;
    const chunk = input.subarray(pos, pos + 12 + length);
    pos += 12 + length;

    if (first !== (type === 'IHDR')) return MALFORMED;
    if (first) {
      const header = validHeader(body);
      if (header !== 'ok') return { ok: false, reason: header };
      paletteImage = body[9] === 3;
      first = false;
    } else if (type === 'PLTE') {
      if (data || length === 0 || length % 3 !== 0) return MALFORMED;
      palette = true;
    } else if (type === 'IDAT') {
      if (paletteImage && !palette) return MALFORMED;
      data = true;
    } else if (type === 'IEND') {
      if (!data || length !== 0) return MALFORMED;
      out.push(chunk);
      return { ok: true, bytes: Buffer.concat(out) };
    } else if (!CRITICAL.has(type) && type.charCodeAt(0) < 0x61) {
      return MALFORMED; // an unknown critical chunk: a decoder must refuse the file, so do we
    }
    if (CRITICAL.has(type) || KEPT_ANCILLARY.has(type)) out.push(chunk);
  }
}
