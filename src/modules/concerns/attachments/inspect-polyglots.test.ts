// SPDX-License-Identifier: EUPL-1.2
/**
 * The upload pipeline against T15's polyglots: PDFs, JPEGs and PNGs that hold HTML or SVG a browser
 * could sniff in their first 1024 bytes are refused; markup further on is harmless.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, chunk, PAGE, PAGES, pdf, segment } from '#test/fixtures/files.ts';
import {
  accepted,
  DHT,
  DQT,
  EOI,
  IDAT,
  IEND,
  ihdr,
  png,
  reason,
  SCAN,
  SOI,
  SOS,
  sof,
} from '#test/fixtures/inspect-upload.ts';
import { inspectUpload } from './inspect.ts';

describe('inspectUpload: polyglots', () => {
  /** A DHT whose 8 symbol values spell `<script>` (8 codes of 7 bits: a valid table). */
  const scriptTable = segment(
    0xc4,
    Buffer.concat([Buffer.from([0x01, 0, 0, 0, 0, 0, 0, 8, ...Array(9).fill(0)]), Buffer.from('<script>')]),
  );

  it.each([
    [
      'a PDF with an HTML comment line',
      pdf([CATALOG, PAGES, PAGE], { header: '%PDF-1.4\n%<HTML><body onload=alert(1)>\n' }),
      'a.pdf',
    ],
    [
      'a PDF with <script in its first object',
      pdf(['<< /Type /Catalog /Pages 2 0 R /X (<ScRiPt>) >>', PAGES, PAGE]),
      'a.pdf',
    ],
    [
      'a JPEG with an SVG comment',
      Buffer.concat([SOI, segment(0xfe, '<svg onload=alert(1)>'), DQT, sof(8, 8), DHT, SOS, SCAN, EOI]),
      'a.jpg',
    ],
    ['a PNG with an HTML text chunk', png(ihdr(), chunk('tEXt', 'Comment\0<html><script>'), IDAT, IEND), 'a.png'],
  ])('refuses %s', async (_, bytes, name) => {
    expect(await reason(bytes, name)).toBe('polyglot');
  });

  it('accepts a JPEG with markup after its first 1024 bytes, and stores none of it (written anew)', async () => {
    const bytes = Buffer.concat([
      SOI,
      segment(0xe1, 'x'.repeat(2000)),
      DQT,
      sof(8, 8),
      scriptTable,
      DHT,
      SOS,
      SCAN,
      EOI,
    ]);
    expect(bytes.indexOf('<script>')).toBeGreaterThan(1024);
    const result = await accepted(inspectUpload(bytes, 'a.jpg'));
    expect(result.bytes.includes('<script>')).toBe(false);
  });

  it('accepts markup after the first 1024 bytes of a PDF (served as a download, never sniffed)', async () => {
    const bytes = pdf([CATALOG, PAGES, PAGE, `<< /Pad (${'x'.repeat(1100)}) >>`, '<< /Title (<html>) >>']);
    expect(bytes.indexOf('<html>')).toBeGreaterThan(1024);
    expect(await reason(bytes, 'a.pdf')).toBe('ok');
  });
});
