// SPDX-License-Identifier: EUPL-1.2
/**
 * The routes the concern's pages share: the form page of a concern, its GET route, and the route of a
 * meldcode step (parse the form into a step input, take the step, redirect; with errors the same page
 * again, 400).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { CircleSettings } from '#src/modules/circle/index.ts';
import type { RateLimits } from '#src/plugins/rate-limits.ts';
import { type FieldIds, parsed, serviceFieldErrors } from '#src/web/field-errors.ts';
import { formBody, formErrors } from '#src/web/form-schema.ts';
import { formValues } from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, type StaffPageContext, staffPage } from '#src/web/staff.tsx';
import type { AttachmentStore } from './attachments/store.ts';
import { type ConcernNotifier, type ConcernView, getConcern } from './concern.service.ts';
import { idParams, type NoticeKey } from './concern-form-checks.ts';
import { stepInputSchema } from './step.schemas.ts';
import { type StepInput, takeStep } from './step.service.ts';
import { refuseStepsOfOthers, STEP_FORM_ACTIONS } from './step-guard.ts';
import type { Action } from './workflow.ts';

/** Options of the concern pages (every plugin of them gets the same). */
export interface ConcernPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly notifier: ConcernNotifier;
  readonly attachments: AttachmentStore;
  /** The per-address limits (uploads share one across languages). */
  readonly limits: RateLimits;
  /** The circle's settings: the concern page shows the circle's state for its person. */
  readonly circle: CircleSettings;
}

/** The Fastify instance a concern pages plugin registers its routes on. */
export type ConcernApp = Parameters<FastifyPluginAsyncZod<ConcernPagesOptions>>[0];

/** A form page of a concern: values typed and errors in, the page (400 with errors) out. */
export type FormPageOf = (
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  values: Record<string, string>,
  errors: FormErrors,
) => Promise<unknown>;

/** The form of a step route with these fields, as its schema gives it to the handler. */
export type StepForm<S extends z.ZodRawShape> = z.output<ReturnType<typeof formBody<S>>>;

/** What the policy of every concern route is. */
export const WORK = { config: { policy: 'concerns:work' } } as const;

/**
 * The helpers of the concern pages on `app`, in the language of `options`.
 * @param app the plugin's instance (the routes are registered on it)
 */
export function concernRoutes(app: ConcernApp, options: ConcernPagesOptions) {
  const { web, locale, notifier } = options;
  const path = (localPathname: string) => localePath(locale, localPathname);
  const concernUrl = (id: string, notice?: NoticeKey) =>
    `${path(`/zorgen/${id}`)}${notice ? `?melding=${notice}` : ''}`;
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);

  /** Renders a form page of a concern (the view is read, and audited, again). */
  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    render: (staff: StaffPageContext, view: ConcernView) => JSX.Element | Promise<JSX.Element>,
    errors: FormErrors = {},
  ) {
    const view = await getConcern(request.context(), id);
    const staff = staffPage(web, request, reply);
    return send(reply, await render(staff, view), hasErrors(errors) ? 400 : 200);
  }

  /** The form page that renders `view` with the values typed and the errors. */
  const pageOf =
    (
      render: (
        staff: StaffPageContext,
        view: ConcernView,
        values: Record<string, string>,
        errors: FormErrors,
        request: FastifyRequest,
      ) => JSX.Element | Promise<JSX.Element>,
    ): FormPageOf =>
    (request, reply, id, values, errors) =>
      formPage(request, reply, id, (staff, view) => render(staff, view, values, errors, request), errors);

  /** The GET route of a form page: the empty form (or `initial` values). */
  function formRoute(
    url: string,
    page: FormPageOf,
    initial: (request: FastifyRequest) => Record<string, string> = () => ({}),
    steps: readonly Action[] = [],
  ) {
    app.get(`/zorgen/:id${url}`, { ...WORK, schema: { params: idParams } }, async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      await refuseStepsOfOthers(request, id, steps);
      return page(request, reply, id, initial(request), {});
    });
  }

  /**
   * A step's route: read the form into a step input, check it with the step's schema (the one
   * takeStep checks it with, step.schemas.ts), take the step, redirect; with errors (ours or the
   * service's) the same page again.
   * @param url the step form's URL under `/zorgen/:id` (its steps are in STEP_FORM_ACTIONS)
   * @param shape the form's fields
   * @param parse the form (as typed by `shape`) → the step input as typed; the errors of fields the
   *   step input has no value for (a radio choosing the step) go into `errors`
   * @param page the form page shown again with errors
   * @param ids the form's field id where it differs from the step input's field name
   */
  function stepRoute<S extends z.ZodRawShape>(
    url: string,
    shape: S,
    parse: (
      form: StepForm<S>,
      errors: Record<string, string>,
      request: FastifyRequest,
    ) => StepInput | Promise<StepInput>,
    page: FormPageOf,
    notice: NoticeKey = 'vastgelegd',
    ids: FieldIds = {},
  ) {
    const body = formBody(shape);
    app.post(`/zorgen/:id${url}`, { ...WORK, schema: { params: idParams, body } }, async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      // A step that is never the actor's says so before the form is checked.
      await refuseStepsOfOthers(request, id, STEP_FORM_ACTIONS[url] ?? []);
      const errors = formErrors(request);
      // The route's body schema has validated (and transformed) the body already; Fastify cannot
      // carry its type through this generic helper, so it is named here once instead of parsed twice.
      const form = request.body as StepForm<S>;
      const input = await parse(form, errors, request);
      const valid = parsed(stepInputSchema(request.context().now).safeParse(input), errors, locale, ids);
      if (hasErrors(errors) || !valid) return page(request, reply, id, formValues(form), errors);
      try {
        await takeStep(request.context(), id, input, notifier);
      } catch (error) {
        return page(request, reply, id, formValues(form), serviceFieldErrors(error, locale, ids));
      }
      return reply.redirect(concernUrl(id, notice), 303);
    });
  }

  return { path, concernUrl, send, formPage, pageOf, formRoute, stepRoute };
}
