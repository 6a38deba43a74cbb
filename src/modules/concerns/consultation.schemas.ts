// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 2 of the meldcode, consultation: asking an aandachtsfunctionaris, recording the consultation,
 * recording anonymous advice. The step inputs as the page checks them and takeStep checks them.
 */
import { z } from 'zod';
import { choice, text, uuid } from '#src/core/field-rules.ts';
import { LONG, SHORT } from './concern.schemas.ts';
import { ADVISERS } from './entries.ts';

/** Asking for consultation: one aandachtsfunctionaris of the list, or any (null). */
export const requestConsultationInput = z.object({
  action: z.literal('requestConsultation'),
  leadId: uuid('lead').nullable(),
});

/** Consultation recorded: with whom, and the advice. */
export const recordConsultationInput = z.object({
  action: z.literal('recordConsultation'),
  withName: text(SHORT, 'withName'),
  advice: text(LONG, 'advice'),
});

/** Anonymous advice recorded: from whom, and the advice. */
export const recordAdviceInput = z.object({
  action: z.literal('recordAdvice'),
  adviser: choice(ADVISERS, 'adviser'),
  advice: text(LONG, 'advice'),
});
