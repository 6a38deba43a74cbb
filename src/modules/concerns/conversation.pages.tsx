// SPDX-License-Identifier: EUPL-1.2
/** Step 3 of the meldcode: /zorgen/:id/gesprek (the conversation) and /zorgen/:id/gesprek/overslaan. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { field } from '#src/web/form-schema.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { formChecks, isOneOf, LONG } from './concern-form-checks.ts';
import { SKIP_REASONS } from './entries.ts';
import { type ConcernPagesOptions, concernRoutes } from './step-route.ts';
import { ConversationPage } from './views/conversation-forms.tsx';

export const conversationPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const errorTexts = messages(options.locale).concerns.errors;
  const { text, pastDate } = formChecks(options.locale);
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
    (form, errors, request) => {
      const date = pastDate(errors, 'conversationDate', form, request.context().now, true);
      return {
        action: 'recordConversation',
        conversationDate: date ?? '',
        participants: text(errors, 'participants', form.participants, errorTexts.participants, 500),
        reaction: text(errors, 'reaction', form.reaction, errorTexts.reaction),
      };
    },
    conversationPage,
  );

  stepRoute(
    '/gesprek/overslaan',
    { reason: field(30), explanation: field(LONG + 100) },
    (form, errors) => {
      if (!isOneOf(SKIP_REASONS, form.reason)) errors.reason = errorTexts.reason;
      return {
        action: 'skipConversation',
        reason: form.reason as (typeof SKIP_REASONS)[number],
        explanation: text(errors, 'explanation', form.explanation, errorTexts.explanation),
      };
    },
    conversationPage,
  );
};
