// SPDX-License-Identifier: EUPL-1.2
/**
 * The password pages (issue 3): /wachtwoord-vergeten (ask for a reset link) and
 * /wachtwoord-herstellen (choose a new password through the link). Changing one's own password is on
 * the account page (account.pages.tsx).
 *
 * Every POST is rate limited per address (the same limit as sign-in). Every form re-renders with 400,
 * the error next to its field and what was typed kept (passwords excepted).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestPasswordReset, resetLinkIsLive, resetPassword } from '#src/modules/identity/password.service.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import type { RateLimits } from '#src/plugins/rate-limits.ts';
import { TextInput } from '#src/web/components/index.ts';
import { fieldErrors } from '#src/web/field-errors.ts';
import { field, formBody } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, fieldError, hasErrors, staffPage } from '#src/web/staff.tsx';
import { resetRequestInput } from './sign-in.schemas.ts';
import { NewPasswordFields, passwordErrors } from './views/password-fields.tsx';
import { FormPage, MessagePage } from './views/sign-in.tsx';

/** Options of the password pages. */
export interface PasswordPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  /** Sends the reset links. */
  readonly mailer: Mailer;
  /** The start of the reset link. */
  readonly publicUrl: string;
  /** The per-address limits (sign-in, codes and resets share one, across languages). */
  readonly limits: RateLimits;
}

export const passwordPages: FastifyPluginAsyncZod<PasswordPagesOptions> = async (app, options) => {
  const { web, locale } = options;
  const path = (p: string) => localePath(locale, p);
  const limited = options.limits.auth;
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);

  /** The page for a reset link that is used or too old. */
  function resetLinkExpired(request: FastifyRequest, reply: FastifyReply) {
    const p = staffPage(web, request, reply);
    const t = p.t.staff;
    return send(
      reply,
      <MessagePage
        p={p}
        title={t.reset.expiredTitle}
        body={t.reset.expiredBody}
        link={{ href: path('/wachtwoord-vergeten'), text: t.reset.requestTitle }}
      />,
      404,
    );
  }

  // Password reset: ask for a link, then choose a new password.
  app.get('/wachtwoord-vergeten', { config: { policy: 'public' } }, async (request, reply) => {
    const p = staffPage(web, request, reply);
    return send(reply, <ResetRequestPage p={p} email="" errors={{}} />);
  });

  app.post(
    '/wachtwoord-vergeten',
    { config: { policy: 'public' }, onRequest: limited, schema: { body: formBody({ email: field(320) }) } },
    async (request, reply) => {
      const p = staffPage(web, request, reply);
      const t = p.t.staff;
      const result = resetRequestInput.safeParse(request.body);
      if (!result.success) {
        const errors = fieldErrors(result.error, locale);
        return send(reply, <ResetRequestPage p={p} email={request.body.email} errors={errors} />, 400);
      }
      await requestPasswordReset(request.context(), result.data.email, options.mailer, (token) => ({
        subject: t.reset.mailSubject,
        text: t.reset.mailText(`${options.publicUrl}${path('/wachtwoord-herstellen')}?code=${token}`),
      }));
      return send(reply, <MessagePage p={p} title={t.reset.requestTitle} body={t.reset.requestSent} />);
    },
  );

  const resetQuery = z.object({ code: z.string().max(100).default('') });

  app.get(
    '/wachtwoord-herstellen',
    { config: { policy: 'public' }, schema: { querystring: resetQuery } },
    async (request, reply) => {
      if (!(await resetLinkIsLive(request.context(), request.query.code))) {
        return resetLinkExpired(request, reply);
      }
      const p = staffPage(web, request, reply);
      return send(reply, <ResetPage p={p} code={request.query.code} errors={{}} />);
    },
  );

  app.post(
    '/wachtwoord-herstellen',
    {
      config: { policy: 'public' },
      onRequest: limited,
      schema: { body: formBody({ code: field(100), password: field(1024), confirm: field(1024) }) },
    },
    async (request, reply) => {
      const t = messages(locale).staff;
      const { code, password, confirm } = request.body;
      const errors = passwordErrors(messages(locale), password, confirm);
      if (!hasErrors(errors)) {
        const result = await resetPassword(request.context(), code, password);
        if (result.ok) return reply.redirect(`${path('/inloggen')}?melding=wachtwoord`, 303);
        if (result.problem === 'expired') return resetLinkExpired(request, reply);
        errors.password = t.formErrors.password[result.problem];
      }
      return send(reply, <ResetPage p={staffPage(web, request, reply)} code={code} errors={errors} />, 400);
    },
  );

  function ResetRequestPage({
    p,
    email,
    errors,
  }: {
    p: ReturnType<typeof staffPage>;
    email: string;
    errors: FormErrors;
  }) {
    const t = p.t.staff;
    return (
      <FormPage
        p={p}
        title={t.reset.requestTitle}
        intro={t.reset.requestIntro}
        errors={errors}
        action="/wachtwoord-vergeten"
        submit={t.reset.requestSubmit}
      >
        <TextInput
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          spellcheck={false}
          label={{ text: t.signIn.email }}
          value={email}
          errorMessage={fieldError(p.t, errors, 'email')}
        />
      </FormPage>
    );
  }

  function ResetPage({ p, code, errors }: { p: ReturnType<typeof staffPage>; code: string; errors: FormErrors }) {
    const t = p.t.staff;
    return (
      <FormPage p={p} title={t.reset.title} errors={errors} action="/wachtwoord-herstellen" submit={t.reset.submit}>
        <input type="hidden" name="code" value={code} />
        <NewPasswordFields p={p} errors={errors} />
      </FormPage>
    );
  }
};
