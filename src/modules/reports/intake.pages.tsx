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
import { ValidationError } from '#src/core/errors.ts';
import type { ConcernNotifier } from '#src/modules/concerns/index.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { checkedText } from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound, isUuid } from '#src/web/ids.ts';
import { pageParam } from '#src/web/page-query.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
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
import { ASSESSMENT_OUTCOMES, type AssessmentOutcome } from './workflow.ts';

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
const LONG = 5000;

export const intakePages: FastifyPluginAsyncZod<IntakePagesOptions> = async (app, { web, locale, notifier }) => {
  const t = messages(locale);
  const r = t.reports.report;
  const e = t.errors.fields;
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

  /** The service's validation errors as field errors. */
  function serviceErrors(error: unknown, fieldFor: Record<string, string> = {}): FormErrors {
    if (!(error instanceof ValidationError) || !error.fields) throw error;
    const out: Record<string, string> = {};
    for (const [name, key] of Object.entries(error.fields)) {
      const target = fieldFor[name] ?? name;
      if (key === 'unknownWorker') out[target] = e.assignTo;
      else if (key === 'notAfterInvestigation') out[target] = e.notAfterInvestigation;
      else if (key === 'required' && name in e) out[target] = e[name as 'feedback'] as string;
      else throw error;
    }
    return out;
  }

  /** A text of at most `max` characters; required when `required` is the message. */
  const text = (errors: Record<string, string>, id: string, value: string, required: string | null, max = LONG) =>
    checkedText(errors, id, value, max, required, e.tooLong);

  /**
   * A form of the report page: parse (errors next to the fields), run the step, 303 back with a notice.
   * @param fieldFor service error field → the form's field id
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
    fieldFor: Record<string, string> = {},
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
          return reportPage(request, reply, id, values, serviceErrors(error, fieldFor));
        }
        return reply.redirect(`${reportPath(locale, id)}?melding=${notice}`, 303);
      },
    );
  }

  formRoute(
    '/triage',
    { acute: field(5), assignTo: field(100) },
    (request, id, b, errors) => {
      if (b.acute !== 'yes' && b.acute !== 'no') errors.triageAcute = e.triageAcute;
      if (b.assignTo && !isUuid(b.assignTo)) errors.assignTo = e.assignTo;
      if (errors.triageAcute) {
        errors.acute = errors.triageAcute;
        delete errors.triageAcute;
      }
      return () => triage(request.context(), id, { acute: b.acute === 'yes', assignTo: b.assignTo || null });
    },
    'triage',
  );

  formRoute(
    '/toewijzen',
    { assignee: field(100) },
    (request, id, b, errors) => {
      if (!isUuid(b.assignee)) errors.assignee = e.assignTo;
      return () => assign(request.context(), id, b.assignee);
    },
    'toegewezen',
    { assignTo: 'assignee' },
  );

  formRoute(
    '/vraag',
    { question: field(2100) },
    (request, id, b, errors) => {
      const question = text(errors, 'question', b.question, e.askText, 2000);
      return () => askResident(request.context(), id, question);
    },
    'gevraagd',
  );

  formRoute(
    '/besluit',
    {
      outcome: field(30),
      handedOverTo: field(350),
      safetyConditions: field(LONG + 100),
      reasons: field(LONG + 100),
      feedback: field(LONG + 100),
    },
    (request, id, b, errors) => {
      if (!(ASSESSMENT_OUTCOMES as readonly string[]).includes(b.outcome)) errors.outcome = e.outcome;
      const input = {
        outcome: b.outcome as AssessmentOutcome,
        handedOverTo: text(errors, 'handedOverTo', b.handedOverTo, null, 300),
        safetyConditions: text(errors, 'safetyConditions', b.safetyConditions, null),
        reasons: text(errors, 'reasons', b.reasons, e.reportReasons),
        feedback: text(errors, 'feedback', b.feedback, null),
      };
      // The step (assess, or conclude an investigation) follows from where the report is.
      return () => decide(request.context(), id, input, notifier);
    },
    'besloten',
  );

  formRoute(
    '/monitoring-beeindigen',
    { endReasons: field(LONG + 100) },
    (request, id, b, errors) => {
      const reasons = text(errors, 'endReasons', b.endReasons, e.endReasons);
      return () => endMonitoring(request.context(), id, reasons);
    },
    'beeindigd',
    { reasons: 'endReasons' },
  );

  formRoute(
    '/advies',
    { advice: field(LONG + 100) },
    (request, id, b, errors) => {
      const advice = text(errors, 'advice', b.advice, e.adviceText);
      return () => giveAdvice(request.context(), id, advice, notifier);
    },
    'geadviseerd',
  );

  // The inbox as the start of the intake's work: /veilig-thuis/meldingen lists them too.
  app.get('/veilig-thuis/meldingen', intake, (_request, reply) =>
    reply.redirect(localePath(locale, '/veilig-thuis'), 303),
  );
};
