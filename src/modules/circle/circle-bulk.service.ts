// SPDX-License-Identifier: EUPL-1.2
/**
 * Bulk registration (issue 14 item 8, ADR 0034): a source system registers up to MAX_BATCH signals of
 * its organisation in one call. The same policy as one registration (circle.policy.ts; a refusal is
 * audited), the same per-signal rules (checkInput of circle.service.ts), and, in one transaction: the
 * signals in a few set-based statements, one audit row per signal (pending, chained by the audit
 * sealer), the matches of all new signals in one lookup, each new signal in its matches' team, and one
 * content-free notification of everyone involved in a new match. The answer is per item, by its index: the new id and its matches, or the
 * field errors (message keys; never the value, never a BSN).
 */
import { actorOf, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { auditMany } from '#src/modules/audit/index.ts';
import { activeOn, assertKeysMatch, auditRefusal, type CircleSettings, initialKeyState } from './circle.internal.ts';
import { circlePolicy } from './circle.policy.ts';
import * as repo from './circle.repository.ts';
import type { CheckedInput, CircleNotifier, SignalInput } from './circle.service.ts';
import { checkInput, settleMatches } from './circle.service.ts';
import { insertSignalBatch } from './circle-bulk.repository.ts';
import { checkMaxMonths, signalExpiry } from './expiry.ts';
import { pseudonym } from './pseudonym.ts';

/** The most signals one bulk registration takes. */
export const MAX_BATCH = 1000;

/** What became of one item of a batch. */
export type BatchItemResult =
  | { readonly index: number; readonly id: string; readonly matches: number }
  | { readonly index: number; readonly errors: Readonly<Record<string, string>> };

/** One item of a batch as the caller numbers it (its place in the request). */
export interface BatchItem {
  readonly index: number;
  readonly input: SignalInput;
}

/**
 * Registers a batch of signals for the actor's organisation, each on its own merits.
 * @param settings the circle's keys and the municipality's period
 * @param items the signals, each with the index the answer names it by
 * @param notifier told once of everyone involved in the batch's new matches, in the transaction
 * @returns one result per item, in the order of the items
 * @throws {ForbiddenError} when the actor's organisation type or role has no basis (audited)
 * @throws {ValidationError} `signals: batchTooLarge` over MAX_BATCH items
 */
export async function registerSignals(
  ctx: RequestContext,
  settings: CircleSettings,
  items: readonly BatchItem[],
  notifier?: CircleNotifier,
): Promise<BatchItemResult[]> {
  const actor = actorOf(ctx);
  if (circlePolicy.register(actor, { organisationId: actor.organisationId }) !== 'allow') {
    await auditRefusal(ctx, 'circle.signal.register', 'C', null);
    throw new ForbiddenError();
  }
  if (items.length > MAX_BATCH) throw new ValidationError({ signals: 'batchTooLarge' });
  const today = amsterdamIsoDate(ctx.now);
  const maxMonths = checkMaxMonths(settings.maxMonths);

  const results = new Map<number, BatchItemResult>();
  const valid: { index: number; checked: CheckedInput }[] = [];
  const inBatch = new Set<string>();
  for (const { index, input } of items) {
    try {
      const checked = checkInput(input, today);
      // The same young person twice in one batch: the second is already registered by the first.
      if (inBatch.has(checked.bsn)) results.set(index, { index, errors: { bsn: 'bsnAlreadyRegistered' } });
      else {
        inBatch.add(checked.bsn);
        valid.push({ index, checked });
      }
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      results.set(index, { index, errors: err.fields ?? {} });
    }
  }

  if (valid.length > 0) {
    await ctx.db.transaction().execute(async (trx) => {
      // Waits for a rotation in progress; then computes at the version the register is at.
      const state = await repo.lockKeyState(trx, 'share', initialKeyState(settings.keys), ctx.now);
      assertKeysMatch(settings.keys, state);
      const signals = valid.map(({ checked }) => ({
        organisationId: actor.organisationId,
        registeredBy: actor.userId,
        contact: checked.contact,
        pseudonym: pseudonym(settings.keys, checked.bsn, state.version),
        parents: checked.parentBsns.map((p) => pseudonym(settings.keys, p, state.version)),
        dateOfBirth: checked.dateOfBirth,
        registeredAt: ctx.now,
        registeredOn: today,
        expiresOn: signalExpiry({ registeredOn: today, dateOfBirth: checked.dateOfBirth }, maxMonths).on,
        informing: checked.informing,
        concernId: checked.concernId,
      }));
      const ids = await insertSignalBatch(trx, signals);
      const created = signals.flatMap((s, i) => {
        const id = ids.get(s.pseudonym.value);
        return id ? [{ index: valid[i]!.index, id }] : [];
      });
      await auditMany(
        trx,
        ctx,
        created.map(({ id }) => ({
          type: 'circle.signal.register',
          action: 'C' as const,
          outcome: 'success' as const,
          purpose: 'care',
          objectType: 'circle_signal',
          objectId: id,
          deferChain: true,
        })),
      );
      const matches = await repo.matchesFor(
        trx,
        created.map((c) => c.id),
        activeOn(ctx, settings),
      );
      const perSignal = new Map<string, number>();
      for (const m of matches) perSignal.set(m.forSignalId, (perSignal.get(m.forSignalId) ?? 0) + 1);
      signals.forEach((s, i) => {
        const index = valid[i]!.index;
        const id = ids.get(s.pseudonym.value);
        results.set(
          index,
          id ? { index, id, matches: perSignal.get(id) ?? 0 } : { index, errors: { bsn: 'bsnAlreadyRegistered' } },
        );
      });
      await settleMatches(trx, ctx, settings, matches, notifier);
    });
  }
  return items.map(({ index }) => results.get(index)!);
}
