// SPDX-License-Identifier: EUPL-1.2
/**
 * The team's pages (issue 14 item 4, ADR 0035): /kring/samenwerking/:id with the forms to propose a
 * coordinator, answer a proposal, record contact, record consent, add an action and record progress;
 * and /kring/overzicht, the municipality's circle coordinator's list of teams without contact. A form
 * with errors comes back on the team's page with what was typed and the errors next to the fields;
 * refusals are the service's (404 for someone outside the team, 403 for a member without the right).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '#src/core/errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { dateValue, formValues } from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import type { CircleNotifier, CircleSettings } from './circle.internal.ts';
import { mayRegister } from './legal-basis.ts';
import {
  addPlanAction,
  answerProposal,
  flaggedTeamsOverview,
  proposeCoordinator,
  recordConsent,
  recordProgress,
  recordTeamContact,
  teamView,
} from './team.service.ts';
import { NoBasisPage } from './views/circle-views.tsx';
import { OverseePage, TeamPage } from './views/team-views.tsx';

/** Options of the team's pages. */
export interface TeamPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly settings: CircleSettings;
  readonly notifier: CircleNotifier;
}

const WORK = { config: { policy: 'concerns:work' } } as const;
const OVERSEE = { config: { policy: 'circle:oversee' } } as const;
const params = z.object({ id: z.string().max(100) });

const NOTICES = ['voorgesteld', 'aangenomen', 'afgewezen', 'contact', 'toestemming', 'actie', 'voortgang'] as const;
type NoticeCode = (typeof NOTICES)[number];

export const teamPages: FastifyPluginAsyncZod<TeamPagesOptions> = async (app, options) => {
  const { web, locale, settings, notifier } = options;
  const t = messages(locale).circleTeam;
  const path = (p: string) => localePath(locale, p);
  const teamUrl = (id: string, notice: NoticeCode) => `${path(`/kring/samenwerking/${id}`)}?melding=${notice}`;
  const noticeText: Record<NoticeCode, string> = {
    voorgesteld: t.notices.proposed,
    aangenomen: t.notices.accepted,
    afgewezen: t.notices.declined,
    contact: t.notices.contact,
    toestemming: t.notices.consent,
    actie: t.notices.action,
    voortgang: t.notices.progress,
  };

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Readonly<Record<string, string>>,
    errors: FormErrors,
    notice?: string,
  ) => {
    const team = await teamView(request.context(), settings, id);
    return sendHtml(
      reply,
      toHtml(
        <TeamPage p={staffPage(web, request, reply)} team={team} values={values} errors={errors} notice={notice} />,
      ),
      hasErrors(errors) ? 400 : 200,
    );
  };

  /**
   * Runs a form's use case: on success to the team's page with a notice; on a ValidationError back
   * to the page with the errors (keys to texts; `rename` maps a service field to the form's id).
   */
  const submit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    run: () => Promise<unknown>,
    notice: NoticeCode,
    rename: (field: string) => string = (f) => f,
  ) => {
    const values = formValues(request.body as Record<string, string>);
    const shown = formErrors(request);
    if (!mayRegister(request.actor!)) {
      return sendHtml(reply, toHtml(<NoBasisPage p={staffPage(web, request, reply)} />), 403);
    }
    if (hasErrors(shown)) return page(request, reply, id, values, shown);
    try {
      await run();
    } catch (err) {
      if (!(err instanceof ValidationError) || !err.fields) throw err;
      const errors = Object.fromEntries(
        Object.entries(err.fields).map(([f, key]) => [rename(f), (t.errors as Record<string, string>)[key] ?? key]),
      );
      return page(request, reply, id, values, errors);
    }
    return reply.redirect(teamUrl(id, notice), 303);
  };

  app.get(
    '/kring/samenwerking/:id',
    { ...WORK, schema: { params, querystring: z.object({ melding: z.enum(NOTICES).optional() }) } },
    async (request, reply) => {
      if (!mayRegister(request.actor!)) {
        return sendHtml(reply, toHtml(<NoBasisPage p={staffPage(web, request, reply)} />));
      }
      const notice = request.query.melding ? noticeText[request.query.melding] : undefined;
      return page(request, reply, request.params.id, {}, {}, notice);
    },
  );

  app.post(
    '/kring/samenwerking/:id/regie',
    { ...WORK, schema: { params, body: formBody({ coordinator: field(100) }) } },
    (request, reply) =>
      submit(
        request,
        reply,
        request.params.id,
        () => proposeCoordinator(request.context(), settings, request.params.id, request.body.coordinator, notifier),
        'voorgesteld',
      ),
  );

  app.post(
    '/kring/samenwerking/:id/regie/antwoord',
    { ...WORK, schema: { params, body: formBody({ answer: field(20) }) } },
    (request, reply) => {
      const answer = request.body.answer === 'accepted' ? 'accepted' : 'declined';
      return submit(
        request,
        reply,
        request.params.id,
        () => answerProposal(request.context(), settings, request.params.id, answer),
        answer === 'accepted' ? 'aangenomen' : 'afgewezen',
      );
    },
  );

  app.post('/kring/samenwerking/:id/contact', { ...WORK, schema: { params, body: formBody({}) } }, (request, reply) =>
    submit(
      request,
      reply,
      request.params.id,
      () => recordTeamContact(request.context(), settings, request.params.id),
      'contact',
    ),
  );

  app.post(
    '/kring/samenwerking/:id/toestemming',
    {
      ...WORK,
      schema: {
        params,
        body: formBody({
          givenBy: field(20),
          'givenOn-day': field(10),
          'givenOn-month': field(10),
          'givenOn-year': field(10),
          scope: field(2000),
        }),
      },
    },
    (request, reply) =>
      submit(
        request,
        reply,
        request.params.id,
        () =>
          recordConsent(request.context(), settings, request.params.id, {
            givenBy: request.body.givenBy,
            givenOn: dateValue(request.body, 'givenOn') ?? '',
            scope: request.body.scope,
          }),
        'toestemming',
      ),
  );

  app.post(
    '/kring/samenwerking/:id/acties',
    {
      ...WORK,
      schema: {
        params,
        body: formBody({
          description: field(2000),
          owner: field(100),
          'dueOn-day': field(10),
          'dueOn-month': field(10),
          'dueOn-year': field(10),
        }),
      },
    },
    (request, reply) =>
      submit(
        request,
        reply,
        request.params.id,
        () =>
          addPlanAction(request.context(), settings, request.params.id, {
            description: request.body.description,
            ownerSignalId: request.body.owner,
            dueOn: dateValue(request.body, 'dueOn') ?? '',
          }),
        'actie',
      ),
  );

  app.post(
    '/kring/samenwerking/:id/acties/:actionId',
    {
      ...WORK,
      schema: {
        params: params.extend({ actionId: z.string().max(100) }),
        body: formBody({ status: field(20), progress: field(2000) }),
      },
    },
    (request, reply) => {
      const { actionId } = request.params;
      // The page names each action's fields after it; the form's own values come back under those ids.
      request.body = {
        ...request.body,
        [`status-${actionId}`]: request.body.status,
        [`progress-${actionId}`]: request.body.progress,
      };
      return submit(
        request,
        reply,
        request.params.id,
        () =>
          recordProgress(request.context(), settings, request.params.id, actionId, {
            status: request.body.status,
            progress: request.body.progress,
          }),
        'voortgang',
        (f) => `${f}-${actionId}`,
      );
    },
  );

  app.get('/kring/overzicht', OVERSEE, async (request, reply) => {
    const teams = await flaggedTeamsOverview(request.context(), settings);
    return sendHtml(reply, toHtml(<OverseePage p={staffPage(web, request, reply)} teams={teams} />));
  });
};
