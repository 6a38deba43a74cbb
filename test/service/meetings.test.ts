// SPDX-License-Identifier: EUPL-1.2
/**
 * The network's meetings on the database (issue 15, ADR 0038): deny by default for every editor use
 * case (nothing written, nothing read); the editor's writes and reads of registrations each with an
 * audit row; public registration with a place or the waiting list, one per address; the cancel link's
 * token stored only as its hash; cancelling moves the first on the waiting list up, with an e-mail;
 * actions carry over to the next meeting; the daily job removes registrations after the set months.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ForbiddenError } from '#src/core/authz.ts';
import { NotFoundError } from '#src/core/errors.ts';
import { DeniedObjectError, HiddenObjectError } from '#src/core/refusal.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import { meetingMailNotifier, runMeetingRetention, seedMeetingsDemo } from '#src/modules/meetings/index.ts';
import {
  addAction,
  attendanceList,
  editorMeeting,
  editorMeetingDetails,
  editorMeetings,
  markAction,
  saveMeeting,
} from '#src/modules/meetings/meeting.service.ts';
import {
  cancelRegistration,
  type MeetingNotifier,
  publicMeeting,
  publicMeetings,
  register,
  registrationForToken,
} from '#src/modules/meetings/registration.service.ts';
import { contextFor, createMember, refusalOf } from '#test/fixtures/circle.ts';
import { createTestDatabase } from '#test/setup.ts';

let handle: DatabaseHandle;
let db: Kysely<Database>;
let petra: Actor;
let municipalityAdmin: Actor;
let professional: Actor;
let schoolEditor: Actor;

const MUNICIPALITY = { name: 'Gemeente Harderwijk', type: 'municipality' as const };
const SCHOOL = { name: 'Veluwe College', type: 'school' as const };
const NOW = new Date('2026-12-07T10:00:00Z');

function fields(title: string, over: Record<string, unknown> = {}) {
  return {
    title,
    startsAt: new Date('2027-01-20T18:30:00Z'),
    endsAt: new Date('2027-01-20T21:00:00Z'),
    placeName: 'Stadhuis',
    placeAddress: 'Havendam 56, Harderwijk',
    agenda: ['Welkom', 'Verbind voor het kind!'],
    capacity: 2,
    published: true,
    announcementArticleId: null,
    retrospectiveArticleId: null,
    ...over,
  };
}

/** A notifier that remembers what it was asked to send. */
function recorder() {
  const sent: { kind: 'registered' | 'movedUp'; email: string; status?: string; token?: string }[] = [];
  const notifier: MeetingNotifier = {
    async registered(_trx, mail, status, token) {
      sent.push({ kind: 'registered', email: mail.email, status, token });
    },
    async movedUp(_trx, mail) {
      sent.push({ kind: 'movedUp', email: mail.email });
    },
  };
  return { sent, notifier };
}

/** Saves a meeting; moving up (a capacity raised) tells no one here. */
function save(ctx: Parameters<typeof saveMeeting>[0], id: string | null, f: Parameters<typeof saveMeeting>[2]) {
  return saveMeeting(ctx, id, f, recorder().notifier);
}

function person(name: string, email: string) {
  return { name, organisation: 'VV Harderwijk', email, role: 'volunteer' as const, locale: 'nl' as const };
}

async function auditTypes(objectId: string) {
  const rows = await db
    .selectFrom('audit_event')
    .select(['event_type_code', 'event_action_code'])
    .where('participant_object_id', '=', objectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => `${r.event_type_code}/${r.event_action_code}`);
}

async function registrations(meetingId: string) {
  return db
    .selectFrom('meeting_registration')
    .select(['email', 'status', 'cancel_hash'])
    .where('meeting_id', '=', meetingId)
    .orderBy('seq')
    .execute();
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  petra = await createMember(db, MUNICIPALITY, { name: 'Petra', role: 'editor' });
  municipalityAdmin = await createMember(db, MUNICIPALITY, { name: 'Beheerder', role: 'administrator' });
  professional = await createMember(db, SCHOOL, { name: 'Femke', role: 'professional' });
  schoolEditor = await createMember(db, SCHOOL, { name: 'Redacteur School', role: 'editor' });
}, 60_000);
afterAll(() => handle.close());

describe('deny by default', () => {
  it('refuses nobody signed in, a professional and a school’s editor every editor use case', async () => {
    const id = await save(contextFor(db, petra, NOW), null, fields('Voorjaar'));
    await register(contextFor(db, null, NOW), id, person('Ahmed', 'ahmed@example.nl'), recorder().notifier);
    const before = await auditTypes(id);
    const meetingsBefore = await db.selectFrom('meeting').selectAll().orderBy('id').execute();
    expect(await refusalOf(() => save(contextFor(db, null, NOW), null, fields('X')))).toBeInstanceOf(ForbiddenError);
    expect(await refusalOf(() => attendanceList(contextFor(db, null, NOW), id))).toBeInstanceOf(ForbiddenError);
    for (const actor of [professional, schoolEditor]) {
      const ctx = contextFor(db, actor, NOW);
      for (const run of [
        () => editorMeetings(ctx),
        () => editorMeeting(ctx, id),
        () => editorMeetingDetails(ctx, id),
        () => attendanceList(ctx, id),
        () => save(ctx, null, fields('Overgenomen')),
        () => save(ctx, id, fields('Overgenomen')),
        () => addAction(ctx, id, { description: 'x', owner: 'y', dueOn: null }),
        () => markAction(ctx, id, '00000000-0000-4000-8000-000000000000', true),
      ]) {
        const refusal = await refusalOf(run);
        expect(refusal).toBeInstanceOf(DeniedObjectError);
        expect((refusal as DeniedObjectError).target.type).toBe('meeting');
      }
    }
    expect(await db.selectFrom('meeting').selectAll().orderBy('id').execute()).toEqual(meetingsBefore);
    expect(await db.selectFrom('meeting_action').selectAll().execute()).toEqual([]);
    expect(await auditTypes(id)).toEqual(before);
  });
});

describe('the editors', () => {
  it('plan and change a meeting, read and export its registrations, each with its audit row', async () => {
    const id = await save(contextFor(db, petra, NOW), null, fields('Najaar', { published: false }));
    await save(contextFor(db, municipalityAdmin, NOW), id, fields('Najaar 2027', { capacity: 80 }));
    const meeting = await editorMeeting(contextFor(db, petra, NOW), id);
    expect(meeting).toMatchObject({ title: 'Najaar 2027', capacity: 80, published: true, confirmed: 0, waiting: 0 });
    expect(meeting.agenda).toEqual(['Welkom', 'Verbind voor het kind!']);
    await register(contextFor(db, null, NOW), id, person('Ahmed', 'ahmed@example.nl'), recorder().notifier);
    const details = await editorMeetingDetails(contextFor(db, petra, NOW), id);
    expect(details.registrations.map((r) => [r.name, r.email, r.status])).toEqual([
      ['Ahmed', 'ahmed@example.nl', 'confirmed'],
    ]);
    const list = await attendanceList(contextFor(db, petra, NOW), id);
    expect(list.registrations).toHaveLength(1);
    const registrationId = details.registrations[0]!.id;
    expect(await auditTypes(id)).toEqual([
      'meeting.create/C',
      'meeting.update/U',
      'meeting.registration.list/R',
      'meeting.registration.export/E',
    ]);
    expect(await auditTypes(registrationId)).toEqual(['meeting.registration.create/C']);
  });

  it('answers an unknown or malformed meeting id as hidden', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-id', "1' or '1'='1"]) {
      const refusal = await refusalOf(() => editorMeetingDetails(contextFor(db, petra, NOW), id));
      expect(refusal).toBeInstanceOf(HiddenObjectError);
      expect((refusal as HiddenObjectError).target).toEqual({ type: 'meeting', id });
    }
  });
});

describe('registering and cancelling', () => {
  it('gives places up to the capacity, then the waiting list; one registration per address', async () => {
    const id = await save(contextFor(db, petra, NOW), null, fields('Vol'));
    const { sent, notifier } = recorder();
    const pub = contextFor(db, null, NOW);
    expect(await register(pub, id, person('Ahmed', 'Ahmed@Example.nl '), notifier)).toEqual({ outcome: 'confirmed' });
    expect(await register(pub, id, person('Bram', 'bram@example.nl'), notifier)).toEqual({ outcome: 'confirmed' });
    expect(await register(pub, id, person('Cas', 'cas@example.nl'), notifier)).toEqual({ outcome: 'waiting' });
    expect(await register(pub, id, person('Dewi', 'dewi@example.nl'), notifier)).toEqual({ outcome: 'waiting' });
    expect(await register(pub, id, person('Ahmed 2', 'AHMED@example.nl'), notifier)).toEqual({ outcome: 'duplicate' });
    const rows = await registrations(id);
    expect(rows.map((r) => [r.email, r.status])).toEqual([
      ['ahmed@example.nl', 'confirmed'],
      ['bram@example.nl', 'confirmed'],
      ['cas@example.nl', 'waiting'],
      ['dewi@example.nl', 'waiting'],
    ]);
    expect(sent.map((m) => [m.kind, m.email, m.status])).toEqual([
      ['registered', 'ahmed@example.nl', 'confirmed'],
      ['registered', 'bram@example.nl', 'confirmed'],
      ['registered', 'cas@example.nl', 'waiting'],
      ['registered', 'dewi@example.nl', 'waiting'],
    ]);
    // The token is in the e-mail only; the table holds its SHA-256.
    for (const [i, m] of sent.entries()) {
      expect(m.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(rows[i]!.cancel_hash).toBe(createHash('sha256').update(m.token!).digest('hex'));
    }
    expect(new Set(sent.map((m) => m.token)).size).toBe(4);
    const dump = JSON.stringify(await db.selectFrom('meeting_registration').selectAll().execute());
    for (const m of sent) expect(dump).not.toContain(m.token);
    expect((await registrationForToken(pub, sent[2]!.token!))?.status).toBe('waiting');

    // Bram cancels: Cas (the first waiting) moves up and is told; Dewi still waits.
    expect(await cancelRegistration(pub, sent[1]!.token!, notifier)).toBe(true);
    expect((await registrations(id)).map((r) => [r.email, r.status])).toEqual([
      ['ahmed@example.nl', 'confirmed'],
      ['cas@example.nl', 'confirmed'],
      ['dewi@example.nl', 'waiting'],
    ]);
    expect(sent.slice(4).map((m) => [m.kind, m.email])).toEqual([['movedUp', 'cas@example.nl']]);
    // The same link again: nothing more happens.
    expect(await cancelRegistration(pub, sent[1]!.token!, notifier)).toBe(false);
    expect(await registrationForToken(pub, sent[1]!.token!)).toBeUndefined();
    // Dewi leaves the waiting list: nobody moves up.
    expect(await cancelRegistration(pub, sent[3]!.token!, notifier)).toBe(true);
    expect(sent).toHaveLength(5);
    expect((await registrations(id)).map((r) => r.status)).toEqual(['confirmed', 'confirmed']);
    for (const bad of ['', 'x', `${sent[0]!.token!.slice(0, 42)}!`, 'A'.repeat(43)]) {
      expect(await cancelRegistration(pub, bad, notifier)).toBe(false);
    }
    expect(await registrations(id)).toHaveLength(2);
  });

  it('gives places added by a raised capacity to the earliest waiting, each told', async () => {
    const id = await save(contextFor(db, petra, NOW), null, fields('Groter', { capacity: 1 }));
    const pub = contextFor(db, null, NOW);
    for (const who of ['een', 'twee', 'drie', 'vier']) {
      await register(pub, id, person(who, `${who}@example.nl`), recorder().notifier);
    }
    const { sent, notifier } = recorder();
    await saveMeeting(contextFor(db, petra, NOW), id, fields('Groter', { capacity: 3 }), notifier);
    expect((await registrations(id)).map((r) => [r.email, r.status])).toEqual([
      ['een@example.nl', 'confirmed'],
      ['twee@example.nl', 'confirmed'],
      ['drie@example.nl', 'confirmed'],
      ['vier@example.nl', 'waiting'],
    ]);
    expect(sent.map((m) => [m.kind, m.email])).toEqual([
      ['movedUp', 'twee@example.nl'],
      ['movedUp', 'drie@example.nl'],
    ]);
    // Lowered again: nobody loses a place, nobody moves up.
    const second = recorder();
    await saveMeeting(contextFor(db, petra, NOW), id, fields('Groter', { capacity: 2 }), second.notifier);
    expect((await registrations(id)).map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waiting']);
    expect(second.sent).toEqual([]);
  });

  it('refuses an unpublished or unknown meeting, and closes a meeting that has ended', async () => {
    const draft = await save(contextFor(db, petra, NOW), null, fields('Concept', { published: false }));
    const past = await save(
      contextFor(db, petra, NOW),
      null,
      fields('Vorig jaar', { startsAt: new Date('2025-11-16T18:30:00Z'), endsAt: new Date('2025-11-16T21:00:00Z') }),
    );
    const pub = contextFor(db, null, NOW);
    const { sent, notifier } = recorder();
    for (const id of [draft, '00000000-0000-4000-8000-000000000000', 'geen-id']) {
      expect(await refusalOf(() => register(pub, id, person('A', 'a@example.nl'), notifier))).toBeInstanceOf(
        NotFoundError,
      );
      expect(await refusalOf(() => publicMeeting(pub, id))).toBeInstanceOf(NotFoundError);
    }
    expect(await register(pub, past, person('A', 'a@example.nl'), notifier)).toEqual({ outcome: 'closed' });
    expect(await registrations(draft)).toEqual([]);
    expect(await registrations(past)).toEqual([]);
    expect(sent).toEqual([]);
    const listed = await publicMeetings(pub);
    expect(listed.upcoming.map((m) => m.id)).not.toContain(draft);
    expect(listed.past.map((m) => m.id)).toContain(past);
  });
});

describe('actions', () => {
  it('carries the open actions of earlier published meetings over to the next meeting’s page', async () => {
    const ctx = contextFor(db, petra, NOW);
    const earlier = await save(
      ctx,
      null,
      fields('Netwerkbijeenkomst 2026', {
        startsAt: new Date('2026-11-16T18:30:00Z'),
        endsAt: new Date('2026-11-16T21:00:00Z'),
      }),
    );
    const hidden = await save(
      ctx,
      null,
      fields('Intern overleg', {
        startsAt: new Date('2026-10-01T08:00:00Z'),
        endsAt: new Date('2026-10-01T09:00:00Z'),
        published: false,
      }),
    );
    const next = await save(
      ctx,
      null,
      fields('Netwerkbijeenkomst 2027', {
        startsAt: new Date('2027-11-15T18:30:00Z'),
        endsAt: new Date('2027-11-15T21:00:00Z'),
      }),
    );
    await addAction(ctx, earlier, { description: 'Campagne naar scholen', owner: 'Petra', dueOn: '2027-02-01' });
    await addAction(ctx, earlier, { description: 'Sportclubs bezoeken', owner: 'Ahmed', dueOn: null });
    await addAction(ctx, earlier, { description: 'Folder vertalen', owner: 'Wijkteam', dueOn: '2027-03-01' });
    await addAction(ctx, hidden, { description: 'Intern punt', owner: 'Petra', dueOn: null });
    const actions = (await publicMeeting(contextFor(db, null, NOW), earlier)).actions;
    expect(actions.map((a) => [a.description, a.owner, a.dueOn, a.done])).toEqual([
      ['Campagne naar scholen', 'Petra', '2027-02-01', false],
      ['Sportclubs bezoeken', 'Ahmed', null, false],
      ['Folder vertalen', 'Wijkteam', '2027-03-01', false],
    ]);
    await markAction(ctx, earlier, actions[1]!.id, true);
    const nextPage = await publicMeeting(contextFor(db, null, NOW), next);
    expect(nextPage.earlierActions.map((a) => [a.description, a.meetingTitle])).toEqual([
      ['Campagne naar scholen', 'Netwerkbijeenkomst 2026'],
      ['Folder vertalen', 'Netwerkbijeenkomst 2026'],
    ]);
    // The editor sees the unpublished meeting's open action too.
    const editorView = await editorMeetingDetails(ctx, next);
    expect(editorView.earlierActions.map((a) => a.description)).toEqual([
      'Intern punt',
      'Campagne naar scholen',
      'Folder vertalen',
    ]);
    expect(await auditTypes(actions[1]!.id)).toEqual(['meeting.action.create/C', 'meeting.action.update/U']);
    // Another meeting's action, or no action: hidden.
    const refusal = await refusalOf(() => markAction(ctx, next, actions[0]!.id, true));
    expect(refusal).toBeInstanceOf(HiddenObjectError);
    expect((refusal as HiddenObjectError).target.type).toBe('meeting_action');
  });
});

describe('the daily removal of registrations', () => {
  it('removes the registrations of meetings that ended more than the set months ago, once', async () => {
    const ctx = contextFor(db, petra, new Date('2026-01-01T10:00:00Z'));
    const old = await save(
      ctx,
      null,
      fields('Lang geleden', { startsAt: new Date('2026-03-01T18:30:00Z'), endsAt: new Date('2026-03-01T21:00:00Z') }),
    );
    const recent = await save(
      ctx,
      null,
      fields('Onlangs', { startsAt: new Date('2026-10-01T17:30:00Z'), endsAt: new Date('2026-10-01T20:00:00Z') }),
    );
    const pub = contextFor(db, null, new Date('2026-01-01T10:00:00Z'));
    for (const id of [old, recent]) {
      await register(pub, id, person('Ahmed', 'ahmed@example.nl'), recorder().notifier);
      await register(pub, id, person('Bram', 'bram@example.nl'), recorder().notifier);
    }
    // 7 December 2026, 3 months: the cut-off is 7 September; "Lang geleden" ended before it, "Onlangs" after.
    const deps = { db, now: NOW, keys: contextFor(db, null).keys, months: 3 };
    const first = await runMeetingRetention(deps);
    expect(first.meetings).toBeGreaterThanOrEqual(1);
    expect(await registrations(old)).toEqual([]);
    expect(await registrations(recent)).toHaveLength(2);
    expect((await auditTypes(old)).filter((t) => t.startsWith('meeting.registration.retention'))).toEqual([
      'meeting.registration.retention/D',
    ]);
    expect(await runMeetingRetention(deps)).toEqual({ registrations: 0, meetings: 0 });
    // One month: "Onlangs" (ended 1 October) goes too.
    expect(await runMeetingRetention({ ...deps, months: 1 })).toEqual({ registrations: 2, meetings: 1 });
    expect(await registrations(recent)).toEqual([]);
  });
});

describe('the e-mails', () => {
  it('queue the confirmation with the cancel link, and the moving up, in the registration’s language', async () => {
    const queued: { name: string; data: { to: string[]; subject: string; text: string } }[] = [];
    const queue = {
      async enqueue(_trx: unknown, name: string, data: { to: string[]; subject: string; text: string }) {
        queued.push({ name, data });
      },
    } as unknown as JobQueue;
    const notifier = meetingMailNotifier(queue, 'https://kring.example', 'mail');
    const meeting = {
      id: 'm',
      title: 'Samen sterk',
      startsAt: new Date('2026-11-16T18:30:00Z'),
      endsAt: new Date('2026-11-16T21:00:00Z'),
      placeName: 'Stadhuis',
      placeAddress: 'Havendam 56, Harderwijk',
    };
    const trx = {} as Transaction<Database>;
    await notifier.registered(
      trx,
      { email: 'a@example.nl', name: 'Ahmed', locale: 'nl', meeting },
      'confirmed',
      'TOKEN',
    );
    await notifier.registered(trx, { email: 'b@example.nl', name: 'Bo', locale: 'en', meeting }, 'waiting', 'TOKEN2');
    await notifier.movedUp(trx, { email: 'b@example.nl', name: 'Bo', locale: 'en', meeting });
    expect(queued.map((q) => [q.name, q.data.to, q.data.subject])).toEqual([
      ['mail', ['a@example.nl'], 'Aanmelding bevestigd: Samen sterk'],
      ['mail', ['b@example.nl'], 'On the waiting list: Samen sterk'],
      ['mail', ['b@example.nl'], 'A place for you: Samen sterk'],
    ]);
    expect(queued[0]!.data.text).toContain('https://kring.example/bijeenkomsten/afmelden?code=TOKEN\n');
    expect(queued[0]!.data.text).toContain('maandag 16 november 2026 van 19:30 tot 22:00 uur');
    expect(queued[0]!.data.text).toContain('Stadhuis, Havendam 56, Harderwijk');
    expect(queued[1]!.data.text).toContain('https://kring.example/en/bijeenkomsten/afmelden?code=TOKEN2\n');
    expect(queued[1]!.data.text).toContain('Monday, 16 November 2026 from 19:30 to 22:00');
    expect(queued[2]!.data.text).not.toContain('TOKEN');
  });
});

describe('the demo meeting', () => {
  it('seeds the 2017 meeting in the town hall, whose two open agreements show on a later meeting', async () => {
    await db.transaction().execute((trx) => seedMeetingsDemo(trx));
    const pub = contextFor(db, null, NOW);
    const past = (await publicMeetings(pub)).past.find((m) => m.title.endsWith('2017'))!;
    expect(past).toMatchObject({
      placeName: 'Stadhuis',
      placeAddress: 'Havendam 56, Harderwijk',
      capacity: 100,
      published: true,
    });
    expect(past.startsAt.toISOString()).toBe('2017-11-16T18:00:00.000Z');
    const later = await save(contextFor(db, petra, NOW), null, fields('Samen sterk in de kring van veiligheid'));
    const page = await publicMeeting(pub, later);
    const from2017 = page.earlierActions.filter((a) => a.meetingId === past.id);
    expect(from2017.map((a) => [a.owner, a.dueOn])).toEqual([
      ['Netwerkcoördinator van de gemeente', '2018-03-01'],
      ['Gemeente en Veilig Thuis', '2018-11-01'],
    ]);
  });
});
