// SPDX-License-Identifier: EUPL-1.2
/**
 * What Kring does with the file name a person's browser sent along with an upload. The name is only
 * ever shown (and offered again as the download name); it never becomes part of a path (ASVS 5.3.2:
 * the store names files by a server-made id). Still it is cleaned, so that a name such as
 * `../../etc/passwd.jpg`, a right-to-left override or a line break cannot mislead a reader or a
 * header: the base name only, letters (any script), digits, space and `-_.()`, at most 100 characters.
 */

/** The longest display name, extension included (in code points). */
export const MAX_DISPLAY_NAME_LENGTH = 100;

/** The name used when nothing of the sent name is left. */
const FALLBACK_STEM = 'bijlage';

/** The last path part of a sent name, NFC, without trailing whitespace and dots (as Windows does). */
function baseName(fileName: string): string {
  const base = fileName.normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  let end = base.length;
  while (end > 0 && /[\s.]/u.test(base[end - 1]!)) end--;
  return base.slice(0, end);
}

/** Without leading and trailing dots and spaces (a loop: a regex here backtracks quadratically). */
function trimDotsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '.')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '.')) end--;
  return text.slice(start, end);
}

/**
 * The extension of a sent file name, lower case and without the dot; undefined when it has none.
 * `.jpg` has the extension `jpg`; `foto.jpg.` and `foto.jpg ` are read as `foto.jpg`.
 * @param fileName the name as the browser sent it (untrusted)
 */
export function fileExtension(fileName: string): string | undefined {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? base.slice(dot + 1).toLowerCase() : undefined;
}

/**
 * A safe name to show for an upload: the base name without its extension, with every character
 * outside letters (any script), digits, space and `-_.()` removed, whitespace collapsed to one space,
 * runs of dots to one dot, no leading or trailing dots or spaces, then the extension of the detected
 * type; at most {@link MAX_DISPLAY_NAME_LENGTH} characters; `bijlage.<ext>` when nothing is left.
 * @param fileName the name as the browser sent it (untrusted)
 * @param extension the extension of the detected type, without the dot (`jpg`, `png`, `pdf`)
 */
export function safeDisplayName(fileName: string, extension: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  const stem = trimDotsAndSpaces(
    (dot >= 0 ? base.slice(0, dot) : base)
      .replace(/\s+/gu, ' ')
      .replace(/[^\p{L}\p{M}\p{N} \-_.()]/gu, '')
      .replace(/\.{2,}/g, '.')
      .replace(/ {2,}/g, ' '),
  );
  const room = MAX_DISPLAY_NAME_LENGTH - extension.length - 1;
  const short = trimDotsAndSpaces(Array.from(stem).slice(0, room).join(''));
  return `${short || FALLBACK_STEM}.${extension}`;
}
