// SPDX-License-Identifier: EUPL-1.2
/**
 * The network meetings' pages (issue 15, ADR 0038), in both languages:
 *
 * - `/bijeenkomsten` (public): the published meetings; `/:id` a meeting with its registration form
 *   (POST, within the registration budget per address), `/:id/agenda.ics` its calendar file,
 *   `/:id/ontvangen` the page after registering (the same words whatever the outcome, so nobody
 *   learns whether an address had registered), `/afmelden?code=` the cancel question and (POST, the
 *   code in the form) the cancelling; the code stays out of the path, so out of the request log.
 * - `/netwerk/bijeenkomsten` (`network:edit`): every meeting; `/nieuw` plans one; `/:id` its
 *   registrations (audited), agreements and their form; `/:id/wijzigen` changes it;
 *   `/:id/aanwezigen.csv` the attendance list (audited as an export); `/:id/acties` records an
 *   agreement, `/:id/acties/:meetingActionId` marks one done or open. The service checks the
 *   permission again.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { guidanceNav } from '#src/modules/guidance/index.ts';
import type { Budget } from '#src/plugins/rate-limits.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { pageContext, sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import {
  addAction,
  articleChoices,
  attendanceList,
  editorMeeting,
  editorMeetingDetails,
  editorMeetings,
  markAction,
  saveMeeting,
} from './meeting.service.ts';
import { attendanceCsv } from './meeting-csv.ts';
import { meetingCalendar } from './meeting-ics.ts';
import { actionInput, type MeetingForm, meetingInput, registrationInput } from './meeting-input.ts';
import { amsterdamDateTime } from './meeting-rules.ts';
import {
  cancelRegistration,
  type MeetingNotifier,
  publicMeeting,
  publicMeetings,
  register,
  registrationForToken,
} from './registration.service.ts';
import {
  type ActionValues,
  EditorListPage,
  EditorMeetingPage,
  EMPTY_ACTION,
  EMPTY_MEETING,
  MeetingFormPage,
  meetingForm,
} from './views/editor.tsx';
import {
  EMPTY_REGISTRATION,
  MeetingPage,
  MeetingsPage,
  MessagePage,
  type PublicProps,
  type RegistrationValues,
} from './views/public.tsx';

/** Options of the pages. */
export interface MeetingPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly notifier: MeetingNotifier;
  /** The registrations one address may make per hour (counted when accepted). */
  readonly registrations: Budget;
  /** The site's public address (the calendar file's link and UID). */
  readonly publicUrl: string;
}

/** The notices after a write, by the word in the URL (never free text from the URL). */
const NOTICES = { aangemaakt: 'created', opgeslagen: 'updated', afspraak: 'action' } as const;

const idParams = z.object({ id: z.string().max(200) });
const codeQuery = z.object({ code: z.string().max(200).optional() });

const meetingBody = formBody({
  title: field(2000),
  'date-day': field(10),
  'date-month': field(10),
  'date-year': field(10),
  startTime: field(50),
  endTime: field(50),
  placeName: field(2000),
  placeAddress: field(3000),
  agenda: field(20_000),
  capacity: field(50),
  published: field(10),
  announcementArticleId: field(200),
  retrospectiveArticleId: field(200),
});

const registrationBody = formBody({
  name: field(2000),
  organisation: field(2000),
  email: field(2000),
  role: field(50),
});

const actionBody = formBody({
  description: field(10_000),
  owner: field(2000),
  'due-day': field(10),
  'due-month': field(10),
  'due-year': field(10),
});

/** Error keys by field → their texts (the first error of a field counts: invisible characters first). */
function texts(
  locale: Locale,
  own: Record<string, string>,
  keys: Readonly<Record<string, string | undefined>>,
): FormErrors {
  const words = messages(locale).meetings.errors as Readonly<Record<string, Readonly<Record<string, string>>>>;
  const out: Record<string, string> = { ...own };
  for (const [name, key] of Object.entries(keys)) {
    if (key && !out[name]) out[name] = words[name]?.[key] ?? key;
  }
  return out;
}

export const meetingPages: FastifyPluginAsyncZod<MeetingPagesOptions> = async (app, options) => {
  const { locale, web, notifier, registrations, publicUrl } = options;
  const t = messages(locale);
  const e = t.meetings.editor;
  const d = t.meetings.public;
  const nav = guidanceNav(locale);
  const path = (p: string) => localePath(locale, p);
  const open = { config: { policy: 'public' } } as const;
  const edit = { config: { policy: 'network:edit' } } as const;
  const props = (request: FastifyRequest, reply: FastifyReply): PublicProps => ({
    ctx: pageContext(web, locale, request.url.split('?', 1)[0]!, reply.cspNonce),
    nav,
    csrf: request.csrfToken(reply),
  });
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);

  // ---- Public ----

  app.get('/bijeenkomsten', open, async (request, reply) => {
    const { upcoming, past } = await publicMeetings(request.context());
    return send(reply, <MeetingsPage p={props(request, reply)} upcoming={upcoming} past={past} />);
  });

  async function meetingPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: RegistrationValues,
    errors: FormErrors,
  ) {
    const ctx = request.context();
    const found = await publicMeeting(ctx, id);
    return send(
      reply,
      <MeetingPage
        p={props(request, reply)}
        meeting={found.meeting}
        actions={found.actions}
        earlierActions={found.earlierActions}
        announcement={found.announcement}
        retrospective={found.retrospective}
        open={found.meeting.endsAt > ctx.now}
        values={values}
        errors={errors}
      />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get('/bijeenkomsten/:id', { ...open, schema: { params: idParams } }, (request, reply) =>
    meetingPage(request, reply, request.params.id, EMPTY_REGISTRATION, {}),
  );

  app.post(
    '/bijeenkomsten/:id',
    { ...open, schema: { params: idParams, body: registrationBody } },
    async (request, reply) => {
      // Only accepted registrations count (spent below): a form with errors costs nothing.
      await registrations.check(request, reply);
      const { _csrf, ...typed } = request.body as typeof request.body & { _csrf?: string };
      const checked = registrationInput(typed);
      const own = formErrors(request);
      if ('errors' in checked || hasErrors(own)) {
        const keys = 'errors' in checked ? checked.errors : {};
        return meetingPage(request, reply, request.params.id, typed, texts(locale, own, keys));
      }
      await registrations.spend(request);
      const result = await register(request.context(), request.params.id, { ...checked.values, locale }, notifier);
      // A form sent after the meeting ended: the page says registering is closed (nothing stored).
      if (result.outcome === 'closed') return meetingPage(request, reply, request.params.id, EMPTY_REGISTRATION, {});
      return reply.redirect(path(`/bijeenkomsten/${request.params.id}/ontvangen`), 303);
    },
  );

  app.get('/bijeenkomsten/:id/ontvangen', { ...open, schema: { params: idParams } }, async (request, reply) => {
    await publicMeeting(request.context(), request.params.id);
    return send(reply, <MessagePage p={props(request, reply)} title={d.receivedTitle} text={d.receivedText} />);
  });

  app.get('/bijeenkomsten/:id/agenda.ics', { ...open, schema: { params: idParams } }, async (request, reply) => {
    const { meeting } = await publicMeeting(request.context(), request.params.id);
    const url = `${publicUrl}${path(`/bijeenkomsten/${meeting.id}`)}`;
    const ics = meetingCalendar(meeting, url, new URL(publicUrl).hostname, request.context().now);
    return reply
      .code(200)
      .headers({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="bijeenkomst-${amsterdamDateTime(meeting.startsAt).date}.ics"`,
        'X-Content-Type-Options': 'nosniff',
      })
      .send(ics);
  });

  app.get('/bijeenkomsten/afmelden', { ...open, schema: { querystring: codeQuery } }, async (request, reply) => {
    const code = request.query.code ?? '';
    const found = await registrationForToken(request.context(), code);
    const p = props(request, reply);
    if (!found) return send(reply, <MessagePage p={p} title={d.cancelGoneTitle} text={d.cancelGoneText} />, 404);
    const text =
      found.status === 'waiting' ? d.cancelWaitingText(found.meeting.title) : d.cancelText(found.meeting.title);
    const form = { action: path('/bijeenkomsten/afmelden'), button: d.cancelConfirm, code };
    return send(reply, <MessagePage p={p} title={d.cancelTitle} text={text} form={form} />);
  });

  app.post(
    '/bijeenkomsten/afmelden',
    { ...open, schema: { body: formBody({ code: field(200) }) } },
    async (request, reply) => {
      const done = await cancelRegistration(request.context(), request.body.code, notifier);
      const p = props(request, reply);
      if (!done) return send(reply, <MessagePage p={p} title={d.cancelGoneTitle} text={d.cancelGoneText} />, 404);
      return send(reply, <MessagePage p={p} title={d.cancelledTitle} text={d.cancelledText} />);
    },
  );

  // ---- Editors ----

  const noticeOf = (word: string | undefined) =>
    word && Object.hasOwn(NOTICES, word) ? e.notices[NOTICES[word as keyof typeof NOTICES]] : undefined;
  const noticeQuery = z.object({ melding: z.string().max(20).optional() });

  app.get('/netwerk/bijeenkomsten', { ...edit, schema: { querystring: noticeQuery } }, async (request, reply) => {
    const meetings = await editorMeetings(request.context());
    const p = staffPage(web, request, reply);
    return send(reply, <EditorListPage p={p} meetings={meetings} notice={noticeOf(request.query.melding)} />);
  });

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string | undefined,
    title: string,
    values: MeetingForm,
    errors: FormErrors,
  ) {
    const articles = await articleChoices(request.context());
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <MeetingFormPage p={p} id={id} title={title} values={values} errors={errors} articles={articles} />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  /** Saves a posted meeting form, or shows it again with its errors. */
  async function save(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string | null,
    title: string,
    body: z.output<typeof meetingBody>,
  ) {
    const { _csrf, ...values } = body as typeof body & { _csrf?: string };
    const checked = meetingInput(values);
    const own = formErrors(request);
    if ('errors' in checked || hasErrors(own)) {
      return form(
        request,
        reply,
        id ?? undefined,
        title,
        values,
        texts(locale, own, 'errors' in checked ? checked.errors : {}),
      );
    }
    const saved = await saveMeeting(request.context(), id, checked.fields, notifier);
    return reply.redirect(path(`/netwerk/bijeenkomsten/${saved}?melding=${id ? 'opgeslagen' : 'aangemaakt'}`), 303);
  }

  app.get('/netwerk/bijeenkomsten/nieuw', edit, async (request, reply) => {
    // The service decides (deny by default) before the empty form is shown.
    await editorMeetings(request.context());
    return form(request, reply, undefined, e.newTitle, EMPTY_MEETING, {});
  });

  app.post('/netwerk/bijeenkomsten/nieuw', { ...edit, schema: { body: meetingBody } }, (request, reply) =>
    save(request, reply, null, e.newTitle, request.body),
  );

  async function detail(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    notice: string | undefined,
    values: ActionValues,
    errors: FormErrors,
  ) {
    const found = await editorMeetingDetails(request.context(), id);
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <EditorMeetingPage p={p} {...found} notice={notice} values={values} errors={errors} />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get(
    '/netwerk/bijeenkomsten/:id',
    { ...edit, schema: { params: idParams, querystring: noticeQuery } },
    (request, reply) => detail(request, reply, request.params.id, noticeOf(request.query.melding), EMPTY_ACTION, {}),
  );

  app.get('/netwerk/bijeenkomsten/:id/wijzigen', { ...edit, schema: { params: idParams } }, async (request, reply) => {
    const meeting = await editorMeeting(request.context(), request.params.id);
    return form(request, reply, meeting.id, e.editTitle(meeting.title), meetingForm(meeting), {});
  });

  app.post(
    '/netwerk/bijeenkomsten/:id/wijzigen',
    { ...edit, schema: { params: idParams, body: meetingBody } },
    async (request, reply) => {
      const meeting = await editorMeeting(request.context(), request.params.id);
      return save(request, reply, meeting.id, e.editTitle(meeting.title), request.body);
    },
  );

  app.get(
    '/netwerk/bijeenkomsten/:id/aanwezigen.csv',
    { ...edit, schema: { params: idParams } },
    async (request, reply) => {
      const { meeting, registrations: rows } = await attendanceList(request.context(), request.params.id);
      const csv = attendanceCsv(rows, {
        headings: t.meetings.csv.headings,
        roles: t.meetings.roles,
        statuses: t.meetings.statuses,
      });
      return reply
        .code(200)
        .headers({
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${t.meetings.csv.fileName(amsterdamDateTime(meeting.startsAt).date)}"`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "sandbox; default-src 'none'",
        })
        .send(csv);
    },
  );

  app.post(
    '/netwerk/bijeenkomsten/:id/acties',
    { ...edit, schema: { params: idParams, body: actionBody } },
    async (request, reply) => {
      const { _csrf, ...values } = request.body as typeof request.body & { _csrf?: string };
      const checked = actionInput(values);
      const own = formErrors(request);
      if ('errors' in checked || hasErrors(own)) {
        const errors = texts(locale, own, 'errors' in checked ? checked.errors : {});
        return detail(request, reply, request.params.id, undefined, values, errors);
      }
      await addAction(request.context(), request.params.id, checked.values);
      return reply.redirect(path(`/netwerk/bijeenkomsten/${request.params.id}?melding=afspraak`), 303);
    },
  );

  app.post(
    '/netwerk/bijeenkomsten/:id/acties/:meetingActionId',
    {
      ...edit,
      schema: {
        params: z.object({ id: z.string().max(200), meetingActionId: z.string().max(200) }),
        body: formBody({ done: field(10) }),
      },
    },
    async (request, reply) => {
      await markAction(
        request.context(),
        request.params.id,
        request.params.meetingActionId,
        request.body.done === 'ja',
      );
      return reply.redirect(path(`/netwerk/bijeenkomsten/${request.params.id}?melding=opgeslagen`), 303);
    },
  );
};
