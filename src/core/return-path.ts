// SPDX-License-Identifier: EUPL-1.2
/**
 * Where to send someone back to after signing in or confirming their second factor (the `terug`
 * parameter). Only a path on Kring itself: browsers forgive a lot in a Location header (they drop
 * tabs and newlines, read `\` as `/`, and take `//host` as another site), so anything that could be
 * read as another site, in any decoding, falls back to the start page (ASVS 5.0 V3.7.2; issue 11,
 * finding 1: `/%09/evil.example` became `//evil.example`).
 */

/** The longest return path accepted. */
export const MAX_RETURN_PATH = 500;

/** How many layers of percent-encoding are peeled off before giving up. */
const MAX_DECODINGS = 4;

/** Whether one decoded layer is a plain local path: `/`, then no `/` or `\`, and only printable ASCII. */
function isLocalPathLayer(value: string): boolean {
  if (!value.startsWith('/')) return false;
  const second = value[1];
  if (second === '/' || second === '\\') return false;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    // Printable ASCII only: no C0 control, no DEL, no C1 control, nothing beyond ASCII (`€`, `。`).
    if (c < 0x20 || c > 0x7e) return false;
    if (c === 0x5c) return false; // `\`: a browser reads it as `/`
  }
  return true;
}

/**
 * A safe place to return to: a path on this site, or the fallback.
 *
 * The value is checked as given and after every layer of percent-decoding (so `/%2F/x`, `/%252F/x`
 * and `/%5Cx` are refused as well as `//x` and `/\x`); a value that does not decode is refused.
 * @param value the `terug` parameter, as the query parser or form gave it
 * @param fallback where to go otherwise (a path of Kring's own)
 * @returns `value` unchanged when it is safe, else `fallback`
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RETURN_PATH) return fallback;
  let layer = value;
  for (let i = 0; i <= MAX_DECODINGS; i += 1) {
    if (!isLocalPathLayer(layer)) return fallback;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return fallback;
    }
    if (decoded === layer) return value;
    layer = decoded;
  }
  // Still encoded after this many layers: nobody types that.
  return fallback;
}
