// SPDX-License-Identifier: EUPL-1.2
/**
 * The attachment upload pipeline over HTTP (security test plan T15), the files it accepts: a multipart
 * POST with the form token, the checks, the store on disk, the download headers and the audit rows.
 * Accepted images are stored encoded again (upright, without metadata), a PDF unchanged, every file
 * under a server id.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '#src/modules/concerns/attachments/inspect.ts';
import type { Agent } from '#test/agent.ts';
import {
  BLUE,
  colourDistance,
  MINIMAL_PDF,
  PAGE,
  PAGES,
  pdf,
  phonePhotoOrientation6,
  pixelAt,
  RED,
  UPRIGHT,
} from '#test/fixtures/files.ts';
import {
  auditCount,
  GPS_CANARY,
  jpegWithGps,
  NAME_CANARY,
  open,
  PNG_CANARY,
  pdfOfSize,
  pngWithText,
  signedIn,
  storedNames,
  UUID,
  uploadAccepted,
  useFreshAppPerTest,
} from './concern-attachments.ts';

useFreshAppPerTest();

/** Opens on the first page, fitted: a destination, no action. */
const PDF_OPENING_ON_PAGE_1 = pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>', PAGES, PAGE]);

/** Every name in the store is a server-made id; none carries anything of what was sent. */
function expectOnlyServerNames(sentNames: string[]): void {
  for (const name of storedNames()) {
    expect(name).toMatch(UUID);
    for (const sent of sentNames) {
      expect(name).not.toContain(sent);
      expect(name).not.toContain(path.parse(sent).name);
    }
    expect(name).not.toContain(NAME_CANARY);
  }
}

function expectDownloadHeaders(res: Awaited<ReturnType<Agent['get']>>, mediaType: string): void {
  expect(res.statusCode).toBe(200);
  expect(String(res.headers['content-type'])).toBe(mediaType);
  expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  const csp = String(res.headers['content-security-policy']);
  expect(csp.split(';').map((d) => d.trim())).toContain('sandbox');
  expect(csp).toContain("default-src 'none'");
  expect(res.headers['cache-control']).toBe('no-store');
}

// --- Accepted files ------------------------------------------------------------------------------

describe('accepted uploads', () => {
  it('stores a JPEG without its GPS EXIF under a server id, and serves it only as a sandboxed download', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const original = jpegWithGps(GPS_CANARY);
    expect(original.includes(GPS_CANARY)).toBe(true);
    const name = `../../${NAME_CANARY} foto tara.jpg`;

    const { row, stored } = await uploadAccepted(teacher, id, { name, type: 'image/jpeg', bytes: original });
    expect(stored.includes(GPS_CANARY)).toBe(false);
    expect(stored.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(stored.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(stored.length).toBeLessThan(original.length);
    expect(row.media_type).toBe('image/jpeg');
    expect(row.display_name).toBe(`${NAME_CANARY} foto tara.jpg`);
    expectOnlyServerNames([name, `${NAME_CANARY} foto tara.jpg`]);
    expect(await auditCount('concern.attachment.create', id)).toBe(1);

    const res = await teacher.get(`/zorgen/${id}/bijlagen/${row.id}`);
    expectDownloadHeaders(res, 'image/jpeg');
    expect(String(res.headers['content-disposition'])).toContain(`filename="${NAME_CANARY} foto tara.jpg"`);
    expect(res.rawPayload.equals(stored)).toBe(true);
    expect(res.rawPayload.includes(GPS_CANARY)).toBe(false);
    expect(await auditCount('concern.attachment.read', row.id)).toBe(1);

    // The dossier lists it.
    const page = await teacher.get(`/zorgen/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/zorgen/${id}/bijlagen/${row.id}`);
  });

  it('stores a phone photo with EXIF Orientation 6 upright and without its GPS', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const original = await phonePhotoOrientation6(GPS_CANARY);
    const { stored, row } = await uploadAccepted(teacher, id, {
      name: 'IMG_2024.jpg',
      type: 'image/jpeg',
      bytes: original,
    });
    expect(row.sha256).toBe(createHash('sha256').update(stored).digest('hex'));
    expect(stored.includes(GPS_CANARY)).toBe(false);
    const image = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    expect([image.info.width, image.info.height]).toEqual([UPRIGHT.width, UPRIGHT.height]);
    // The red square upright in the top-left corner; blue in the bottom-right one (JPEG: about).
    expect(colourDistance(pixelAt(image, 3, 3), RED)).toBeLessThan(40);
    expect(colourDistance(pixelAt(image, UPRIGHT.width - 3, UPRIGHT.height - 3), BLUE)).toBeLessThan(40);
    expect((await sharp(stored).metadata()).orientation).toBeUndefined();
  });

  it('stores a PDF that opens on its first page (a destination, no action)', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const { stored } = await uploadAccepted(teacher, id, {
      name: 'verslag.pdf',
      type: 'application/pdf',
      bytes: PDF_OPENING_ON_PAGE_1,
    });
    expect(stored.equals(PDF_OPENING_ON_PAGE_1)).toBe(true);
  });

  it('stores a PNG without its text chunk and serves the cleaned bytes', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const original = pngWithText(PNG_CANARY);
    expect(original.includes(PNG_CANARY)).toBe(true);

    const { row, stored } = await uploadAccepted(teacher, id, {
      name: `${NAME_CANARY}.png`,
      type: 'image/png',
      bytes: original,
    });
    expect(stored.includes(PNG_CANARY)).toBe(false);
    expect(stored.includes(Buffer.from('tEXt'))).toBe(false);
    expect(row.media_type).toBe('image/png');
    expectOnlyServerNames([`${NAME_CANARY}.png`]);
    expect(await auditCount('concern.attachment.create', id)).toBe(1);

    const res = await teacher.get(`/zorgen/${id}/bijlagen/${row.id}`);
    expectDownloadHeaders(res, 'image/png');
    expect(res.rawPayload.equals(stored)).toBe(true);
    expect(await auditCount('concern.attachment.read', row.id)).toBe(1);
  });

  it('stores a PDF byte for byte and serves it back unchanged, with its SHA-256 recorded', async () => {
    const teacher = await signedIn('professional');
    const lead = await signedIn('safeguardingLead');
    const id = await open(teacher);

    const { row, stored } = await uploadAccepted(teacher, id, {
      name: `verslag ${NAME_CANARY}.pdf`,
      type: 'application/pdf',
      bytes: MINIMAL_PDF,
    });
    expect(stored.equals(MINIMAL_PDF)).toBe(true);
    expect(row.sha256).toBe(createHash('sha256').update(MINIMAL_PDF).digest('hex'));
    expectOnlyServerNames([`verslag ${NAME_CANARY}.pdf`]);

    // Every download is audited, by whoever may see the concern.
    for (const agent of [teacher, lead, teacher]) {
      const res = await agent.get(`/zorgen/${id}/bijlagen/${row.id}`);
      expectDownloadHeaders(res, 'application/pdf');
      expect(res.rawPayload.equals(MINIMAL_PDF)).toBe(true);
    }
    expect(await auditCount('concern.attachment.read', row.id)).toBe(3);
    expect(await auditCount('concern.attachment.create', id)).toBe(1);
  });

  it('accepts a file of exactly 10 MiB', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const big = pdfOfSize(MAX_ATTACHMENT_BYTES);
    expect(big.length).toBe(MAX_ATTACHMENT_BYTES);
    const { stored } = await uploadAccepted(teacher, id, { name: 'groot.pdf', type: 'application/pdf', bytes: big });
    expect(stored.equals(big)).toBe(true);
  });
});
