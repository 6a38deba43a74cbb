// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier's pages (issue 4): /zorgen (my concerns), /zorgen/nieuw (open one), and per
 * concern /zorgen/:id with its forms: signal, injury, attachment, household and kindcheck,
 * consultation, conversation, afwegingskader, decision, colleagues.
 *
 * The routes check the shape and the values of the input and show errors next to their fields with
 * what was typed kept (400); the service decides who may (another organisation's concern is 404) and
 * whether the step is allowed now (409). After every change: 303 to the concern with a notice from a
 * fixed list.
 */
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadSigns, SIGN_CATEGORY_IDS } from '#src/content/meldcode-content.ts';
import { NotFoundError, ValidationError } from '#src/core/errors.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { RateLimits } from '#src/plugins/rate-limits.ts';
import { BODY_VIEWBOX, isBodyRegion, isBodySide, regionAt } from '#src/web/components/body-map/body-regions.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import {
  amsterdamMoment,
  checkedText,
  dateParts,
  decimal,
  formValues,
  isEmptyDate,
  isoDate,
  listOf,
  timeOfDay,
  wholeNumber,
} from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound, isUuid } from '#src/web/ids.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { type Answers, allowedDecisions, nextStep, QUESTIONS } from './afwegingskader.ts';
import { attachmentHeaders } from './attachments/download.ts';
import { inspectUpload, MAX_ATTACHMENT_BYTES } from './attachments/inspect.ts';
import type { AttachmentStore } from './attachments/store.ts';
import { type ConcernNotifier, type ConcernView, getConcern, listConcerns, openConcern } from './concern.service.ts';
import { consultationLeads } from './consultation.service.ts';
import {
  ADVISERS,
  CARE_ARRANGEMENTS,
  CARER_ANSWERS,
  type CarerAnswer,
  INJURY_COLOURS,
  INJURY_KINDS,
  SIGNAL_KINDS,
  type SignalKind,
  SKIP_REASONS,
} from './entries.ts';
import { addAttachment, addEntry, readAttachment } from './entry.service.ts';
import { answerHonourRisk } from './honour.service.ts';
import { HONOUR_RISK_ANSWERS, type HonourRisk } from './honour-route.ts';
import { addHouseholdMember, openConcernForHouseholdMember } from './household.service.ts';
import { addableColleagues, addMember } from './member.service.ts';
import { type StepInput, takeStep } from './step.service.ts';
import { refuseStepsOfOthers, STEP_FORM_ACTIONS } from './step-guard.ts';
import { ConcernListPage, ConcernPage, OpenConcernPage, type OpenValues } from './views/concern.tsx';
import {
  AttachmentPage,
  ConsultationPage,
  ConversationPage,
  DecisionPage,
  HouseholdPage,
  InjuryPage,
  MembersPage,
  SignalKindPage,
  SignalPage,
  WeighingPage,
} from './views/forms.tsx';
import { type Action, AGE_GROUPS, type AgeGroup } from './workflow.ts';

/** Options of the concern pages. */
export interface ConcernPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly notifier: ConcernNotifier;
  readonly attachments: AttachmentStore;
  /** The per-address limits (uploads share one across languages). */
  readonly limits: RateLimits;
}

const NOTICES = ['geopend', 'vastgelegd', 'consultatie', 'collega', 'gekoppeld', 'gemeld', 'advies-gevraagd'] as const;
type NoticeKey = (typeof NOTICES)[number];

const idParams = z.object({ id: z.string().max(100) });
const concernQuery = z.object({ melding: z.enum(NOTICES).optional(), alles: z.literal('1').optional() });
const signalQuery = z.object({ soort: z.string().max(20).optional(), corrigeert: z.string().max(100).optional() });
const many = z.union([z.string().max(50), z.array(z.string().max(50)).max(20)]).optional();

/** Text fields: the longest a person may type. */
const LONG = 5000;
const SHORT = 200;

type Body = Record<string, unknown>;

/** The answer to the honour-related violence question: required wherever it is asked (ADR 0027). */
const honourRiskAnswer = z.enum(HONOUR_RISK_ANSWERS);

/** Whether a value is one of a list (a typed guard for radios and selects). */
function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return (list as readonly string[]).includes(value ?? '');
}

export const concernPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { web, locale, notifier, attachments } = options;
  const t = messages(locale);
  const c = t.concerns;
  const e = c.errors;
  const path = (p: string) => localePath(locale, p);
  const concernUrl = (id: string, notice?: NoticeKey) =>
    `${path(`/zorgen/${id}`)}${notice ? `?melding=${notice}` : ''}`;
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);
  const work = { config: { policy: 'concerns:work' } } as const;

  /** A required text of at most `max` characters: the error, if any. */
  const text = (errors: Record<string, string>, id: string, value: string, required: string | null, max = LONG) =>
    checkedText(errors, id, value, max, required, e.tooLong);

  /** A date that is real and not in the future. */
  function pastDate(errors: Record<string, string>, id: string, body: Body, now: Date, required: boolean) {
    const parts = dateParts(body, id);
    if (isEmptyDate(parts) && !required) return null;
    const iso = isoDate(parts);
    if (!iso || iso > amsterdamIsoDate(now)) {
      errors[id] = id === 'dateOfBirth' ? e.dateOfBirth : e.date;
      return null;
    }
    return iso;
  }

  /** A date that is real and after today. */
  function futureDate(errors: Record<string, string>, id: string, body: Body, now: Date) {
    const iso = isoDate(dateParts(body, id));
    if (!iso || iso <= amsterdamIsoDate(now)) {
      errors[id] = e.checkDate;
      return null;
    }
    return iso;
  }

  /** The service's validation errors as field errors (known keys only; anything else is thrown). */
  function serviceErrors(error: unknown): FormErrors {
    if (!(error instanceof ValidationError) || !error.fields) throw error;
    const out: Record<string, string> = {};
    for (const [name, key] of Object.entries(error.fields)) {
      if (key === 'expertFirst') out[name] = e.expertFirst;
      else if (name === 'honourRisk' && key === 'required') out[name] = c.honour.error;
      else if (key === 'unknownLead') out[name] = e.lead;
      else if (key === 'notAddable') out[name] = e.colleague;
      else if (key === 'unanswered') out[name] = c.weighing.unanswered;
      else throw error;
    }
    return out;
  }

  // ---- The list and opening a concern ----

  app.get('/zorgen', work, async (request, reply) => {
    const rows = await listConcerns(request.context(), { statuses: undefined });
    const p = staffPage(web, request, reply);
    const today = amsterdamIsoDate(request.context().now);
    return send(
      reply,
      <ConcernListPage
        p={p}
        rows={rows}
        lead={request.actor!.role === 'safeguardingLead'}
        volunteer={request.actor!.role === 'volunteer'}
        today={today}
      />,
    );
  });

  const openForm = (request: FastifyRequest, reply: FastifyReply, values: OpenValues, errors: FormErrors) => {
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <OpenConcernPage p={p} values={values} errors={errors} volunteer={request.actor!.role === 'volunteer'} />,
      hasErrors(errors) ? 400 : 200,
    );
  };

  app.get('/zorgen/nieuw', work, (request, reply) =>
    openForm(
      request,
      reply,
      { fullName: '', dateOfBirth: { day: '', month: '', year: '' }, ageGroup: '', honourRisk: '' },
      {},
    ),
  );

  app.post(
    '/zorgen/nieuw',
    {
      ...work,
      schema: {
        body: formBody({
          fullName: field(SHORT + 50),
          'dateOfBirth-day': field(10),
          'dateOfBirth-month': field(10),
          'dateOfBirth-year': field(10),
          ageGroup: field(20),
          honourRisk: field(10),
        }),
      },
    },
    async (request, reply) => {
      const body = request.body as Body;
      const errors = formErrors(request);
      const fullName = text(errors, 'fullName', request.body.fullName, e.fullName, SHORT);
      const dateOfBirth = pastDate(errors, 'dateOfBirth', body, request.context().now, false);
      const ageGroup = request.body.ageGroup;
      if (!isOneOf(AGE_GROUPS, ageGroup)) errors.ageGroup = e.ageGroup;
      const honourRisk = honourRiskAnswer.safeParse(request.body.honourRisk);
      if (!honourRisk.success) errors.honourRisk = c.honour.error;
      if (hasErrors(errors) || !honourRisk.success) {
        return openForm(
          request,
          reply,
          {
            fullName: request.body.fullName,
            dateOfBirth: dateParts(body, 'dateOfBirth'),
            ageGroup,
            honourRisk: request.body.honourRisk,
          },
          errors,
        );
      }
      const id = await openConcern(
        request.context(),
        { fullName, dateOfBirth, ageGroup: ageGroup as AgeGroup, honourRisk: honourRisk.data },
        notifier,
      );
      return reply.redirect(concernUrl(id, 'geopend'), 303);
    },
  );

  // ---- The concern page ----

  const noticeText: Record<NoticeKey, string> = {
    geopend: c.concern.notices.opened,
    vastgelegd: c.concern.notices.saved,
    consultatie: c.concern.notices.consultationRequested,
    collega: c.concern.notices.member,
    gekoppeld: c.concern.notices.linked,
    gemeld: t.reports.file.sent,
    'advies-gevraagd': t.reports.advice.sent,
  };

  app.get(
    '/zorgen/:id',
    { ...work, schema: { params: idParams, querystring: concernQuery } },
    async (request, reply) => {
      const view = await getConcern(request.context(), idOrNotFound(request.params.id), request.query.alles === '1');
      const p = staffPage(web, request, reply);
      const notice = request.query.melding ? noticeText[request.query.melding] : undefined;
      return send(reply, <ConcernPage p={p} view={view} notice={notice} />);
    },
  );

  // The honour-related violence question, answered (or answered again after "no") on the concern page.
  app.post(
    '/zorgen/:id/eergerelateerd-geweld',
    { ...work, schema: { params: idParams, body: formBody({ honourRisk: field(10) }) } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const errors = formErrors(request);
      const answer = honourRiskAnswer.safeParse(request.body.honourRisk);
      if (!answer.success || hasErrors(errors)) {
        const view = await getConcern(request.context(), id);
        const p = staffPage(web, request, reply);
        const shown = { ...errors, honourRisk: errors.honourRisk ?? c.honour.error };
        return send(
          reply,
          <ConcernPage p={p} view={view} values={formValues(request.body as Body)} errors={shown} />,
          400,
        );
      }
      await answerHonourRisk(request.context(), id, answer.data);
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );

  /** Renders a form page of a concern (the view is read, and audited, again). */
  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    render: (p: ReturnType<typeof staffPage>, view: ConcernView) => JSX.Element | Promise<JSX.Element>,
    errors: FormErrors = {},
  ) {
    const view = await getConcern(request.context(), id);
    const p = staffPage(web, request, reply);
    return send(reply, await render(p, view), hasErrors(errors) ? 400 : 200);
  }

  /** A form page of a concern: values typed and errors in, the page (400 with errors) out. */
  type FormPageOf = (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: Record<string, string>,
    errors: FormErrors,
  ) => Promise<unknown>;

  /** The form page that renders `view` with the values typed and the errors. */
  const pageOf =
    (
      render: (
        p: ReturnType<typeof staffPage>,
        view: ConcernView,
        values: Record<string, string>,
        errors: FormErrors,
        request: FastifyRequest,
      ) => JSX.Element | Promise<JSX.Element>,
    ): FormPageOf =>
    (request, reply, id, values, errors) =>
      formPage(request, reply, id, (p, view) => render(p, view, values, errors, request), errors);

  /** The GET route of a form page: the empty form (or `initial` values). */
  function formRoute(
    url: string,
    page: FormPageOf,
    initial: (request: FastifyRequest) => Record<string, string> = () => ({}),
    steps: readonly Action[] = [],
  ) {
    app.get(`/zorgen/:id${url}`, { ...work, schema: { params: idParams } }, async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      await refuseStepsOfOthers(request, id, steps);
      return page(request, reply, id, initial(request), {});
    });
  }

  // ---- Step 1: signals ----

  function signalKind(value: string | undefined): SignalKind | undefined {
    return isOneOf(SIGNAL_KINDS, value) ? value : undefined;
  }

  /** The entry being corrected (its number and kind), or 404. */
  function correctionOf(view: ConcernView, correctsId: string | undefined) {
    if (!correctsId) return undefined;
    const entry = view.entries.find((x) => x.id === correctsId);
    if (!entry || !signalKind(entry.kind)) throw new NotFoundError();
    return { seq: entry.seq, id: entry.id, kind: entry.kind as SignalKind };
  }

  app.get(
    '/zorgen/:id/signaal',
    { ...work, schema: { params: idParams, querystring: signalQuery } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const view = await getConcern(request.context(), id);
      const p = staffPage(web, request, reply);
      const correcting = correctionOf(view, request.query.corrigeert);
      const kind = correcting?.kind ?? signalKind(request.query.soort);
      if (!kind) {
        const errors: FormErrors = request.query.soort !== undefined ? { soort: e.kind } : {};
        return send(reply, <SignalKindPage p={p} view={view} errors={errors} />, hasErrors(errors) ? 400 : 200);
      }
      const values: Record<string, string> = {};
      if (correcting) {
        const old = view.entries.find((x) => x.id === correcting.id)!;
        if (old.kind === 'observation') {
          Object.assign(values, {
            facts: old.data.facts,
            interpretation: old.data.interpretation,
            sourceKind: old.data.sourceKind,
            source: old.data.source,
            categories: old.data.categories.join(','),
          });
        } else if (old.kind === 'quote') {
          Object.assign(values, {
            words: old.data.words,
            context: old.data.context,
            sourceKind: old.data.sourceKind,
            source: old.data.source,
          });
        } else if (old.kind === 'counterSign') {
          Object.assign(values, { facts: old.data.facts, sourceKind: old.data.sourceKind, source: old.data.source });
        }
      }
      return send(
        reply,
        <SignalPage p={p} view={view} values={values} errors={{}} kind={kind} correcting={correcting} />,
      );
    },
  );

  app.post(
    '/zorgen/:id/signaal',
    {
      ...work,
      schema: {
        params: idParams,
        querystring: signalQuery,
        body: formBody({
          'date-day': field(10),
          'date-month': field(10),
          'date-year': field(10),
          time: field(10),
          facts: field(LONG + 100),
          words: field(LONG + 100),
          context: field(LONG + 100),
          interpretation: field(LONG + 100),
          sourceKind: field(10),
          source: field(SHORT + 50),
          categories: many,
          honourRisk: field(10),
        }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const ctx = request.context();
      const body = request.body as Body;
      const b = request.body;
      const view = await getConcern(ctx, id);
      const correcting = correctionOf(view, request.query.corrigeert);
      const kind = correcting?.kind ?? signalKind(request.query.soort);
      if (!kind) throw new NotFoundError();
      const errors = formErrors(request);
      const date = pastDate(errors, 'date', body, ctx.now, true);
      const time = b.time.trim() ? timeOfDay(b.time) : '12:00';
      if (!time) errors.time = e.time;
      const sourceKind = b.sourceKind === 'other' ? 'other' : b.sourceKind === 'self' ? 'self' : undefined;
      if (!sourceKind) errors.sourceKind = e.sourceKind;
      const source = text(errors, 'source', b.source, sourceKind === 'other' ? e.source : null, SHORT);
      const categories = listOf(b.categories);
      if (categories.some((x) => !isOneOf(SIGN_CATEGORY_IDS, x))) errors.categories = e.categories;
      // The first signal of a concern that was not asked yet answers the honour-related violence question.
      let honourRisk: HonourRisk | null = null;
      if (!correcting && view.concern.honourRisk === null) {
        const answer = honourRiskAnswer.safeParse(b.honourRisk);
        if (answer.success) honourRisk = answer.data;
        else errors.honourRisk ??= c.honour.error;
      }
      let entry: Parameters<typeof addEntry>[2] | undefined;
      if (kind === 'quote') {
        const words = text(errors, 'words', b.words, e.words);
        const context = text(errors, 'context', b.context, null, 2000);
        entry = { kind, data: { words, context, sourceKind: sourceKind ?? 'self', source } };
      } else {
        const facts = text(errors, 'facts', b.facts, kind === 'counterSign' ? e.counterFacts : e.facts);
        const interpretation = text(errors, 'interpretation', b.interpretation, null, 2000);
        entry =
          kind === 'observation'
            ? {
                kind,
                data: {
                  facts,
                  interpretation,
                  sourceKind: sourceKind ?? 'self',
                  source,
                  categories,
                  signListVersion: loadSigns().version,
                },
              }
            : { kind, data: { facts, sourceKind: sourceKind ?? 'self', source } };
      }
      if (hasErrors(errors) || !date || !time) {
        const p = staffPage(web, request, reply);
        return send(
          reply,
          <SignalPage
            p={p}
            view={view}
            values={formValues(body)}
            errors={errors}
            kind={kind}
            correcting={correcting}
          />,
          400,
        );
      }
      await addEntry(ctx, id, entry, {
        occurredAt: amsterdamMoment(date, time),
        occurredTimeKnown: b.time.trim() !== '',
        correctsId: correcting?.id ?? null,
        honourRisk,
      });
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );

  // ---- Step 1: injuries on the body map ----

  const injuryPage = pageOf((p, view, values, errors) => (
    <InjuryPage p={p} view={view} values={values} errors={errors} />
  ));
  formRoute('/letsel', injuryPage);

  app.post(
    '/zorgen/:id/letsel',
    {
      ...work,
      schema: {
        params: idParams,
        body: formBody({
          side: field(10),
          x: field(10),
          y: field(10),
          sideChoice: field(10),
          region: field(50),
          injuryKind: field(20),
          size: field(10),
          colour: field(20),
          'date-day': field(10),
          'date-month': field(10),
          'date-year': field(10),
          explanation: field(2100),
        }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const ctx = request.context();
      const b = request.body;
      const errors = formErrors(request);
      // The picture (JavaScript) fills side, x and y; the choice of side and the region list work without it.
      const side = isBodySide(b.sideChoice) ? b.sideChoice : isBodySide(b.side) ? b.side : undefined;
      if (!side) errors.sideChoice = e.side;
      if (!isBodyRegion(b.region)) errors.region = e.region;
      let x: number | null = decimal(b.x, 0, BODY_VIEWBOX.width) ?? null;
      let y: number | null = decimal(b.y, 0, BODY_VIEWBOX.height) ?? null;
      // A point is kept only when it lies in the chosen region on the chosen side.
      if (x === null || y === null || !side || b.side !== side || regionAt(side, x, y) !== b.region) {
        x = null;
        y = null;
      }
      if (!isOneOf(INJURY_KINDS, b.injuryKind)) errors.injuryKind = e.injuryKind;
      const sizeCm = b.size.trim() ? decimal(b.size, 0, 200) : null;
      if (sizeCm === undefined) errors.size = e.size;
      if (!isOneOf(INJURY_COLOURS, b.colour)) errors.colour = e.colour;
      const date = pastDate(errors, 'date', request.body as Body, ctx.now, true);
      const explanation = text(errors, 'explanation', b.explanation, null, 2000);
      if (hasErrors(errors) || !side || !isBodyRegion(b.region) || !date) {
        return injuryPage(request, reply, id, formValues(request.body as Body), errors);
      }
      await addEntry(
        ctx,
        id,
        {
          kind: 'injury',
          data: {
            side,
            region: b.region,
            x,
            y,
            injuryKind: b.injuryKind as (typeof INJURY_KINDS)[number],
            sizeCm: sizeCm ?? null,
            colour: b.colour as (typeof INJURY_COLOURS)[number],
            explanation,
          },
        },
        { occurredAt: amsterdamMoment(date) },
      );
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );

  // ---- Step 1: attachments (multipart, only on this route) ----

  const attachmentPage = pageOf((p, view, values, errors) => (
    <AttachmentPage p={p} view={view} values={values} errors={errors} />
  ));
  formRoute('/bijlage', attachmentPage);

  await app.register(async (upload) => {
    // Multipart bypasses Fastify's body limit; the file part is cut at 10 MiB (→ a form error), and a
    // request announcing far more than that is refused before it is read.
    upload.addHook('onRequest', async (request) => {
      if (Number(request.headers['content-length'] ?? 0) > 4 * MAX_ATTACHMENT_BYTES) {
        throw Object.assign(new Error('Upload too large'), { statusCode: 413 });
      }
    });
    await upload.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, fieldSize: 10_000, parts: 6 },
      // Keep the file and its name on the request; the body gets only the text fields.
      async onFile(part) {
        const bytes = await part.toBuffer();
        (this as FastifyRequest & { upload?: Upload }).upload = {
          fileName: part.filename,
          bytes,
          truncated: part.file.truncated,
        };
      },
    });
    upload.post(
      '/zorgen/:id/bijlage',
      {
        // Inspecting a hostile 10 MiB file can take a second: at most 30 uploads a minute per address.
        config: { policy: 'concerns:work' },
        onRequest: options.limits.uploads,
        schema: { params: idParams },
      },
      async (request, reply) => {
        const id = idOrNotFound((request.params as { id: string }).id);
        const body = (request.body ?? {}) as Body;
        const file = (request as FastifyRequest & { upload?: Upload }).upload;
        const errors = formErrors(request);
        const description = text(
          errors,
          'description',
          typeof body.description === 'string' ? body.description : '',
          null,
          1000,
        );
        let inspected: Awaited<ReturnType<typeof inspectUpload>> | undefined;
        if (!file || (!file.fileName && file.bytes.length === 0)) errors.file = c.attachment.errors.missing;
        else if (file.truncated) errors.file = c.attachment.errors.tooLarge;
        else {
          inspected = await inspectUpload(file.bytes, file.fileName);
          if (!inspected.ok) errors.file = c.attachment.errors[inspected.reason];
        }
        if (hasErrors(errors) || !inspected?.ok) {
          return attachmentPage(request, reply, id, { description }, errors);
        }
        await addAttachment(request.context(), id, inspected, description, attachments);
        return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
      },
    );
  });

  app.get(
    '/zorgen/:id/bijlagen/:attachmentId',
    { ...work, schema: { params: z.object({ id: z.string().max(100), attachmentId: z.string().max(100) }) } },
    async (request, reply) => {
      const { meta, bytes } = await readAttachment(
        request.context(),
        idOrNotFound(request.params.id),
        idOrNotFound(request.params.attachmentId),
        attachments,
      );
      reply.headers(
        attachmentHeaders({ mediaType: meta.mediaType, displayName: meta.displayName, size: bytes.length }),
      );
      return reply.send(bytes);
    },
  );

  // ---- Household and kindcheck ----

  const householdPage = pageOf((p, view, values, errors) => (
    <HouseholdPage p={p} view={view} values={values} errors={errors} household={view.household} />
  ));
  formRoute('/huishouden', householdPage);

  app.post(
    '/zorgen/:id/huishouden',
    {
      ...work,
      schema: { params: idParams, body: formBody({ name: field(SHORT + 50), relation: field(150), age: field(10) }) },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const b = request.body;
      const errors = formErrors(request);
      const name = text(errors, 'name', b.name, e.name, SHORT);
      const relation = text(errors, 'relation', b.relation, e.relation, 100);
      const age = b.age.trim() ? wholeNumber(b.age, 0, 130) : null;
      if (age === undefined) errors.age = e.age;
      if (hasErrors(errors)) return householdPage(request, reply, id, formValues(b as Body), errors);
      await addHouseholdMember(request.context(), id, { name, relation, dateOfBirth: null, ageYears: age ?? null });
      return reply.redirect(`${path(`/zorgen/${id}/huishouden`)}`, 303);
    },
  );

  app.post(
    '/zorgen/:id/huishouden/:memberId/zorg',
    {
      ...work,
      schema: { params: z.object({ id: z.string().max(100), memberId: z.string().max(100) }), body: formBody({}) },
    },
    async (request, reply) => {
      const childId = await openConcernForHouseholdMember(
        request.context(),
        idOrNotFound(request.params.id),
        idOrNotFound(request.params.memberId),
        notifier,
      );
      return reply.redirect(concernUrl(childId, 'gekoppeld'), 303);
    },
  );

  app.post(
    '/zorgen/:id/kindcheck',
    {
      ...work,
      schema: {
        params: idParams,
        body: formBody({ childrenCount: field(10), ages: field(250), care: field(20), notes: field(2100) }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const b = request.body;
      const errors = formErrors(request);
      const childrenCount = wholeNumber(b.childrenCount, 0, 30);
      if (childrenCount === undefined) errors.childrenCount = e.childrenCount;
      const ages = text(errors, 'ages', b.ages, null, SHORT);
      if (!isOneOf(CARE_ARRANGEMENTS, b.care)) errors.care = e.care;
      const notes = text(errors, 'notes', b.notes, null, 2000);
      if (hasErrors(errors) || childrenCount === undefined)
        return householdPage(request, reply, id, formValues(b as Body), errors);
      await addEntry(request.context(), id, {
        kind: 'kindcheck',
        data: { childrenCount, ages, care: b.care as (typeof CARE_ARRANGEMENTS)[number], notes },
      });
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );

  // The carer check (mantelzorgcheck, domain.md §1.8), for an adult or an older person.
  app.post(
    '/zorgen/:id/mantelzorgcheck',
    {
      ...work,
      schema: {
        params: idParams,
        body: formBody({
          hasCarer: field(20),
          carer: field(250),
          carerOverburdened: field(20),
          caresForSomeone: field(20),
          caredFor: field(250),
          carerNotes: field(2100),
        }),
      },
    },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const b = request.body;
      const errors = formErrors(request);
      if (!isOneOf(CARER_ANSWERS, b.hasCarer)) errors.hasCarer = e.hasCarer;
      const carer = text(errors, 'carer', b.carer, null, SHORT);
      // Overburdened or not is asked only of a carer there is.
      const overburdened = b.hasCarer === 'yes' ? b.carerOverburdened : '';
      if (b.hasCarer === 'yes' && !isOneOf(CARER_ANSWERS, overburdened)) errors.carerOverburdened = e.carerOverburdened;
      if (!isOneOf(CARER_ANSWERS, b.caresForSomeone)) errors.caresForSomeone = e.caresForSomeone;
      const caredFor = text(errors, 'caredFor', b.caredFor, null, SHORT);
      const notes = text(errors, 'carerNotes', b.carerNotes, null, 2000);
      if (hasErrors(errors)) return householdPage(request, reply, id, formValues(b as Body), errors);
      await addEntry(request.context(), id, {
        kind: 'carerCheck',
        data: {
          hasCarer: b.hasCarer as CarerAnswer,
          carer,
          carerOverburdened: isOneOf(CARER_ANSWERS, overburdened) ? overburdened : null,
          caresForSomeone: b.caresForSomeone as CarerAnswer,
          caredFor,
          notes,
        },
      });
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );

  // ---- The steps (2 to 5): one handler shape for all ----

  /**
   * A step's route: parse the form into a step input or errors, take the step, redirect; with
   * errors (ours or the service's) the same page again.
   */
  function stepRoute<S extends z.ZodRawShape>(
    url: string,
    shape: S,
    parse: (
      body: z.infer<z.ZodObject<S>>,
      raw: Body,
      errors: Record<string, string>,
      request: FastifyRequest,
    ) => StepInput | Promise<StepInput>,
    page: (
      request: FastifyRequest,
      reply: FastifyReply,
      id: string,
      values: Record<string, string>,
      errors: FormErrors,
    ) => Promise<unknown>,
    notice: NoticeKey = 'vastgelegd',
  ) {
    app.post(
      `/zorgen/:id${url}`,
      { ...work, schema: { params: idParams, body: formBody(shape) } },
      async (request: FastifyRequest, reply: FastifyReply) => {
        const id = idOrNotFound((request.params as { id: string }).id);
        // A step that is never the actor's says so before the form is checked.
        await refuseStepsOfOthers(request, id, STEP_FORM_ACTIONS[url] ?? []);
        const errors = formErrors(request);
        const raw = request.body as Body;
        const input = await parse(request.body as z.infer<z.ZodObject<S>>, raw, errors, request);
        if (hasErrors(errors)) return page(request, reply, id, formValues(raw), errors);
        try {
          await takeStep(request.context(), id, input, notifier);
        } catch (error) {
          return page(request, reply, id, formValues(raw), serviceErrors(error));
        }
        return reply.redirect(concernUrl(id, notice), 303);
      },
    );
  }

  // Step 2: consultation.
  const consultationPage = pageOf(async (p, view, values, errors, request) => (
    <ConsultationPage
      p={p}
      view={view}
      values={{ withName: '', ...values }}
      errors={errors}
      leads={await consultationLeads(request.context(), view.concern.id)}
    />
  ));
  // An aandachtsfunctionaris records their own advice: their name is filled in.
  formRoute('/consultatie', consultationPage, (request) =>
    request.actor!.role === 'safeguardingLead' ? { withName: request.actor!.displayName } : { withName: '' },
  );

  stepRoute(
    '/consultatie/vragen',
    { lead: field(100) },
    (b, _raw, errors) => {
      if (b.lead !== 'any' && !isUuid(b.lead)) errors.lead = e.lead;
      return { action: 'requestConsultation', leadId: b.lead === 'any' ? null : b.lead };
    },
    consultationPage,
    'consultatie',
  );

  stepRoute(
    '/consultatie/vastleggen',
    { withName: field(SHORT + 50), advice: field(LONG + 100) },
    (b, _raw, errors) => ({
      action: 'recordConsultation',
      withName: text(errors, 'withName', b.withName, e.withName, SHORT),
      advice: text(errors, 'advice', b.advice, e.advice),
    }),
    consultationPage,
  );

  stepRoute(
    '/consultatie/advies',
    { adviser: field(30), adviceText: field(LONG + 100) },
    (b, _raw, errors) => {
      if (!isOneOf(ADVISERS, b.adviser)) errors.adviser = e.adviser;
      return {
        action: 'recordAdvice',
        adviser: b.adviser as (typeof ADVISERS)[number],
        advice: text(errors, 'adviceText', b.adviceText, e.advice),
      };
    },
    consultationPage,
  );

  // Step 3: the conversation.
  const conversationPage = pageOf((p, view, values, errors) => (
    <ConversationPage p={p} view={view} values={values} errors={errors} />
  ));
  formRoute('/gesprek', conversationPage, undefined, ['recordConversation', 'skipConversation']);

  stepRoute(
    '/gesprek',
    {
      'conversationDate-day': field(10),
      'conversationDate-month': field(10),
      'conversationDate-year': field(10),
      participants: field(600),
      reaction: field(LONG + 100),
    },
    (b, raw, errors, request) => {
      const date = pastDate(errors, 'conversationDate', raw, request.context().now, true);
      return {
        action: 'recordConversation',
        conversationDate: date ?? '',
        participants: text(errors, 'participants', b.participants, e.participants, 500),
        reaction: text(errors, 'reaction', b.reaction, e.reaction),
      };
    },
    conversationPage,
  );

  stepRoute(
    '/gesprek/overslaan',
    { reason: field(30), explanation: field(LONG + 100) },
    (b, _raw, errors) => {
      if (!isOneOf(SKIP_REASONS, b.reason)) errors.reason = e.reason;
      return {
        action: 'skipConversation',
        reason: b.reason as (typeof SKIP_REASONS)[number],
        explanation: text(errors, 'explanation', b.explanation, e.explanation),
      };
    },
    conversationPage,
  );

  // Steps 4 and 5: the afwegingskader, one question per page; the answers travel in the form.
  const weighingShape = Object.fromEntries(
    QUESTIONS.flatMap((q) => [
      [`q${q}`, field(5)],
      [`r${q}`, field(LONG + 100)],
    ]),
  ) as Record<string, ReturnType<typeof field>>;

  function answersOf(body: Record<string, string>, errors: Record<string, string>): Answers {
    const answers: Partial<Record<(typeof QUESTIONS)[number], boolean>> = {};
    for (const q of QUESTIONS) {
      const v = body[`q${q}`];
      if (v === 'yes' || v === 'no') answers[q] = v === 'yes';
      else if (v) errors[`q${q}`] = c.weighing.unanswered;
      const r = body[`r${q}`] ?? '';
      if (r.length > LONG) errors[`r${q}`] = e.tooLong(LONG);
      // A question whose explanation cannot be kept is asked again, with the error at the explanation.
      if (errors[`r${q}`]) delete answers[q];
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
      (p, view) => <WeighingPage p={p} view={view} values={values} errors={errors} answers={answers} />,
      errors,
    );

  app.get('/zorgen/:id/afweging', { ...work, schema: { params: idParams } }, async (request, reply) => {
    const id = idOrNotFound(request.params.id);
    await refuseStepsOfOthers(request, id, ['weigh']);
    return weighingPage(request, reply, id, {}, {});
  });

  // The next question: the answer given is kept; without an answer the same question with an error.
  app.post(
    '/zorgen/:id/afweging',
    { ...work, schema: { params: idParams, body: formBody(weighingShape) } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const body = request.body as Record<string, string>;
      const errors = formErrors(request);
      const answers = answersOf(body, errors);
      // The question on the page is the first unanswered one; no answer → error on that question.
      const posted = QUESTIONS.filter((q) => body[`q${q}`] !== undefined && body[`q${q}`] !== '');
      if (posted.length === 0 || hasErrors(errors)) {
        const step = nextStep(answers);
        if ('question' in step) errors[`q${step.question}`] ??= c.weighing.unanswered;
      }
      return weighingPage(request, reply, id, formValues(body), errors, answers);
    },
  );

  stepRoute(
    '/afweging/vastleggen',
    weighingShape,
    (b, _raw, errors) => {
      const body = b as Record<string, string>;
      const answers = answersOf(body, errors);
      const rationale: Record<string, string> = {};
      for (const q of QUESTIONS) if (body[`r${q}`]) rationale[String(q)] = body[`r${q}`]!.trim();
      return { action: 'weigh', answers, rationale };
    },
    (request, reply, id, values, errors) => weighingPage(request, reply, id, values, errors),
  );

  // Step 5: the decision, the help review, reopening.
  const decisionPage = pageOf((p, view, values, errors) => {
    // In step 5 the afwegingskader decides; elsewhere only closing (suspicion refuted, or support ended).
    const decisions =
      view.concern.status === 'deciding'
        ? view.outcome
          ? allowedDecisions(view.outcome)
          : ([] as const)
        : ([
            // The expert route (honour-related violence): reporting before step 5 (ADR 0027).
            ...(view.actions.includes('decideReport') ? (['report'] as const) : []),
            ...(view.actions.includes('decideHelp') ? (['help'] as const) : []),
            ...(view.actions.includes('close') ? (['close'] as const) : []),
          ] as const);
    return <DecisionPage p={p} view={view} values={values} errors={errors} decisions={decisions} />;
  });
  // `?besluit=melden` (the warning of the expert route) chooses the report already.
  const decisionQuery = z.object({ besluit: z.literal('melden').optional() });
  formRoute(
    '/besluit',
    decisionPage,
    (request): Record<string, string> =>
      decisionQuery.safeParse(request.query).data?.besluit === 'melden' ? { decision: 'report' } : {},
    ['decideReport', 'decideHelp', 'close', 'helpSucceeded', 'helpFailed', 'reopen'],
  );

  stepRoute(
    '/besluit',
    {
      decision: field(10),
      reasons: field(LONG + 100),
      informed: field(5),
      keepHelping: field(5),
      'checkDate-day': field(10),
      'checkDate-month': field(10),
      'checkDate-year': field(10),
    },
    (b, raw, errors, request) => {
      const now = request.context().now;
      const reasons = text(errors, 'reasons', b.reasons, e.reasons);
      if (b.decision === 'report') {
        if (b.informed !== 'yes' && b.informed !== 'no') errors.informed = e.informed;
        const keepHelping = b.keepHelping === 'yes';
        const checkDate = keepHelping ? futureDate(errors, 'checkDate', raw, now) : null;
        return { action: 'decideReport', reasons, keepHelping, checkDate, informedPerson: b.informed === 'yes' };
      }
      if (b.decision === 'help') {
        return { action: 'decideHelp', reasons, checkDate: futureDate(errors, 'checkDate', raw, now) ?? '' };
      }
      if (b.decision === 'close') return { action: 'close', reasons };
      errors.decision = e.decision;
      return { action: 'close', reasons };
    },
    decisionPage,
  );

  stepRoute(
    '/hulp',
    { succeeded: field(5), notes: field(LONG + 100) },
    (b, _raw, errors) => {
      if (b.succeeded !== 'yes' && b.succeeded !== 'no') errors.succeeded = e.decision;
      const notes = text(errors, 'notes', b.notes, e.notes);
      return { action: b.succeeded === 'yes' ? 'helpSucceeded' : 'helpFailed', notes };
    },
    decisionPage,
  );

  stepRoute(
    '/heropenen',
    { reason: field(2100) },
    (b, _raw, errors) => ({ action: 'reopen', reason: text(errors, 'reason', b.reason, e.reasons, 2000) }),
    decisionPage,
  );

  // ---- Colleagues ----

  const membersPage = pageOf(async (p, view, values, errors, request) => (
    <MembersPage
      p={p}
      view={view}
      values={values}
      errors={errors}
      colleagues={await addableColleagues(request.context(), view.concern.id)}
    />
  ));
  formRoute('/collegas', membersPage);

  app.post(
    '/zorgen/:id/collegas',
    { ...work, schema: { params: idParams, body: formBody({ colleague: field(100) }) } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const errors = formErrors(request);
      if (!isUuid(request.body.colleague)) errors.colleague = e.colleague;
      else {
        try {
          await addMember(request.context(), id, request.body.colleague);
        } catch (error) {
          Object.assign(errors, serviceErrors(error));
        }
      }
      if (hasErrors(errors)) return membersPage(request, reply, id, formValues(request.body as Body), errors);
      return reply.redirect(concernUrl(id, 'collega'), 303);
    },
  );
};

/** An uploaded file as the multipart hook keeps it. */
interface Upload {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly truncated: boolean;
}
