// SPDX-License-Identifier: EUPL-1.2
/** /zorgen/:id/collegas: colleagues who may see a concern, added. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parsed, serviceFieldErrors } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { formValues } from '#src/web/form-values.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { hasErrors } from '#src/web/staff.tsx';
import { idParams } from './concern-form-checks.ts';
import { colleagueId } from './member.schemas.ts';
import { addableColleagues, addMember } from './member.service.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { MembersPage } from './views/member-forms.tsx';

export const membersPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { locale } = options;
  const { concernUrl, pageOf, formRoute } = concernRoutes(app, options);

  const membersPage = pageOf(async (staff, view, values, errors, request) => (
    <MembersPage
      p={staff}
      view={view}
      values={values}
      errors={errors}
      colleagues={await addableColleagues(request.context(), view.concern.id)}
    />
  ));
  formRoute('/collegas', membersPage);

  app.post(
    '/zorgen/:id/collegas',
    { ...WORK, schema: { params: idParams, body: formBody({ colleague: field(100) }) } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const errors = formErrors(request);
      const input = parsed(z.object({ colleague: colleagueId }).safeParse(request.body), errors, locale);
      if (input && !hasErrors(errors)) {
        try {
          await addMember(request.context(), id, input.colleague);
        } catch (error) {
          Object.assign(errors, serviceFieldErrors(error, locale));
        }
      }
      if (hasErrors(errors)) return membersPage(request, reply, id, formValues(request.body), errors);
      return reply.redirect(concernUrl(id, 'collega'), 303);
    },
  );
};
