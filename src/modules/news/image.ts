// SPDX-License-Identifier: EUPL-1.2
/**
 * An image for an article (ADR 0037): decoded and encoded again with sharp (libvips) as WebP, never
 * stored as sent, as the concerns' attachments do (ADR 0023):
 * - only JPEG, PNG and WebP are accepted, recognised by libvips from the bytes (never the name); SVG,
 *   GIF, HEIF and anything else is refused: an SVG can carry script;
 * - the header is read first and an image of more than {@link MAX_NEWS_IMAGE_PIXELS} pixels is refused
 *   before a single pixel is decoded (a decompression bomb); the decoder gets the same limit;
 * - the EXIF orientation is applied to the pixels (`rotate()`), then all metadata goes: EXIF (with
 *   GPS), XMP, IPTC, ICC; sharp writes none unless asked (`withMetadata`, never called here);
 * - wider than {@link MAX_NEWS_IMAGE_WIDTH} is scaled down.
 */
import sharp, { type Metadata } from 'sharp';

sharp.cache(false);

/** The largest upload: 10 MiB, as the concerns' attachments. */
export const MAX_NEWS_IMAGE_BYTES = 10 * 1024 * 1024;
/** The most pixels an uploaded image may have (8192 × 8192). */
export const MAX_NEWS_IMAGE_PIXELS = 8192 * 8192;
/** The widest image stored: wider ones are scaled down. */
export const MAX_NEWS_IMAGE_WIDTH = 1600;

const FORMATS = new Set(['jpeg', 'png', 'webp']);

/** The outcome: WebP bytes, or why the upload was refused. */
export type NewsImage =
  | {
      readonly ok: true;
      readonly bytes: Buffer;
      readonly contentType: 'image/webp';
      readonly width: number;
      readonly height: number;
    }
  | { readonly ok: false; readonly reason: 'notAnImage' | 'tooManyPixels' | 'malformed' };

/**
 * Encodes an uploaded image again as WebP: upright, without metadata, at most 1600 pixels wide.
 * @param input the uploaded bytes
 */
export async function encodeNewsImage(input: Buffer): Promise<NewsImage> {
  const options = { limitInputPixels: MAX_NEWS_IMAGE_PIXELS, failOn: 'warning' } as const;
  let header: Metadata;
  try {
    header = await sharp(input, options).metadata();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/exceeds pixel limit/i.test(message)) return { ok: false, reason: 'tooManyPixels' };
    return { ok: false, reason: 'notAnImage' };
  }
  if (!FORMATS.has(header.format ?? '') || !header.width || !header.height) return { ok: false, reason: 'notAnImage' };
  if (header.width * header.height > MAX_NEWS_IMAGE_PIXELS) return { ok: false, reason: 'tooManyPixels' };
  if ((header.pages ?? 1) > 1) return { ok: false, reason: 'notAnImage' };
  try {
    const { data, info } = await sharp(input, options)
      .rotate()
      .resize({ width: MAX_NEWS_IMAGE_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, contentType: 'image/webp', width: info.width, height: info.height };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: /exceeds pixel limit/i.test(message) ? 'tooManyPixels' : 'malformed' };
  }
}
