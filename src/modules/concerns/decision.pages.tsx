// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 5 of the meldcode: /zorgen/:id/besluit (the decision; `?besluit=melden` chooses the report),
 * /zorgen/:id/hulp (the review of help) and /zorgen/:id/heropenen (reopening a concern).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fieldError } from '#src/web/field-errors.ts';
import { field } from '#src/web/form-schema.ts';
import { dateValue } from '#src/web/form-values.ts';
import { allowedDecisions } from './afwegingskader.ts';
import { LONG } from './concern-form-checks.ts';
import { type ConcernPagesOptions, concernRoutes } from './step-route.ts';
import { DecisionPage } from './views/decision-forms.tsx';

/** `?besluit=melden` (the warning of the expert route) chooses the report already. */
const decisionQuery = z.object({ besluit: z.literal('melden').optional() });

export const decisionPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { locale } = options;
  const { pageOf, formRoute, stepRoute } = concernRoutes(app, options);

  const decisionPage = pageOf((staff, view, values, errors) => {
    // In step 5 the afwegingskader decides; elsewhere only closing (suspicion refuted, or support ended).
    const decisions =
      view.concern.status === 'deciding'
        ? view.outcome
          ? allowedDecisions(view.outcome)
          : ([] as const)
        : ([
            // The expert route (honour-related violence): reporting before step 5 (ADR 0027).
            ...(view.actions.includes('decideReport') ? (['report'] as const) : []),
            ...(view.actions.includes('decideHelp') ? (['help'] as const) : []),
            ...(view.actions.includes('close') ? (['close'] as const) : []),
          ] as const);
    return <DecisionPage p={staff} view={view} values={values} errors={errors} decisions={decisions} />;
  });
  formRoute(
    '/besluit',
    decisionPage,
    (request): Record<string, string> =>
      decisionQuery.safeParse(request.query).data?.besluit === 'melden' ? { decision: 'report' } : {},
    ['decideReport', 'decideHelp', 'close', 'helpSucceeded', 'helpFailed', 'reopen'],
  );

  stepRoute(
    '/besluit',
    {
      decision: field(10),
      reasons: field(LONG + 100),
      informed: field(5),
      keepHelping: field(5),
      'checkDate-day': field(10),
      'checkDate-month': field(10),
      'checkDate-year': field(10),
    },
    (form, errors) => {
      const reasons = form.reasons;
      if (form.decision === 'report') {
        if (form.informed !== 'yes' && form.informed !== 'no') errors.informed = fieldError(locale, 'informed');
        const keepHelping = form.keepHelping === 'yes';
        const checkDate = keepHelping ? dateValue(form, 'checkDate') : null;
        return { action: 'decideReport', reasons, keepHelping, checkDate, informedPerson: form.informed === 'yes' };
      }
      if (form.decision === 'help') {
        return { action: 'decideHelp', reasons, checkDate: dateValue(form, 'checkDate') ?? '' };
      }
      if (form.decision === 'close') return { action: 'close', reasons };
      errors.decision = fieldError(locale, 'decision');
      return { action: 'close', reasons };
    },
    decisionPage,
  );

  stepRoute(
    '/hulp',
    { succeeded: field(5), notes: field(LONG + 100) },
    (form, errors) => {
      if (form.succeeded !== 'yes' && form.succeeded !== 'no') errors.succeeded = fieldError(locale, 'decision');
      return { action: form.succeeded === 'yes' ? 'helpSucceeded' : 'helpFailed', notes: form.notes };
    },
    decisionPage,
  );

  stepRoute('/heropenen', { reason: field(2100) }, (form) => ({ action: 'reopen', reason: form.reason }), decisionPage);
};
