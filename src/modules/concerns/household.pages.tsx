// SPDX-License-Identifier: EUPL-1.2
/**
 * The household of step 1: /zorgen/:id/huishouden (its members, and a concern opened for one of them),
 * /zorgen/:id/kindcheck and /zorgen/:id/mantelzorgcheck (the carer check, docs/domain.md §1.8).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parsed } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { formValues, wholeNumber } from '#src/web/form-values.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { hasErrors } from '#src/web/staff.tsx';
import { idParams, SHORT } from './concern-form-checks.ts';
import { addEntry } from './entry.service.ts';
import { carerCheckData, householdMemberSchema, kindcheckData } from './household.schemas.ts';
import { addHouseholdMember, openConcernForHouseholdMember } from './household.service.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { HouseholdPage } from './views/household-forms.tsx';

export const householdPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { locale, notifier } = options;
  const { path, concernUrl, pageOf, formRoute } = concernRoutes(app, options);

  const householdPage = pageOf((staff, view, values, errors) => (
    <HouseholdPage p={staff} view={view} values={values} errors={errors} household={view.household} />
  ));
  formRoute('/huishouden', householdPage);

  app.post(
    '/zorgen/:id/huishouden',
    {
      ...WORK,
      schema: { params: idParams, body: formBody({ name: field(SHORT + 50), relation: field(150), age: field(10) }) },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const form = request.body;
      const errors = formErrors(request);
      const member = parsed(
        householdMemberSchema(request.context().now).safeParse({
          name: form.name,
          relation: form.relation,
          dateOfBirth: null,
          ageYears: form.age.trim() ? (wholeNumber(form.age, 0, 130) ?? Number.NaN) : null,
        }),
        errors,
        locale,
        { ageYears: 'age' },
      );
      if (hasErrors(errors) || !member) return householdPage(request, reply, id, formValues(form), errors);
      await addHouseholdMember(request.context(), id, member);
      return reply.redirect(`${path(`/zorgen/${id}/huishouden`)}`, 303);
    },
  );

  app.post(
    '/zorgen/:id/huishouden/:memberId/zorg',
    {
      ...WORK,
      schema: { params: z.object({ id: z.string().max(100), memberId: z.string().max(100) }), body: formBody({}) },
    },
    async (request, reply) => {
      const childId = await openConcernForHouseholdMember(
        request.context(),
        idOrNotFound(request.params.id),
        idOrNotFound(request.params.memberId),
        notifier,
      );
      return reply.redirect(concernUrl(childId, 'gekoppeld'), 303);
    },
  );

  app.post(
    '/zorgen/:id/kindcheck',
    {
      ...WORK,
      schema: {
        params: idParams,
        body: formBody({ childrenCount: field(10), ages: field(250), care: field(20), notes: field(2100) }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const form = request.body;
      const errors = formErrors(request);
      const data = parsed(
        kindcheckData.safeParse({
          childrenCount: wholeNumber(form.childrenCount, 0, 30) ?? Number.NaN,
          ages: form.ages,
          care: form.care,
          notes: form.notes,
        }),
        errors,
        locale,
      );
      if (hasErrors(errors) || !data) return householdPage(request, reply, id, formValues(form), errors);
      await addEntry(request.context(), id, { kind: 'kindcheck', data });
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );

  // The carer check (mantelzorgcheck, docs/domain.md §1.8), for an adult or an older person.
  app.post(
    '/zorgen/:id/mantelzorgcheck',
    {
      ...WORK,
      schema: {
        params: idParams,
        body: formBody({
          hasCarer: field(20),
          carer: field(250),
          carerOverburdened: field(20),
          caresForSomeone: field(20),
          caredFor: field(250),
          carerNotes: field(2100),
        }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const form = request.body;
      const errors = formErrors(request);
      const data = parsed(
        carerCheckData.safeParse({
          hasCarer: form.hasCarer,
          carer: form.carer,
          // Overburdened or not is asked only of a carer there is.
          carerOverburdened: form.hasCarer === 'yes' ? form.carerOverburdened || null : null,
          caresForSomeone: form.caresForSomeone,
          caredFor: form.caredFor,
          notes: form.carerNotes,
        }),
        errors,
        locale,
        { notes: 'carerNotes' },
      );
      if (hasErrors(errors) || !data) return householdPage(request, reply, id, formValues(form), errors);
      await addEntry(request.context(), id, { kind: 'carerCheck', data });
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );
};
