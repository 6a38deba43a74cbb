// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 1 of the meldcode, the signals: /zorgen/:id/signaal (an observation, the person's own words or
 * a counter-sign, or a correction of one) and /zorgen/:id/letsel (an injury on the body map).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadSigns } from '#src/content/meldcode-content.ts';
import { NotFoundError } from '#src/core/errors.ts';
import { BODY_VIEWBOX, isBodySide, regionAt } from '#src/web/components/body-map/body-regions.ts';
import { fieldError, parsed, serviceFieldErrors } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { amsterdamMoment, dateValue, decimal, formValues, listOf, timeOfDay } from '#src/web/form-values.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { honourRiskAnswer } from './concern.schemas.ts';
import { type ConcernView, getConcern } from './concern.service.ts';
import { idParams, isOneOf, LONG, many, SHORT, signalQuery } from './concern-form-checks.ts';
import { SIGNAL_KINDS, type SignalKind } from './entries.ts';
import { addEntry } from './entry.service.ts';
import { counterSignData, injuryData, observationData, quoteData, signalDate } from './signal.schemas.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { InjuryPage, SignalKindPage, SignalPage } from './views/signal-forms.tsx';

function signalKind(value: string | undefined): SignalKind | undefined {
  return isOneOf(SIGNAL_KINDS, value) ? value : undefined;
}

/** The entry being corrected (its number and kind), or 404. */
function correctionOf(view: ConcernView, correctsId: string | undefined) {
  if (!correctsId) return undefined;
  const entry = view.entries.find((candidate) => candidate.id === correctsId);
  const kind = signalKind(entry?.kind);
  if (!entry || !kind) throw new NotFoundError();
  return { seq: entry.seq, id: entry.id, kind };
}

/** A signal's data with its kind, or undefined when the data did not parse. */
function withKind<K extends SignalKind, D>(kind: K, data: D | undefined) {
  return data === undefined ? undefined : ({ kind, data } as { kind: K; data: D });
}

export const signalPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { web, locale } = options;
  const { concernUrl, send, pageOf, formRoute } = concernRoutes(app, options);

  // ---- Step 1: signals ----

  app.get(
    '/zorgen/:id/signaal',
    { ...WORK, schema: { params: idParams, querystring: signalQuery } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const view = await getConcern(request.context(), id);
      const staff = staffPage(web, request, reply);
      const correcting = correctionOf(view, request.query.corrigeert);
      const kind = correcting?.kind ?? signalKind(request.query.soort);
      if (!kind) {
        const errors: FormErrors = request.query.soort !== undefined ? { soort: fieldError(locale, 'kind') } : {};
        return send(reply, <SignalKindPage p={staff} view={view} errors={errors} />, hasErrors(errors) ? 400 : 200);
      }
      const values: Record<string, string> = {};
      if (correcting) {
        const old = view.entries.find((entry) => entry.id === correcting.id)!;
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
        <SignalPage p={staff} view={view} values={values} errors={{}} kind={kind} correcting={correcting} />,
      );
    },
  );

  app.post(
    '/zorgen/:id/signaal',
    {
      ...WORK,
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
      const form = request.body;
      const view = await getConcern(ctx, id);
      const correcting = correctionOf(view, request.query.corrigeert);
      const kind = correcting?.kind ?? signalKind(request.query.soort);
      if (!kind) throw new NotFoundError();
      const errors = formErrors(request);
      const date = parsed(
        z.object({ date: signalDate(ctx.now) }).safeParse({ date: dateValue(form, 'date') }),
        errors,
        locale,
      )?.date;
      const time = form.time.trim() ? timeOfDay(form.time) : '12:00';
      if (!time) errors.time = fieldError(locale, 'time');
      // The first signal of a concern that was not asked yet answers the honour-related violence question.
      const asksHonourRisk = !correcting && view.concern.honourRisk === null;
      const honourRisk = asksHonourRisk
        ? parsed(z.object({ honourRisk: honourRiskAnswer }).safeParse({ honourRisk: form.honourRisk }), errors, locale)
            ?.honourRisk
        : null;
      const common = { sourceKind: form.sourceKind, source: form.source };
      const entry: Parameters<typeof addEntry>[2] | undefined =
        kind === 'quote'
          ? withKind(
              kind,
              parsed(quoteData.safeParse({ ...common, words: form.words, context: form.context }), errors, locale),
            )
          : kind === 'counterSign'
            ? withKind(kind, parsed(counterSignData.safeParse({ ...common, facts: form.facts }), errors, locale))
            : withKind(
                kind,
                parsed(
                  observationData.safeParse({
                    ...common,
                    facts: form.facts,
                    interpretation: form.interpretation,
                    categories: listOf(form.categories),
                    signListVersion: loadSigns().version,
                  }),
                  errors,
                  locale,
                ),
              );
      const again = (shown: FormErrors) => {
        const staff = staffPage(web, request, reply);
        return send(
          reply,
          <SignalPage
            p={staff}
            view={view}
            values={formValues(form)}
            errors={shown}
            kind={kind}
            correcting={correcting}
          />,
          400,
        );
      };
      if (hasErrors(errors) || !date || !time || !entry || honourRisk === undefined) return again(errors);
      try {
        await addEntry(ctx, id, entry, {
          occurredAt: amsterdamMoment(date, time),
          occurredTimeKnown: form.time.trim() !== '',
          correctsId: correcting?.id ?? null,
          honourRisk,
        });
      } catch (error) {
        return again(serviceFieldErrors(error, locale, { occurredAt: 'date' }));
      }
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );

  // ---- Step 1: injuries on the body map ----

  const injuryPage = pageOf((staff, view, values, errors) => (
    <InjuryPage p={staff} view={view} values={values} errors={errors} />
  ));
  formRoute('/letsel', injuryPage);

  app.post(
    '/zorgen/:id/letsel',
    {
      ...WORK,
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
      const form = request.body;
      const errors = formErrors(request);
      // The picture (JavaScript) fills side, x and y; the choice of side and the region list work without it.
      const side = isBodySide(form.sideChoice) ? form.sideChoice : isBodySide(form.side) ? form.side : '';
      let x: number | null = decimal(form.x, 0, BODY_VIEWBOX.width) ?? null;
      let y: number | null = decimal(form.y, 0, BODY_VIEWBOX.height) ?? null;
      // A point is kept only when it lies in the chosen region on the chosen side.
      if (x === null || y === null || !side || form.side !== side || regionAt(side, x, y) !== form.region) {
        x = null;
        y = null;
      }
      const data = parsed(
        injuryData.safeParse({
          side,
          region: form.region,
          x,
          y,
          injuryKind: form.injuryKind,
          // A size that is no number in centimetres is refused by the schema (NaN is no number).
          sizeCm: form.size.trim() ? (decimal(form.size, 0, 200) ?? Number.NaN) : null,
          colour: form.colour,
          explanation: form.explanation,
        }),
        errors,
        locale,
        { side: 'sideChoice', sizeCm: 'size' },
      );
      const date = parsed(
        z.object({ date: signalDate(ctx.now) }).safeParse({ date: dateValue(form, 'date') }),
        errors,
        locale,
      )?.date;
      if (hasErrors(errors) || !data || !date) return injuryPage(request, reply, id, formValues(form), errors);
      await addEntry(ctx, id, { kind: 'injury', data }, { occurredAt: amsterdamMoment(date) });
      return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
    },
  );
};
