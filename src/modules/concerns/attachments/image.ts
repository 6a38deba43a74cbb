// SPDX-License-Identifier: EUPL-1.2
/** What the JPEG and PNG cleaners share: their result and the pixel limit. */

/**
 * The most pixels an image may have (the limit libvips/sharp use by default, 0x3FFF²): a small file
 * with huge dimensions is a decompression bomb for whatever later decodes it.
 */
export const MAX_IMAGE_PIXELS = 0x3fff * 0x3fff;

/** The outcome of cleaning an image: the rewritten bytes, or why it was refused. */
export type CleanedImage =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly reason: 'malformed' | 'tooLarge' };
