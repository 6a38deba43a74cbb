// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier's own pages: /zorgen (my concerns, a page at a time), /zorgen/nieuw (open one), /zorgen/:id (the concern
 * page with a notice after a change) and the honour-related violence question answered on it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { circleStateOfConcern, mayRegister } from '#src/modules/circle/index.ts';
import { fieldErrorText, parsed, serviceFieldErrors } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { dateParts, dateValue, formValues } from '#src/web/form-values.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { pageParam } from '#src/web/page-query.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { ageOf } from './age.ts';
import { honourRiskAnswer, openConcernSchema, SHORT } from './concern.schemas.ts';
import { type ConcernView, getConcern, openConcern } from './concern.service.ts';
import { concernQuery, idParams, type NoticeKey } from './concern-form-checks.ts';
import { answerHonourRisk } from './honour.service.ts';
import { listConcernsPage } from './list.service.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { ConcernListPage } from './views/concern-lists.tsx';
import { ConcernPage } from './views/concern-page.tsx';
import { OpenConcernPage, type OpenValues } from './views/open-form.tsx';

/** The list's query: the page (ADR 0032). */
const listQuery = z.object({ pagina: pageParam });

export const dossierPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { web, locale, notifier } = options;
  const texts = messages(locale);
  const concernTexts = texts.concerns;
  const { concernUrl, send } = concernRoutes(app, options);

  // ---- The list and opening a concern ----

  app.get('/zorgen', { ...WORK, schema: { querystring: listQuery } }, async (request, reply) => {
    const { rows, page } = await listConcernsPage(request.context(), {}, request.query.pagina);
    const staff = staffPage(web, request, reply);
    const today = amsterdamIsoDate(request.context().now);
    return send(
      reply,
      <ConcernListPage
        p={staff}
        rows={rows}
        page={page}
        lead={request.actor!.role === 'safeguardingLead'}
        volunteer={request.actor!.role === 'volunteer'}
        today={today}
      />,
    );
  });

  const openForm = (request: FastifyRequest, reply: FastifyReply, values: OpenValues, errors: FormErrors) => {
    const staff = staffPage(web, request, reply);
    return send(
      reply,
      <OpenConcernPage p={staff} values={values} errors={errors} volunteer={request.actor!.role === 'volunteer'} />,
      hasErrors(errors) ? 400 : 200,
    );
  };

  app.get('/zorgen/nieuw', WORK, (request, reply) =>
    openForm(
      request,
      reply,
      { fullName: '', dateOfBirth: { day: '', month: '', year: '' }, ageGroup: '', honourRisk: '' },
      {},
    ),
  );

  app.post(
    '/zorgen/nieuw',
    {
      ...WORK,
      schema: {
        body: formBody({
          fullName: field(SHORT + 50),
          'dateOfBirth-day': field(10),
          'dateOfBirth-month': field(10),
          'dateOfBirth-year': field(10),
          ageGroup: field(20),
          honourRisk: field(10),
        }),
      },
    },
    async (request, reply) => {
      const form = request.body;
      const errors = formErrors(request);
      const input = parsed(
        openConcernSchema(request.context().now).safeParse({
          fullName: form.fullName,
          dateOfBirth: dateValue(form, 'dateOfBirth'),
          ageGroup: form.ageGroup,
          honourRisk: form.honourRisk,
        }),
        errors,
        locale,
      );
      const again = (shown: FormErrors) =>
        openForm(
          request,
          reply,
          {
            fullName: form.fullName,
            dateOfBirth: dateParts(form, 'dateOfBirth'),
            ageGroup: form.ageGroup,
            honourRisk: form.honourRisk,
          },
          shown,
        );
      if (hasErrors(errors) || !input) return again(errors);
      let id: string;
      try {
        id = await openConcern(request.context(), input, notifier);
      } catch (error) {
        return again(serviceFieldErrors(error, locale));
      }
      return reply.redirect(concernUrl(id, 'geopend'), 303);
    },
  );

  // ---- The concern page ----

  /**
   * The circle's state for a young person's dossier (0–23), for those with a basis: asked from the
   * circle through its entry, nothing copied across.
   */
  const circleOf = async (request: FastifyRequest, view: ConcernView) => {
    const person = view.concern.person;
    const age = person.dateOfBirth
      ? ageOf({ dateOfBirth: person.dateOfBirth, ageYears: null }, request.context().now)
      : null;
    const young = age === null ? person.ageGroup === 'child' : age < 23;
    if (!young || !mayRegister(request.actor!)) return undefined;
    return { state: await circleStateOfConcern(request.context(), options.circle, view.concern.id) };
  };

  const noticeText: Record<NoticeKey, string> = {
    geopend: concernTexts.concern.notices.opened,
    vastgelegd: concernTexts.concern.notices.saved,
    consultatie: concernTexts.concern.notices.consultationRequested,
    collega: concernTexts.concern.notices.member,
    gekoppeld: concernTexts.concern.notices.linked,
    gemeld: texts.reports.file.sent,
    'advies-gevraagd': texts.reports.advice.sent,
  };

  app.get(
    '/zorgen/:id',
    { ...WORK, schema: { params: idParams, querystring: concernQuery } },
    async (request, reply) => {
      const view = await getConcern(request.context(), idOrNotFound(request.params.id), request.query.alles === '1');
      const staff = staffPage(web, request, reply);
      const notice = request.query.melding ? noticeText[request.query.melding] : undefined;
      const circle = await circleOf(request, view);
      return send(reply, <ConcernPage p={staff} view={view} notice={notice} circle={circle} />);
    },
  );

  // The honour-related violence question, answered (or answered again after "no") on the concern page.
  app.post(
    '/zorgen/:id/eergerelateerd-geweld',
    { ...WORK, schema: { params: idParams, body: formBody({ honourRisk: field(10) }) } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const errors = formErrors(request);
      const answer = honourRiskAnswer.safeParse(request.body.honourRisk);
      if (!answer.success || hasErrors(errors)) {
        const view = await getConcern(request.context(), id);
        const staff = staffPage(web, request, reply);
        // Whatever was wrong, the error is the question's (its only field).
        const shown = { ...errors, honourRisk: errors.honourRisk ?? fieldErrorText(locale, 'honourRisk')! };
        return send(reply, <ConcernPage p={staff} view={view} values={formValues(request.body)} errors={shown} />, 400);
      }
      await answerHonourRisk(request.context(), id, answer.data);
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );
};
