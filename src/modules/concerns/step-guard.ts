// SPDX-License-Identifier: EUPL-1.2
/** The guard of the meldcode step pages: a step that is never the reader's says who takes it. */
import type { FastifyRequest } from 'fastify';
import { StepNotForRoleError } from '#src/core/errors.ts';
import { assertConcernVisible } from './concern.service.ts';
import { type Action, stepTakerFor } from './workflow.ts';

/**
 * The page or form of a step that is never the reader's to take (a volunteer opening the conversation
 * or the decision) says who takes it, before the form is read or checked. A concern the reader may
 * not see stays "not found" first: the role is only talked about where the concern is the reader's.
 * @param id the concern's id (already checked to be an id)
 * @throws {NotFoundError} when the concern is not the reader's to see
 * @throws {StepNotForRoleError} when none of the page's steps is ever the actor's
 */
export async function refuseStepsOfOthers(
  request: FastifyRequest,
  id: string,
  steps: readonly Action[],
): Promise<void> {
  const role = request.actor?.role;
  if (!role || steps.length === 0) return;
  const takers = steps.map((step) => stepTakerFor(role, step));
  if (takers.some((t) => t === undefined)) return;
  await assertConcernVisible(request.context(), id);
  throw new StepNotForRoleError(takers.includes('professional') ? 'professional' : 'lead');
}

/** The steps each step form (`POST /zorgen/:id<url>`) can take, for the guard before validation. */
export const STEP_FORM_ACTIONS: Readonly<Record<string, readonly Action[]>> = {
  '/consultatie/vragen': ['requestConsultation'],
  '/consultatie/vastleggen': ['recordConsultation'],
  '/consultatie/advies': ['recordAdvice'],
  '/gesprek': ['recordConversation'],
  '/gesprek/overslaan': ['skipConversation'],
  '/afweging/vastleggen': ['weigh'],
  '/besluit': ['decideReport', 'decideHelp', 'close'],
  '/hulp': ['helpSucceeded', 'helpFailed'],
  '/heropenen': ['reopen'],
};
