// SPDX-License-Identifier: EUPL-1.2
/**
 * The household of step 1: /zorgen/:id/huishouden (its members, and a concern opened for one of them),
 * /zorgen/:id/kindcheck and /zorgen/:id/mantelzorgcheck (the carer check, docs/domain.md §1.8).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { formValues, wholeNumber } from '#src/web/form-values.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { hasErrors } from '#src/web/staff.tsx';
import { formChecks, idParams, isOneOf, SHORT } from './concern-form-checks.ts';
import { CARE_ARRANGEMENTS, CARER_ANSWERS } from './entries.ts';
import { addEntry } from './entry.service.ts';
import { addHouseholdMember, openConcernForHouseholdMember } from './household.service.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { HouseholdPage } from './views/household-forms.tsx';

export const householdPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { locale, notifier } = options;
  const errorTexts = messages(locale).concerns.errors;
  const { text } = formChecks(locale);
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
      const name = text(errors, 'name', form.name, errorTexts.name, SHORT);
      const relation = text(errors, 'relation', form.relation, errorTexts.relation, 100);
      const age = form.age.trim() ? wholeNumber(form.age, 0, 130) : null;
      if (age === undefined) errors.age = errorTexts.age;
      if (hasErrors(errors)) return householdPage(request, reply, id, formValues(form), errors);
      await addHouseholdMember(request.context(), id, { name, relation, dateOfBirth: null, ageYears: age ?? null });
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
      const childrenCount = wholeNumber(form.childrenCount, 0, 30);
      if (childrenCount === undefined) errors.childrenCount = errorTexts.childrenCount;
      const ages = text(errors, 'ages', form.ages, null, SHORT);
      if (!isOneOf(CARE_ARRANGEMENTS, form.care)) errors.care = errorTexts.care;
      const notes = text(errors, 'notes', form.notes, null, 2000);
      if (hasErrors(errors) || childrenCount === undefined || !isOneOf(CARE_ARRANGEMENTS, form.care))
        return householdPage(request, reply, id, formValues(form), errors);
      await addEntry(request.context(), id, {
        kind: 'kindcheck',
        data: { childrenCount, ages, care: form.care, notes },
      });
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
      if (!isOneOf(CARER_ANSWERS, form.hasCarer)) errors.hasCarer = errorTexts.hasCarer;
      const carer = text(errors, 'carer', form.carer, null, SHORT);
      // Overburdened or not is asked only of a carer there is.
      const overburdened = form.hasCarer === 'yes' ? form.carerOverburdened : '';
      if (form.hasCarer === 'yes' && !isOneOf(CARER_ANSWERS, overburdened))
        errors.carerOverburdened = errorTexts.carerOverburdened;
      if (!isOneOf(CARER_ANSWERS, form.caresForSomeone)) errors.caresForSomeone = errorTexts.caresForSomeone;
      const caredFor = text(errors, 'caredFor', form.caredFor, null, SHORT);
      const notes = text(errors, 'carerNotes', form.carerNotes, null, 2000);
      if (hasErrors(errors) || !isOneOf(CARER_ANSWERS, form.hasCarer) || !isOneOf(CARER_ANSWERS, form.caresForSomeone))
        return householdPage(request, reply, id, formValues(form), errors);
      await addEntry(request.context(), id, {
        kind: 'carerCheck',
        data: {
          hasCarer: form.hasCarer,
          carer,
          carerOverburdened: isOneOf(CARER_ANSWERS, overburdened) ? overburdened : null,
          caresForSomeone: form.caresForSomeone,
          caredFor,
          notes,
        },
      });
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );
};
