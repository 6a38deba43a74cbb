// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's pages for professionals (issue 14, ADR 0031): /kring (the organisation's signals and
 * who else is involved), /kring/aanmelden (register a young person; from a concern dossier with the
 * date of birth filled in), /kring/:id (one signal's matches) and /kring/:id/beeindigen (end it).
 * Those without a basis (a volunteer, a sports club) who open them get a page in plain words why not,
 * and what they can do instead; a registration they send anyway is refused by the service (audited).
 *
 * The BSN never reaches a URL, a page after it was sent, an error page or a log: it is read from the
 * form body only, handed to the service, and the form comes back with the BSN fields empty (the
 * request log holds no body; the error handler's log holds no values).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ForbiddenError } from '#src/core/authz.ts';
import { ValidationError } from '#src/core/errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { dateParts, formValues, isEmptyDate, isoDate, partsOf } from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import type { CircleSettings } from './circle.internal.ts';
import {
  type CircleNotifier,
  endSignal,
  findMatches,
  listOwnSignals,
  registerSignal,
  signalWithMatches,
} from './circle.service.ts';
import type { InformingChoice } from './informing.ts';
import { mayRegister } from './legal-basis.ts';
import { NoBasisPage, OverviewPage, SignalPage } from './views/circle-views.tsx';
import { RegisterPage, type Values } from './views/register-form.tsx';

/** Options of the circle's pages. */
export interface CirclePagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly settings: CircleSettings;
  readonly notifier: CircleNotifier;
}

/** Who opens the circle's pages: everyone who works with concerns (the service decides the rest). */
const WORK = { config: { policy: 'concerns:work' } } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of the registration, in the order of the page (the error summary follows it). */
const FIELD_ORDER = [
  'bsn',
  'dateOfBirth',
  'parentBsn1',
  'parentBsn2',
  'contactName',
  'contactRole',
  'contactPhone',
  'contactEmail',
  'parentsInforming',
  'youngPersonInforming',
] as const;

const registerBody = formBody({
  zorg: field(100),
  bsn: field(20),
  'dateOfBirth-day': field(10),
  'dateOfBirth-month': field(10),
  'dateOfBirth-year': field(10),
  parentBsn1: field(20),
  parentBsn2: field(20),
  contactName: field(250),
  contactRole: field(250),
  contactPhone: field(250),
  contactEmail: field(250),
  parentsInforming: field(30),
  youngPersonInforming: field(30),
});
type RegisterForm = z.output<typeof registerBody>;

/** One informing question's answer as the service takes it. */
function informingChoice(value: string): InformingChoice | null {
  if (value === 'informed') return { informing: 'informed' };
  if (value === 'notReasonablyPossible' || value === 'notInInterest') {
    return { informing: 'postponed', postponedBecause: value };
  }
  return null;
}

/** What the form comes back with: everything typed except the BSNs, which are never sent back. */
function keptValues(form: RegisterForm): Values {
  const { bsn: _bsn, parentBsn1: _p1, parentBsn2: _p2, ...rest } = formValues(form);
  return rest;
}

export const circlePages: FastifyPluginAsyncZod<CirclePagesOptions> = async (app, options) => {
  const { web, locale, settings, notifier } = options;
  const t = messages(locale).circle;
  const path = (p: string) => localePath(locale, p);
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);
  const noBasis = (request: FastifyRequest, reply: FastifyReply, status = 200) =>
    send(reply, <NoBasisPage p={staffPage(web, request, reply)} />, status);

  app.get(
    '/kring',
    { ...WORK, schema: { querystring: z.object({ melding: z.enum(['beeindigd']).optional() }) } },
    async (request, reply) => {
      if (!mayRegister(request.actor!)) return noBasis(request, reply);
      const ctx = request.context();
      const own = await listOwnSignals(ctx, settings);
      const signals = await Promise.all(
        own.map(async (s) => ({
          ...s,
          matches: s.active && s.matches > 0 ? await findMatches(ctx, settings, s.id) : [],
        })),
      );
      const notice = request.query.melding === 'beeindigd' ? t.notices.ended : undefined;
      return send(reply, <OverviewPage p={staffPage(web, request, reply)} signals={signals} notice={notice} />);
    },
  );

  const registerForm = (request: FastifyRequest, reply: FastifyReply, values: Values, errors: FormErrors) =>
    send(
      reply,
      <RegisterPage p={staffPage(web, request, reply)} values={values} errors={errors} />,
      hasErrors(errors) ? 400 : 200,
    );

  // From a concern dossier: ?geboren=<ISO date>&zorg=<the dossier's id>. Never a BSN.
  app.get(
    '/kring/aanmelden',
    {
      ...WORK,
      schema: {
        querystring: z.object({ geboren: z.string().max(20).optional(), zorg: z.string().max(100).optional() }),
      },
    },
    async (request, reply) => {
      const actor = request.actor!;
      if (!mayRegister(actor)) return noBasis(request, reply);
      const born =
        request.query.geboren && ISO.test(request.query.geboren) ? partsOf(request.query.geboren) : undefined;
      const zorg = request.query.zorg && UUID.test(request.query.zorg) ? request.query.zorg : '';
      return registerForm(
        request,
        reply,
        {
          zorg,
          ...(born && { 'dateOfBirth-day': born.day, 'dateOfBirth-month': born.month, 'dateOfBirth-year': born.year }),
          contactName: actor.displayName,
          contactEmail: actor.email,
        },
        {},
      );
    },
  );

  app.post('/kring/aanmelden', { ...WORK, schema: { body: registerBody } }, async (request, reply) => {
    const form = request.body;
    const shown = formErrors(request);
    const parts = dateParts(form, 'dateOfBirth');
    const dateOfBirth = isEmptyDate(parts) ? '' : (isoDate(parts) ?? 'invalid');
    let errors: Record<string, string> = {};
    if (!hasErrors(shown)) {
      try {
        const result = await registerSignal(
          request.context(),
          settings,
          {
            bsn: form.bsn,
            dateOfBirth,
            parentBsns: [form.parentBsn1, form.parentBsn2],
            contact: {
              name: form.contactName,
              role: form.contactRole,
              phone: form.contactPhone,
              email: form.contactEmail,
            },
            informing: {
              parents: informingChoice(form.parentsInforming),
              youngPerson: informingChoice(form.youngPersonInforming),
            },
            concernId: form.zorg || null,
          },
          notifier,
        );
        return reply.redirect(
          `${path(`/kring/${result.id}`)}?melding=${result.matches > 0 ? 'gekoppeld' : 'aangemeld'}`,
          303,
        );
      } catch (err) {
        if (err instanceof ForbiddenError) return noBasis(request, reply, 403);
        if (!(err instanceof ValidationError) || !err.fields) throw err;
        errors = Object.fromEntries(
          Object.entries(err.fields).map(([f, key]) => [
            f === 'parentBsns' ? 'parentBsn1' : f,
            (t.errors as Record<string, string>)[key] ?? key,
          ]),
        );
      }
    }
    // The BSN fields come back empty: each one that was typed gets an error saying to type it again.
    const all: Record<string, string> = { ...errors, ...shown };
    if (all.bsn === undefined) all.bsn = t.bsnRetype;
    else if (errors.bsn === t.errors.bsnInvalid) all.bsn = `${all.bsn}. ${t.bsnRetype}`;
    for (const id of ['parentBsn1', 'parentBsn2'] as const) {
      if (all[id] === undefined && form[id].trim() !== '') all[id] = t.parentBsnRetype;
    }
    const ordered: Record<string, string> = {};
    for (const id of FIELD_ORDER) if (all[id] !== undefined) ordered[id] = all[id];
    return registerForm(request, reply, keptValues(form), ordered);
  });

  const signalPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Values,
    errors: FormErrors,
    notice?: string,
  ) => {
    const { signal, matches, teamId } = await signalWithMatches(request.context(), settings, id);
    return send(
      reply,
      <SignalPage
        p={staffPage(web, request, reply)}
        signal={signal}
        matches={matches}
        teamId={teamId}
        values={values}
        errors={errors}
        notice={notice}
      />,
      hasErrors(errors) ? 400 : 200,
    );
  };

  app.get(
    '/kring/:id',
    {
      ...WORK,
      schema: {
        params: z.object({ id: z.string().max(100) }),
        querystring: z.object({ melding: z.enum(['aangemeld', 'gekoppeld']).optional() }),
      },
    },
    async (request, reply) => {
      if (!mayRegister(request.actor!)) return noBasis(request, reply);
      const notice = request.query.melding
        ? t.notices.registered(request.query.melding === 'gekoppeld' ? 1 : 0)
        : undefined;
      return signalPage(request, reply, request.params.id, {}, {}, notice);
    },
  );

  app.post(
    '/kring/:id/beeindigen',
    { ...WORK, schema: { params: z.object({ id: z.string().max(100) }), body: formBody({ reason: field(20) }) } },
    async (request, reply) => {
      const reason = request.body.reason;
      const errors = formErrors(request);
      if (reason !== 'withdrawn' && reason !== 'death') {
        if (!mayRegister(request.actor!)) return noBasis(request, reply, 403);
        return signalPage(request, reply, request.params.id, formValues(request.body), {
          ...errors,
          reason: t.match.endReasonRequired,
        });
      }
      try {
        await endSignal(request.context(), request.params.id, reason);
      } catch (err) {
        if (err instanceof ForbiddenError) return noBasis(request, reply, 403);
        throw err;
      }
      return reply.redirect(`${path('/kring')}?melding=beeindigd`, 303);
    },
  );
};
