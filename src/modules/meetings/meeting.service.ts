// SPDX-License-Identifier: EUPL-1.2
/**
 * The editor's use cases of the network's meetings (ADR 0038): plan and change a meeting, see who
 * registered (personal data: every read audited), download the attendance list, record the actions
 * agreed. Deny by default: only an actor with `network:edit`; a refusal is audited and thrown.
 */
import { type Actor, actorOf, authorize } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { hidden } from '#src/core/refusal.ts';
import type { TransactionHandle } from '#src/db/handle.ts';
import { audit } from '#src/modules/audit/index.ts';
import { publishedArticleList } from '#src/modules/news/index.ts';
import { meetingPolicy } from './meeting.policy.ts';
import * as repo from './meeting.repository.ts';
import { fillFreePlaces, type MeetingNotifier } from './registration.service.ts';

export type { ActionRow, MeetingFields, MeetingRow, RegistrationRow } from './meeting.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';

function record(
  trx: TransactionHandle,
  ctx: RequestContext,
  type: string,
  action: AuditAction,
  objectType: 'meeting' | 'meeting_action',
  objectId: string,
) {
  return audit(trx as Parameters<typeof audit>[0], ctx, {
    type,
    action,
    outcome: 'success',
    purpose: 'network',
    objectType,
    objectId,
  });
}

/**
 * Refuses anyone without `network:edit`, before anything is read: a DeniedObjectError naming the
 * meeting (the error handler writes its `object.denied` audit row).
 * @param id the meeting's id as given, or `new`
 * @throws {DeniedObjectError}
 */
function editor(ctx: RequestContext, id: string): Actor {
  const actor = actorOf(ctx);
  authorize(actor, meetingPolicy, 'edit', id, { type: 'meeting', id });
  return actor;
}

/** A meeting id from a URL: a well-formed one of an existing meeting, or 404 (audited as hidden). */
async function existing(ctx: RequestContext, id: string): Promise<repo.MeetingRow> {
  const meeting = UUID.test(id) ? await repo.findMeeting(ctx.db, id) : undefined;
  if (!meeting) throw hidden('meeting', id);
  return meeting;
}

/** Every meeting, the latest first, published or not. */
export async function editorMeetings(ctx: RequestContext): Promise<repo.MeetingRow[]> {
  editor(ctx, 'list');
  return repo.listMeetings(ctx.db, { publishedOnly: false });
}

/** The published news articles an editor may link a meeting to, newest first. */
export async function articleChoices(
  ctx: RequestContext,
): Promise<{ id: string; title: string; publishedOn: string }[]> {
  editor(ctx, 'list');
  return publishedArticleList(ctx.db, ctx.now);
}

/** A meeting for its form (no personal data). */
export async function editorMeeting(ctx: RequestContext, id: string): Promise<repo.MeetingRow> {
  editor(ctx, id);
  return existing(ctx, id);
}

/** A meeting with its registrations (audited read) and actions, and the open actions of earlier meetings. */
export async function editorMeetingDetails(
  ctx: RequestContext,
  id: string,
): Promise<{
  readonly meeting: repo.MeetingRow;
  readonly registrations: repo.RegistrationRow[];
  readonly actions: repo.ActionRow[];
  readonly earlierActions: (repo.ActionRow & { meetingTitle: string })[];
}> {
  editor(ctx, id);
  const meeting = await existing(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const registrations = await repo.listRegistrations(trx, meeting.id);
    await record(trx, ctx, 'meeting.registration.list', 'R', 'meeting', meeting.id);
    return {
      meeting,
      registrations,
      actions: await repo.listActions(trx, meeting.id),
      earlierActions: await repo.openActionsBefore(trx, meeting.startsAt, false),
    };
  });
}

/** The registrations for the attendance list (audited as an export). */
export async function attendanceList(
  ctx: RequestContext,
  id: string,
): Promise<{ readonly meeting: repo.MeetingRow; readonly registrations: repo.RegistrationRow[] }> {
  editor(ctx, id);
  const meeting = await existing(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const registrations = await repo.listRegistrations(trx, meeting.id);
    await record(trx, ctx, 'meeting.registration.export', 'E', 'meeting', meeting.id);
    return { meeting, registrations };
  });
}

/**
 * Plans a meeting (id null) or changes one. A capacity raised above the places taken gives the new
 * places to the earliest on the waiting list, each told by e-mail (the meeting's row locked).
 * @returns the meeting's id
 * @throws {HiddenObjectError} when the meeting to change does not exist
 */
export async function saveMeeting(
  ctx: RequestContext,
  id: string | null,
  fields: repo.MeetingFields,
  notifier: MeetingNotifier,
): Promise<string> {
  const actor = editor(ctx, id ?? 'new');
  if (id !== null) await existing(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    if (id === null) {
      const made = await repo.insertMeeting(trx, fields, actor.userId, ctx.now);
      await record(trx, ctx, 'meeting.create', 'C', 'meeting', made);
      return made;
    }
    await repo.lockMeeting(trx, id);
    await repo.updateMeeting(trx, id, fields, ctx.now);
    await record(trx, ctx, 'meeting.update', 'U', 'meeting', id);
    await fillFreePlaces(trx, ctx, id, fields.capacity, notifier);
    return id;
  });
}

/** Records an action agreed at a meeting. */
export async function addAction(
  ctx: RequestContext,
  meetingId: string,
  values: { readonly description: string; readonly owner: string; readonly dueOn: string | null },
): Promise<void> {
  editor(ctx, meetingId);
  const meeting = await existing(ctx, meetingId);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertAction(trx, { meetingId: meeting.id, ...values, now: ctx.now });
    await record(trx, ctx, 'meeting.action.create', 'C', 'meeting_action', id);
  });
}

/** Marks an action done, or open again. */
export async function markAction(ctx: RequestContext, meetingId: string, actionId: string, done: boolean) {
  editor(ctx, meetingId);
  const meeting = await existing(ctx, meetingId);
  if (!UUID.test(actionId)) throw hidden('meeting_action', actionId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.setActionDone(trx, meeting.id, actionId, done))) throw hidden('meeting_action', actionId);
    await record(trx, ctx, 'meeting.action.update', 'U', 'meeting_action', actionId);
  });
}
