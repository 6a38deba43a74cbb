// SPDX-License-Identifier: EUPL-1.2
/**
 * Photos and screenshots are decoded and encoded again with sharp (libvips), never stored as sent
 * (ADR 0023). Writing new pixels is what makes the stored file safe by construction:
 * - whatever the original carried besides pixels is gone: EXIF (with GPS and the camera's serial
 *   number), XMP, IPTC, comments, thumbnails, text chunks, private chunks, bytes after the end;
 * - the EXIF orientation is applied to the pixels first, so a phone photo of an injury shows upright
 *   in every viewer, also in one that ignores EXIF;
 * - colours are converted to sRGB and no ICC profile is embedded (a profile can carry free text);
 * - a file that libvips cannot decode without a warning (truncated, damaged) is refused.
 *
 * Decompression bombs: the header is read first (sharp's metadata(), no pixels decoded) and an image
 * with more than {@link MAX_IMAGE_PIXELS} pixels is refused at once; the decoder gets the same limit.
 * sharp runs on libuv's thread pool, so the event loop stays free while a photo is encoded.
 */
import sharp from 'sharp';

// No decoded photos kept in libvips' operation cache once a request is done.
sharp.cache(false);

/**
 * The most pixels an image may have: 8192 × 8192 (67 megapixels). A 48- or 50-megapixel phone photo
 * fits; a larger one does not fit in 10 MiB as a JPEG anyway. Decoding takes 3 bytes per pixel
 * (about 200 MB at the limit), so a small file declaring more is refused before any decoding.
 */
export const MAX_IMAGE_PIXELS = 8192 * 8192;

/** The JPEG quality photos are encoded again with (libjpeg scale; 4:2:0 chroma, as phones save). */
export const JPEG_QUALITY = 90;

/** The outcome of encoding an image again: the new bytes, or why it was refused. */
export type ReencodedImage =
  | { readonly ok: true; readonly bytes: Buffer; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly reason: 'malformed' | 'tooLarge' };

const MALFORMED = { ok: false, reason: 'malformed' } as const;
const TOO_LARGE = { ok: false, reason: 'tooLarge' } as const;

/**
 * Errors of libvips that mean "too many pixels" rather than "damaged": sharp's own pixel limit and
 * libjpeg's dimension limit (65,500 pixels a side). Anything else that goes wrong is `malformed`.
 */
const TOO_LARGE_ERRORS = [/exceeds pixel limit/i, /maximum supported image dimension/i];

function refusal(err: unknown): ReencodedImage {
  const message = err instanceof Error ? err.message : String(err);
  return TOO_LARGE_ERRORS.some((pattern) => pattern.test(message)) ? TOO_LARGE : MALFORMED;
}

/**
 * Decodes a JPEG or PNG and encodes it again in the same format: upright, sRGB, without metadata
 * (see the module comment).
 * @param input the uploaded bytes, already recognised as `kind` by their magic bytes
 * @param kind what the magic bytes said; libvips must agree
 * @returns the new image, or why it was refused
 */
export async function reencodeImage(input: Buffer, kind: 'jpeg' | 'png'): Promise<ReencodedImage> {
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning' } as const;
  try {
    // The header only: dimensions and format, before a single pixel is decoded.
    const header = await sharp(input, options).metadata();
    if (header.format !== kind || !header.width || !header.height) return MALFORMED;
    if (header.width * header.height > MAX_IMAGE_PIXELS) return TOO_LARGE;
    if ((header.pages ?? 1) > 1) return MALFORMED;

    const image = sharp(input, options).rotate();
    const encoded = kind === 'jpeg' ? image.jpeg({ quality: JPEG_QUALITY }) : image.png();
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, width: info.width, height: info.height };
  } catch (err) {
    return refusal(err);
  }
}
