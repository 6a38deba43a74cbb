// SPDX-License-Identifier: EUPL-1.2
/**
 * What the attachment tests over HTTP (test/http/concern-attachments-*.http.test.ts) and the
 * consultation reminder's test share: the files they upload (built here; the unit tests of the pipeline
 * build more in test/fixtures/inspect-upload.ts), a fresh app with the fixtures for every test, and the
 * helpers that open a concern, upload to it and read what was stored and audited.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, expect } from 'vitest';
import { Agent, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { CATALOG, chunk, exifWithGps, MINIMAL_PDF, PAGE, PAGES, pdf, segment } from '#test/fixtures/files.ts';
import { createTestApp } from '#test/setup.ts';

/** A server-made id (UUID v4): the only kind of name in the store. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// --- Fixtures, built here ------------------------------------------------------------------------

/** A decodable 8×8 grey JPEG with GPS EXIF holding `text`. */
export function jpegWithGps(text: string): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.concat([Buffer.from('JFIF\0', 'latin1'), Buffer.from([1, 2, 0, 0, 72, 0, 72, 0, 0])])),
    segment(0xe1, exifWithGps(text)),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.from([0x00, 1, ...Array(15).fill(0), 0])),
    segment(0xc4, Buffer.from([0x10, 1, ...Array(15).fill(0), 0])),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    Buffer.from([0x3f]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A 1×1 grey PNG with a tEXt chunk holding `text`. */
export function pngWithText(text: string): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', `Comment\0${text}`),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A valid PDF of exactly `size` bytes (padded with a comment after the header). */
export function pdfOfSize(size: number): Buffer {
  const padded = (n: number) =>
    pdf([CATALOG, PAGES, PAGE], { header: `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n%${'x'.repeat(n)}\n` });
  // The offsets in the xref get longer as the padding grows: adjust until it fits.
  let n = size - MINIMAL_PDF.length - 2;
  for (let bytes = padded(n); ; bytes = padded(n)) {
    if (bytes.length === size) return bytes;
    n += size - bytes.length;
  }
}

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
export const GPS_CANARY = 'GPS-CANARY-52N-4e1f';
export const PNG_CANARY = 'PNG-TEXT-CANARY-b07c';
/** In the name of every accepted upload: it may appear in no path. */
export const NAME_CANARY = 'NAMECANARY';

// --- Harness -------------------------------------------------------------------------------------

/** The app of the current test (set by {@link useFreshAppPerTest}'s hooks) and its clock. */
export let t: Awaited<ReturnType<typeof createTestApp>>;
export const clock = new TestClock();

/** Registers the calling test file's hooks: a new app with the fixtures for every test, closed after it. */
export function useFreshAppPerTest(): void {
  beforeEach(async () => {
    t = await createTestApp({ clock: clock.now, authRateLimit: 1000 });
    await seedFixtures(t.database.db, t.app.kring.config);
  });
  afterEach(() => t.close());
}

/** A fixture user of organisation A (or B) with this role, signed in. */
export async function signedIn(role: Parameters<typeof fixtureEmail>[1], org: 'A' | 'B' = 'A'): Promise<Agent> {
  return new Agent(t.app).signIn(fixtureEmail(org, role));
}

/** Opens a concern as this agent; returns its id. */
export async function open(agent: Agent): Promise<string> {
  const res = await agent.post('/zorgen/nieuw', {
    fullName: 'Tara Bakker',
    'dateOfBirth-day': '3',
    'dateOfBirth-month': '3',
    'dateOfBirth-year': '2012',
    ageGroup: 'child',
    honourRisk: 'no',
  });
  expect(res.statusCode, res.body).toBe(303);
  const id = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))?.[1];
  expect(id).toBeDefined();
  return id!;
}

/** Posts the attachment form (multipart, with the form token) of the concern; without `file`, no file part. */
export function upload(
  agent: Agent,
  concernId: string,
  file?: { name: string; type: string; bytes: Buffer },
  fields: Record<string, string | null> = { description: 'Foto van de blauwe plek' },
) {
  return agent.postMultipart(`/zorgen/${concernId}/bijlage`, fields, file && { field: 'file', ...file });
}

/** The names in the store directory (temporary files included). */
export function storedNames(): string[] {
  return fs.readdirSync(t.app.kring.attachments.dir);
}

/** The attachment rows, oldest first. */
export async function attachmentRows() {
  return t.database.db
    .selectFrom('concern_attachment')
    .select(['id', 'stored_id', 'display_name', 'media_type', 'size', 'sha256'])
    .orderBy('created_at')
    .execute();
}

/** How many dossier entries there are, of every concern. */
export async function entryCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom('concern_entry')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many successful audit events of this type there are about this object. */
export async function auditCount(type: string, objectId: string): Promise<number> {
  const row = await t.database.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('event_type_code', '=', type)
    .where('participant_object_id', '=', objectId)
    .where('event_outcome_indicator', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Uploads a file that must be accepted; returns its row and its bytes on disk. */
export async function uploadAccepted(
  agent: Agent,
  concernId: string,
  file: { name: string; type: string; bytes: Buffer },
) {
  const before = new Set((await attachmentRows()).map((r) => r.id));
  const res = await upload(agent, concernId, file);
  expect(res.statusCode, res.body).toBe(303);
  expect(res.headers.location).toBe(`/zorgen/${concernId}?melding=vastgelegd`);
  const row = (await attachmentRows()).find((r) => !before.has(r.id));
  expect(row).toBeDefined();
  // Named by a server id, never by the name that was sent.
  expect(row!.stored_id).toMatch(UUID);
  expect(storedNames()).toContain(row!.stored_id);
  const stored = fs.readFileSync(path.join(t.app.kring.attachments.dir, row!.stored_id));
  expect(stored.length).toBe(row!.size);
  return { row: row!, stored };
}
