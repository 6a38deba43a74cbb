// SPDX-License-Identifier: EUPL-1.2
/**
 * The signed-in person's own pages: /account (details, organisations, password, second factor) and
 * /uitnodiging (accepting an invitation, with a new or an existing account).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mailLanguage, setMailLanguage } from '#src/modules/identity/account.service.ts';
import { acceptWithNewAccount, acceptWithSession, invitationByToken } from '#src/modules/identity/admin.service.ts';
import { changePassword } from '#src/modules/identity/password.service.ts';
import { recoveryCodesLeft, restartEnrolment } from '#src/modules/identity/second-factor.service.ts';
import { membershipsOfSession } from '#src/modules/identity/sign-in.service.ts';
import type { RateLimits } from '#src/plugins/rate-limits.ts';
import { Button, Radios, Table, TextInput } from '#src/web/components/index.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { LOCALES, type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import {
  CsrfField,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  Notice,
  staffPage,
} from '#src/web/staff.tsx';
import { NewPasswordFields, passwordErrors } from './views/password-fields.tsx';
import { FormPage, MessagePage } from './views/sign-in.tsx';

/** Options of the account pages. */
export interface AccountPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  /** The per-address limits: accepting invitations and the current-password check count as sign-ins. */
  readonly limits: RateLimits;
}

export const accountPages: FastifyPluginAsyncZod<AccountPagesOptions> = async (app, { web, locale, limits }) => {
  const path = (p: string) => localePath(locale, p);
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);

  const accountQuery = z.object({ melding: z.enum(['wachtwoord', 'taal']).optional() });

  async function accountPage(request: FastifyRequest, reply: FastifyReply, errors: FormErrors, notice?: string) {
    const p = staffPage(web, request, reply);
    const session = request.session!;
    const actor = request.actor!;
    const a = p.t.staff.account;
    const [memberships, left, mailLocale] = await Promise.all([
      membershipsOfSession(request.context(), session),
      recoveryCodesLeft(request.context(), session),
      mailLanguage(request.context()),
    ]);
    return send(
      reply,
      <Layout ctx={p.ctx} title={a.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
        <FormErrorSummary t={p.t} errors={errors} />
        <Notice text={notice} />
        <h1 class="utrecht-heading-1" safe>
          {a.title}
        </h1>
        <h2 class="utrecht-heading-2" safe>
          {a.details}
        </h2>
        <dl class="kring-summary-list">
          <dt safe>{a.name}</dt>
          <dd safe>{actor.displayName}</dd>
          <dt safe>{a.email}</dt>
          <dd safe>{actor.email}</dd>
        </dl>
        <h2 class="utrecht-heading-2" safe>
          {a.memberships}
        </h2>
        <Table
          caption={a.memberships}
          captionHidden
          headers={[a.organisation, a.role]}
          rows={memberships.map((m) => [
            `${m.organisationName}${m.id === actor.membershipId ? ` ${a.current}` : ''}`,
            p.t.staff.roles[m.role],
          ])}
        />
        <h2 class="utrecht-heading-2" safe>
          {a.passwordTitle}
        </h2>
        <form method="post" action={path('/account/wachtwoord')} novalidate class="kring-form">
          <CsrfField token={p.csrf} />
          <TextInput
            id="current"
            name="current"
            type="password"
            autocomplete="current-password"
            label={{ text: a.currentPassword }}
            errorMessage={fieldError(p.t, errors, 'current')}
          />
          <NewPasswordFields p={p} errors={errors} label={a.newPassword} />
          <Button text={a.passwordSubmit} preventDoubleClick />
        </form>
        <h2 class="utrecht-heading-2" safe>
          {a.secondFactorTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {a.recoveryLeft(left)}
        </p>
        <p class="utrecht-paragraph" safe>
          {a.secondFactorRestart}
        </p>
        <form method="post" action={path('/account/tweede-stap')} class="kring-form">
          <CsrfField token={p.csrf} />
          <Button text={a.secondFactorSubmit} appearance="secondary" preventDoubleClick />
        </form>
        <h2 class="utrecht-heading-2" safe>
          {a.mailTitle}
        </h2>
        <form method="post" action={path('/account/taal')} novalidate class="kring-form">
          <CsrfField token={p.csrf} />
          <Radios
            idPrefix="mailLocale"
            name="mailLocale"
            fieldset={{ legend: { text: a.mailLegend } }}
            hint={{ text: a.mailHint }}
            items={LOCALES.map((l) => ({ value: l, text: a.mailLocales[l] }))}
            value={mailLocale}
            errorMessage={fieldError(p.t, errors, 'mailLocale')}
          />
          <Button text={a.mailSubmit} appearance="secondary" preventDoubleClick />
        </form>
      </Layout>,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get('/account', { config: { policy: 'signedIn' }, schema: { querystring: accountQuery } }, (request, reply) =>
    accountPage(
      request,
      reply,
      {},
      request.query.melding === 'wachtwoord'
        ? messages(locale).staff.account.passwordChanged
        : request.query.melding === 'taal'
          ? messages(locale).staff.account.mailSaved
          : undefined,
    ),
  );

  app.post(
    '/account/taal',
    { config: { policy: 'signedIn' }, schema: { body: formBody({ mailLocale: field(5) }) } },
    async (request, reply) => {
      const errors = formErrors(request);
      const chosen = request.body.mailLocale;
      if (!(LOCALES as readonly string[]).includes(chosen))
        errors.mailLocale = messages(locale).staff.account.mailChoose;
      if (hasErrors(errors)) return accountPage(request, reply, errors);
      await setMailLanguage(request.context(), chosen as Locale);
      return reply.redirect(path('/account?melding=taal'), 303);
    },
  );

  app.post(
    '/account/wachtwoord',
    {
      config: { policy: 'signedIn' },
      onRequest: limits.auth,
      schema: { body: formBody({ current: field(1024), password: field(1024), confirm: field(1024) }) },
    },
    async (request, reply) => {
      const t = messages(locale).staff;
      const { current, password, confirm } = request.body;
      const errors = {
        ...(current ? {} : { current: messages(locale).errors.fields.currentPassword }),
        ...passwordErrors(messages(locale), password, confirm, request.actor!.email),
      };
      if (hasErrors(errors)) return accountPage(request, reply, errors);
      const result = await changePassword(request.context(), request.session!, { current, password });
      if (!result.ok) {
        if ('signedOut' in result) {
          reply.setSession(null);
          return reply.redirect(`${path('/inloggen')}?melding=wachtwoord-geblokkeerd`, 303);
        }
        const text =
          result.problem === 'wrong'
            ? t.formErrors.password.wrong
            : result.problem === 'locked'
              ? t.formErrors.password.locked
              : t.formErrors.password[result.problem];
        return accountPage(request, reply, { [result.field]: text });
      }
      reply.setSession(result.token);
      return reply.redirect(`${path('/account')}?melding=wachtwoord`, 303);
    },
  );

  app.post(
    '/account/tweede-stap',
    { config: { policy: 'signedIn' }, schema: { body: formBody({}) } },
    async (request, reply) => {
      const token = await restartEnrolment(request.context(), request.session!);
      reply.setSession(token);
      return reply.redirect(path('/inloggen/instellen'), 303);
    },
  );

  // Accepting an invitation.
  const invitationQuery = z.object({ code: z.string().max(100).default('') });

  async function invitationPage(
    request: FastifyRequest,
    reply: FastifyReply,
    code: string,
    errors: FormErrors,
    status = 200,
  ) {
    const p = staffPage(web, request, reply);
    const t = p.t.staff;
    const invitation = await invitationByToken(request.context(), code);
    if (!invitation)
      return send(reply, <MessagePage p={p} title={t.invitation.expiredTitle} body={t.invitation.expiredBody} />, 404);
    const intro = t.invitation.intro(invitation.organisationName, t.roles[invitation.role].toLowerCase());
    const session = request.session?.stage === 'active' ? request.session : null;
    if (invitation.existingAccount && !session) {
      return send(
        reply,
        <MessagePage
          p={p}
          title={t.invitation.title}
          body={`${intro} ${t.invitation.existingAccount}`}
          link={{
            href: `${path('/inloggen')}?terug=${encodeURIComponent(`${path('/uitnodiging')}?code=${code}`)}`,
            text: t.signIn.title,
          }}
        />,
      );
    }
    if (session && session.email !== invitation.email) {
      return send(reply, <MessagePage p={p} title={t.invitation.title} body={t.invitation.wrongAccount} />, 403);
    }
    return send(
      reply,
      <FormPage
        p={p}
        title={t.invitation.title}
        intro={session ? intro : `${intro} ${t.invitation.newAccount}`}
        errors={errors}
        action="/uitnodiging"
        submit={t.invitation.accept}
      >
        <input type="hidden" name="code" value={code} />
        {session ? '' : <NewPasswordFields p={p} errors={errors} />}
      </FormPage>,
      status,
    );
  }

  app.get(
    '/uitnodiging',
    { config: { policy: 'authenticating' }, schema: { querystring: invitationQuery } },
    (request, reply) => invitationPage(request, reply, request.query.code, {}),
  );

  app.post(
    '/uitnodiging',
    {
      config: { policy: 'authenticating' },
      onRequest: limits.auth,
      schema: { body: formBody({ code: field(100), password: field(1024), confirm: field(1024) }) },
    },
    async (request, reply) => {
      const p = staffPage(web, request, reply);
      const t = p.t.staff;
      const { code, password, confirm } = request.body;
      const session = request.session?.stage === 'active' ? request.session : null;
      if (session) {
        const result = await acceptWithSession(request.context(), code, session);
        if (result.ok) return reply.redirect(path('/kies-organisatie'), 303);
        const body =
          result.problem === 'wrongAccount'
            ? t.invitation.wrongAccount
            : result.problem === 'roleConflict'
              ? t.admin.roleConflict
              : t.invitation.expiredBody;
        return send(reply, <MessagePage p={p} title={t.invitation.title} body={body} />, 400);
      }
      // The address rule (a password may not be the e-mail) is the service's: it knows the invitation.
      const errors = passwordErrors(messages(locale), password, confirm);
      if (hasErrors(errors)) return invitationPage(request, reply, code, errors, 400);
      const result = await acceptWithNewAccount(request.context(), code, password);
      if (result.ok) {
        reply.setSession(result.token);
        return reply.redirect(path('/inloggen/instellen'), 303);
      }
      if (result.problem === 'expired' || result.problem === 'existingAccount')
        return invitationPage(request, reply, code, {}, 400);
      return invitationPage(request, reply, code, { password: t.formErrors.password[result.problem] }, 400);
    },
  );
};
