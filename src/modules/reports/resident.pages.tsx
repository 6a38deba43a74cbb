// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's route "Zorgen over iemand?" (issue 5, scenario 02). Public, no account. What Kring
 * keeps of a resident: what they wrote and, only if they chose to give them, their name and contact
 * details. Never an IP address or a user agent: the service context carries neither, the request
 * log leaves both out (ADR 0009), and the rate limit counts in memory. The receipt code travels only
 * in POST bodies, never in a URL. A honeypot field catches simple bots; a BSN is refused.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ConflictError, ValidationError } from '#src/core/errors.ts';
import type { ConcernNotifier } from '#src/modules/concerns/index.ts';
import { guidanceNav } from '#src/modules/guidance/index.ts';
import type { RateLimits } from '#src/plugins/rate-limits.ts';
import { fieldError, fieldErrors, parsed } from '#src/web/field-errors.ts';
import { field, formBody, formErrors, hasUnsupportedCharacter } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import {
  FORM_TOKEN_PLACEHOLDER,
  NONCE_PLACEHOLDER,
  pageContext,
  StaticPageCache,
  sendHtml,
  type WebContext,
} from '#src/web/render.ts';
import { type FormErrors, hasErrors } from '#src/web/staff.tsx';
import { newReceiptCode } from './receipt.ts';
import { answerQuestion, residentReport, submitResidentReport } from './resident.service.ts';
import { residentAnswer, residentInput } from './resident-report.schemas.ts';
import { ResidentFormPage } from './views/resident-form.tsx';
import { RESIDENT_PATHS, type ResidentPageProps } from './views/resident-page.tsx';
import { DangerPage, OptionsPage, StartPage } from './views/resident-start.tsx';
import { ReceiptPage, StatusLookupPage, StatusPage } from './views/resident-status.tsx';

/** Options of the resident's pages. */
export interface ResidentPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly notifier: ConcernNotifier;
  /**
   * The per-address limits: accepted reports per hour (security.md T8: at most 10) and receipt-code
   * lookups per 10 minutes, one budget for both languages.
   */
  readonly limits: RateLimits;
}

/** The resident's form: exactly these fields (anything else, a `bsn` field say, is refused with 400). */
const residentBody = formBody({
  kind: field(10),
  whatHappened: field(5100),
  when: field(600),
  ageGroup: field(10),
  names: field(600),
  street: field(250),
  postcode: field(20),
  place: field(150),
  relation: field(20),
  name: field(250),
  phone: field(40),
  email: field(300),
  website: field(300),
}).strict();

export const residentPages: FastifyPluginAsyncZod<ResidentPagesOptions> = async (app, options) => {
  const { web, locale, notifier, limits } = options;
  const t = messages(locale);
  const rt = t.reports.resident;
  const nav = guidanceNav(locale);
  const vtName = web.municipality.veiligThuis.name;
  const open = { config: { policy: 'public' } } as const;
  const path = (p: string) => localePath(locale, p);
  const props = (request: FastifyRequest, reply: FastifyReply): ResidentPageProps => ({
    ctx: pageContext(web, locale, request.url.split('?', 1)[0]!, reply.cspNonce),
    nav,
    csrf: request.csrfToken(reply),
  });
  // The pages without a form are the same for everyone: rendered once, sent with a fresh nonce, no cookie.
  const cache = new StaticPageCache();
  const cached = (reply: FastifyReply, key: string, pagePath: string, render: (p: ResidentPageProps) => JSX.Element) =>
    cache.send(reply, `${locale}:${key}`, () =>
      toHtml(render({ ctx: pageContext(web, locale, localePath(locale, pagePath), NONCE_PLACEHOLDER), nav, csrf: '' })),
    );
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);

  // ---- The guided start: danger now? ----

  app.get(
    RESIDENT_PATHS.start,
    {
      ...open,
      schema: {
        querystring: z.object({ gevaar: z.string().max(10).optional(), stap: z.string().max(5).optional() }),
      },
    },
    async (request, reply) => {
      const answer = request.query.gevaar;
      if (answer === 'ja') return reply.redirect(path(RESIDENT_PATHS.danger), 303);
      if (answer === 'nee') return reply.redirect(path(RESIDENT_PATHS.options), 303);
      // A first visit; the form sends `stap`, so an empty answer is an error, not a reload.
      if (answer === undefined && request.query.stap === undefined)
        return cached(reply, 'start', RESIDENT_PATHS.start, (p) => <StartPage p={p} />);
      return send(reply, <StartPage p={props(request, reply)} error={rt.start.error} />, 400);
    },
  );
  app.get(RESIDENT_PATHS.danger, open, (_request, reply) =>
    cached(reply, 'danger', RESIDENT_PATHS.danger, (p) => <DangerPage p={p} />),
  );
  app.get(RESIDENT_PATHS.options, open, (_request, reply) =>
    cached(reply, 'options', RESIDENT_PATHS.options, (p) => <OptionsPage p={p} />),
  );

  // ---- The form ----

  app.get(
    RESIDENT_PATHS.form,
    { ...open, schema: { querystring: z.object({ soort: z.string().max(20).optional() }) } },
    (request, reply) => {
      const kind = request.query.soort === 'melding' ? 'report' : request.query.soort === 'advies' ? 'advice' : '';
      // The empty form is the same for everyone but the form token: rendered once per kind.
      return cache.sendForm(
        reply,
        `${locale}:form:${kind}`,
        () =>
          toHtml(
            <ResidentFormPage
              p={{
                ctx: pageContext(web, locale, localePath(locale, RESIDENT_PATHS.form), NONCE_PLACEHOLDER),
                nav,
                csrf: FORM_TOKEN_PLACEHOLDER,
              }}
              values={{ kind }}
              errors={{}}
            />,
          ),
        request.csrfToken(reply),
      );
    },
  );

  app.post(
    RESIDENT_PATHS.form,
    {
      config: { policy: 'public' },
      schema: { body: residentBody },
    },
    async (request, reply) => {
      // Only accepted reports count (spent below): junk and forms sent back with errors cost nothing.
      await limits.residentReports.check(request, reply);
      const b = request.body;
      const errors = formErrors(request);
      // The honeypot is no field of a person's: a bot that fills it gets its normal-looking receipt.
      delete errors.website;
      // The rules are the service's too (resident-report.schemas.ts); the field names are the form's.
      const input = parsed(
        residentInput.safeParse({
          kind: b.kind,
          snapshot: {
            type: 'resident',
            whatHappened: b.whatHappened,
            when: b.when,
            // Only the description is required: who it is about may be unknown.
            ageGroup: b.ageGroup || 'unknown',
            names: b.names,
            address: { street: b.street, postcode: b.postcode, place: b.place },
            relation: b.relation,
          },
          contact: { name: b.name, phone: b.phone, email: b.email.trim() },
        }),
        errors,
        locale,
      );
      const { _csrf, website, ...typed } = b;
      if (hasErrors(errors) || !input) {
        return send(reply, <ResidentFormPage p={props(request, reply)} values={typed} errors={errors} />, 400);
      }
      await limits.residentReports.spend(request);
      // A bot filled the hidden field: it gets what a person gets, and nothing is stored.
      if (website)
        return send(reply, <ReceiptPage p={props(request, reply)} code={newReceiptCode()} kind={input.kind} />);
      const address = input.snapshot.address;
      const { code } = await submitResidentReport(
        request.context(),
        {
          ...input,
          snapshot: { ...input.snapshot, address: { ...address, postcode: address.postcode.toUpperCase() } },
        },
        vtName,
        notifier,
      );
      return send(reply, <ReceiptPage p={props(request, reply)} code={code} kind={input.kind} />);
    },
  );

  // ---- The status with the receipt code ----

  /** A lookup or answer with a receipt code counts, right or wrong (guessing), once its form is valid. */
  const lookup = async (request: FastifyRequest, reply: FastifyReply) => {
    await limits.residentLookups.check(request, reply);
    await limits.residentLookups.spend(request);
  };

  app.get(RESIDENT_PATHS.status, open, (request, reply) => send(reply, <StatusLookupPage p={props(request, reply)} />));

  async function statusPage(
    request: FastifyRequest,
    reply: FastifyReply,
    code: string,
    extra: { notice?: string; errors?: FormErrors; values?: Record<string, string> } = {},
  ) {
    const view = await residentReport(request.context(), code);
    const p = props(request, reply);
    if (!view) return send(reply, <StatusLookupPage p={p} error={rt.status.unknown} value={code} />, 400);
    const errors = extra.errors ?? {};
    return send(
      reply,
      <StatusPage p={p} code={code} view={view} notice={extra.notice} errors={errors} values={extra.values ?? {}} />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.post(
    RESIDENT_PATHS.status,
    { config: { policy: 'public' }, schema: { body: formBody({ code: field(100) }) } },
    async (request, reply) => {
      await lookup(request, reply);
      const code = request.body.code.trim();
      if (!code) return send(reply, <StatusLookupPage p={props(request, reply)} error={rt.status.required} />, 400);
      return statusPage(request, reply, code);
    },
  );

  app.post(
    RESIDENT_PATHS.answer,
    {
      config: { policy: 'public' },
      schema: { body: formBody({ code: field(100), question: field(100), answer: field(2100) }) },
    },
    async (request, reply) => {
      await lookup(request, reply);
      const { code, question } = request.body;
      const answer = request.body.answer.trim();
      const values = { question, answer: request.body.answer };
      // The answer field's id is per question; the page finds the question's number itself.
      const view = await residentReport(request.context(), code);
      if (!view) return send(reply, <StatusLookupPage p={props(request, reply)} error={rt.status.unknown} />, 400);
      const index = view.questions.findIndex((q) => q.id === question);
      const fieldId = `answer-${index + 1}`;
      const checked = residentAnswer.safeParse(answer);
      const error = hasUnsupportedCharacter(answer)
        ? t.errors.unsupportedCharacter
        : !checked.success
          ? Object.values(fieldErrors(checked.error, locale))[0]
          : index < 0
            ? fieldError(locale, 'notOpen')
            : undefined;
      if (error) return statusPage(request, reply, code, { errors: { [fieldId]: error }, values });
      try {
        await answerQuestion(request.context(), code, question, answer);
      } catch (err) {
        if (err instanceof ValidationError || err instanceof ConflictError)
          return statusPage(request, reply, code, { errors: { [fieldId]: fieldError(locale, 'notOpen') }, values });
        throw err;
      }
      return statusPage(request, reply, code, { notice: rt.status.answered });
    },
  );
};
