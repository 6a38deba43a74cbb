// SPDX-License-Identifier: EUPL-1.2
/**
 * Every meldcode step's input (consultation.schemas.ts, conversation.schemas.ts, decision.schemas.ts)
 * as one schema: what takeStep parses before it looks at the concern.
 */
import { z } from 'zod';
import { recordAdviceInput, recordConsultationInput, requestConsultationInput } from './consultation.schemas.ts';
import { recordConversationInput, skipConversationInput } from './conversation.schemas.ts';
import {
  closeInput,
  decideHelpInput,
  decideReportInput,
  helpReviewInput,
  reopenInput,
  weighInput,
} from './decision.schemas.ts';

/**
 * The input of any step.
 * @param now the moment the step is taken (dates of the past and check dates are relative to it)
 */
export function stepInputSchema(now: Date) {
  return z.discriminatedUnion('action', [
    requestConsultationInput,
    recordConsultationInput,
    recordAdviceInput,
    recordConversationInput(now),
    skipConversationInput,
    weighInput,
    decideReportInput(now),
    decideHelpInput(now),
    closeInput,
    helpReviewInput,
    reopenInput,
  ]);
}
