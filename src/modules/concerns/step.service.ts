// SPDX-License-Identifier: EUPL-1.2
/**
 * The meldcode's steps through the workflow table: consultation, advice, the conversation, weighing
 * (the afwegingskader), the decision, the review of help, and reopening.
 */
import { actorOf, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ConflictError, StepNotForRoleError, ValidationError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { audit } from '#src/modules/audit/index.ts';
import {
  type Answers,
  allowedDecisions,
  type Decision,
  nextStep,
  type Outcome,
  relevantAnswers,
} from './afwegingskader.ts';
import type { ConcernNotifier } from './concern.service.ts';
import { lockedConcern, routeFactsIn } from './concern-access.ts';
import { answerOpenRequest, requestConsultationIn } from './consultation.service.ts';
import type { EntryData, EntryDataByKind } from './entries.ts';
import { appendEntry } from './entry.repository.ts';
import { familyConversationAllowed } from './honour-route.ts';
import { stepInputSchema } from './step.schemas.ts';
import * as steps from './steps.repository.ts';
import { type ConcernStatus, roleIs, stepTakerFor, transition } from './workflow.ts';

/** The input of each step (the workflow table decides whether it may be taken now). */
export type StepInput =
  | { readonly action: 'requestConsultation'; readonly leadId: string | null }
  | { readonly action: 'recordConsultation'; readonly withName: string; readonly advice: string }
  | { readonly action: 'recordAdvice'; readonly adviser: EntryDataByKind['advice']['adviser']; readonly advice: string }
  | ({ readonly action: 'recordConversation' } & EntryDataByKind['conversation'])
  | ({ readonly action: 'skipConversation' } & EntryDataByKind['conversationSkipped'])
  | {
      readonly action: 'weigh';
      readonly answers: Answers;
      readonly rationale: EntryDataByKind['weighing']['rationale'];
    }
  | {
      readonly action: 'decideReport';
      readonly reasons: string;
      readonly keepHelping: boolean;
      readonly checkDate: string | null;
      readonly informedPerson: boolean | null;
    }
  | { readonly action: 'decideHelp'; readonly reasons: string; readonly checkDate: string }
  | { readonly action: 'close'; readonly reasons: string }
  | { readonly action: 'helpSucceeded'; readonly notes: string }
  | { readonly action: 'helpFailed'; readonly notes: string }
  | { readonly action: 'reopen'; readonly reason: string };

/**
 * Takes a meldcode step: refused (409) unless the transition table allows it from the concern's
 * status, and (403) unless the actor's role may take it.
 * @throws {ConflictError} out of order, or the afwegingskader does not allow the decision
 * @throws {ValidationError} the input breaks a rule of its schema (step.schemas.ts), or does not
 *   complete the step (e.g. unanswered questions)
 */
export async function takeStep(
  ctx: RequestContext,
  id: string,
  given: StepInput,
  notifier: ConcernNotifier,
): Promise<ConcernStatus> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'view');
    // The role first: a step that is never the actor's says so, whatever the concern's status.
    const taker = stepTakerFor(actor.role, given.action);
    if (taker) throw new StepNotForRoleError(taker);
    // The schema's output is the input trimmed (the afwegingskader's question numbers as the keys
    // they are at run time), so it is the same StepInput.
    const input = validInput(stepInputSchema(ctx.now), given) as StepInput;
    const facts = await routeFactsIn(trx, concern);
    // Honour-related violence: no conversation with the family before Veilig Thuis's advice is
    // recorded. Said at every step, before whether the step fits now: it is the rule that matters.
    if (input.action === 'recordConversation' && !familyConversationAllowed(facts.route, facts.veiligThuisAdvice)) {
      throw new ValidationError({ participants: 'expertFirst' });
    }
    const allowed = transition(input.action, concern.status, facts.route);
    if (!allowed) throw new ConflictError();
    if (!roleIs(actor.role, allowed.by)) throw new ForbiddenError();
    const append = (entry: EntryData) =>
      appendEntry(trx, {
        concernId: id,
        authorId: actor.userId,
        entry,
        occurredAt: null,
        correctsId: null,
        now: ctx.now,
      });
    let checkDate: string | null | undefined;
    switch (input.action) {
      case 'requestConsultation':
        await requestConsultationIn(trx, ctx, actor, concern, input.leadId, notifier, 'consultationRequested');
        break;
      case 'recordConsultation': {
        const request = await answerOpenRequest(trx, ctx, id, actor);
        await append({
          kind: 'consultation',
          data: { withName: input.withName, advice: input.advice, requestId: request },
        });
        break;
      }
      case 'recordAdvice':
        await append({ kind: 'advice', data: { adviser: input.adviser, advice: input.advice } });
        break;
      case 'recordConversation':
        await append({
          kind: 'conversation',
          data: {
            participants: input.participants,
            reaction: input.reaction,
            conversationDate: input.conversationDate,
          },
        });
        break;
      case 'skipConversation':
        await append({ kind: 'conversationSkipped', data: { reason: input.reason, explanation: input.explanation } });
        break;
      case 'weigh': {
        const answers = relevantAnswers(input.answers);
        const step = nextStep(answers);
        if (!('outcome' in step)) throw new ValidationError({ [`q${step.question}`]: 'unanswered' });
        const rationale: EntryDataByKind['weighing']['rationale'] = {};
        for (const q of Object.keys(answers) as Array<'1' | '2' | '3' | '4' | '5'>) {
          rationale[q] = input.rationale[q] ?? '';
        }
        await append({ kind: 'weighing', data: { answers, rationale, outcome: step.outcome } });
        break;
      }
      case 'decideReport':
      case 'decideHelp':
      case 'close': {
        const decision: Decision =
          input.action === 'decideReport' ? 'report' : input.action === 'decideHelp' ? 'help' : 'close';
        // In step 5 the decision must be one the afwegingskader allows (acute or structural unsafety: report).
        // Before step 5 only the expert route reaches here with a report (the table's `expert` rows).
        if (concern.status === 'deciding') {
          const outcome = facts.outcome as Outcome | null;
          if (!outcome || !allowedDecisions(outcome).includes(decision))
            throw new ConflictError('Decision not allowed');
        }
        checkDate =
          input.action === 'decideHelp'
            ? input.checkDate
            : input.action === 'decideReport' && input.keepHelping
              ? input.checkDate
              : null;
        await append({
          kind: 'decision',
          data: {
            decision,
            reasons: input.reasons,
            keepHelping: input.action === 'decideHelp' || (input.action === 'decideReport' && input.keepHelping),
            checkDate,
            informedPerson: input.action === 'decideReport' ? input.informedPerson : null,
          },
        });
        break;
      }
      case 'helpSucceeded':
      case 'helpFailed':
        await append({ kind: 'helpReview', data: { succeeded: input.action === 'helpSucceeded', notes: input.notes } });
        break;
      case 'reopen':
        await append({ kind: 'reopened', data: { reason: input.reason } });
        break;
    }
    await steps.setConcernStatus(trx, id, { status: allowed.to, now: ctx.now, checkDate });
    await audit(trx, ctx, {
      type: `concern.step.${input.action}`,
      action: 'U',
      purpose: 'care',
      outcome: 'success',
      subject: { kind: 'person', id: concern.personId },
      objectType: 'concern',
      objectId: id,
    });
    return allowed.to;
  });
}
