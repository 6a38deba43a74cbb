// SPDX-License-Identifier: EUPL-1.2
/**
 * The attachment upload pipeline over HTTP (security test plan T15), the files it refuses: every
 * hostile or broken upload is refused with 400 and the translated error next to the file field, and
 * leaves nothing behind (no row, no entry, no file); without the form token, 403.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '#src/modules/concerns/attachments/inspect.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { CATALOG, MINIMAL_PDF, PAGE, PAGES, pdf } from '#test/fixtures/files.ts';
import {
  attachmentRows,
  auditCount,
  EICAR,
  entryCount,
  GPS_CANARY,
  jpegWithGps,
  open,
  PNG_CANARY,
  pdfOfSize,
  pngWithText,
  signedIn,
  storedNames,
  upload,
  useFreshAppPerTest,
} from './concern-attachments.ts';

useFreshAppPerTest();

const errors = messages('nl').concerns.attachment.errors;

const PDF_WITH_JAVASCRIPT = pdf([
  CATALOG,
  PAGES,
  '<< /Type /Page /Parent 2 0 R /AA << /O 4 0 R >> >>',
  '<< /S /JavaScript /JS (app.alert\\(1\\)) >>',
]);
const PDF_WITH_LINK = pdf([
  CATALOG,
  PAGES,
  PAGE,
  '<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://example.org/) >> >>',
]);

/** The error paragraph of the file field, as the form shows it. */
function fileError(body: string): string | undefined {
  return /<p class="utrecht-form-field-error-message" id="file-error">([\s\S]*?)<\/p>/.exec(body)?.[1];
}

// --- Refused files -------------------------------------------------------------------------------

describe('refused uploads leave nothing behind', () => {
  const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
  const cases: Array<{
    what: string;
    file: { name: string; type: string; bytes: Buffer } | undefined;
    error: string;
  }> = [
    {
      what: 'the EICAR test string named .pdf',
      file: { name: 'eicar.pdf', type: 'application/pdf', bytes: Buffer.from(EICAR, 'latin1') },
      error: errors.unsupportedType,
    },
    {
      what: 'an HTML page named .pdf',
      file: { name: 'verslag.pdf', type: 'application/pdf', bytes: html },
      error: errors.unsupportedType,
    },
    {
      what: 'a polyglot: a PDF header followed by HTML',
      file: {
        name: 'verslag.pdf',
        type: 'application/pdf',
        bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), html, MINIMAL_PDF]),
      },
      error: errors.polyglot,
    },
    {
      what: 'a PDF with /JavaScript',
      file: { name: 'verslag.pdf', type: 'application/pdf', bytes: PDF_WITH_JAVASCRIPT },
      error: errors.activeContent,
    },
    {
      what: 'a PDF with a link to a web site (/URI)',
      file: { name: 'verslag.pdf', type: 'application/pdf', bytes: PDF_WITH_LINK },
      error: errors.activeContent,
    },
    {
      what: 'a photo cut short',
      file: { name: 'foto.jpg', type: 'image/jpeg', bytes: jpegWithGps(GPS_CANARY).subarray(0, -3) },
      error: errors.malformed,
    },
    {
      what: 'PNG bytes named ../../etc/passwd.jpg',
      file: { name: '../../etc/passwd.jpg', type: 'image/jpeg', bytes: pngWithText(PNG_CANARY) },
      error: errors.typeMismatch,
    },
    {
      what: 'an empty file',
      file: { name: 'leeg.pdf', type: 'application/pdf', bytes: Buffer.alloc(0) },
      error: errors.empty,
    },
    {
      what: 'no file part at all',
      file: undefined,
      error: errors.missing,
    },
    {
      what: 'the empty file part a browser sends when nothing was chosen',
      file: { name: '', type: 'application/octet-stream', bytes: Buffer.alloc(0) },
      error: errors.missing,
    },
    {
      what: 'a file of 10 MiB + 1 byte',
      file: { name: 'groot.pdf', type: 'application/pdf', bytes: pdfOfSize(MAX_ATTACHMENT_BYTES + 1) },
      error: errors.tooLarge,
    },
    {
      what: 'a file of 25 MiB',
      file: { name: 'heel-groot.pdf', type: 'application/pdf', bytes: pdfOfSize(25 * 1024 * 1024) },
      error: errors.tooLarge,
    },
  ];

  it.each(cases)('refuses $what with 400 and the error at the file field', async ({ file, error }) => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const entriesBefore = await entryCount();

    const res = await upload(teacher, id, file);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(fileError(res.body)).toContain(error);
    if (error === errors.tooLarge) expect(fileError(res.body)).toContain('10 MB');
    expect(res.body).toContain('aria-describedby="file-error"');
    // The description typed is kept.
    expect(res.body).toContain('Foto van de blauwe plek');

    expect(await attachmentRows()).toEqual([]);
    expect(await entryCount()).toBe(entriesBefore);
    expect(storedNames()).toEqual([]);
    expect(await auditCount('concern.attachment.create', id)).toBe(0);
  });

  it('refuses an upload without the form token with 403 and stores nothing', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const entriesBefore = await entryCount();
    for (const token of [null, 'not-the-token']) {
      const res = await upload(
        teacher,
        id,
        { name: 'foto.jpg', type: 'image/jpeg', bytes: jpegWithGps(GPS_CANARY) },
        { _csrf: token, description: 'x' },
      );
      expect(res.statusCode).toBe(403);
    }
    expect(await attachmentRows()).toEqual([]);
    expect(await entryCount()).toBe(entriesBefore);
    expect(storedNames()).toEqual([]);
    expect(await auditCount('concern.attachment.create', id)).toBe(0);
  });
});
