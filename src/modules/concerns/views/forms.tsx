// SPDX-License-Identifier: EUPL-1.2
/**
 * The form pages of a concern: a signal (or its correction), an injury on the body map, an
 * attachment, the household and kindcheck, consultation, the conversation, the afwegingskader one
 * question at a time, the decision, and adding colleagues. Every form posts to its own URL and
 * comes back with the errors next to the fields and what was typed kept.
 */
import { loadSigns } from '#src/content/meldcode-content.ts';
import type { Colleague } from '#src/modules/identity/index.ts';
import { BodyMap } from '#src/web/components/body-map/body-map.tsx';
import { BODY_REGION_IDS, type BodySide } from '#src/web/components/body-map/body-regions.ts';
import { Button, Checkboxes, DateInput, Radios, Select, Textarea, TextInput } from '#src/web/components/index.ts';
import type { DateParts } from '#src/web/form-values.ts';
import { CsrfField, Form, type FormErrors, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import { type Answers, nextStep, type Outcome, QUESTIONS, type Question, REPORTING_NORM } from '../afwegingskader.ts';
import type { ConcernView } from '../concern.service.ts';
import {
  ADVISERS,
  CARE_ARRANGEMENTS,
  CARER_ANSWERS,
  INJURY_COLOURS,
  INJURY_KINDS,
  SIGNAL_KINDS,
  type SignalKind,
  SKIP_REASONS,
} from '../entries.ts';
import type { HouseholdRow } from '../list.repository.ts';
import { type SubjectTexts, subjectTexts } from '../subject-texts.ts';
import { HonourRiskRadios } from './honour.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

type Values = Readonly<Record<string, string>>;

/** The props every form page gets. */
interface FormProps {
  readonly p: StaffPageContext;
  readonly view: ConcernView;
  readonly values: Values;
  readonly errors: FormErrors;
}

/** The texts of this concern: by whom it is about and its sector (ADR 0028). */
function textsOf(p: StaffPageContext, view: ConcernView): SubjectTexts {
  return subjectTexts(p.t, p.locale, view.concern.person.ageGroup, view.concern.sector);
}

function dateLabels(p: StaffPageContext) {
  return { day: p.t.components.dateDay, month: p.t.components.dateMonth, year: p.t.components.dateYear };
}

function dateValues(values: Values, prefix: string): DateParts {
  return {
    day: values[`${prefix}-day`] ?? '',
    month: values[`${prefix}-month`] ?? '',
    year: values[`${prefix}-year`] ?? '',
  };
}

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

/**
 * The household, opening a concern per member, and the checks of step 1 that apply to the person:
 * the kindcheck (a child, an adult), the carer check (an adult, an older person; domain.md §1.8).
 */
export function HouseholdPage({
  p,
  view,
  values,
  errors,
  household,
}: FormProps & { household: readonly HouseholdRow[] }): JSX.Element {
  const h = p.t.concerns.household;
  const id = view.concern.id;
  const texts = textsOf(p, view);
  const checks = texts.choice.checks;
  return (
    <ConcernFrame
      p={p}
      concernId={id}
      personName={view.concern.person.fullName}
      title={texts.householdTitle}
      errors={errors}
    >
      <p class="utrecht-paragraph" safe>
        {texts.householdIntro}
      </p>
      <h2 class="utrecht-heading-2" safe>
        {h.members}
      </h2>
      {household.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {h.none}
        </p>
      ) : (
        <ul class="kring-household">
          {household.map((m) => (
            <li class="kring-household__member">
              <span
                safe
              >{`${m.name} (${m.relation}${m.ageYears === null && !m.dateOfBirth ? '' : `, ${p.t.concerns.age(m.ageYears ?? 0)}`})`}</span>
              {m.linkedConcernId ? (
                <>
                  <span safe>{` · ${h.hasConcern} · `}</span>
                  <a class="utrecht-link" href={concernPath(p.locale, m.linkedConcernId)} safe>
                    {h.toConcern}
                  </a>
                </>
              ) : view.can.addEntry ? (
                <form
                  method="post"
                  action={concernPath(p.locale, id, `/huishouden/${m.id}/zorg`)}
                  class="kring-inline-form"
                >
                  <CsrfField token={p.csrf} />
                  <Button text={h.openConcern(m.name)} appearance="secondary" preventDoubleClick />
                </form>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2" safe>
        {h.addTitle}
      </h2>
      <Form p={p} action={concernPath(p.locale, id, '/huishouden')}>
        <TextInput
          id="name"
          name="name"
          maxlength={200}
          label={{ text: h.name }}
          value={values.name}
          errorMessage={fieldError(p.t, errors, 'name')}
        />
        <TextInput
          id="relation"
          name="relation"
          maxlength={100}
          label={{ text: h.relation }}
          hint={{ text: texts.relationHint }}
          value={values.relation}
          errorMessage={fieldError(p.t, errors, 'relation')}
        />
        <TextInput
          id="age"
          name="age"
          maxlength={3}
          inputmode="numeric"
          classes="kring-input--width-5"
          label={{ text: h.age }}
          hint={{ text: h.ageHint }}
          value={values.age}
          errorMessage={fieldError(p.t, errors, 'age')}
        />
        <Button text={h.add} preventDoubleClick />
      </Form>
      {checks.includes('kindcheck') ? <KindcheckForm p={p} id={id} values={values} errors={errors} /> : ''}
      {checks.includes('carerCheck') ? <CarerCheckForm p={p} id={id} values={values} errors={errors} /> : ''}
    </ConcernFrame>
  );
}

/** The kindcheck: children who depend on the person (a child: other children in the family). */
function KindcheckForm({
  p,
  id,
  values,
  errors,
}: {
  p: StaffPageContext;
  id: string;
  values: Values;
  errors: FormErrors;
}): JSX.Element {
  const h = p.t.concerns.household;
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {h.kindcheckTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {h.kindcheckIntro}
      </p>
      <Form p={p} action={concernPath(p.locale, id, '/kindcheck')}>
        <TextInput
          id="childrenCount"
          name="childrenCount"
          maxlength={2}
          inputmode="numeric"
          classes="kring-input--width-5"
          label={{ text: h.childrenCount }}
          value={values.childrenCount}
          errorMessage={fieldError(p.t, errors, 'childrenCount')}
        />
        <TextInput
          id="ages"
          name="ages"
          maxlength={200}
          label={{ text: h.ages }}
          hint={{ text: h.agesHint }}
          optionalText={p.t.common.optional}
          value={values.ages}
          errorMessage={fieldError(p.t, errors, 'ages')}
        />
        <Radios
          idPrefix="care"
          name="care"
          fieldset={{ legend: { text: h.care } }}
          items={CARE_ARRANGEMENTS.map((k) => ({ value: k, text: h.cares[k] }))}
          value={values.care}
          errorMessage={fieldError(p.t, errors, 'care')}
        />
        <Textarea
          id="notes"
          name="notes"
          rows={3}
          maxlength={2000}
          label={{ text: h.notes }}
          optionalText={p.t.common.optional}
          value={values.notes}
          errorMessage={fieldError(p.t, errors, 'notes')}
        />
        <Button text={h.kindcheckSubmit} preventDoubleClick />
      </Form>
    </>
  );
}

/**
 * The carer check (mantelzorgcheck, domain.md §1.8): is the person cared for by a mantelzorger who
 * may be overburdened, and does the person care for someone who depends on them?
 */
function CarerCheckForm({
  p,
  id,
  values,
  errors,
}: {
  p: StaffPageContext;
  id: string;
  values: Values;
  errors: FormErrors;
}): JSX.Element {
  const h = p.t.concerns.household;
  const answers = CARER_ANSWERS.map((k) => ({ value: k, text: h.carerAnswers[k] }));
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {h.carerCheckTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {h.carerCheckIntro}
      </p>
      <Form p={p} action={concernPath(p.locale, id, '/mantelzorgcheck')}>
        <Radios
          idPrefix="hasCarer"
          name="hasCarer"
          fieldset={{ legend: { text: h.hasCarer } }}
          items={answers}
          value={values.hasCarer}
          errorMessage={fieldError(p.t, errors, 'hasCarer')}
        />
        <TextInput
          id="carer"
          name="carer"
          maxlength={200}
          label={{ text: h.carer }}
          hint={{ text: h.carerHint }}
          optionalText={p.t.common.optional}
          value={values.carer}
          errorMessage={fieldError(p.t, errors, 'carer')}
        />
        <Radios
          idPrefix="carerOverburdened"
          name="carerOverburdened"
          fieldset={{ legend: { text: h.carerOverburdened } }}
          hint={{ text: h.carerOverburdenedHint }}
          items={answers}
          value={values.carerOverburdened}
          errorMessage={fieldError(p.t, errors, 'carerOverburdened')}
        />
        <Radios
          idPrefix="caresForSomeone"
          name="caresForSomeone"
          fieldset={{ legend: { text: h.caresForSomeone } }}
          items={answers}
          value={values.caresForSomeone}
          errorMessage={fieldError(p.t, errors, 'caresForSomeone')}
        />
        <TextInput
          id="caredFor"
          name="caredFor"
          maxlength={200}
          label={{ text: h.caredFor }}
          hint={{ text: h.caredForHint }}
          optionalText={p.t.common.optional}
          value={values.caredFor}
          errorMessage={fieldError(p.t, errors, 'caredFor')}
        />
        <Textarea
          id="carerNotes"
          name="carerNotes"
          rows={3}
          maxlength={2000}
          label={{ text: h.notes }}
          optionalText={p.t.common.optional}
          value={values.carerNotes}
          errorMessage={fieldError(p.t, errors, 'carerNotes')}
        />
        <Button text={h.carerCheckSubmit} preventDoubleClick />
      </Form>
    </>
  );
}

/** Step 2: ask the aandachtsfunctionaris, record consultation, record anonymous advice. */
export function ConsultationPage({
  p,
  view,
  values,
  errors,
  leads,
}: FormProps & { leads: readonly Colleague[] }): JSX.Element {
  const c = p.t.concerns.consultation;
  // A volunteer reads plain words: "talk it over", not "collegiale consultatie".
  const v = view.readerIsVolunteer ? p.t.concerns.volunteer : undefined;
  const id = view.concern.id;
  const can = (a: string) => view.actions.includes(a as never);
  return (
    <ConcernFrame
      p={p}
      concernId={id}
      personName={view.concern.person.fullName}
      title={v ? v.talkItOver : c.title}
      errors={errors}
    >
      <p class="utrecht-paragraph" safe>
        {v ? v.talkItOverIntro : c.intro}
      </p>
      {can('requestConsultation') ? (
        <section aria-labelledby={v ? undefined : 'vragen'}>
          {v ? (
            ''
          ) : (
            <h2 class="utrecht-heading-2" id="vragen" safe>
              {c.requestTitle}
            </h2>
          )}
          {leads.length === 0 ? (
            <p class="utrecht-paragraph" safe>
              {c.noLeads}
            </p>
          ) : (
            <>
              {v ? (
                ''
              ) : (
                <p class="utrecht-paragraph" safe>
                  {c.requestIntro}
                </p>
              )}
              <Form p={p} action={concernPath(p.locale, id, '/consultatie/vragen')}>
                <Radios
                  idPrefix="lead"
                  name="lead"
                  fieldset={{ legend: { text: c.lead } }}
                  items={[{ value: 'any', text: c.anyLead }, ...leads.map((l) => ({ value: l.id, text: l.name }))]}
                  value={values.lead ?? 'any'}
                  errorMessage={fieldError(p.t, errors, 'lead')}
                />
                <Button text={v ? v.talkItOverSubmit : c.requestSubmit} preventDoubleClick />
              </Form>
            </>
          )}
        </section>
      ) : (
        ''
      )}
      {can('recordConsultation') ? (
        <section aria-labelledby="vastleggen">
          <h2 class="utrecht-heading-2" id="vastleggen" safe>
            {c.recordTitle}
          </h2>
          <Form p={p} action={concernPath(p.locale, id, '/consultatie/vastleggen')}>
            <TextInput
              id="withName"
              name="withName"
              maxlength={200}
              label={{ text: c.withName }}
              hint={{ text: c.withNameHint }}
              value={values.withName}
              errorMessage={fieldError(p.t, errors, 'withName')}
            />
            <Textarea
              id="advice"
              name="advice"
              rows={5}
              maxlength={5000}
              label={{ text: c.advice }}
              value={values.advice}
              errorMessage={fieldError(p.t, errors, 'advice')}
            />
            <Button text={c.recordSubmit} preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
      {can('recordAdvice') ? (
        <section aria-labelledby="advies">
          <h2 class="utrecht-heading-2" id="advies" safe>
            {c.adviceTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {c.adviceIntro}
          </p>
          <Form p={p} action={concernPath(p.locale, id, '/consultatie/advies')}>
            <Radios
              idPrefix="adviser"
              name="adviser"
              fieldset={{ legend: { text: c.adviser } }}
              items={ADVISERS.map((a) => ({ value: a, text: c.advisers[a] }))}
              value={values.adviser}
              errorMessage={fieldError(p.t, errors, 'adviser')}
            />
            <Textarea
              id="adviceText"
              name="adviceText"
              rows={5}
              maxlength={5000}
              label={{ text: c.advice }}
              value={values.adviceText}
              errorMessage={fieldError(p.t, errors, 'adviceText')}
            />
            <Button text={c.adviceSubmit} preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
    </ConcernFrame>
  );
}

/** Step 3: the conversation, or a motivated reason to skip it. */
export function ConversationPage({ p, view, values, errors }: FormProps): JSX.Element {
  const c = p.t.concerns.conversation;
  const id = view.concern.id;
  return (
    <ConcernFrame p={p} concernId={id} personName={view.concern.person.fullName} title={c.title} errors={errors}>
      <p class="utrecht-paragraph" safe>
        {c.intro}
      </p>
      {view.route === 'expert' && !view.veiligThuisAdvice ? (
        <p class="utrecht-paragraph kring-callout kring-callout--warning" data-testid="honour-conversation" safe>
          {c.honour}
        </p>
      ) : (
        ''
      )}
      <Form p={p} action={concernPath(p.locale, id, '/gesprek')}>
        <DateInput
          id="conversationDate"
          namePrefix="conversationDate"
          fieldset={{ legend: { text: c.date } }}
          labels={dateLabels(p)}
          values={dateValues(values, 'conversationDate')}
          errorMessage={fieldError(p.t, errors, 'conversationDate')}
        />
        <TextInput
          id="participants"
          name="participants"
          maxlength={500}
          label={{ text: c.participants }}
          value={values.participants}
          errorMessage={fieldError(p.t, errors, 'participants')}
        />
        <Textarea
          id="reaction"
          name="reaction"
          rows={5}
          maxlength={5000}
          label={{ text: c.reaction }}
          hint={{ text: c.reactionHint }}
          value={values.reaction}
          errorMessage={fieldError(p.t, errors, 'reaction')}
        />
        <Button text={c.submit} preventDoubleClick />
      </Form>
      <h2 class="utrecht-heading-2" safe>
        {c.skipTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {c.skipIntro}
      </p>
      <Form p={p} action={concernPath(p.locale, id, '/gesprek/overslaan')}>
        <Radios
          idPrefix="reason"
          name="reason"
          fieldset={{ legend: { text: c.reason } }}
          items={SKIP_REASONS.map((r) => ({ value: r, text: c.reasons[r] }))}
          value={values.reason}
          errorMessage={fieldError(p.t, errors, 'reason')}
        />
        <Textarea
          id="explanation"
          name="explanation"
          rows={4}
          maxlength={5000}
          label={{ text: c.explanation }}
          value={values.explanation}
          errorMessage={fieldError(p.t, errors, 'explanation')}
        />
        <Button text={c.skipSubmit} appearance="secondary" preventDoubleClick />
      </Form>
    </ConcernFrame>
  );
}

/** The answers so far as hidden fields (the flow carries its state in the form, not in a session). */
function AnswerFields({ answers, rationale }: { answers: Answers; rationale: Values }): JSX.Element {
  return (
    <>
      {QUESTIONS.filter((q) => answers[q] !== undefined).map((q) => (
        <>
          <input type="hidden" name={`q${q}`} value={answers[q] ? 'yes' : 'no'} />
          <input type="hidden" name={`r${q}`} value={rationale[`r${q}`] ?? ''} />
        </>
      ))}
    </>
  );
}

/** Steps 4 and 5: the afwegingskader, one question per page, then the outcome to record. */
export function WeighingPage({ p, view, values, errors, answers }: FormProps & { answers: Answers }): JSX.Element {
  const w = p.t.concerns.weighing;
  const id = view.concern.id;
  const step = nextStep(answers);
  const texts = textsOf(p, view);
  const guidance = texts.guidance;
  const answered = QUESTIONS.filter((q) => answers[q] !== undefined);
  return (
    <ConcernFrame p={p} concernId={id} personName={view.concern.person.fullName} title={w.title} errors={errors}>
      <p class="utrecht-paragraph" safe>
        {w.intro}
      </p>
      {answered.length > 0 ? (
        <section aria-labelledby="antwoorden">
          <h2 class="utrecht-heading-2" id="antwoorden" safe>
            {w.previousAnswers}
          </h2>
          <dl class="kring-summary-list">
            {answered.map((q) => (
              <>
                <dt safe>{texts.questions[q]}</dt>
                <dd safe>{`${answers[q] ? w.yes : w.no}${values[`r${q}`] ? ` — ${values[`r${q}`]}` : ''}`}</dd>
              </>
            ))}
          </dl>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={concernPath(p.locale, id, '/afweging')} safe>
              {w.change}
            </a>
          </p>
        </section>
      ) : (
        ''
      )}
      {'question' in step ? (
        <Form p={p} action={concernPath(p.locale, id, '/afweging')}>
          <AnswerFields answers={answers} rationale={values} />
          <p class="utrecht-paragraph kring-caption" safe>
            {w.questionOf(step.question)}
          </p>
          <Radios
            idPrefix={`q${step.question}`}
            name={`q${step.question}`}
            fieldset={{ legend: { text: texts.questions[step.question] } }}
            hint={{ text: texts.hints[step.question] }}
            items={[
              { value: 'yes', text: w.yes },
              { value: 'no', text: w.no },
            ]}
            value={values[`q${step.question}`]}
            errorMessage={fieldError(p.t, errors, `q${step.question}`)}
          />
          <details class="kring-details">
            <summary safe>{w.sectorGuidance(guidance.name.toLowerCase())}</summary>
            {texts.guidanceNote ? (
              <p class="utrecht-paragraph" safe>
                {texts.guidanceNote}
              </p>
            ) : (
              ''
            )}
            <p class="utrecht-paragraph" safe>
              {guidance.questions[`${step.question}`]}
            </p>
          </details>
          <Textarea
            id={`r${step.question}`}
            name={`r${step.question}`}
            rows={4}
            maxlength={5000}
            label={{ text: w.rationale }}
            value={values[`r${step.question}`]}
            errorMessage={fieldError(p.t, errors, `r${step.question}`)}
          />
          <Button text={w.next} preventDoubleClick />
        </Form>
      ) : (
        <OutcomeForm p={p} id={id} outcome={step.outcome} answers={answers} values={values} />
      )}
    </ConcernFrame>
  );
}

function OutcomeForm({
  p,
  id,
  outcome,
  answers,
  values,
}: {
  p: StaffPageContext;
  id: string;
  outcome: Outcome;
  answers: Answers;
  values: Values;
}): JSX.Element {
  const w = p.t.concerns.weighing;
  const norm = REPORTING_NORM[outcome];
  return (
    <section aria-labelledby="uitkomst" data-testid="weighing-result">
      <h2 class="utrecht-heading-2" id="uitkomst" safe>
        {w.outcomeTitle}
      </h2>
      <div class={`kring-callout${norm ? ' kring-callout--warning' : ''}`}>
        <p class="utrecht-paragraph" safe>
          {w.outcomes[outcome]}
        </p>
        {norm ? (
          <p class="utrecht-paragraph">
            <strong safe>{`${w.norm(norm)}: `}</strong>
            <span safe>{w.norms[norm]}</span>
          </p>
        ) : (
          ''
        )}
      </div>
      <Form p={p} action={concernPath(p.locale, id, '/afweging/vastleggen')}>
        <AnswerFields answers={answers} rationale={values} />
        <Button text={w.save} preventDoubleClick />
      </Form>
    </section>
  );
}

/** Step 5: the decision the afwegingskader allows; or, while helping, question 5; or reopening. */
export function DecisionPage({
  p,
  view,
  values,
  errors,
  decisions,
}: FormProps & { decisions: readonly ('report' | 'help' | 'close')[] }): JSX.Element {
  const d = p.t.concerns.decision;
  const id = view.concern.id;
  const texts = textsOf(p, view);
  const has = (a: string) => view.actions.includes(a as never);
  const mayKeepHelping = view.outcome === 'reportUnsafe' || view.outcome === 'help';
  // Outside step 5 only closing is possible: a page about closing, without the help's check date.
  const closing = decisions.length === 1 && decisions[0] === 'close' && view.concern.status !== 'deciding';
  const asksCheckDate = decisions.includes('help') || (mayKeepHelping && decisions.includes('report'));
  // The expert route of honour-related violence: a report before step 5, without telling the family.
  const honour = view.route === 'expert' && decisions.includes('report');
  const h = p.t.concerns.honour;
  return (
    <ConcernFrame
      p={p}
      concernId={id}
      personName={view.concern.person.fullName}
      title={closing ? p.t.concerns.concern.close : d.title}
      errors={errors}
    >
      {view.outcome ? (
        <div class="kring-callout">
          <p class="utrecht-paragraph" safe>
            {p.t.concerns.weighing.outcomes[view.outcome]}
          </p>
        </div>
      ) : (
        ''
      )}
      {decisions.length > 0 ? (
        <Form p={p} action={concernPath(p.locale, id, '/besluit')}>
          <p class="utrecht-paragraph" safe>
            {closing ? d.closeIntro : honour && view.concern.status !== 'deciding' ? h.reportIntro : d.intro}
          </p>
          <Radios
            idPrefix="decision"
            name="decision"
            fieldset={{ legend: { text: d.decision } }}
            items={decisions.map((k) => ({ value: k, text: d.decisions[k] }))}
            value={values.decision ?? (decisions.length === 1 ? decisions[0] : undefined)}
            errorMessage={fieldError(p.t, errors, 'decision')}
          />
          <Textarea
            id="reasons"
            name="reasons"
            rows={5}
            maxlength={5000}
            label={{ text: d.reasons }}
            value={values.reasons}
            errorMessage={fieldError(p.t, errors, 'reasons')}
          />
          {honour ? (
            <p class="utrecht-paragraph kring-callout kring-callout--warning" data-testid="honour-informed" safe>
              {h.notInformed}
            </p>
          ) : (
            ''
          )}
          {decisions.includes('report') ? (
            <Radios
              idPrefix="informed"
              name="informed"
              fieldset={{ legend: { text: texts.informed } }}
              hint={{ text: texts.informedHint }}
              items={[
                { value: 'yes', text: d.informedYes },
                { value: 'no', text: d.informedNo },
              ]}
              value={values.informed}
              errorMessage={fieldError(p.t, errors, 'informed')}
            />
          ) : (
            ''
          )}
          {mayKeepHelping && decisions.includes('report') ? (
            <Checkboxes
              idPrefix="keepHelping"
              name="keepHelping"
              fieldset={{ legend: { text: d.keepHelpingLegend } }}
              items={[{ value: 'yes', text: d.keepHelping }]}
              values={values.keepHelping ? [values.keepHelping] : []}
            />
          ) : (
            ''
          )}
          {asksCheckDate ? (
            <DateInput
              id="checkDate"
              namePrefix="checkDate"
              fieldset={{ legend: { text: d.checkDate } }}
              hint={{ text: d.checkDateHint }}
              labels={dateLabels(p)}
              values={dateValues(values, 'checkDate')}
              errorMessage={fieldError(p.t, errors, 'checkDate')}
            />
          ) : (
            ''
          )}
          <Button text={closing ? p.t.concerns.concern.close : d.submit} preventDoubleClick />
        </Form>
      ) : view.outcome === null && view.concern.status === 'deciding' ? (
        <p class="utrecht-paragraph" safe>
          {d.needsWeighing}
        </p>
      ) : (
        ''
      )}
      {has('helpSucceeded') ? (
        <Form p={p} action={concernPath(p.locale, id, '/hulp')}>
          <Radios
            idPrefix="succeeded"
            name="succeeded"
            fieldset={{ legend: { text: d.reviewQuestion } }}
            items={[
              { value: 'yes', text: d.reviewYes },
              { value: 'no', text: d.reviewNo },
            ]}
            value={values.succeeded}
            errorMessage={fieldError(p.t, errors, 'succeeded')}
          />
          <Textarea
            id="notes"
            name="notes"
            rows={4}
            maxlength={5000}
            label={{ text: d.reviewNotes }}
            value={values.notes}
            errorMessage={fieldError(p.t, errors, 'notes')}
          />
          <Button text={d.reviewSubmit} preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
      {view.concern.status === 'report' ? (
        <p class="utrecht-paragraph kring-callout" safe>
          {d.reportNext}
        </p>
      ) : (
        ''
      )}
      {has('reopen') ? (
        <Form p={p} action={concernPath(p.locale, id, '/heropenen')}>
          <Textarea
            id="reason"
            name="reason"
            rows={3}
            maxlength={2000}
            label={{ text: d.reopenReason }}
            value={values.reason}
            errorMessage={fieldError(p.t, errors, 'reason')}
          />
          <Button text={d.reopenSubmit} appearance="secondary" preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
    </ConcernFrame>
  );
}

/** Adding colleagues who may see the concern. */
export function MembersPage({
  p,
  view,
  values,
  errors,
  colleagues,
}: FormProps & { colleagues: readonly Colleague[] }): JSX.Element {
  const m = p.t.concerns.members;
  const id = view.concern.id;
  return (
    <ConcernFrame p={p} concernId={id} personName={view.concern.person.fullName} title={m.title} errors={errors}>
      <p class="utrecht-paragraph" safe>
        {m.intro}
      </p>
      {colleagues.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {m.none}
        </p>
      ) : (
        <Form p={p} action={concernPath(p.locale, id, '/collegas')}>
          <Select
            id="colleague"
            name="colleague"
            label={{ text: m.colleague }}
            placeholderText={m.choose}
            items={colleagues.map((c) => ({
              value: c.id,
              text: `${c.name} (${p.t.staff.roles[c.role as 'professional']})`,
            }))}
            value={values.colleague}
            errorMessage={fieldError(p.t, errors, 'colleague')}
          />
          <Button text={m.submit} preventDoubleClick />
        </Form>
      )}
    </ConcernFrame>
  );
}

/** The question numbers as keys of form fields. */
export type QuestionField = `q${Question}`;
