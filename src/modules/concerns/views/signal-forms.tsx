// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 1 of the meldcode, the signals: what is being recorded, an observation, the person's own words
 * or a counter-sign (or a correction of one), an injury on the body map, an attachment.
 */
import { loadSigns } from '#src/content/meldcode-content.ts';
import { BodyMap } from '#src/web/components/body-map/body-map.tsx';
import { BODY_REGION_IDS, type BodySide } from '#src/web/components/body-map/body-regions.ts';
import { Button, Checkboxes, DateInput, Radios, Select, Textarea, TextInput } from '#src/web/components/index.ts';
import { Form, type FormErrors, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import { INJURY_COLOURS, INJURY_KINDS, SIGNAL_KINDS, type SignalKind } from '../entries.ts';
import { dateLabels, dateValues, type FormProps, textsOf, type Values } from './form-parts.tsx';
import { HonourRiskRadios } from './honour.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

function Prompts({ p }: { p: StaffPageContext }): JSX.Element {
  const w = p.t.concerns.signal.prompts;
  return (
    <aside class="kring-callout kring-prompts" aria-labelledby="schrijftips">
      <h2 class="utrecht-heading-3 kring-callout__title" id="schrijftips" safe>
        {w.title}
      </h2>
      <ul class="utrecht-unordered-list">
        {w.items.map((item) => (
          <li class="utrecht-unordered-list__item" safe>
            {item}
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph" safe>
        {w.note}
      </p>
    </aside>
  );
}

function SourceFields({ p, values, errors }: { p: StaffPageContext; values: Values; errors: FormErrors }) {
  const s = p.t.concerns.signal;
  return (
    <>
      <Radios
        idPrefix="sourceKind"
        name="sourceKind"
        fieldset={{ legend: { text: s.sourceKind } }}
        items={(['self', 'other'] as const).map((k) => ({ value: k, text: s.sourceKinds[k] }))}
        value={values.sourceKind ?? 'self'}
        errorMessage={fieldError(p.t, errors, 'sourceKind')}
      />
      <TextInput
        id="source"
        name="source"
        maxlength={200}
        label={{ text: s.source }}
        hint={{ text: s.sourceHint }}
        optionalText={p.t.common.optional}
        value={values.source}
        errorMessage={fieldError(p.t, errors, 'source')}
      />
    </>
  );
}

/** Step 1, first question: what is being recorded (one thing per page; works without JavaScript). */
export function SignalKindPage({ p, view, errors }: Omit<FormProps, 'values'>): JSX.Element {
  const s = p.t.concerns.signal;
  const quoteHint = textsOf(p, view).quoteHint;
  return (
    <ConcernFrame
      p={p}
      concernId={view.concern.id}
      personName={view.concern.person.fullName}
      title={s.title}
      errors={errors}
    >
      <form method="get" action={concernPath(p.locale, view.concern.id, '/signaal')} novalidate class="kring-form">
        <Radios
          idPrefix="soort"
          name="soort"
          fieldset={{ legend: { text: s.kind } }}
          items={SIGNAL_KINDS.map((k) => ({
            value: k,
            text: s.kinds[k],
            hint: { text: k === 'quote' ? quoteHint : s.kindHints[k] },
          }))}
          errorMessage={fieldError(p.t, errors, 'soort')}
        />
        <Button text={s.next} />
      </form>
    </ConcernFrame>
  );
}

/** Step 1: an observation, the person's own words or a counter-sign; or a correction of one. */
export function SignalPage({
  p,
  view,
  values,
  errors,
  kind,
  correcting,
}: FormProps & { kind: SignalKind; correcting?: { seq: number; id: string } | undefined }): JSX.Element {
  const s = p.t.concerns.signal;
  const signs = loadSigns();
  const title = correcting ? s.correctionTitle : s.kinds[kind];
  const query = correcting ? `?corrigeert=${correcting.id}` : `?soort=${kind}`;
  return (
    <ConcernFrame
      p={p}
      concernId={view.concern.id}
      personName={view.concern.person.fullName}
      title={title}
      errors={errors}
    >
      {correcting ? (
        <p class="utrecht-paragraph kring-callout kring-callout--compact" safe>
          {s.correctionIntro(correcting.seq)}
        </p>
      ) : (
        ''
      )}
      <Prompts p={p} />
      <Form p={p} action={concernPath(p.locale, view.concern.id, `/signaal${query}`)}>
        <DateInput
          id="date"
          namePrefix="date"
          fieldset={{ legend: { text: s.date } }}
          hint={{ text: s.dateHint }}
          labels={dateLabels(p)}
          values={dateValues(values, 'date')}
          errorMessage={fieldError(p.t, errors, 'date')}
        />
        <TextInput
          id="time"
          name="time"
          maxlength={5}
          inputmode="numeric"
          classes="kring-input--width-5"
          label={{ text: s.time }}
          hint={{ text: s.timeHint }}
          value={values.time}
          errorMessage={fieldError(p.t, errors, 'time')}
        />
        {kind === 'quote' ? (
          <>
            <Textarea
              id="words"
              name="words"
              rows={4}
              maxlength={5000}
              label={{ text: s.words }}
              hint={{ text: s.wordsHint }}
              value={values.words}
              errorMessage={fieldError(p.t, errors, 'words')}
            />
            <Textarea
              id="context"
              name="context"
              rows={3}
              maxlength={2000}
              label={{ text: s.context }}
              optionalText={p.t.common.optional}
              value={values.context}
              errorMessage={fieldError(p.t, errors, 'context')}
            />
          </>
        ) : (
          <Textarea
            id="facts"
            name="facts"
            rows={6}
            maxlength={5000}
            label={{ text: kind === 'counterSign' ? s.counterFacts : s.facts }}
            hint={{ text: s.factsHint }}
            value={values.facts}
            errorMessage={fieldError(p.t, errors, 'facts')}
          />
        )}
        {kind === 'observation' ? (
          <Textarea
            id="interpretation"
            name="interpretation"
            rows={3}
            maxlength={2000}
            label={{ text: s.interpretation }}
            hint={{ text: s.interpretationHint }}
            optionalText={p.t.common.optional}
            value={values.interpretation}
            errorMessage={fieldError(p.t, errors, 'interpretation')}
          />
        ) : (
          ''
        )}
        <SourceFields p={p} values={values} errors={errors} />
        {kind === 'observation' ? (
          <Checkboxes
            idPrefix="categories"
            name="categories"
            fieldset={{ legend: { text: s.categories } }}
            hint={{ text: s.categoriesHint }}
            items={signs.categories.map((c) => ({
              value: c.id,
              text: c[p.locale].name,
              hint: { text: c[p.locale].hint },
            }))}
            values={(values.categories ?? '').split(',').filter(Boolean)}
            errorMessage={fieldError(p.t, errors, 'categories')}
          />
        ) : (
          ''
        )}
        {!correcting && view.concern.honourRisk === null ? (
          <HonourRiskRadios p={p} volunteer={view.readerIsVolunteer} value={values.honourRisk} errors={errors} />
        ) : (
          ''
        )}
        <Button text={correcting ? s.submitCorrection : s.submit} preventDoubleClick />
      </Form>
    </ConcernFrame>
  );
}

/** Step 1: an injury on the body map (or, without JavaScript, from the region list). */
export function InjuryPage({ p, view, values, errors }: FormProps): JSX.Element {
  const i = p.t.concerns.injury;
  const side = values.side === 'front' || values.side === 'back' ? (values.side as BodySide) : undefined;
  const x = values.x ? Number(values.x) : undefined;
  const y = values.y ? Number(values.y) : undefined;
  return (
    <ConcernFrame
      p={p}
      concernId={view.concern.id}
      personName={view.concern.person.fullName}
      title={i.title}
      errors={errors}
    >
      <p class="utrecht-paragraph" safe>
        {i.intro}
      </p>
      <Form p={p} action={concernPath(p.locale, view.concern.id, '/letsel')}>
        <BodyMap
          labels={p.t.bodyMap}
          marks={[]}
          idPrefix="letselkaart"
          input={{
            sideName: 'side',
            xName: 'x',
            yName: 'y',
            regionFieldId: 'region',
            sideChoiceName: 'sideChoice',
            skipTo: 'sideChoice',
            value: {
              ...(side ? { side } : {}),
              ...(x !== undefined && Number.isFinite(x) ? { x } : {}),
              ...(y !== undefined && Number.isFinite(y) ? { y } : {}),
            },
          }}
        />
        <Radios
          idPrefix="sideChoice"
          name="sideChoice"
          fieldset={{ legend: { text: i.side } }}
          items={(['front', 'back'] as const).map((s) => ({ value: s, text: i.sides[s] }))}
          value={values.sideChoice ?? values.side}
          errorMessage={fieldError(p.t, errors, 'sideChoice')}
        />
        <Select
          id="region"
          name="region"
          label={{ text: i.region }}
          placeholderText={i.regionChoose}
          items={BODY_REGION_IDS.map((r) => ({ value: r, text: p.t.bodyMap.regions[r] }))}
          value={values.region}
          errorMessage={fieldError(p.t, errors, 'region')}
        />
        <Radios
          idPrefix="injuryKind"
          name="injuryKind"
          fieldset={{ legend: { text: i.kind } }}
          items={INJURY_KINDS.map((k) => ({ value: k, text: i.kinds[k] }))}
          value={values.injuryKind}
          errorMessage={fieldError(p.t, errors, 'injuryKind')}
        />
        <TextInput
          id="size"
          name="size"
          maxlength={6}
          inputmode="decimal"
          classes="kring-input--width-5"
          label={{ text: i.size }}
          hint={{ text: i.sizeHint }}
          value={values.size}
          errorMessage={fieldError(p.t, errors, 'size')}
        />
        <Radios
          idPrefix="colour"
          name="colour"
          fieldset={{ legend: { text: i.colour } }}
          items={INJURY_COLOURS.map((k) => ({ value: k, text: i.colours[k] }))}
          value={values.colour}
          errorMessage={fieldError(p.t, errors, 'colour')}
        />
        <DateInput
          id="date"
          namePrefix="date"
          fieldset={{ legend: { text: i.date } }}
          labels={dateLabels(p)}
          values={dateValues(values, 'date')}
          errorMessage={fieldError(p.t, errors, 'date')}
        />
        <Textarea
          id="explanation"
          name="explanation"
          rows={3}
          maxlength={2000}
          label={{ text: i.explanation }}
          hint={{ text: i.explanationHint }}
          value={values.explanation}
          errorMessage={fieldError(p.t, errors, 'explanation')}
        />
        <Button text={i.submit} preventDoubleClick />
      </Form>
    </ConcernFrame>
  );
}

/** Step 1: a photo or PDF. */
export function AttachmentPage({ p, view, values, errors }: FormProps): JSX.Element {
  const a = p.t.concerns.attachment;
  return (
    <ConcernFrame
      p={p}
      concernId={view.concern.id}
      personName={view.concern.person.fullName}
      title={a.title}
      errors={errors}
    >
      <p class="utrecht-paragraph" safe>
        {a.intro}
      </p>
      <Form p={p} action={concernPath(p.locale, view.concern.id, '/bijlage')} multipart>
        <div class={`utrecht-form-field${errors.file ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="file" safe>
            {a.file}
          </label>
          {errors.file ? (
            <p class="utrecht-form-field-error-message" id="file-error">
              <span class="kring-visually-hidden" safe>
                {p.t.common.errorPrefix}
              </span>
              <span safe>{errors.file}</span>
            </p>
          ) : (
            ''
          )}
          <input
            class="kring-file-input"
            type="file"
            id="file"
            name="file"
            accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
            aria-describedby={errors.file ? 'file-error' : undefined}
            aria-invalid={errors.file ? 'true' : undefined}
          />
        </div>
        <Textarea
          id="description"
          name="description"
          rows={3}
          maxlength={1000}
          label={{ text: a.description }}
          hint={{ text: a.descriptionHint }}
          value={values.description}
          errorMessage={fieldError(p.t, errors, 'description')}
        />
        <Button text={a.submit} preventDoubleClick />
      </Form>
    </ConcernFrame>
  );
}
