// SPDX-License-Identifier: EUPL-1.2
/**
 * The fail-closed check of a file attached to a concern dossier (security test plan T15; ASVS 5.2.1,
 * 5.2.2, 5.4.1), run before anything is stored. Only JPEG, PNG and PDF are accepted, recognised by
 * their content (magic bytes and a structural walk), never by the name or the Content-Type the
 * browser sent; the name's extension must agree with the content. Images are decoded and encoded
 * again by sharp: upright, in sRGB, without any metadata (EXIF and GPS, XMP, ICC, text chunks,
 * thumbnails; see image.ts), so what is stored and hashed is the new file. A PDF is stored unchanged
 * (its document information stays), but it is refused when it holds scripts, actions, links, embedded
 * files or encryption (pdf.ts, checked in a worker thread by pdf-check.ts). Anything that cannot be
 * checked is refused: the answer to doubt is "no".
 *
 * Not done here: the virus scan (ASVS 5.4.3, ClamAV) and the decision whether someone may attach.
 */
import { createHash } from 'node:crypto';
import { fileExtension, safeDisplayName } from './file-name.ts';
import { reencodeImage } from './image.ts';
import { hasPdfHeader } from './pdf.ts';
import { type PdfChecker, pdfChecker } from './pdf-check.ts';

/** The largest attachment: 10 MiB (ASVS 5.2.1); one byte more is refused. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** How many leading bytes are searched for HTML or SVG (browsers sniff the first 512). */
export const POLYGLOT_WINDOW = 1024;

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The accepted kinds of file. */
export type AttachmentKind = 'jpeg' | 'png' | 'pdf';

/** What each accepted kind is served as and named with. */
export const ATTACHMENT_TYPES = {
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg', extensions: ['jpg', 'jpeg'] },
  png: { mediaType: 'image/png', extension: 'png', extensions: ['png'] },
  pdf: { mediaType: 'application/pdf', extension: 'pdf', extensions: ['pdf'] },
} as const satisfies Record<
  AttachmentKind,
  { readonly mediaType: string; readonly extension: string; readonly extensions: readonly string[] }
>;

/** The media type of an accepted file. */
export type AttachmentMediaType = (typeof ATTACHMENT_TYPES)[AttachmentKind]['mediaType'];

/** The extension an accepted file is named with. */
export type AttachmentExtension = (typeof ATTACHMENT_TYPES)[AttachmentKind]['extension'];

/**
 * Why an upload was refused:
 * - `empty`: no bytes;
 * - `tooLarge`: more than {@link MAX_ATTACHMENT_BYTES}, or an image with more pixels than
 *   MAX_IMAGE_PIXELS, or a PDF whose object streams inflate beyond MAX_INFLATED_BYTES (bombs);
 * - `unsupportedType`: not a JPEG, PNG or PDF by its content;
 * - `typeMismatch`: the name's extension does not fit the content (or there is none);
 * - `malformed`: damaged, or it cannot be checked (an encrypted PDF, an unusual object stream, a PDF
 *   whose check ran out of time);
 * - `activeContent`: a PDF with scripts, actions, links, launchers, embedded files, rich media or XFA;
 * - `polyglot`: HTML or SVG markup in the first {@link POLYGLOT_WINDOW} bytes.
 */
export type UploadRejectionReason =
  | 'empty'
  | 'tooLarge'
  | 'unsupportedType'
  | 'typeMismatch'
  | 'malformed'
  | 'activeContent'
  | 'polyglot';

/** An accepted upload: what to store (the cleaned bytes) and what to record about it. */
export interface InspectedUpload {
  readonly ok: true;
  readonly kind: AttachmentKind;
  readonly mediaType: AttachmentMediaType;
  readonly extension: AttachmentExtension;
  /** The bytes to store: images encoded again without metadata, a PDF as uploaded (a copy). */
  readonly bytes: Buffer;
  /** SHA-256 of `bytes`, lower-case hex. */
  readonly sha256: string;
  /** A safe name to show and to download as; never part of a path. */
  readonly displayName: string;
}

/** A refused upload. Nothing of it may be stored. */
export interface UploadRejection {
  readonly ok: false;
  readonly reason: UploadRejectionReason;
}

const MARKUP = ['<html', '<script', '<svg', '<!doctype html', '<body', '<iframe'];

/**
 * The kind of file by its magic bytes: JPEG `FF D8 FF`, the 8-byte PNG signature, or a PDF header
 * (`%PDF-1.0` … `%PDF-1.7`, `%PDF-2.0`) at byte 0.
 * @param bytes the uploaded bytes
 * @returns the kind, or undefined for anything else
 */
export function detectKind(bytes: Buffer): AttachmentKind | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (hasPdfHeader(bytes)) return 'pdf';
  return undefined;
}

/**
 * Whether the first {@link POLYGLOT_WINDOW} bytes hold HTML or SVG markup (case-insensitive): a
 * file that a browser could also take for a web page.
 * @param bytes the file
 */
export function containsMarkup(bytes: Buffer): boolean {
  const head = bytes.toString('latin1', 0, POLYGLOT_WINDOW).toLowerCase();
  return MARKUP.some((tag) => head.includes(tag));
}

function reject(reason: UploadRejectionReason): UploadRejection {
  return { ok: false, reason };
}

/**
 * Checks an upload and returns what may be stored, or why it is refused (see the module comment).
 * The checks run in this order, so each file gets the first reason that applies: empty, too large,
 * unsupported type, type mismatch, polyglot, malformed / active content / too many pixels, and
 * polyglot again on the new image.
 * @param bytes the uploaded bytes (not changed)
 * @param fileName the file name the browser sent (untrusted; only used for the extension check and
 *   the display name)
 * @param pdfs the worker that checks PDFs (the shared one unless a test brings its own)
 */
export async function inspectUpload(
  bytes: Buffer,
  fileName: string,
  pdfs: PdfChecker = pdfChecker,
): Promise<InspectedUpload | UploadRejection> {
  if (bytes.length === 0) return reject('empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) return reject('tooLarge');
  const kind = detectKind(bytes);
  if (!kind) return reject('unsupportedType');
  const type = ATTACHMENT_TYPES[kind];
  const extension = fileExtension(fileName);
  if (!extension || !(type.extensions as readonly string[]).includes(extension)) return reject('typeMismatch');
  if (containsMarkup(bytes)) return reject('polyglot');

  let stored: Buffer;
  if (kind === 'pdf') {
    const verdict = await pdfs.check(bytes);
    if (verdict !== 'ok') return reject(verdict);
    stored = Buffer.from(bytes);
  } else {
    const result = await reencodeImage(bytes, kind);
    if (!result.ok) return reject(result.reason);
    if (containsMarkup(result.bytes)) return reject('polyglot');
    stored = result.bytes;
  }
  return {
    ok: true,
    kind,
    mediaType: type.mediaType,
    extension: type.extension,
    bytes: stored,
    sha256: createHash('sha256').update(stored).digest('hex'),
    displayName: safeDisplayName(fileName, type.extension),
  };
}
