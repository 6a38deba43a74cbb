// SPDX-License-Identifier: EUPL-1.2
/**
 * The administrator's page of the circle's API clients (ADR 0033), under the administration pages:
 * /beheer/api-koppelingen lists the organisation's clients and adds one (its token shown once, on
 * the answer to the post: never in a URL); /…/:id/sleutel makes a new token (the old one stops
 * working at once), /…/:id/intrekken switches a client off. The service decides who may (another
 * organisation's client answers 404).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '#src/core/errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { apiClientsOf, createApiClient, revokeApiClient, rotateApiClient } from './api-client.service.ts';
import { ApiClientsPage, type ApiClientValues } from './views/api-clients.tsx';

/** Options of the page. */
export interface ApiClientPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

const NOTICES = ['ingetrokken', 'weg'] as const;
const many = z.union([z.string().max(50), z.array(z.string().max(50)).max(10)]).optional();
const idParams = z.object({ id: z.string().max(100) });

export const apiClientPages: FastifyPluginAsyncZod<ApiClientPagesOptions> = async (app, options) => {
  const { web, locale } = options;
  const base = localePath(locale, '/beheer/api-koppelingen');
  const c = messages(locale).circleApi;
  const manage = { config: { policy: 'users:manage' } } as const;

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    values: ApiClientValues,
    errors: FormErrors,
    extra: { token?: { client: string; value: string }; notice?: string } = {},
  ) {
    const { clients, mayCreate } = await apiClientsOf(request.context());
    const p = staffPage(web, request, reply);
    return sendHtml(
      reply,
      toHtml(
        <ApiClientsPage
          p={p}
          clients={clients}
          organisation={request.actor!.organisationName}
          mayCreate={mayCreate}
          values={values}
          errors={errors}
          {...extra}
        />,
      ),
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get(
    '/beheer/api-koppelingen',
    { ...manage, schema: { querystring: z.object({ melding: z.enum(NOTICES).optional() }) } },
    (request, reply) => {
      const notice = request.query.melding;
      return page(
        request,
        reply,
        { name: '', scopes: [] },
        {},
        {
          notice: notice === 'ingetrokken' ? c.revokedNotice : notice === 'weg' ? c.rotateGone : undefined,
        },
      );
    },
  );

  app.post(
    '/beheer/api-koppelingen',
    { ...manage, schema: { body: formBody({ name: field(1000), scopes: many }) } },
    async (request, reply) => {
      const given = request.body.scopes;
      const values = { name: request.body.name, scopes: given === undefined ? [] : [given].flat() };
      const errors: Record<string, string> = formErrors(request);
      if (hasErrors(errors)) return page(request, reply, values, errors);
      try {
        const made = await createApiClient(request.context(), values);
        return page(
          request,
          reply,
          { name: '', scopes: [] },
          {},
          { token: { client: values.name.trim(), value: made.token } },
        );
      } catch (err) {
        if (!(err instanceof ValidationError) || !err.fields) throw err;
        for (const name of Object.keys(err.fields)) errors[name] = name === 'name' ? c.errors.name : c.errors.scopes;
        return page(request, reply, values, errors);
      }
    },
  );

  app.post(
    '/beheer/api-koppelingen/:id/sleutel',
    { ...manage, schema: { params: idParams, body: formBody({}) } },
    async (request, reply) => {
      const rotated = await rotateApiClient(request.context(), request.params.id);
      if (!rotated) return reply.redirect(`${base}?melding=weg`, 303);
      return page(
        request,
        reply,
        { name: '', scopes: [] },
        {},
        { token: { client: rotated.name, value: rotated.token } },
      );
    },
  );

  app.post(
    '/beheer/api-koppelingen/:id/intrekken',
    { ...manage, schema: { params: idParams, body: formBody({}) } },
    async (request, reply) => {
      await revokeApiClient(request.context(), request.params.id);
      return reply.redirect(`${base}?melding=ingetrokken`, 303);
    },
  );
};
