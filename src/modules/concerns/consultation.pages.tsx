// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 2 of the meldcode, consultation: /zorgen/:id/consultatie (the form), asking an
 * aandachtsfunctionaris, recording consultation, recording anonymous advice.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { field } from '#src/web/form-schema.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { isUuid } from '#src/web/ids.ts';
import { formChecks, isOneOf, LONG, SHORT } from './concern-form-checks.ts';
import { consultationLeads } from './consultation.service.ts';
import { ADVISERS } from './entries.ts';
import { type ConcernPagesOptions, concernRoutes } from './step-route.ts';
import { ConsultationPage } from './views/consultation-forms.tsx';

export const consultationPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const errorTexts = messages(options.locale).concerns.errors;
  const { text } = formChecks(options.locale);
  const { pageOf, formRoute, stepRoute } = concernRoutes(app, options);

  const consultationPage = pageOf(async (staff, view, values, errors, request) => (
    <ConsultationPage
      p={staff}
      view={view}
      values={{ withName: '', ...values }}
      errors={errors}
      leads={await consultationLeads(request.context(), view.concern.id)}
    />
  ));
  // An aandachtsfunctionaris records their own advice: their name is filled in.
  formRoute('/consultatie', consultationPage, (request) =>
    request.actor!.role === 'safeguardingLead' ? { withName: request.actor!.displayName } : { withName: '' },
  );

  stepRoute(
    '/consultatie/vragen',
    { lead: field(100) },
    (form, errors) => {
      if (form.lead !== 'any' && !isUuid(form.lead)) errors.lead = errorTexts.lead;
      return { action: 'requestConsultation', leadId: form.lead === 'any' ? null : form.lead };
    },
    consultationPage,
    'consultatie',
  );

  stepRoute(
    '/consultatie/vastleggen',
    { withName: field(SHORT + 50), advice: field(LONG + 100) },
    (form, errors) => ({
      action: 'recordConsultation',
      withName: text(errors, 'withName', form.withName, errorTexts.withName, SHORT),
      advice: text(errors, 'advice', form.advice, errorTexts.advice),
    }),
    consultationPage,
  );

  stepRoute(
    '/consultatie/advies',
    { adviser: field(30), adviceText: field(LONG + 100) },
    (form, errors) => {
      if (!isOneOf(ADVISERS, form.adviser)) errors.adviser = errorTexts.adviser;
      return {
        action: 'recordAdvice',
        adviser: form.adviser as (typeof ADVISERS)[number],
        advice: text(errors, 'adviceText', form.adviceText, errorTexts.advice),
      };
    },
    consultationPage,
  );
};
