// SPDX-License-Identifier: EUPL-1.2
/**
 * The sign-in pages (issue 3): /inloggen (password), /inloggen/code (second factor),
 * /inloggen/instellen (enrolment + recovery codes), /kies-organisatie, /uitloggen and
 * /opnieuw-bevestigen (step-up). The password pages are in password.pages.tsx.
 *
 * Every POST is rate limited per address in front of the per-account lockout. Every form re-renders
 * with 400, the error next to its field and what was typed kept (passwords excepted).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { safeReturnPath } from '#src/core/return-path.ts';
import {
  beginEnrolment,
  type CodeResult,
  confirmEnrolment,
  stepUp,
} from '#src/modules/identity/second-factor.service.ts';
import {
  chooseMembership,
  completeSignIn,
  membershipsOfSession,
  type ResolvedSession,
  signInWithPassword,
  signOut,
} from '#src/modules/identity/sign-in.service.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import type { RateLimits } from '#src/plugins/rate-limits.ts';
import { fieldError, parsed } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { signInInput } from './sign-in.schemas.ts';
import { ChooseOrganisationPage, CodePage, EnrolPage, RecoveryCodesPage, SignInPage } from './views/sign-in.tsx';

/** Options of the sign-in pages. */
export interface SignInPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  /** Tells a user by e-mail that their second factor was locked. */
  readonly mailer: Mailer;
  readonly publicUrl: string;
  /** The per-address limits (sign-in, codes and resets share one, across languages). */
  readonly limits: RateLimits;
}

/** Notices shown after a redirect, by key (never text from the URL). */
const NOTICES = ['uitgelogd', 'opnieuw', 'verlopen', 'wachtwoord', 'geblokkeerd', 'wachtwoord-geblokkeerd'] as const;

const backQuery = z.object({ terug: z.string().max(500).optional(), melding: z.enum(NOTICES).optional() });

export const signInPages: FastifyPluginAsyncZod<SignInPagesOptions> = async (app, options) => {
  const { web, locale } = options;
  const home = localePath(locale, '/mijn-kring');
  const path = (p: string) => localePath(locale, p);
  const limited = options.limits.auth;
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);

  function noticeText(key: (typeof NOTICES)[number] | undefined): string | undefined {
    const t = messages(locale).staff;
    switch (key) {
      case 'uitgelogd':
        return t.signIn.signedOut;
      case 'opnieuw':
        return t.signIn.restart;
      case 'verlopen':
        return t.signIn.sessionEnded;
      case 'wachtwoord':
        return t.reset.done;
      case 'geblokkeerd':
        return t.signIn.codesLocked;
      case 'wachtwoord-geblokkeerd':
        return t.signIn.passwordLocked;
      default:
        return undefined;
    }
  }

  /** Where to go once fully signed in. */
  function afterSignIn(back: unknown): string {
    return safeReturnPath(back, home);
  }

  /** The code page of sign-in or step-up, with the error of a wrong code when there was one. */
  function codePage(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: 'code' | 'stepUp',
    back: string,
    wrong = false,
  ) {
    const p = staffPage(web, request, reply);
    const s = p.t.staff.signIn;
    return send(
      reply,
      <CodePage
        p={p}
        title={kind === 'code' ? s.codeTitle : s.stepUpTitle}
        intro={kind === 'code' ? s.codeIntro : s.stepUpIntro}
        action={kind === 'code' ? '/inloggen/code' : '/opnieuw-bevestigen'}
        back={back}
        errors={wrong ? { code: s.codeWrong } : {}}
      />,
      wrong ? 400 : 200,
    );
  }

  /** After too many wrong codes, or when the pending session ended: sign in again. */
  function restartSignIn(reply: FastifyReply): FastifyReply {
    reply.setSession(null);
    return reply.redirect(`${path('/inloggen')}?melding=opnieuw`, 303);
  }

  /**
   * The answer to a code (sign-in or step-up): on success the new session and back; after too many
   * wrong codes the sign-in starts over; otherwise the code page again with the error.
   */
  function answerCode(
    request: FastifyRequest,
    reply: FastifyReply,
    result: CodeResult,
    kind: 'code' | 'stepUp',
    back: string,
  ) {
    if (result.ok) {
      reply.setSession(result.token);
      return reply.redirect(afterSignIn(back), 303);
    }
    if ('locked' in result) {
      if (result.lockedNow) {
        const s = messages(locale).staff.signIn;
        // Content-free, and not awaited: the answer does not wait for the mail server.
        options.mailer
          .send({
            to: result.lockedNow.email,
            subject: s.codesLockedMailSubject,
            text: s.codesLockedMailText(`${options.publicUrl}${path('/wachtwoord-vergeten')}`),
          })
          .catch(() => undefined);
      }
      reply.setSession(null);
      return reply.redirect(`${path('/inloggen')}?melding=geblokkeerd`, 303);
    }
    if (result.restart) return restartSignIn(reply);
    return codePage(request, reply, kind, back, true);
  }

  /** The organisation choice, with an error when the choice was not one of the user's. */
  async function choosePage(
    request: FastifyRequest,
    reply: FastifyReply,
    session: ResolvedSession,
    back: string,
    errors: FormErrors,
  ) {
    const p = staffPage(web, request, reply);
    const memberships = await membershipsOfSession(request.context(), session);
    return send(
      reply,
      <ChooseOrganisationPage
        p={p}
        memberships={memberships.map((m) => ({
          id: m.id,
          organisationName: m.organisationName,
          role: p.t.staff.roles[m.role],
        }))}
        back={back}
        errors={errors}
      />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  /** Where a request for a sign-in step that is not this session's goes instead. */
  function elsewhere(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    return reply.redirect(request.session?.stage === 'active' ? home : path('/inloggen'), 303);
  }

  // Sign in: e-mail and password.
  app.get(
    '/inloggen',
    { config: { policy: 'authenticating' }, schema: { querystring: backQuery } },
    async (request, reply) => {
      if (request.session?.stage === 'active') return reply.redirect(afterSignIn(request.query.terug), 303);
      const p = staffPage(web, request, reply);
      return send(
        reply,
        <SignInPage
          p={p}
          email=""
          back={request.query.terug ?? ''}
          errors={{}}
          notice={noticeText(request.query.melding)}
        />,
      );
    },
  );

  app.post(
    '/inloggen',
    {
      config: { policy: 'authenticating' },
      onRequest: limited,
      schema: { body: formBody({ email: field(320), password: field(1024), terug: field(500) }) },
    },
    async (request, reply) => {
      const { email, password, terug } = request.body;
      const t = messages(locale).staff;
      const errors = formErrors(request);
      const input = parsed(signInInput.safeParse({ email, password }), errors, locale);
      if (input && Object.keys(errors).length === 0) {
        const result = await signInWithPassword(request.context(), input);
        if (result.ok) {
          reply.setSession(result.token);
          const next = result.stage === 'enrol' ? '/inloggen/instellen' : '/inloggen/code';
          return reply.redirect(`${path(next)}?terug=${encodeURIComponent(afterSignIn(terug))}`, 303);
        }
        errors.email = t.signIn.failed;
      }
      const p = staffPage(web, request, reply);
      return send(reply, <SignInPage p={p} email={email} back={terug} errors={errors} />, 400);
    },
  );

  // Second factor.
  app.get(
    '/inloggen/code',
    { config: { policy: 'authenticating' }, schema: { querystring: backQuery } },
    async (request, reply) => {
      if (request.session?.stage !== 'secondFactor') return elsewhere(request, reply);
      return codePage(request, reply, 'code', request.query.terug ?? '');
    },
  );

  app.post(
    '/inloggen/code',
    {
      config: { policy: 'authenticating' },
      onRequest: limited,
      schema: { body: formBody({ code: field(40), terug: field(500) }) },
    },
    async (request, reply) => {
      const session = request.session;
      if (session?.stage !== 'secondFactor') return elsewhere(request, reply);
      const result = await completeSignIn(request.context(), session, request.body.code);
      return answerCode(request, reply, result, 'code', request.body.terug);
    },
  );

  // Enrolment of the second factor.
  async function enrolPage(
    request: FastifyRequest,
    reply: FastifyReply,
    back: string,
    errors: FormErrors,
    status = 200,
  ) {
    const session = request.session;
    if (session?.stage !== 'enrol') return elsewhere(request, reply);
    const enrolment = await beginEnrolment(request.context(), session, `Kring ${web.municipality.shortName}`);
    const qrSvg = await QRCode.toString(enrolment.uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    const p = staffPage(web, request, reply);
    return send(reply, <EnrolPage p={p} qrSvg={qrSvg} secret={enrolment.secret} back={back} errors={errors} />, status);
  }

  app.get(
    '/inloggen/instellen',
    { config: { policy: 'authenticating' }, schema: { querystring: backQuery } },
    (request, reply) => enrolPage(request, reply, request.query.terug ?? '', {}),
  );

  app.post(
    '/inloggen/instellen',
    {
      config: { policy: 'authenticating' },
      onRequest: limited,
      schema: { body: formBody({ code: field(40), terug: field(500) }) },
    },
    async (request, reply) => {
      const session = request.session;
      if (session?.stage !== 'enrol') return elsewhere(request, reply);
      const result = await confirmEnrolment(request.context(), session, request.body.code);
      if (result.ok) {
        reply.setSession(result.token);
        // The new session is not on this request yet: the page is rendered for the person as signed out.
        const p = staffPage(web, request, reply);
        return send(
          reply,
          <RecoveryCodesPage p={p} codes={result.recoveryCodes} next={afterSignIn(request.body.terug)} />,
        );
      }
      if (result.restart) return restartSignIn(reply);
      return enrolPage(request, reply, request.body.terug, { code: messages(locale).staff.signIn.codeWrong }, 400);
    },
  );

  // Choosing the organisation to act for.
  app.get(
    '/kies-organisatie',
    { config: { policy: 'authenticating' }, schema: { querystring: backQuery } },
    async (request, reply) => {
      const session = request.session;
      if (session?.stage !== 'active') return reply.redirect(path('/inloggen'), 303);
      return choosePage(request, reply, session, request.query.terug ?? '', {});
    },
  );

  app.post(
    '/kies-organisatie',
    { config: { policy: 'authenticating' }, schema: { body: formBody({ membership: field(100), terug: field(500) }) } },
    async (request, reply) => {
      const session = request.session;
      if (session?.stage !== 'active') return reply.redirect(path('/inloggen'), 303);
      if (await chooseMembership(request.context(), session, request.body.membership)) {
        return reply.redirect(afterSignIn(request.body.terug), 303);
      }
      return choosePage(request, reply, session, request.body.terug, {
        membership: fieldError(locale, 'chooseOrganisation'),
      });
    },
  );

  // Signing out.
  app.post(
    '/uitloggen',
    { config: { policy: 'authenticating' }, schema: { body: formBody({}) } },
    async (request, reply) => {
      if (request.session) await signOut(request.context(), request.session);
      reply.setSession(null);
      return reply.redirect(`${path('/inloggen')}?melding=uitgelogd`, 303);
    },
  );

  // Step-up: the code again before a sensitive action.
  app.get(
    '/opnieuw-bevestigen',
    { config: { policy: 'signedIn' }, schema: { querystring: backQuery } },
    (request, reply) => codePage(request, reply, 'stepUp', request.query.terug ?? ''),
  );

  app.post(
    '/opnieuw-bevestigen',
    {
      config: { policy: 'signedIn' },
      onRequest: limited,
      schema: { body: formBody({ code: field(40), terug: field(500) }) },
    },
    async (request, reply) => {
      const session = request.session!;
      const result = await stepUp(request.context(), session, request.body.code);
      return answerCode(request, reply, result, 'stepUp', request.body.terug);
    },
  );
};
