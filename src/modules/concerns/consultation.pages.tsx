// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 2 of the meldcode, consultation: /zorgen/:id/consultatie (the form), asking an
 * aandachtsfunctionaris, recording consultation, recording anonymous advice.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { field } from '#src/web/form-schema.ts';
import { LONG, SHORT } from './concern-form-checks.ts';
import { consultationLeads } from './consultation.service.ts';
import type { ADVISERS } from './entries.ts';
import { type ConcernPagesOptions, concernRoutes } from './step-route.ts';
import { ConsultationPage } from './views/consultation-forms.tsx';

export const consultationPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
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
    (form) => ({ action: 'requestConsultation', leadId: form.lead === 'any' ? null : form.lead }),
    consultationPage,
    'consultatie',
    { leadId: 'lead' },
  );

  stepRoute(
    '/consultatie/vastleggen',
    { withName: field(SHORT + 50), advice: field(LONG + 100) },
    (form) => ({ action: 'recordConsultation', withName: form.withName, advice: form.advice }),
    consultationPage,
  );

  stepRoute(
    '/consultatie/advies',
    { adviser: field(30), adviceText: field(LONG + 100) },
    (form) => ({
      action: 'recordAdvice',
      // As typed: the step's schema refuses an adviser not on the list.
      adviser: form.adviser as (typeof ADVISERS)[number],
      advice: form.adviceText,
    }),
    consultationPage,
    'vastgelegd',
    { advice: 'adviceText' },
  );
};
