// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier's own entries: signals (observation, quote, counter-sign), injuries, the checks of step 1
 * (kindcheck, carer check), notes, corrections, and attachments.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { actorOf, authorize } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ConflictError, ValidationError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { hidden } from '#src/core/refusal.ts';
import { audit } from '#src/modules/audit/index.ts';
import type { InspectedUpload } from './attachments/inspect.ts';
import type { AttachmentStore } from './attachments/store.ts';
import { concernPolicy } from './concern.policy.ts';
import * as repo from './concern.repository.ts';
import { honourRiskAnswer } from './concern.schemas.ts';
import { auditConcern, lockedConcern, resource } from './concern-access.ts';
import { type EntryData, SIGNAL_KINDS } from './entries.ts';
import { appendEntry } from './entry.repository.ts';
import { directEntrySchema } from './entry.schemas.ts';
import { answerHonourRiskIn } from './honour.service.ts';
import { type HonourRisk, honourRiskChangeAllowed } from './honour-route.ts';
import { type AttachmentRow, listAttachments } from './list.repository.ts';
import { attachmentDescription, occurredAt } from './signal.schemas.ts';
import * as steps from './steps.repository.ts';
import { checkApplies } from './subject-texts.ts';

/** The entry kinds anyone who may add entries can add directly (the steps go through takeStep). */
export type DirectEntry = Extract<
  EntryData,
  { kind: 'observation' | 'quote' | 'counterSign' | 'injury' | 'note' | 'kindcheck' | 'carerCheck' }
>;

/**
 * Adds an observation, a quote, a counter-sign, an injury, a check of step 1 (kindcheck, carer
 * check) or a note. With `correctsId` the new entry corrects an earlier one of the same concern
 * (which stays as it was).
 *
 * A signal (observation, quote, counter-sign) on a concern whose honour-related violence question was
 * not asked yet needs `honourRisk`: the first signal of every concern answers it (ADR 0027). Given on
 * a concern that has an answer, it is recorded only where it may change that answer ("no" → "yes").
 * @throws {ValidationError} the entry breaks a rule of its schema (entry.schemas.ts; `date` for a day
 *   after today); `corrects` when the corrected entry is not of this concern; `honourRisk` when a
 *   first signal comes without the answer
 * @throws {ConflictError} a check of step 1 that does not apply to the person (no kindcheck, with
 *   its pregnancy question, for an older person; no carer check for a child)
 */
export async function addEntry(
  ctx: RequestContext,
  id: string,
  entry: DirectEntry,
  options: {
    occurredAt?: Date | null;
    occurredTimeKnown?: boolean;
    correctsId?: string | null;
    honourRisk?: HonourRisk | null;
  } = {},
): Promise<string> {
  const actor = actorOf(ctx);
  const valid = validInput(
    z.object({
      entry: directEntrySchema,
      occurredAt: occurredAt(ctx.now).nullish(),
      honourRisk: honourRiskAnswer.nullish(),
    }),
    { entry, occurredAt: options.occurredAt, honourRisk: options.honourRisk },
  ).entry as DirectEntry;
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    if (
      (entry.kind === 'kindcheck' || entry.kind === 'carerCheck') &&
      !checkApplies(concern.person.ageGroup, entry.kind)
    )
      throw new ConflictError('Check does not apply to this person');
    const isSignal = (SIGNAL_KINDS as readonly string[]).includes(entry.kind) && !options.correctsId;
    if (isSignal && concern.honourRisk === null && !options.honourRisk) {
      throw new ValidationError({ honourRisk: 'honourRisk' });
    }
    if (options.honourRisk && honourRiskChangeAllowed(concern.honourRisk, options.honourRisk)) {
      await answerHonourRiskIn(trx, ctx, actor, concern, options.honourRisk);
    }
    if (options.correctsId) {
      if (!(await steps.entryOfConcern(trx, options.correctsId, id))) {
        throw new ValidationError({ corrects: 'notInConcern' });
      }
    }
    const added = await appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry: valid,
      occurredAt: options.occurredAt ?? null,
      occurredTimeKnown: options.occurredTimeKnown ?? false,
      correctsId: options.correctsId ?? null,
      now: ctx.now,
    });
    await auditConcern(trx, ctx, concern, options.correctsId ? 'concern.entry.correct' : 'concern.entry.create', 'C');
    return added.id;
  });
}

/**
 * Adds an inspected upload: the file is stored first (under a server id), then its row and entry in
 * one transaction; if that fails the file is removed again, so no orphan stays behind.
 */
export async function addAttachment(
  ctx: RequestContext,
  id: string,
  upload: InspectedUpload,
  description: string,
  store: AttachmentStore,
): Promise<string> {
  const actor = actorOf(ctx);
  const { description: shown } = validInput(z.object({ description: attachmentDescription }), { description });
  // Check access before anything touches the disk.
  await ctx.db.transaction().execute(async (trx) => {
    await lockedConcern(trx, actor, id, 'addEntry');
  });
  const storedId = await store.write(upload.bytes);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const concern = await lockedConcern(trx, actor, id, 'addEntry');
      const attachmentId = crypto.randomUUID();
      const entry = await appendEntry(trx, {
        concernId: id,
        authorId: actor.userId,
        entry: {
          kind: 'attachment',
          data: {
            attachmentId,
            displayName: upload.displayName,
            mediaType: upload.mediaType,
            size: upload.bytes.length,
            description: shown,
          },
        },
        occurredAt: null,
        correctsId: null,
        now: ctx.now,
      });
      await steps.insertAttachment(trx, {
        id: attachmentId,
        concernId: id,
        entryId: entry.id,
        storedId,
        mediaType: upload.mediaType,
        size: upload.bytes.length,
        sha256: upload.sha256,
        displayName: upload.displayName,
        now: ctx.now,
      });
      await auditConcern(trx, ctx, concern, 'concern.attachment.create', 'C');
      return attachmentId;
    });
  } catch (error) {
    await store.remove(storedId);
    throw error;
  }
}

/** Reads an attachment of a concern the actor may see (audited). */
export async function readAttachment(
  ctx: RequestContext,
  id: string,
  attachmentId: string,
  store: AttachmentStore,
): Promise<{ meta: AttachmentRow; bytes: Buffer }> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await repo.findConcern(trx, id);
    if (!concern) throw hidden('concern', id);
    authorize(actor, concernPolicy, 'view', resource(concern), { type: 'concern', id });
    const meta = (await listAttachments(trx, id)).find((a) => a.id === attachmentId);
    if (!meta) throw hidden('concern_attachment', attachmentId);
    const bytes = await store.read(meta.storedId);
    await audit(trx, ctx, {
      type: 'concern.attachment.read',
      action: 'R',
      purpose: 'care',
      outcome: 'success',
      subject: { kind: 'person', id: concern.personId },
      objectType: 'concern_attachment',
      objectId: attachmentId,
    });
    return { meta, bytes };
  });
}
