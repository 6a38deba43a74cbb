// SPDX-License-Identifier: EUPL-1.2
/**
 * Text in Kring's PDFs: which characters are kept or replaced, and how a line with right-to-left text
 * is laid out: which pieces are drawn, in which font, in which order from left to right (the
 * expected orders are worked out by hand from the Unicode Bidirectional Algorithm).
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfText, registerPdfFonts, writeText } from './pdf-text.ts';

/** Writes `text` into a new document and returns what was drawn, left to right per line. */
function drawn(text: string): Array<{ text: string; font: string; x: number; y: number; shaped: boolean }> {
  const doc = new PDFDocument({ size: 'A4' });
  registerPdfFonts(doc);
  const calls: Array<{ text: string; font: string; x: number; y: number; shaped: boolean }> = [];
  let font = '';
  const setFont = doc.font.bind(doc);
  doc.font = ((name: string) => {
    font = name;
    return setFont(name);
  }) as typeof doc.font;
  const draw = doc.text.bind(doc);
  doc.text = ((value: string, x?: number, y?: number, options?: PDFKit.Mixins.TextOptions) => {
    calls.push({ text: value, font, x: x ?? Number.NaN, y: y ?? Number.NaN, shaped: Array.isArray(options?.features) });
    return draw(value, x, y, options);
  }) as typeof doc.text;
  writeText(doc, text, {
    weight: 'regular',
    size: 10,
    color: '#000000',
    x: 60,
    width: 475,
    paragraphGap: 2,
    lineGap: 1,
    bottom: 770,
  });
  doc.end();
  return calls;
}

describe('pdfText', () => {
  it('keeps what the fonts have, in any of their scripts, and replaces the rest', () => {
    expect(pdfText('Łucja Şükrü Олена فاطمة Zoë “zei” €5')).toBe('Łucja Şükrü Олена فاطمة Zoë “zei” €5');
    expect(pdfText('Zoe\u0308')).toBe('Zoë');
    expect(pdfText('a\tb\r\nc\u0007d')).toBe('a b\ncd');
    expect(pdfText('Łódź → Kraków, Ősz')).toBe('Łódź -> Kraków, Ősz');
    expect(pdfText('hoi 👋 你好')).toBe('hoi ? ??');
  });

  it('drops bidi embeddings and overrides, keeps joiners and direction marks', () => {
    expect(pdfText('foto\u202egpj.exe')).toBe('fotogpj.exe');
    expect(pdfText('a\u2066b\u2069c\u202ad\u202c')).toBe('abcd');
    expect(pdfText('می\u200cخواهم \u200fx')).toBe('می\u200cخواهم \u200fx');
  });
});

describe('writeText', () => {
  it('writes a line in one font and one direction with pdfkit, as one call', () => {
    expect(drawn('Chronologie van Łucja Şükrü Олена')).toEqual([
      { text: 'Chronologie van Łucja Şükrü Олена', font: 'Sans', x: 60, y: expect.any(Number), shaped: false },
    ]);
  });

  it('puts an Arabic name in a Dutch line in its place, words right to left, each shaped whole', () => {
    const calls = drawn('Chronologie van فاطمة محمد');
    // Left to right on the page: the Dutch words, then the second Arabic word, then the first.
    expect(calls.map((c) => [c.text, c.font])).toEqual([
      ['Chronologie van ', 'Sans'],
      ['محمد', 'Arabic'],
      [' ', 'Sans'],
      ['فاطمة', 'Arabic'],
    ]);
    expect(calls.every((c) => c.shaped)).toBe(true);
    const xs = calls.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(60);
  });

  it('keeps a line that starts with an Arabic name left to right (the document is Dutch)', () => {
    expect(drawn('فاطمة محمد (moeder, 9 jaar)').map((c) => c.text)).toEqual([
      'محمد',
      ' ',
      'فاطمة',
      ' (moeder, 9 jaar)',
    ]);
  });

  it('sets a paragraph wholly in Arabic right to left, aligned right, digits left to right, brackets mirrored', () => {
    const calls = drawn('عمره 12 سنة (تقريبا)');
    // Read right to left: عمره, 12, سنة, (تقريبا). Drawn left to right: the reverse, with the digits
    // in their own order and each bracket mirrored: the typed ")" is drawn leftmost as "(", the typed
    // "(" with the space before it as ") ".
    expect(calls.map((c) => c.text)).toEqual(['(', 'تقريبا', ') ', 'سنة', ' ', '12', ' ', 'عمره']);
    expect(calls[0]!.x).toBeGreaterThan(60);
  });

  it('breaks a long mixed paragraph into lines within the width, starting in reading order', () => {
    const calls = drawn('Notitie: وقالت فاطمة محمد إن الطفل 12 سنة. '.repeat(12));
    expect(calls[0]!.text).toBe('Notitie: ');
    expect(calls.filter((c) => c.x === 60).length).toBeGreaterThan(2); // every line starts at the margin
    expect(Math.max(...calls.map((c) => c.x))).toBeLessThan(60 + 475);
  });
});
