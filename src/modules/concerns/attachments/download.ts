// SPDX-License-Identifier: EUPL-1.2
/**
 * The response headers for downloading an attachment (T15): always a download, never shown inline
 * (`Content-Disposition: attachment`), never sniffed into another type (`nosniff`), sandboxed with
 * nothing allowed should a browser render it anyway (`CSP: sandbox; default-src 'none'`), not cached
 * (`no-store`, ASVS 14.3.2), and not embeddable by other sites (CORP same-origin). The name is given
 * twice (RFC 6266): an ASCII fallback in `filename` and the full UTF-8 name in `filename*` (RFC 5987).
 */

/** The media types an attachment is served as; anything else goes out as application/octet-stream. */
const SERVED_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'application/pdf']);

/** RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~". */
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;

/** A name with whitespace (line breaks too) as single spaces, without control and format characters (bidi overrides, zero-width). */
function printable(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * The ASCII fallback for `filename="…"`: accents dropped (é → e), other non-ASCII runs become `_`,
 * and `"`, `\`, `%` and control characters are removed.
 * @param name the display name
 */
export function asciiFileName(name: string): string {
  const ascii = printable(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]+/g, '_')
    .replace(/["\\%]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return ascii || 'bijlage';
}

/**
 * Percent-encodes a name as RFC 5987 `value-chars`: UTF-8 bytes, every byte that is not an
 * attr-char as `%XX`.
 * @param name the display name
 */
export function encodeRfc5987(name: string): string {
  let out = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>`.
 * @param displayName the name to offer
 */
export function contentDisposition(displayName: string): string {
  const name = printable(displayName) || 'bijlage';
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/**
 * The headers for an attachment download. Set them on the reply after any plugin that sets a
 * general Content-Security-Policy, so that this stricter one is what goes out.
 * @param a the stored attachment: its media type, display name and size in bytes
 * @throws {RangeError} when the size is not a whole number ≥ 0
 */
export function attachmentHeaders(a: {
  readonly mediaType: string;
  readonly displayName: string;
  readonly size: number;
}): Record<string, string> {
  if (!Number.isSafeInteger(a.size) || a.size < 0) throw new RangeError('size must be a whole number ≥ 0');
  return {
    'Content-Type': SERVED_TYPES.has(a.mediaType) ? a.mediaType : 'application/octet-stream',
    'Content-Length': String(a.size),
    'Content-Disposition': contentDisposition(a.displayName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
