// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 3 of the meldcode: the conversation with the person (when, who were there, how they reacted),
 * or a reason to skip it. The step inputs as the page checks them and takeStep checks them.
 */
import { z } from 'zod';
import { choice, pastDate, text } from '#src/core/field-rules.ts';
import { LONG } from './concern.schemas.ts';
import { SKIP_REASONS } from './entries.ts';

/**
 * The conversation recorded: its date is real and not in the future.
 * @param now the moment it is recorded
 */
export function recordConversationInput(now: Date) {
  return z.object({
    action: z.literal('recordConversation'),
    conversationDate: pastDate('date', now),
    participants: text(500, 'participants'),
    reaction: text(LONG, 'reaction'),
  });
}

/** No conversation: one of the reasons the meldcode allows, explained. */
export const skipConversationInput = z.object({
  action: z.literal('skipConversation'),
  reason: choice(SKIP_REASONS, 'reason'),
  explanation: text(LONG, 'explanation'),
});
