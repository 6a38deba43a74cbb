// SPDX-License-Identifier: EUPL-1.2
/**
 * Steps 4 and 5 of the meldcode, the afwegingskader: /zorgen/:id/afweging, one question per page (the
 * answers travel in the form), and /zorgen/:id/afweging/vastleggen (the answers recorded).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fieldError, fieldErrors } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { formValues } from '#src/web/form-values.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { type FormErrors, hasErrors } from '#src/web/staff.tsx';
import { type Answers, nextStep, QUESTIONS } from './afwegingskader.ts';
import { idParams, LONG } from './concern-form-checks.ts';
import { weighInput } from './decision.schemas.ts';
import { refuseStepsOfOthers } from './step-guard.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { WeighingPage } from './views/weighing-forms.tsx';

/** The afwegingskader's form: per question its answer (`q1`) and its explanation (`r1`). */
const weighingShape = Object.fromEntries(
  QUESTIONS.flatMap((question) => [
    [`q${question}`, field(5)],
    [`r${question}`, field(LONG + 100)],
  ]),
) as Record<string, ReturnType<typeof field>>;

type WeighingForm = Readonly<Record<string, string | undefined>>;

/** The form's field of each question's explanation (the step input has them by question). */
const RATIONALE_IDS = Object.fromEntries(QUESTIONS.map((question) => [String(question), `r${question}`]));

export const weighingPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { locale } = options;
  const { formPage, stepRoute } = concernRoutes(app, options);
  const unanswered = fieldError(locale, 'unanswered');

  function answersOf(form: WeighingForm, errors: Record<string, string>): Answers {
    const answers: Partial<Record<(typeof QUESTIONS)[number], boolean>> = {};
    const rationale = Object.fromEntries(QUESTIONS.map((question) => [question, form[`r${question}`] ?? '']));
    // The explanations' rules are the step's (decision.schemas.ts); their errors go at the explanation.
    const checked = weighInput.shape.rationale.safeParse(rationale);
    if (!checked.success) Object.assign(errors, fieldErrors(checked.error, locale, RATIONALE_IDS));
    for (const question of QUESTIONS) {
      const answer = form[`q${question}`];
      if (answer === 'yes' || answer === 'no') answers[question] = answer === 'yes';
      else if (answer) errors[`q${question}`] = unanswered;
      // A question whose explanation cannot be kept is asked again, with the error at the explanation.
      if (errors[`r${question}`]) delete answers[question];
    }
    return answers;
  }

  const weighingPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Record<string, string>,
    errors: FormErrors,
    answers: Answers = {},
  ) =>
    formPage(
      request,
      reply,
      id,
      (staff, view) => <WeighingPage p={staff} view={view} values={values} errors={errors} answers={answers} />,
      errors,
    );

  app.get('/zorgen/:id/afweging', { ...WORK, schema: { params: idParams } }, async (request, reply) => {
    const id = idOrNotFound(request.params.id);
    await refuseStepsOfOthers(request, id, ['weigh']);
    return weighingPage(request, reply, id, {}, {});
  });

  // The next question: the answer given is kept; without an answer the same question with an error.
  app.post(
    '/zorgen/:id/afweging',
    { ...WORK, schema: { params: idParams, body: formBody(weighingShape) } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const form = request.body;
      const errors = formErrors(request);
      const answers = answersOf(form, errors);
      // The question on the page is the first unanswered one; no answer → error on that question.
      const posted = QUESTIONS.filter((question) => form[`q${question}`] !== undefined && form[`q${question}`] !== '');
      if (posted.length === 0 || hasErrors(errors)) {
        const step = nextStep(answers);
        if ('question' in step) errors[`q${step.question}`] ??= unanswered;
      }
      return weighingPage(request, reply, id, formValues(form), errors, answers);
    },
  );

  stepRoute(
    '/afweging/vastleggen',
    weighingShape,
    (form, errors) => {
      const answers = answersOf(form, errors);
      const rationale: Record<string, string> = {};
      for (const question of QUESTIONS) {
        const explanation = form[`r${question}`];
        if (explanation) rationale[String(question)] = explanation.trim();
      }
      return { action: 'weigh', answers, rationale };
    },
    (request, reply, id, values, errors) => weighingPage(request, reply, id, values, errors),
    'vastgelegd',
    RATIONALE_IDS,
  );
};
