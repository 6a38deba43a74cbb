// SPDX-License-Identifier: EUPL-1.2
/**
 * Text in the PDFs Kring makes (the chronology, the access overview), so that every name prints as it was written:
 * "Łucja", "Şükrü", "Олена", "فاطمة" (ADR 0023).
 *
 * Fonts: Noto Sans (Latin, Greek, Cyrillic, Vietnamese) and Noto Sans Arabic, regular and bold, SIL
 * Open Font License 1.1, shipped with the app as npm packages (the full TTF files of Google Fonts)
 * and embedded as subsets by pdfkit. Each character gets the first font that has it (Arabic script
 * always the Arabic font); a character neither font has becomes a look-alike or "?".
 *
 * Shaping: pdfkit lays text out with fontkit, which applies the OpenType features, so Arabic letters
 * take their joined forms (initial, medial, final) and ligatures. fontkit reverses the glyphs of a
 * right-to-left run, but it knows no bidirectional algorithm: pdfkit hands it one word at a time,
 * so two Arabic words would stand in the wrong order, and digits inside Arabic would be reversed.
 * So a paragraph with right-to-left text is laid out here: the Unicode Bidirectional Algorithm
 * (bidi-js) gives each character its level, lines are broken in logical order, each line is
 * reordered for display (rule L2, with mirrored brackets), and drawn run by run, each run shaped as a
 * whole. The documents are Dutch or English, so a paragraph is left to right unless it holds no
 * left-to-right letter at all (a note written wholly in Arabic: right to left, aligned right); an
 * Arabic name in a Dutch sentence, also at its start, stays in a left-to-right line. Paragraphs in
 * one font, left to right (nearly all), are written by pdfkit as before.
 *
 * Explicit bidi embeddings and overrides (U+202A–U+202E, U+2066–U+2069) are dropped with the other
 * invisible format characters: typed text cannot reorder what the PDF shows.
 *
 * Known limit (ADR 0023): Noto Sans Arabic draws some letters as one skeleton plus dots (ر and ز, ه
 * and ة). The page shows them right, but a PDF maps each glyph to one character for copying and
 * search, so when both letters of such a pair occur in one document, copying may give the other
 * one. Marking every cluster with /ActualText (as Chromium does) would fix that; pdfkit cannot.
 */
import { createRequire } from 'node:module';
import bidiModule from 'bidi-js';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/** The fonts of Kring's PDFs: name → file. */
const FONT_FILES = {
  Sans: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  'Sans-Bold': require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  Arabic: require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  'Arabic-Bold': require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
} as const;

/** A font registered in a document by {@link registerPdfFonts}. */
export type PdfFontName = keyof typeof FONT_FILES;

/** The weight to write in. */
export type PdfWeight = 'regular' | 'bold';

/** The fonts per weight, in the order they are tried for a character. */
const FAMILIES: Readonly<Record<PdfWeight, readonly PdfFontName[]>> = {
  regular: ['Sans', 'Arabic'],
  bold: ['Sans-Bold', 'Arabic-Bold'],
};

let loaded: Map<PdfFontName, fontkit.Font> | undefined;
/** The fonts, parsed once (for coverage and metrics; pdfkit parses its own copy per document). */
function fonts(): Map<PdfFontName, fontkit.Font> {
  loaded ??= new Map(
    Object.entries(FONT_FILES).map(([name, file]) => [name as PdfFontName, fontkit.openSync(file) as fontkit.Font]),
  );
  return loaded;
}

/**
 * Registers Kring's fonts in a pdfkit document.
 * @param doc the document
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
}

/** Look-alikes for characters none of the fonts has. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u21d2': '=>',
};

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Invisible format characters that stay: joiners (Arabic, Persian) and the implicit direction marks. */
const KEPT_FORMAT = new Set(['\u200c', '\u200d', '\u200e', '\u200f']);

/** The font of a weight that has the character, or undefined. */
function fontFor(ch: string, weight: PdfWeight): PdfFontName | undefined {
  const code = ch.codePointAt(0) ?? 0;
  const [latin, arabic] = FAMILIES[weight];
  const all = fonts();
  if (ARABIC_SCRIPT.test(ch)) return all.get(arabic!)!.hasGlyphForCodePoint(code) ? arabic : undefined;
  if (all.get(latin!)!.hasGlyphForCodePoint(code)) return latin;
  return all.get(arabic!)!.hasGlyphForCodePoint(code) ? arabic : undefined;
}

/**
 * Text as Kring's PDFs print it: composed (NFC), line breaks kept, tabs and odd spaces as spaces,
 * other control and invisible format characters dropped (bidi overrides included), and a character
 * that no font has replaced by a look-alike or "?".
 * @param text the text to print
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (ch === '\n' || KEPT_FORMAT.has(ch)) out += ch;
    else if (ch === '\t' || /\p{Zs}/u.test(ch)) out += ' ';
    else if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch)) continue;
    else if (fontFor(ch, 'regular')) out += ch;
    else out += REPLACEMENTS[ch] ?? '?';
  }
  return out;
}

// bidi-js is CommonJS whose only export is the factory; its types describe it as an ES default export.
const bidiFactory = (typeof bidiModule === 'function' ? bidiModule : bidiModule.default) as typeof bidiModule.default;
const bidi = bidiFactory();
/** Strongly right-to-left characters (Hebrew, Arabic, Syriac, Thaana, N'Ko …) start the bidi path. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** How to write a paragraph. */
export interface PdfParagraphStyle {
  readonly weight: PdfWeight;
  readonly size: number;
  readonly color: string;
  readonly x: number;
  readonly width: number;
  /** Space after the paragraph. */
  readonly paragraphGap: number;
  /** Space between lines. */
  readonly lineGap: number;
  /** The lowest y text may reach on a page; below it a new page starts. */
  readonly bottom: number;
}

/** One piece of a line as drawn: text in one font, one direction, and its width. */
interface Piece {
  readonly text: string;
  readonly font: PdfFontName;
  readonly width: number;
}

/**
 * Writes text at `doc.y` (see the module comment): paragraphs split at line breaks, each wrapped to
 * the width. Leaves `doc.y` below the text.
 * @param doc the document (its fonts registered with {@link registerPdfFonts})
 * @param raw the text (passed through {@link pdfText} here)
 * @param style how to write it
 */
export function writeText(doc: PDFKit.PDFDocument, raw: string, style: PdfParagraphStyle): void {
  const text = pdfText(raw);
  const [primary] = FAMILIES[style.weight];
  const simple =
    !RIGHT_TO_LEFT.test(text) && [...text].every((ch) => ch === '\n' || fontFor(ch, style.weight) === primary);
  doc.fontSize(style.size).fillColor(style.color);
  if (simple) {
    doc.font(primary!).text(text, style.x, doc.y, {
      width: style.width,
      paragraphGap: style.paragraphGap,
      lineGap: style.lineGap,
    });
    return;
  }
  for (const paragraph of text.split('\n')) writeBidiParagraph(doc, paragraph, style);
  doc.x = style.x;
}

/** Width of a run of text in one font at the style's size, shaped as a whole. */
function widthOf(doc: PDFKit.PDFDocument, font: PdfFontName, text: string, size: number): number {
  return doc.font(font).fontSize(size).widthOfString(text, { features: [] });
}

/** Splits logical [start, end) into runs of one font. */
function fontRuns(text: string, start: number, end: number, weight: PdfWeight) {
  const runs: Array<{ start: number; end: number; font: PdfFontName }> = [];
  for (let i = start; i < end; i++) {
    const font = fontFor(text[i]!, weight) ?? FAMILIES[weight][0]!;
    const last = runs.at(-1);
    if (last && last.font === font && last.end === i) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, font });
  }
  return runs;
}

/** Lines of a paragraph in logical order: [start, end) with trailing spaces inside. */
function breakLines(doc: PDFKit.PDFDocument, text: string, style: PdfParagraphStyle): Array<[number, number]> {
  const measure = (start: number, end: number) =>
    fontRuns(text, start, end, style.weight).reduce(
      (sum, run) => sum + widthOf(doc, run.font, text.slice(run.start, run.end), style.size),
      0,
    );
  const fits = (start: number, end: number) => measure(start, end) <= style.width;
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let filled = 0; // the end of the last word that fits, its trailing spaces included
  for (const word of text.matchAll(/\S+\s*|\s+/g)) {
    const end = word.index + word[0].length;
    const visibleEnd = word.index + word[0].trimEnd().length;
    if (!fits(lineStart, visibleEnd)) {
      if (filled > lineStart) {
        lines.push([lineStart, filled]);
        lineStart = filled;
      }
      // A word wider than a line is cut where it stops fitting.
      while (!fits(lineStart, visibleEnd)) {
        let cut = lineStart + 1;
        while (cut < visibleEnd && fits(lineStart, cut + 1)) cut++;
        lines.push([lineStart, cut]);
        lineStart = cut;
      }
    }
    filled = end;
  }
  if (lineStart < text.length || lines.length === 0) lines.push([lineStart, text.length]);
  return lines;
}

/** The pieces of one line in display order, left to right. */
function lineInDisplayOrder(
  doc: PDFKit.PDFDocument,
  text: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  [start, end]: [number, number],
  style: PdfParagraphStyle,
): Piece[] {
  let last = end - 1;
  while (last >= start && /\s/.test(text[last]!)) last--; // trailing spaces take no room
  if (last < start) return [];
  // bidi-js answers for the whole text with only this line reordered: take the line.
  const order = bidi.getReorderedIndices(text, levels, start, last).slice(start, last + 1);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, last);
  const pieces: Piece[] = [];
  let i = 0;
  while (i < order.length) {
    const first = order[i]!;
    const rtl = (levels.levels[first]! & 1) === 1;
    const font = fontFor(text[first]!, style.weight) ?? FAMILIES[style.weight][0]!;
    let j = i + 1;
    while (
      j < order.length &&
      order[j] === order[j - 1]! + (rtl ? -1 : 1) &&
      (levels.levels[order[j]!]! & 1) === (rtl ? 1 : 0) &&
      (fontFor(text[order[j]!]!, style.weight) ?? FAMILIES[style.weight][0]) === font
    ) {
      j++;
    }
    const indices = [...order.slice(i, j)].sort((a, b) => a - b);
    const logical = indices.map((k) => mirrored.get(k) ?? text[k]!);
    // fontkit reverses a run of right-to-left letters itself; anything else is put in display order here.
    const selfReversing = rtl && logical.some((ch) => RIGHT_TO_LEFT.test(ch));
    const piece = rtl && !selfReversing ? [...logical].reverse().join('') : logical.join('');
    const width = widthOf(doc, font, piece, style.size);
    pieces.push({ text: piece, font, width });
    i = j;
  }
  return pieces;
}

/** Writes one paragraph that holds right-to-left text or more than one font (see the module comment). */
function writeBidiParagraph(doc: PDFKit.PDFDocument, paragraph: string, style: PdfParagraphStyle): void {
  const all = fonts();
  const used = new Set(fontRuns(paragraph, 0, paragraph.length, style.weight).map((r) => r.font));
  used.add(FAMILIES[style.weight][0]!);
  const scale = style.size / 1000;
  const ascender = (name: PdfFontName) => (all.get(name)!.ascent / all.get(name)!.unitsPerEm) * 1000;
  const descender = (name: PdfFontName) => (all.get(name)!.descent / all.get(name)!.unitsPerEm) * 1000;
  const top = Math.max(...[...used].map(ascender));
  const lineHeight = (top - Math.min(...[...used].map(descender))) * scale;

  // Kring's documents are Dutch or English: a paragraph runs right to left only when it has no
  // left-to-right letter at all (a note written in Arabic), not when a name merely comes first.
  const rightToLeft = ![...paragraph].some((ch) => /\p{L}/u.test(ch) && !RIGHT_TO_LEFT.test(ch));
  const levels = bidi.getEmbeddingLevels(paragraph, rightToLeft ? 'rtl' : 'ltr');
  let y = doc.y;
  for (const line of breakLines(doc, paragraph, style)) {
    if (y + lineHeight > style.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    const pieces = lineInDisplayOrder(doc, paragraph, levels, line, style);
    const lineWidth = pieces.reduce((sum, p) => sum + p.width, 0);
    let x = rightToLeft ? style.x + style.width - lineWidth : style.x;
    for (const piece of pieces) {
      // Baselines aligned: pdfkit puts a font's ascender at the y it is given.
      const offset = (top - ascender(piece.font)) * scale;
      doc
        .font(piece.font)
        .fontSize(style.size)
        .fillColor(style.color)
        .text(piece.text, x, y + offset, { lineBreak: false, features: [] });
      x += piece.width;
    }
    y += lineHeight + style.lineGap;
  }
  doc.y = y + style.paragraphGap;
}
