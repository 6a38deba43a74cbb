// SPDX-License-Identifier: EUPL-1.2
/**
 * The attachment upload pipeline over HTTP (security test plan T15), end to end: a multipart POST
 * with the form token, the checks, the store on disk, the download headers and the audit rows.
 * Accepted images are stored encoded again (upright, without metadata), a PDF unchanged, every file
 * under a server id;
 * every hostile or broken upload is refused with 400 and the translated error next to the file
 * field, and leaves nothing behind (no row, no entry, no file). Plus the consultation reminder: one
 * content-free e-mail once five working days have passed, none before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays } from '#src/core/working-days.ts';
import { MAX_ATTACHMENT_BYTES } from '#src/modules/concerns/attachments/inspect.ts';
import { runReminders } from '#src/modules/concerns/reminders.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, canary, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import {
  BLUE,
  CATALOG,
  chunk,
  colourDistance,
  exifWithGps,
  MINIMAL_PDF,
  PAGE,
  PAGES,
  pdf,
  phonePhotoOrientation6,
  pixelAt,
  RED,
  segment,
  UPRIGHT,
} from '#test/fixtures/files.ts';
import { createTestApp } from '#test/setup.ts';

/** The reminder mails in Dutch (the language of an account that chose none). */
const REMINDER_MAIL = messages('nl').concerns.reminderMail;

const errors = messages('nl').concerns.attachment.errors;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// --- Fixtures, built here (minimal copies of the builders in attachments/inspect.test.ts) -----------

/** A decodable 8×8 grey JPEG with GPS EXIF holding `text`. */
function jpegWithGps(text: string): Buffer {
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
function pngWithText(text: string): Buffer {
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
/** Opens on the first page, fitted: a destination, no action. */
const PDF_OPENING_ON_PAGE_1 = pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>', PAGES, PAGE]);
/** A valid PDF of exactly `size` bytes (padded with a comment after the header). */
function pdfOfSize(size: number): Buffer {
  const padded = (n: number) =>
    pdf([CATALOG, PAGES, PAGE], { header: `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n%${'x'.repeat(n)}\n` });
  // The offsets in the xref get longer as the padding grows: adjust until it fits.
  let n = size - MINIMAL_PDF.length - 2;
  for (let bytes = padded(n); ; bytes = padded(n)) {
    if (bytes.length === size) return bytes;
    n += size - bytes.length;
  }
}

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const GPS_CANARY = 'GPS-CANARY-52N-4e1f';
const PNG_CANARY = 'PNG-TEXT-CANARY-b07c';
/** In the name of every accepted upload: it may appear in no path. */
const NAME_CANARY = 'NAMECANARY';

// --- Harness -------------------------------------------------------------------------------------

let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = new TestClock();

beforeEach(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 1000 });
  await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

async function signedIn(role: Parameters<typeof fixtureEmail>[1], org: 'A' | 'B' = 'A'): Promise<Agent> {
  return new Agent(t.app).signIn(fixtureEmail(org, role));
}

/** Opens a concern as this agent; returns its id. */
async function open(agent: Agent): Promise<string> {
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

function upload(
  agent: Agent,
  concernId: string,
  file?: { name: string; type: string; bytes: Buffer },
  fields: Record<string, string | null> = { description: 'Foto van de blauwe plek' },
) {
  return agent.postMultipart(`/zorgen/${concernId}/bijlage`, fields, file && { field: 'file', ...file });
}

/** The names in the store directory (temporary files included). */
function storedNames(): string[] {
  return fs.readdirSync(t.app.kring.attachments.dir);
}

async function attachmentRows() {
  return t.database.db
    .selectFrom('concern_attachment')
    .select(['id', 'stored_id', 'display_name', 'media_type', 'size', 'sha256'])
    .orderBy('created_at')
    .execute();
}

async function entryCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom('concern_entry')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditCount(type: string, objectId: string): Promise<number> {
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
async function uploadAccepted(agent: Agent, concernId: string, file: { name: string; type: string; bytes: Buffer }) {
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

/** The error paragraph of the file field, as the form shows it. */
function fileError(body: string): string | undefined {
  return /<p class="utrecht-form-field-error-message" id="file-error">([\s\S]*?)<\/p>/.exec(body)?.[1];
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

// --- Reminder ------------------------------------------------------------------------------------

describe('consultation reminder', () => {
  /** The first Monday, 10:00 UTC, at least a week from now whose next seven days hold no holiday. */
  function quietMonday(): Date {
    const day = new Date();
    day.setUTCHours(10, 0, 0, 0);
    day.setUTCDate(day.getUTCDate() + 7);
    for (;;) {
      day.setUTCDate(day.getUTCDate() + 1);
      const plusWeek = new Date(day.getTime() + 7 * 86_400_000);
      if (day.getUTCDay() === 1 && addWorkingDays(day, 5).getTime() === plusWeek.getTime()) return day;
    }
  }

  it('sends one content-free e-mail once five working days have passed, and none before', async () => {
    const DAY = 86_400_000;
    const monday = quietMonday();
    clock.advance(monday.getTime() - clock.now().getTime());
    try {
      const teacher = await signedIn('professional');
      const id = await open(teacher);
      const ask = await teacher.post(`/zorgen/${id}/consultatie/vragen`, { lead: 'any' });
      expect(ask.statusCode, ask.body).toBe(303);
      const request = await t.database.db
        .selectFrom('consultation_request')
        .select(['id', 'requested_at', 'due_at'])
        .where('concern_id', '=', id)
        .executeTakeFirstOrThrow();
      const requestedAt = new Date(request.requested_at);

      const outbox = t.app.kring.mailer.outbox!;
      const reminders = () => outbox.filter((m) => m.subject === REMINDER_MAIL.consultation.subject);
      const run = (now: Date) =>
        runReminders({
          db: t.database.db,
          now,
          mailer: t.app.kring.mailer,
          publicUrl: t.app.kring.config.publicUrl,
          auditKey: t.app.kring.keys.auditKey,
        });

      // Not yet: the same day, the next days, the weekend, and a minute before the fifth working day ends.
      for (const days of [0, 1, 2, 4, 5, 6]) {
        expect(await run(new Date(requestedAt.getTime() + days * DAY))).toEqual({ consultations: 0, checkDates: 0 });
      }
      expect(await run(new Date(new Date(request.due_at).getTime() - 60_000))).toEqual({
        consultations: 0,
        checkDates: 0,
      });
      expect(reminders()).toEqual([]);

      // Eight calendar days later: one reminder, to the lead, without content; and only once.
      const later = new Date(requestedAt.getTime() + 8 * DAY);
      expect(await run(later)).toEqual({ consultations: 1, checkDates: 0 });
      expect(await run(new Date(later.getTime() + DAY))).toEqual({ consultations: 0, checkDates: 0 });
      expect(reminders()).toHaveLength(1);
      const mail = reminders()[0]!;
      expect(mail.to).toBe(fixtureEmail('A', 'safeguardingLead'));
      expect(mail.text).toBe(REMINDER_MAIL.consultation.text(`${t.app.kring.config.publicUrl}/zorgen/overzicht`));
      for (const secret of ['Tara', 'Bakker', id, request.id, canary('A')]) {
        expect(mail.subject).not.toContain(secret);
        expect(mail.text).not.toContain(secret);
      }
      expect(await auditCount('concern.reminder', request.id)).toBe(1);
    } finally {
      clock.advance(-(clock.now().getTime() - Date.now()));
    }
  });
});
