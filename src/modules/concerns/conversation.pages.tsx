// SPDX-License-Identifier: EUPL-1.2
/** Step 3 of the meldcode: /zorgen/:id/gesprek (the conversation) and /zorgen/:id/gesprek/overslaan. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { field } from '#src/web/form-schema.ts';
import { dateValue } from '#src/web/form-values.ts';
import { LONG } from './concern-form-checks.ts';
import type { SKIP_REASONS } from './entries.ts';
import { type ConcernPagesOptions, concernRoutes } from './step-route.ts';
import { ConversationPage } from './views/conversation-forms.tsx';

export const conversationPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { pageOf, formRoute, stepRoute } = concernRoutes(app, options);

  const conversationPage = pageOf((staff, view, values, errors) => (
    <ConversationPage p={staff} view={view} values={values} errors={errors} />
  ));
  formRoute('/gesprek', conversationPage, undefined, ['recordConversation', 'skipConversation']);

  stepRoute(
    '/gesprek',
    {
      'conversationDate-day': field(10),
      'conversationDate-month': field(10),
      'conversationDate-year': field(10),
      participants: field(600),
      reaction: field(LONG + 100),
    },
    (form) => ({
      action: 'recordConversation',
      conversationDate: dateValue(form, 'conversationDate') ?? '',
      participants: form.participants,
      reaction: form.reaction,
    }),
    conversationPage,
  );

  stepRoute(
    '/gesprek/overslaan',
    { reason: field(30), explanation: field(LONG + 100) },
    (form) => ({
      action: 'skipConversation',
      // As typed: the step's schema refuses a reason not on the list.
      reason: form.reason as (typeof SKIP_REASONS)[number],
      explanation: form.explanation,
    }),
    conversationPage,
  );
};
