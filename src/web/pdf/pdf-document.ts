// SPDX-License-Identifier: EUPL-1.2
/**
 * The page of every PDF Kring makes (the chronology of a concern, the access overview of a person):
 * A4, Noto Sans embedded (pdf-text.ts, ADR 0023), a line at the top of every page ("Vertrouwelijk.
 * Niet doorsturen.") and "Pagina n van m" at the bottom, and metadata that holds only a title
 * without anyone's name (a PDF's properties show up in file previews and search indexes).
 *
 * A document writes paragraphs top to bottom ({@link KringPdf.write}), keeps a heading with what
 * follows ({@link KringPdf.keep}) and, at the end, puts the header and footer on every page
 * ({@link KringPdf.finish}), once the number of pages is known.
 */
import PDFDocument from 'pdfkit';
import type { Locale } from '#src/web/i18n/locale.ts';
import { type PdfWeight, registerPdfFonts, writeText } from './pdf-text.ts';

/** Page margins in points (A4 is 595 × 842 points). */
export const PDF_MARGIN = { top: 72, bottom: 72, left: 60, right: 60 } as const;
/** The colour of secondary text (contrast 8.6:1 on white). */
export const PDF_GREY = '#4b4b4b';
const BLACK = '#000000';

/** How to write a paragraph: weight, size in points, colour and the space after it. */
export interface PdfWriteOptions {
  readonly weight?: PdfWeight;
  readonly size?: number;
  readonly color?: string;
  readonly gap?: number;
}

/** A PDF being written. */
export interface KringPdf {
  /** The pdfkit document, for what the helpers do not cover (moveDown). */
  readonly doc: PDFKit.PDFDocument;
  /** The width between the margins. */
  readonly width: number;
  /** Writes a paragraph at the current position (any script: pdf-text.ts). */
  write(text: string, options?: PdfWriteOptions): void;
  /** Starts a new page unless `height` points still fit on this one. */
  keep(height: number): void;
  /**
   * Puts the header and the page numbers on every page and ends the document.
   * @param header the line at the top of every page
   * @param pageOf "page n of m" in the reader's language
   * @returns the PDF file's bytes
   */
  finish(header: string, pageOf: (page: number, pages: number) => string): Promise<Buffer>;
}

/**
 * Starts a Kring PDF.
 * @param locale the reader's language (the document's language tag)
 * @param title the document's title (metadata: never a person's name)
 */
export function createPdf(locale: Locale, title: string): KringPdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: PDF_MARGIN,
    bufferPages: true,
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: title },
  });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - PDF_MARGIN.left - PDF_MARGIN.right;
  const bottom = () => doc.page.height - PDF_MARGIN.bottom;

  return {
    doc,
    width,
    write(text, options = {}) {
      writeText(doc, text, {
        weight: options.weight ?? 'regular',
        size: options.size ?? 10,
        color: options.color ?? BLACK,
        x: PDF_MARGIN.left,
        width,
        paragraphGap: options.gap ?? 2,
        lineGap: 1,
        bottom: bottom(),
      });
    },
    keep(height) {
      if (doc.y + height > bottom()) doc.addPage();
    },
    finish(header, pageOf) {
      // Margins are lifted while writing outside them, or pdfkit would start a new page.
      const { start, count } = doc.bufferedPageRange();
      for (let n = start; n < start + count; n++) {
        doc.switchToPage(n);
        const margins = doc.page.margins;
        doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
        doc
          .font('Sans-Bold')
          .fontSize(9)
          .fillColor(BLACK)
          .text(header, PDF_MARGIN.left, 36, { width, align: 'left', lineBreak: false });
        doc
          .font('Sans')
          .fontSize(9)
          .fillColor(PDF_GREY)
          .text(pageOf(n - start + 1, count), PDF_MARGIN.left, doc.page.height - 48, {
            width,
            align: 'right',
            lineBreak: false,
          });
        doc.page.margins = margins;
      }
      doc.end();
      return done;
    },
  };
}
