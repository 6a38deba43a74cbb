// SPDX-License-Identifier: EUPL-1.2
/**
 * The attachment upload pipeline over HTTP (security test plan T15), who reaches an attachment: another
 * organisation gets 404 on upload and download and nothing is stored or read; an attachment id is
 * found only under its own concern.
 */
import { describe, expect, it } from 'vitest';
import { canary } from '#test/agent.ts';
import { MINIMAL_PDF } from '#test/fixtures/files.ts';
import {
  attachmentRows,
  auditCount,
  EICAR,
  entryCount,
  GPS_CANARY,
  jpegWithGps,
  open,
  signedIn,
  storedNames,
  upload,
  uploadAccepted,
  useFreshAppPerTest,
} from './concern-attachments.ts';

useFreshAppPerTest();

// --- Other organisations -------------------------------------------------------------------------

describe('another organisation', () => {
  it('gets 404 on upload and on download, and nothing is stored or read', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher);
    const { row } = await uploadAccepted(teacher, id, {
      name: 'verslag.pdf',
      type: 'application/pdf',
      bytes: MINIMAL_PDF,
    });
    const entriesBefore = await entryCount();
    const filesBefore = storedNames();

    for (const role of ['professional', 'safeguardingLead'] as const) {
      const outsider = await signedIn(role, 'B');
      const up = await upload(outsider, id, { name: 'foto.jpg', type: 'image/jpeg', bytes: jpegWithGps(GPS_CANARY) });
      expect(up.statusCode).toBe(404);
      // A refused file from an outsider: 404 too, not the form.
      const bad = await upload(outsider, id, { name: 'eicar.pdf', type: 'application/pdf', bytes: Buffer.from(EICAR) });
      expect(bad.statusCode).toBe(404);
      const down = await outsider.get(`/zorgen/${id}/bijlagen/${row.id}`);
      expect(down.statusCode).toBe(404);
      for (const res of [up, bad, down]) {
        expect(res.body).not.toContain(canary('A'));
        expect(res.body).not.toContain('Tara');
        expect(res.rawPayload.equals(MINIMAL_PDF)).toBe(false);
        expect(res.headers['content-disposition']).toBeUndefined();
      }
    }

    expect((await attachmentRows()).map((r) => r.id)).toEqual([row.id]);
    expect(await entryCount()).toBe(entriesBefore);
    expect(storedNames()).toEqual(filesBefore);
    expect(await auditCount('concern.attachment.create', id)).toBe(1);
    expect(await auditCount('concern.attachment.read', row.id)).toBe(0);
  });

  it('gets 404 for an attachment id of another concern, even of its own organisation', async () => {
    const teacher = await signedIn('professional');
    const first = await open(teacher);
    const second = await open(teacher);
    const { row } = await uploadAccepted(teacher, first, {
      name: 'verslag.pdf',
      type: 'application/pdf',
      bytes: MINIMAL_PDF,
    });
    expect((await teacher.get(`/zorgen/${second}/bijlagen/${row.id}`)).statusCode).toBe(404);
    expect((await teacher.get(`/zorgen/${first}/bijlagen/${row.stored_id}`)).statusCode).toBe(404);
    expect((await teacher.get(`/zorgen/${first}/bijlagen/..%2F..%2Fetc%2Fpasswd`)).statusCode).toBe(404);
    expect(await auditCount('concern.attachment.read', row.id)).toBe(0);
  });
});
