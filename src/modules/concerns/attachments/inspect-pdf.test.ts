// SPDX-License-Identifier: EUPL-1.2
/**
 * The upload pipeline against T15's hostile PDFs, all built here: scripts, actions and links (also
 * hidden by #-escapes and in compressed object streams), encryption, object streams it cannot check,
 * too many objects and a zip bomb; and the harmless PDFs it must accept.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CATALOG, MINIMAL_PDF, PAGE, PAGES, pdf } from '#test/fixtures/files.ts';
import { accepted, reason } from '#test/fixtures/inspect-upload.ts';
import { inspectUpload, MAX_ATTACHMENT_BYTES } from './inspect.ts';
import { MAX_INFLATED_BYTES, MAX_PDF_OBJECTS } from './pdf.ts';

// --- PDF ----------------------------------------------------------------------------------------

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/**
 * An object stream (PDF 1.5) holding object `number` (4 unless said otherwise) with the given body,
 * compressed unless said otherwise. It has no /Type: readers find object streams through the
 * cross-reference stream, not by type.
 */
function objectStream(
  body: string,
  dict = '/Filter /FlateDecode',
  encode: (data: Buffer) => Buffer = deflateSync,
  number = 4,
): Buffer {
  const header = `${number} 0 `;
  return stream(`${dict} /N 1 /First ${header.length}`, encode(Buffer.from(`${header}${body}`, 'latin1')));
}
const plain = (data: Buffer): Buffer => data;
const hex = (data: Buffer): Buffer => Buffer.from(data.toString('hex'), 'latin1');

/** Binary data (as in a compressed image) with the given bytes in the middle. */
function binaryWith(inner: string): Buffer {
  return Buffer.concat([Buffer.alloc(100, 0x9c), Buffer.from(inner, 'latin1'), Buffer.alloc(100, 0xe3)]);
}

describe('inspectUpload: PDF', () => {
  it('accepts a minimal PDF and stores it byte for byte (a copy)', async () => {
    const result = await accepted(inspectUpload(MINIMAL_PDF, 'Verslag gesprek.pdf'));
    expect(result).toMatchObject({
      kind: 'pdf',
      mediaType: 'application/pdf',
      extension: 'pdf',
      displayName: 'Verslag gesprek.pdf',
    });
    expect(result.bytes).toEqual(MINIMAL_PDF);
    expect(result.bytes.buffer).not.toBe(MINIMAL_PDF.buffer);
    expect(result.sha256).toBe(createHash('sha256').update(MINIMAL_PDF).digest('hex'));
  });

  const js = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';
  const goTo = '<< /S /GoTo /D [3 0 R /Fit] >>';
  const catalogOpening = (value: string) => `<< /Type /Catalog /Pages 2 0 R /OpenAction ${value} >>`;
  const link = (action: string) => `<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A ${action} >>`;
  it.each([
    [
      '/OpenAction',
      pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>', PAGES, PAGE, '<< /S /GoTo /D [3 0 R /Fit] >>']),
    ],
    ['/JavaScript and /JS', pdf([CATALOG, PAGES, '<< /Type /Page /Parent 2 0 R /AA << /O 4 0 R >> >>', js])],
    ['/JS alone', pdf([CATALOG, PAGES, PAGE, '<< /S /Foo /JS 5 0 R >>'])],
    [
      'a /JavaScript name tree',
      pdf(['<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript 4 0 R >> >>', PAGES, PAGE, '<< >>']),
    ],
    ['/Launch', pdf([CATALOG, PAGES, '<< /Type /Page /Parent 2 0 R /AA << /O << /S /Launch /F (calc.exe) >> >> >>'])],
    [
      '/EmbeddedFiles',
      pdf(['<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>', PAGES, PAGE, '<< >>']),
    ],
    ['an /EmbeddedFile stream', pdf([CATALOG, PAGES, PAGE, stream('/Type /EmbeddedFile', Buffer.from('MZ'))])],
    ['/RichMedia', pdf([CATALOG, PAGES, PAGE, '<< /Type /Annot /Subtype /RichMedia >>'])],
    ['/XFA', pdf(['<< /Type /Catalog /Pages 2 0 R /AcroForm << /XFA 4 0 R >> >>', PAGES, PAGE, '<< >>'])],
    ['#-escaped /Java#53cript', pdf([CATALOG, PAGES, PAGE, '<< /S /Java#53cript /J#53 (x) >>'])],
    [
      '#-escaped /#4F#70#65#6e#41#63#74#69#6f#6e',
      pdf([CATALOG, PAGES, PAGE, '<< /#4F#70#65#6e#41#63#74#69#6f#6e 3 0 R >>']),
    ],
    ['/JavaScript in a compressed object stream', pdf([CATALOG, PAGES, PAGE, objectStream(js)])],
    [
      '/Launch in an uncompressed object stream',
      pdf([CATALOG, PAGES, PAGE, objectStream('<< /S /Launch >>', '', plain)]),
    ],
    [
      'an object stream whose dictionary hides /First behind strings with obj, endobj and stream',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Pad (obj endobj \\) stream trailer) /Filter /FlateDecode')]),
    ],
    [
      'an object stream whose obj keyword follows a form feed',
      pdf([CATALOG, PAGES, Buffer.concat([Buffer.from(`${PAGE}\nendobj\n4 0\fobj\n`), objectStream(js)])]),
    ],
    ['an object stream named by #-escapes', pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter /Flate#44ecode')])],
    [
      'script names in binary stream data that holds an object',
      pdf([CATALOG, PAGES, PAGE, stream('/Subtype /Image /Filter /DCTDecode', binaryWith('9 0 obj << /JS (x) >>'))]),
    ],
    // Issue 11: actions, links out and form submission, also without any script.
    [
      '/AA on a page (an action on opening it)',
      pdf([CATALOG, PAGES, `<< /Type /Page /Parent 2 0 R /AA << /O ${goTo} >> >>`]),
    ],
    [
      '/OpenAction with an action dictionary',
      pdf([`<< /Type /Catalog /Pages 2 0 R /OpenAction ${goTo} >>`, PAGES, PAGE]),
    ],
    [
      '/OpenAction with a #-escaped name',
      pdf([`<< /Type /Catalog /Pages 2 0 R /Open#41ction ${goTo} >>`, PAGES, PAGE]),
    ],
    [
      '/OpenAction pointing into a compressed object stream at an action',
      pdf([catalogOpening('9 0 R'), PAGES, PAGE, objectStream(goTo, '/Filter /FlateDecode', deflateSync, 9)]),
    ],
    [
      '/OpenAction in a compressed object stream, with an action',
      pdf([CATALOG, PAGES, PAGE, objectStream(`<< /Type /Catalog /Pages 2 0 R /OpenAction ${goTo} >>`)]),
    ],
    ['/OpenAction pointing at an object that is not there', pdf([catalogOpening('7 0 R'), PAGES, PAGE])],
    ['/OpenAction followed by something that is no value', pdf([CATALOG, PAGES, PAGE, '<< /T (x /OpenAction) >>'])],
    ['/OpenAction with a keyword', pdf([catalogOpening('true'), PAGES, PAGE])],
    ['a /URI link', pdf([CATALOG, PAGES, PAGE, link('<< /S /URI /URI (https://example.org/) >>')])],
    ['a #-escaped /U#52I', pdf([CATALOG, PAGES, PAGE, link('<< /S /U#52I /U#52I (https://example.org/) >>')])],
    ['/URI in a compressed object stream', pdf([CATALOG, PAGES, PAGE, objectStream(link('<< /S /URI /URI (x) >>'))])],
    ['/SubmitForm', pdf([CATALOG, PAGES, PAGE, link('<< /S /SubmitForm /F (https://example.org/) >>')])],
    ['/GoToR (another file)', pdf([CATALOG, PAGES, PAGE, link('<< /S /GoToR /F (other.pdf) /D [0 /Fit] >>')])],
    ['/GoToE (an embedded file)', pdf([CATALOG, PAGES, PAGE, link('<< /S /GoToE /T << /R /C /N (a) >> >>')])],
    ['/ImportData', pdf([CATALOG, PAGES, PAGE, link('<< /S /ImportData /F (data.fdf) >>')])],
  ])('refuses a PDF with %s as active content', async (_, bytes) => {
    expect(await reason(bytes, 'brief.pdf')).toBe('activeContent');
  });

  it.each([
    [
      'a compressed object stream without active content',
      pdf([CATALOG, PAGES, PAGE, objectStream('<< /Type /Font >>')]),
    ],
    [
      'binary image data that happens to hold /JS (direct length)',
      pdf([CATALOG, PAGES, PAGE, stream('/Subtype /Image /Filter /DCTDecode', binaryWith(' /JS /Launch '))]),
    ],
    [
      'binary image data that happens to hold /JS (indirect length)',
      pdf([
        CATALOG,
        PAGES,
        PAGE,
        Buffer.concat([
          Buffer.from('<< /Subtype /Image /Filter /DCTDecode /Length 5 0 R >>\nstream\n'),
          binaryWith(' /JS '),
          Buffer.from('\nendstream'),
        ]),
        '205',
      ]),
    ],
    [
      'binary image data with /JS and the bytes obj inside words',
      pdf([CATALOG, PAGES, PAGE, stream('/Subtype /Image /Filter /FlateDecode', binaryWith('endobj xobjx /JS '))]),
    ],
    ['a name that only starts like one (/JSON)', pdf([CATALOG, PAGES, PAGE, '<< /JSON 1 /JavaScripts-not 2 >>'])],
    ['PDF 2.0', pdf([CATALOG, PAGES, PAGE], { header: '%PDF-2.0\n' })],
    ['%%EOF followed by some blank lines', pdf([CATALOG, PAGES, PAGE], { tail: '\n'.repeat(500) })],
    // /OpenAction as a destination: the first page, fitted. Harmless.
    ['/OpenAction with a destination array', pdf([catalogOpening('[3 0 R /Fit]'), PAGES, PAGE])],
    ['/OpenAction with a named destination', pdf([catalogOpening('(hoofdstuk1)'), PAGES, PAGE])],
    [
      '/OpenAction pointing at a destination array',
      pdf([catalogOpening('4 0 R'), PAGES, PAGE, '[3 0 R /XYZ null null 0]']),
    ],
    [
      '/OpenAction pointing into a compressed object stream at a destination',
      pdf([catalogOpening('9 0 R'), PAGES, PAGE, objectStream('[3 0 R /Fit]', '/Filter /FlateDecode', deflateSync, 9)]),
    ],
    ['a link to a page of the document itself', pdf([CATALOG, PAGES, PAGE, link(goTo)])],
  ])('accepts a PDF with %s', async (_, bytes) => {
    expect(await reason(bytes, 'brief.pdf')).toBe('ok');
  });

  it.each([
    [
      '/Encrypt (cannot be checked)',
      pdf([CATALOG, PAGES, PAGE, '<< /Filter /Standard >>'], { trailer: '/Encrypt 4 0 R ' }),
    ],
    [
      'an object stream with another filter',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter /ASCIIHexDecode', hex)]),
    ],
    [
      'an object stream with two filters',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter [/FlateDecode /ASCII85Decode]')]),
    ],
    [
      'an object stream with a predictor',
      pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter /FlateDecode /DecodeParms << /Predictor 12 >>')]),
    ],
    ['an object stream with an indirect filter', pdf([CATALOG, PAGES, PAGE, objectStream(js, '/Filter 9 0 R')])],
    [
      'a corrupt compressed object stream',
      pdf([CATALOG, PAGES, PAGE, stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', Buffer.from('garbage'))]),
    ],
    ['no %%EOF', Buffer.from(MINIMAL_PDF.toString('latin1').replace('%%EOF', ''), 'latin1')],
    ['%%EOF far from the end', pdf([CATALOG, PAGES, PAGE], { tail: 'x'.repeat(2000) })],
    ['an unterminated string in a dictionary', pdf([CATALOG, PAGES, '<< /Type /Page /T (abc >>'])],
  ])('refuses a PDF with %s as malformed', async (_, bytes) => {
    expect(await reason(bytes, 'brief.pdf')).toBe('malformed');
  });

  it('refuses a PDF with more objects than the budget as malformed, in the file or in object streams', async () => {
    const many = (n: number) => Array.from({ length: n }, () => 'null');
    const justEnough = pdf([CATALOG, PAGES, PAGE, ...many(MAX_PDF_OBJECTS - 3)]);
    expect(justEnough.length).toBeLessThan(MAX_ATTACHMENT_BYTES);
    expect(await reason(justEnough, 'veel.pdf')).toBe('ok');
    expect(await reason(pdf([CATALOG, PAGES, PAGE, ...many(MAX_PDF_OBJECTS - 2)]), 'veel.pdf')).toBe('malformed');
    const header = Array.from({ length: MAX_PDF_OBJECTS }, (_, i) => `${i + 10} 0`).join(' ');
    const stuffed = stream(
      `/Type /ObjStm /N ${MAX_PDF_OBJECTS} /First ${header.length + 1} /Filter /FlateDecode`,
      deflateSync(`${header} ${'null '.repeat(MAX_PDF_OBJECTS)}`),
    );
    expect(await reason(pdf([CATALOG, PAGES, PAGE, stuffed]), 'veel.pdf')).toBe('malformed');
  });

  it('refuses an object stream that inflates beyond the limit (zip bomb) as too large', async () => {
    const bomb = stream(
      '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
      deflateSync(Buffer.alloc(MAX_INFLATED_BYTES + 1, 0x20), { level: 9 }),
    );
    const bytes = pdf([CATALOG, PAGES, PAGE, bomb]);
    expect(bytes.length).toBeLessThan(MAX_ATTACHMENT_BYTES);
    expect(await reason(bytes, 'bom.pdf')).toBe('tooLarge');
  });
});
