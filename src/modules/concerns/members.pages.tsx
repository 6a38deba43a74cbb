// SPDX-License-Identifier: EUPL-1.2
/** /zorgen/:id/collegas: colleagues who may see a concern, added. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { formValues } from '#src/web/form-values.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound, isUuid } from '#src/web/ids.ts';
import { hasErrors } from '#src/web/staff.tsx';
import { formChecks, idParams } from './concern-form-checks.ts';
import { addableColleagues, addMember } from './member.service.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { MembersPage } from './views/member-forms.tsx';

export const membersPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const errorTexts = messages(options.locale).concerns.errors;
  const { serviceErrors } = formChecks(options.locale);
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
      if (!isUuid(request.body.colleague)) errors.colleague = errorTexts.colleague;
      else {
        try {
          await addMember(request.context(), id, request.body.colleague);
        } catch (error) {
          Object.assign(errors, serviceErrors(error));
        }
      }
      if (hasErrors(errors)) return membersPage(request, reply, id, formValues(request.body), errors);
      return reply.redirect(concernUrl(id, 'collega'), 303);
    },
  );
};
