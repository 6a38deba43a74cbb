// SPDX-License-Identifier: EUPL-1.2
/**
 * From a concern to Veilig Thuis (issue 5): /zorgen/:id/melden (the report, once the decision to
 * report is taken) and /zorgen/:id/advies-vragen (anonymous advice, at any open step). The routes
 * check the values and show errors next to their fields with what was typed kept (400); the service
 * decides who may (404 for a concern one cannot see, 403 for volunteers) and whether now (409).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ConflictError, ValidationError } from '#src/core/errors.ts';
import { fieldError, parsed } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { formValues, listOf } from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import type { ConcernNotifier } from './concern.service.ts';
import { getConcern } from './concern.service.ts';
import type { NotInformedGround } from './entries.ts';
import { adviceInput, reportInput } from './report-to-vt.schemas.ts';
import {
  adviceRecipient,
  fileReport,
  reportDraft,
  requestAdvice,
  type VeiligThuisInbox,
} from './report-to-vt.service.ts';
import { refuseStepsOfOthers } from './step-guard.ts';
import { AdvicePage, ReportPage } from './views/report-to-vt-forms.tsx';

/** Options of the pages towards Veilig Thuis. */
export interface ReportPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly notifier: ConcernNotifier;
  /** The intake of Veilig Thuis that receives what is sent (the reports module's, given by app.ts). */
  readonly inbox: VeiligThuisInbox;
}

const idParams = z.object({ id: z.string().max(100) });
const many = z.union([z.string().max(50), z.array(z.string().max(50)).max(500)]).optional();

export const reportPages: FastifyPluginAsyncZod<ReportPagesOptions> = async (app, { web, locale, notifier, inbox }) => {
  const work = { config: { policy: 'concerns:work' } } as const;
  const vtName = web.municipality.veiligThuis.name;
  const route = { veiligThuisName: vtName, inbox, notifier };
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);
  const concernUrl = (id: string, notice: string) => `${localePath(locale, `/zorgen/${id}`)}?melding=${notice}`;

  // ---- The report ----

  const reporterOf = (request: FastifyRequest) => {
    const actor = request.actor!;
    return { name: actor.displayName, organisationName: actor.organisationName, email: actor.email };
  };

  async function reportPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Record<string, string>,
    errors: FormErrors,
  ) {
    const draft = await reportDraft(request.context(), id, vtName);
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <ReportPage p={p} draft={draft} values={values} errors={errors} reporter={reporterOf(request)} />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get('/zorgen/:id/melden', { ...work, schema: { params: idParams } }, async (request, reply) => {
    await refuseStepsOfOthers(request, idOrNotFound(request.params.id), ['fileReport']);
    const id = idOrNotFound(request.params.id);
    let draft: Awaited<ReturnType<typeof reportDraft>>;
    try {
      draft = await reportDraft(request.context(), id, vtName);
    } catch (error) {
      // On the expert route (honour-related violence) the report is decided first, from any step:
      // the way there instead of "this step is not possible now" (ADR 0027).
      if (
        error instanceof ConflictError &&
        (await getConcern(request.context(), id)).actions.includes('decideReport')
      ) {
        return reply.redirect(`${localePath(locale, `/zorgen/${id}/besluit`)}?besluit=melden`, 303);
      }
      throw error;
    }
    // Everything is offered, chosen by default: the reporter removes what Veilig Thuis need not know.
    const informed = draft.decision?.informedPerson;
    const values: Record<string, string> = {
      observations: draft.observations.map((o) => o.id).join(','),
      household: draft.household.map((m) => m.id).join(','),
      informed: informed === true ? 'yes' : informed === false ? 'no' : '',
    };
    const p = staffPage(web, request, reply);
    return send(reply, <ReportPage p={p} draft={draft} values={values} errors={{}} reporter={reporterOf(request)} />);
  });

  app.post(
    '/zorgen/:id/melden',
    {
      ...work,
      schema: {
        params: idParams,
        body: formBody({
          observations: many,
          household: many,
          acute: field(5),
          helpGiven: field(5100),
          informed: field(5),
          notInformedGround: field(40),
          notInformedExplanation: field(2100),
          role: field(250),
          phone: field(40),
          staysUnknown: field(5),
          staysUnknownReason: field(2100),
        }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      await refuseStepsOfOthers(request, id, ['fileReport']);
      const b = request.body;
      const errors = formErrors(request);
      const yesNo = (value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined);
      const notInformed = b.informed === 'no';
      const staysUnknown = b.staysUnknown === 'yes';
      // What is asked only when it applies is sent only then; a yes or no not chosen is refused.
      const input = parsed(
        reportInput.safeParse({
          observationIds: listOf(b.observations),
          householdIds: listOf(b.household),
          helpGiven: b.helpGiven,
          informed: yesNo(b.informed),
          notInformedGround: notInformed ? (b.notInformedGround as NotInformedGround) || null : null,
          notInformedExplanation: notInformed ? b.notInformedExplanation : '',
          acute: yesNo(b.acute),
          role: b.role,
          phone: b.phone,
          staysUnknown,
          staysUnknownReason: staysUnknown ? b.staysUnknownReason : '',
        }),
        errors,
        locale,
        { observationIds: 'observations' },
      );
      const values = formValues(b);
      if (hasErrors(errors) || !input) return reportPage(request, reply, id, values, errors);
      try {
        await fileReport(request.context(), id, input, route);
      } catch (error) {
        if (error instanceof ValidationError && error.fields?.observations)
          return reportPage(request, reply, id, values, { observations: fieldError(locale, 'observations') });
        if (error instanceof ValidationError && error.fields?.household)
          return reportPage(request, reply, id, { ...values, household: '' }, {});
        throw error;
      }
      return reply.redirect(concernUrl(id, 'gemeld'), 303);
    },
  );

  // ---- Advice ----

  async function advicePage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Record<string, string>,
    errors: FormErrors,
  ) {
    const view = await getConcern(request.context(), id);
    if (!view.actions.includes('requestAdvice')) throw new ConflictError();
    const veiligThuisName = await adviceRecipient(request.context(), vtName);
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <AdvicePage p={p} view={view} veiligThuisName={veiligThuisName} values={values} errors={errors} />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get('/zorgen/:id/advies-vragen', { ...work, schema: { params: idParams } }, async (request, reply) => {
    const id = idOrNotFound(request.params.id);
    await refuseStepsOfOthers(request, id, ['requestAdvice']);
    return advicePage(request, reply, id, {}, {});
  });

  app.post(
    '/zorgen/:id/advies-vragen',
    {
      ...work,
      schema: {
        params: idParams,
        body: formBody({ situation: field(5100), question: field(2100), role: field(250), phone: field(40) }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      await refuseStepsOfOthers(request, id, ['requestAdvice']);
      const b = request.body;
      const errors = formErrors(request);
      // No data that identifies the family: a BSN is refused outright (report-to-vt.schemas.ts).
      const input = parsed(adviceInput.safeParse(b), errors, locale);
      if (hasErrors(errors) || !input) return advicePage(request, reply, id, formValues(b), errors);
      await requestAdvice(request.context(), id, input, route);
      return reply.redirect(concernUrl(id, 'advies-gevraagd'), 303);
    },
  );
};
