// SPDX-License-Identifier: EUPL-1.2
/**
 * The public side of the network's meetings (ADR 0038): the published meetings, registering (a place,
 * or the waiting list when the meeting is full), cancelling with the link from the confirmation
 * e-mail (the first on the waiting list moves up in the same transaction), and the daily removal of
 * registrations a set time after the meeting. A meeting's row is locked while a place is given or
 * freed, so concurrent registrations never exceed its capacity.
 */
import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { RequestContext } from '#src/core/context.ts';
import { NotFoundError } from '#src/core/errors.ts';
import { hashToken } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import type { TransactionHandle } from '#src/db/handle.ts';
import { audit } from '#src/modules/audit/index.ts';
import { articleLinks, articlePath } from '#src/modules/news/index.ts';
import * as repo from './meeting.repository.ts';
import type { RegistrationRole, RegistrationStatus } from './meeting.table.ts';
import { movingUp, retentionCutoff, statusForNew } from './meeting-rules.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What a registration's e-mail needs to say. */
export interface RegistrationMail {
  readonly email: string;
  readonly name: string;
  readonly locale: 'nl' | 'en';
  readonly meeting: Pick<repo.MeetingRow, 'id' | 'title' | 'startsAt' | 'endsAt' | 'placeName' | 'placeAddress'>;
}

/** Sends the registrations' e-mails (on the job queue, in the caller's transaction). */
export interface MeetingNotifier {
  /** Confirms a registration (a place, or the waiting list), with the cancel link's token. */
  registered(
    trx: Transaction<Database>,
    mail: RegistrationMail,
    status: RegistrationStatus,
    token: string,
  ): Promise<void>;
  /** Tells someone on the waiting list they have a place now. */
  movedUp(trx: Transaction<Database>, mail: RegistrationMail): Promise<void>;
}

function record(trx: TransactionHandle, ctx: RequestContext, type: string, action: 'C' | 'U' | 'D', id: string | null) {
  return audit(trx as Parameters<typeof audit>[0], ctx, {
    type,
    action,
    outcome: 'success',
    purpose: 'network',
    objectType: type.startsWith('meeting.registration') ? 'meeting_registration' : 'meeting',
    objectId: id,
  });
}

/** A published meeting, or 404 (a malformed id too). */
async function published(ctx: RequestContext, id: string): Promise<repo.MeetingRow> {
  const meeting = UUID.test(id) ? await repo.findMeeting(ctx.db, id) : undefined;
  if (!meeting?.published) throw new NotFoundError();
  return meeting;
}

/** The published meetings: the coming ones (soonest first), then the past ones (latest first). */
export async function publicMeetings(
  ctx: RequestContext,
): Promise<{ readonly upcoming: repo.MeetingRow[]; readonly past: repo.MeetingRow[] }> {
  const all = await repo.listMeetings(ctx.db, { publishedOnly: true });
  const upcoming = all.filter((m) => m.endsAt > ctx.now).reverse();
  const past = all.filter((m) => m.endsAt <= ctx.now);
  return { upcoming, past };
}

/** A news article a meeting links to (published only), with its public path. */
export interface ArticleLink {
  readonly title: string;
  readonly path: string;
}

/**
 * A published meeting with its actions, the open actions of earlier meetings, and its announcement
 * and retrospective articles while those are published (the news module decides).
 */
export async function publicMeeting(
  ctx: RequestContext,
  id: string,
): Promise<{
  readonly meeting: repo.MeetingRow;
  readonly actions: repo.ActionRow[];
  readonly earlierActions: (repo.ActionRow & { meetingTitle: string })[];
  readonly announcement: ArticleLink | undefined;
  readonly retrospective: ArticleLink | undefined;
}> {
  const meeting = await published(ctx, id);
  const ids = [meeting.announcementArticleId, meeting.retrospectiveArticleId].filter((a): a is string => a !== null);
  const links = ids.length > 0 ? await articleLinks(ctx.db, ids, ctx.now) : new Map();
  const link = (articleId: string | null): ArticleLink | undefined => {
    const found = articleId ? links.get(articleId) : undefined;
    return found ? { title: found.title, path: articlePath(found.slug) } : undefined;
  };
  return {
    meeting,
    actions: await repo.listActions(ctx.db, meeting.id),
    earlierActions: await repo.openActionsBefore(ctx.db, meeting.startsAt, true),
    announcement: link(meeting.announcementArticleId),
    retrospective: link(meeting.retrospectiveArticleId),
  };
}

/** What registering answered. */
export type RegisterResult =
  | { readonly outcome: 'confirmed' | 'waiting' }
  | { readonly outcome: 'duplicate' }
  | { readonly outcome: 'closed' };

/**
 * Registers someone for a published meeting that has not ended: a place while there is one, else the
 * waiting list. One registration per address: a second answers `duplicate` and stores nothing.
 * @throws {NotFoundError} for an unknown or unpublished meeting
 */
export async function register(
  ctx: RequestContext,
  meetingId: string,
  input: {
    readonly name: string;
    readonly organisation: string;
    readonly email: string;
    readonly role: RegistrationRole;
    readonly locale: 'nl' | 'en';
  },
  notifier: MeetingNotifier,
): Promise<RegisterResult> {
  const meeting = await published(ctx, meetingId);
  if (meeting.endsAt <= ctx.now) return { outcome: 'closed' };
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString('base64url');
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockMeeting(trx, meeting.id);
    if (!locked) throw new NotFoundError();
    if (await repo.hasRegistration(trx, meeting.id, email)) return { outcome: 'duplicate' } as const;
    const status = statusForNew(locked.capacity, await repo.countConfirmed(trx, meeting.id));
    const id = await repo.insertRegistration(trx, {
      meetingId: meeting.id,
      name: input.name,
      organisation: input.organisation,
      email,
      role: input.role,
      status,
      cancelHash: hashToken(token),
      locale: input.locale,
      now: ctx.now,
    });
    await record(trx, ctx, 'meeting.registration.create', 'C', id);
    await notifier.registered(trx, { email, name: input.name, locale: input.locale, meeting }, status, token);
    return { outcome: status };
  });
}

/** The registration a cancel token belongs to, for the confirmation page; undefined when none (any more). */
export async function registrationForToken(
  ctx: RequestContext,
  token: string,
): Promise<{ readonly meeting: repo.MeetingRow; readonly status: RegistrationStatus } | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const registration = await repo.findRegistrationByHash(ctx.db, hashToken(token));
  if (!registration) return undefined;
  const meeting = await repo.findMeeting(ctx.db, registration.meetingId);
  return meeting ? { meeting, status: registration.status } : undefined;
}

/**
 * Cancels the registration of a token. When it had a place, the first on the waiting list gets it and
 * is told by e-mail, in the same transaction (the meeting's row locked).
 * @returns false when the token holds no registration (any more)
 */
export async function cancelRegistration(
  ctx: RequestContext,
  token: string,
  notifier: MeetingNotifier,
): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const hash = hashToken(token);
  const found = await repo.findRegistrationByHash(ctx.db, hash);
  if (!found) return false;
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockMeeting(trx, found.meetingId);
    // Read again under the lock: a second cancel at the same time finds nothing.
    const registration = await repo.findRegistrationByHash(trx, hash);
    if (!locked || !registration || !(await repo.deleteRegistration(trx, registration.id))) return false;
    await record(trx, ctx, 'meeting.registration.cancel', 'D', registration.id);
    await fillFreePlaces(trx, ctx, registration.meetingId, locked.capacity, notifier);
    return true;
  });
}

/**
 * Gives the free places of a meeting to the earliest on its waiting list, each told by e-mail and
 * audited. Call with the meeting's row locked (lockMeeting) in the same transaction.
 * @returns how many moved up
 */
export async function fillFreePlaces(
  trx: Transaction<Database>,
  ctx: RequestContext,
  meetingId: string,
  capacity: number,
  notifier: MeetingNotifier,
): Promise<number> {
  const free = capacity - (await repo.countConfirmed(trx, meetingId));
  const waiting = await repo.waitingList(trx, meetingId);
  const up = movingUp(waiting, free);
  if (up.length === 0) return 0;
  await repo.confirmRegistrations(trx, up);
  const meeting = await repo.findMeeting(trx, meetingId);
  for (const r of waiting.filter((w) => up.includes(w.id))) {
    await record(trx, ctx, 'meeting.registration.moveUp', 'U', r.id);
    if (meeting) await notifier.movedUp(trx, { email: r.email, name: r.name, locale: r.locale, meeting });
  }
  return up.length;
}

/**
 * Removes the registrations of every meeting that ended more than `months` months ago. Idempotent: a
 * second run removes nothing. One audit row per meeting cleared (no person named).
 * @returns the counts
 */
export async function removeOldRegistrations(
  ctx: RequestContext,
  months: number,
): Promise<{ readonly registrations: number; readonly meetings: number }> {
  const cutoff = retentionCutoff(ctx.now, months);
  return ctx.db.transaction().execute(async (trx) => {
    const removed = await repo.deleteRegistrationsEndedBefore(trx, cutoff);
    for (const id of removed.meetingIds) await record(trx, ctx, 'meeting.registration.retention', 'D', id);
    return { registrations: removed.registrations, meetings: removed.meetingIds.length };
  });
}
