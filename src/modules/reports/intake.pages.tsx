// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake workspace of Veilig Thuis (issue 5): /veilig-thuis (the inbox) and
 * /veilig-thuis/meldingen/:id (a report, with its forms: triage, assignment, a question to the
 * resident, the decision after the safety assessment or the investigation, the end of monitoring,
 * advice). Errors are shown next to their fields on the report's page with what was typed kept
 * (400); the service decides who may (404 for another organisation) and whether now (409).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ConcernNotifier } from '#src/modules/concerns/index.ts';
import { type FieldIds, parsed, serviceFieldErrors } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { pageParam } from '#src/web/page-query.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import {
  adviceInput,
  askInput,
  assignInput,
  decisionForm,
  endMonitoringInput,
  LONG,
  PARTNER_MAX,
  QUESTION_MAX,
  triageInput,
} from './intake.schemas.ts';
import {
  askResident,
  assign,
  decide,
  endMonitoring,
  getReport,
  giveAdvice,
  listInboxPage,
  triage,
} from './intake.service.ts';
import type { InboxView } from './report.repository.ts';
import { INBOX_VIEWS, InboxPage } from './views/inbox.tsx';
import { ReportPage } from './views/report-page.tsx';
import { reportPath } from './views/report-parts.tsx';

/** Options of the intake pages. */
export interface IntakePagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly notifier: ConcernNotifier;
}

const NOTICES = ['triage', 'toegewezen', 'gevraagd', 'besloten', 'beeindigd', 'geadviseerd'] as const;
type NoticeKey = (typeof NOTICES)[number];

const idParams = z.object({ id: z.string().max(100) });
const inboxQuery = z.object({ weergave: z.string().max(30).optional(), pagina: pageParam });
const reportQuery = z.object({ melding: z.enum(NOTICES).optional() });
/** The assignment form's field (the schema's and the service's `assignTo`). */
const ASSIGNEE: FieldIds = { assignTo: 'assignee' };
/** The end of monitoring's field (the schema's and the service's `reasons`). */
const END_REASONS: FieldIds = { reasons: 'endReasons' };

export const intakePages: FastifyPluginAsyncZod<IntakePagesOptions> = async (app, { web, locale, notifier }) => {
  const t = messages(locale);
  const r = t.reports.report;
  const intake = { config: { policy: 'reports:intake' } } as const;
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);
  const noticeText: Record<NoticeKey, string> = {
    triage: r.notices.triaged,
    toegewezen: r.notices.assigned,
    gevraagd: r.notices.asked,
    besloten: r.notices.decided,
    beeindigd: r.notices.ended,
    geadviseerd: r.notices.advised,
  };

  app.get('/veilig-thuis', { ...intake, schema: { querystring: inboxQuery } }, async (request, reply) => {
    const view =
      (Object.entries(INBOX_VIEWS).find(([, v]) => v === request.query.weergave)?.[0] as InboxView | undefined) ??
      'open';
    const { rows, page } = await listInboxPage(request.context(), view, request.query.pagina);
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <InboxPage p={p} rows={rows} page={page} view={view} veiligThuisName={request.actor!.organisationName} />,
    );
  });

  async function reportPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Record<string, string>,
    errors: FormErrors,
    notice?: string,
  ) {
    const view = await getReport(request.context(), id);
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <ReportPage p={p} view={view} values={values} errors={errors} notice={notice} actorId={request.actor!.userId} />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get(
    '/veilig-thuis/meldingen/:id',
    { ...intake, schema: { params: idParams, querystring: reportQuery } },
    (request, reply) =>
      reportPage(
        request,
        reply,
        idOrNotFound(request.params.id),
        {},
        {},
        request.query.melding ? noticeText[request.query.melding] : undefined,
      ),
  );

  /**
   * A form of the report page: parse (errors next to the fields), run the step, 303 back with a notice.
   * @param ids the form's field id where it differs from the schema's (and the service's) field name
   */
  function formRoute<S extends z.ZodRawShape>(
    url: string,
    shape: S,
    run: (
      request: FastifyRequest,
      id: string,
      body: z.infer<z.ZodObject<S>>,
      errors: Record<string, string>,
    ) => (() => Promise<void>) | undefined,
    notice: NoticeKey,
    ids: FieldIds = {},
  ) {
    app.post(
      `/veilig-thuis/meldingen/:id${url}`,
      { ...intake, schema: { params: idParams, body: formBody(shape) } },
      async (request: FastifyRequest, reply: FastifyReply) => {
        const id = idOrNotFound((request.params as { id: string }).id);
        const body = request.body as z.infer<z.ZodObject<S>>;
        const values: Record<string, string> = {};
        for (const [k, v] of Object.entries(body)) if (k !== '_csrf' && typeof v === 'string') values[k] = v;
        const errors = formErrors(request);
        const step = run(request, id, body, errors);
        if (hasErrors(errors) || !step) return reportPage(request, reply, id, values, errors);
        try {
          await step();
        } catch (error) {
          return reportPage(request, reply, id, values, serviceFieldErrors(error, locale, ids));
        }
        return reply.redirect(`${reportPath(locale, id)}?melding=${notice}`, 303);
      },
    );
  }

  formRoute(
    '/triage',
    { acute: field(5), assignTo: field(100) },
    (request, id, b, errors) => {
      const acute = b.acute === 'yes' ? true : b.acute === 'no' ? false : undefined;
      const input = parsed(triageInput.safeParse({ acute, assignTo: b.assignTo || null }), errors, locale);
      return input && (() => triage(request.context(), id, input));
    },
    'triage',
  );

  formRoute(
    '/toewijzen',
    { assignee: field(100) },
    (request, id, b, errors) => {
      const input = parsed(assignInput.safeParse({ assignTo: b.assignee }), errors, locale, ASSIGNEE);
      return input && (() => assign(request.context(), id, input.assignTo));
    },
    'toegewezen',
    ASSIGNEE,
  );

  formRoute(
    '/vraag',
    { question: field(QUESTION_MAX + 100) },
    (request, id, b, errors) => {
      const input = parsed(askInput.safeParse(b), errors, locale);
      return input && (() => askResident(request.context(), id, input.question));
    },
    'gevraagd',
  );

  formRoute(
    '/besluit',
    {
      outcome: field(30),
      handedOverTo: field(PARTNER_MAX + 50),
      safetyConditions: field(LONG + 100),
      reasons: field(LONG + 100),
      feedback: field(LONG + 100),
    },
    (request, id, b, errors) => {
      // The step (assess, or conclude an investigation) and so what the decision needs besides (an
      // outcome that ends an investigation, the partner, the conditions, the feedback) follow from
      // where the report is: the service checks those (decisionInput).
      const input = parsed(decisionForm.safeParse(b), errors, locale);
      return input && (() => decide(request.context(), id, input, notifier));
    },
    'besloten',
  );

  formRoute(
    '/monitoring-beeindigen',
    { endReasons: field(LONG + 100) },
    (request, id, b, errors) => {
      const input = parsed(endMonitoringInput.safeParse({ reasons: b.endReasons }), errors, locale, END_REASONS);
      return input && (() => endMonitoring(request.context(), id, input.reasons));
    },
    'beeindigd',
    END_REASONS,
  );

  formRoute(
    '/advies',
    { advice: field(LONG + 100) },
    (request, id, b, errors) => {
      const input = parsed(adviceInput.safeParse(b), errors, locale);
      return input && (() => giveAdvice(request.context(), id, input.advice, notifier));
    },
    'geadviseerd',
  );

  // The inbox as the start of the intake's work: /veilig-thuis/meldingen lists them too.
  app.get('/veilig-thuis/meldingen', intake, (_request, reply) =>
    reply.redirect(localePath(locale, '/veilig-thuis'), 303),
  );
};
