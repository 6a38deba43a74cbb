// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's route (issue 5, scenario 02): "Zorgen over iemand?" → danger now (112) or the
 * options → the form (advice or report) → the receipt code → the status with the code. Public pages:
 * the quick exit is on every one of them; nothing is loaded from a third party; everything works
 * without JavaScript.
 */
import { CallLink } from '#src/modules/guidance/index.ts';
import { Button, Radios, Textarea, TextInput } from '#src/web/components/index.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { CsrfField, FormErrorSummary, type FormErrors, fieldError, hasErrors, Notice } from '#src/web/staff.tsx';
import type { ResidentView } from '../resident.service.ts';
import { RESIDENT_AGE_GROUPS, RESIDENT_RELATIONS } from '../snapshot.ts';

type Values = Readonly<Record<string, string>>;

/** What every resident page gets. */
export interface ResidentPageProps {
  readonly ctx: PageContext;
  readonly nav: readonly NavItem[];
  /** The form token (bound to the browser cookie). */
  readonly csrf: string;
}

/** The route's paths. */
export const RESIDENT_PATHS = {
  start: '/zorgen-over-iemand',
  danger: '/zorgen-over-iemand/direct-gevaar',
  options: '/zorgen-over-iemand/wat-kan-ik-doen',
  form: '/zorgen-over-iemand/formulier',
  status: '/zorgen-over-iemand/status',
  answer: '/zorgen-over-iemand/antwoord',
} as const;

function Page({
  p,
  title,
  errors,
  children,
}: {
  p: ResidentPageProps;
  title: string;
  errors?: FormErrors;
  children: JSX.Element | JSX.Element[];
}): JSX.Element {
  const errs = errors ?? {};
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(errs)} publicPage nav={p.nav}>
      <FormErrorSummary t={p.ctx.t} errors={errs} />
      {children as 'safe'}
    </Layout>
  );
}

/** Step 1: is someone in danger right now? (A GET form: no data, no token needed.) */
export function StartPage({ p, error }: { p: ResidentPageProps; error?: string | undefined }): JSX.Element {
  const s = p.ctx.t.reports.resident.start;
  const errors: FormErrors = error ? { gevaar: error } : {};
  return (
    <Page p={p} title={s.title} errors={errors}>
      <h1 class="utrecht-heading-1" safe>
        {s.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {s.lead}
      </p>
      <form method="get" action={localePath(p.ctx.locale, RESIDENT_PATHS.start)} novalidate class="kring-form">
        <input type="hidden" name="stap" value="1" />
        <Radios
          idPrefix="gevaar"
          name="gevaar"
          fieldset={{ legend: { text: s.question } }}
          hint={{ text: s.hint }}
          items={[
            { value: 'ja', text: s.yes },
            { value: 'nee', text: s.no },
          ]}
          errorMessage={fieldError(p.ctx.t, errors, 'gevaar')}
        />
        <Button text={s.submit} />
      </form>
    </Page>
  );
}

/** Danger now: call 112. */
export function DangerPage({ p }: { p: ResidentPageProps }): JSX.Element {
  const d = p.ctx.t.reports.resident.danger;
  const m = p.ctx.municipality;
  return (
    <Page p={p} title={d.title}>
      <section class="kring-callout kring-callout--warning" aria-labelledby="bel-112">
        <h1 class="utrecht-heading-1 kring-callout__heading" id="bel-112" safe>
          {d.title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {d.lead}
        </p>
        <CallLink phone={m.emergency} text={d.call} danger />
      </section>
      <p class="utrecht-paragraph" safe>
        {d.after}
      </p>
      <CallLink phone={m.veiligThuis.phone} text={p.ctx.t.reports.resident.options.call(m.veiligThuis.phone.display)} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(p.ctx.locale, RESIDENT_PATHS.options)} safe>
          {d.back}
        </a>
      </p>
    </Page>
  );
}

/** No danger now: the options (talk, advice, report, phone). */
export function OptionsPage({ p }: { p: ResidentPageProps }): JSX.Element {
  const o = p.ctx.t.reports.resident.options;
  const m = p.ctx.municipality;
  const form = (soort: string) => `${localePath(p.ctx.locale, RESIDENT_PATHS.form)}?soort=${soort}`;
  return (
    <Page p={p} title={o.title}>
      <h1 class="utrecht-heading-1" safe>
        {o.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {o.lead}
      </p>
      <section class="kring-callout" aria-labelledby="bellen">
        <h2 class="utrecht-heading-2 kring-callout__heading" id="bellen" safe>
          {o.phoneTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {o.phone(m.veiligThuis.phone.display)}
        </p>
        <CallLink phone={m.veiligThuis.phone} text={o.call(m.veiligThuis.phone.display)} />
      </section>
      <ol class="utrecht-ordered-list kring-steps">
        <li class="utrecht-ordered-list__item kring-steps__item">
          <h2 class="utrecht-heading-2 kring-steps__title" safe>
            {o.talkTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {o.talk}
          </p>
        </li>
        <li class="utrecht-ordered-list__item kring-steps__item">
          <h2 class="utrecht-heading-2 kring-steps__title" safe>
            {o.adviceTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {o.advice}
          </p>
          <Button text={o.askAdvice} href={form('advies')} />
        </li>
        <li class="utrecht-ordered-list__item kring-steps__item">
          <h2 class="utrecht-heading-2 kring-steps__title" safe>
            {o.reportTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {o.report}
          </p>
          <Button text={o.makeReport} href={form('melding')} appearance="secondary" />
        </li>
      </ol>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(p.ctx.locale, RESIDENT_PATHS.status)} safe>
          {o.status}
        </a>
      </p>
    </Page>
  );
}

/** The form: advice or report. Only the description is required. */
export function ResidentFormPage({
  p,
  values,
  errors,
}: {
  p: ResidentPageProps;
  values: Values;
  errors: FormErrors;
}): JSX.Element {
  const t = p.ctx.t;
  const f = t.reports.resident.form;
  const title = values.kind === 'report' ? f.titleReport : f.titleAdvice;
  return (
    <Page p={p} title={title} errors={errors}>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {f.lead}
      </p>
      <p class="utrecht-paragraph kring-caption" safe>
        {f.privacy}
      </p>
      <form method="post" action={localePath(p.ctx.locale, RESIDENT_PATHS.form)} novalidate class="kring-form">
        <CsrfField token={p.csrf} />
        <Radios
          idPrefix="kind"
          name="kind"
          fieldset={{ legend: { text: f.kind } }}
          items={[
            { value: 'advice', text: f.kinds.advice },
            { value: 'report', text: f.kinds.report },
          ]}
          value={values.kind}
          errorMessage={fieldError(t, errors, 'kind')}
        />
        <Textarea
          id="whatHappened"
          name="whatHappened"
          rows={6}
          maxlength={5000}
          label={{ text: f.whatHappened }}
          hint={{ text: f.whatHappenedHint }}
          value={values.whatHappened}
          errorMessage={fieldError(t, errors, 'whatHappened')}
        />
        <TextInput
          id="when"
          name="when"
          maxlength={500}
          label={{ text: f.when }}
          hint={{ text: f.whenHint }}
          value={values.when}
          errorMessage={fieldError(t, errors, 'when')}
        />
        <Radios
          idPrefix="ageGroup"
          name="ageGroup"
          fieldset={{ legend: { text: f.ageGroup } }}
          items={RESIDENT_AGE_GROUPS.map((g) => ({ value: g, text: f.ageGroups[g] }))}
          value={values.ageGroup}
          errorMessage={fieldError(t, errors, 'ageGroup')}
        />
        <TextInput
          id="names"
          name="names"
          maxlength={500}
          label={{ text: f.names }}
          hint={{ text: f.namesHint }}
          value={values.names}
          errorMessage={fieldError(t, errors, 'names')}
        />
        <fieldset class="utrecht-form-fieldset kring-fieldset" aria-describedby="adres-hint">
          <legend class="utrecht-form-fieldset__legend" safe>
            {f.addressLegend}
          </legend>
          <p class="utrecht-form-field-description" id="adres-hint" safe>
            {f.addressHint}
          </p>
          <TextInput
            id="street"
            name="street"
            autocomplete="off"
            maxlength={200}
            label={{ text: f.street }}
            value={values.street}
            errorMessage={fieldError(t, errors, 'street')}
          />
          <TextInput
            id="postcode"
            name="postcode"
            autocomplete="off"
            maxlength={10}
            label={{ text: f.postcode }}
            value={values.postcode}
            errorMessage={fieldError(t, errors, 'postcode')}
          />
          <TextInput
            id="place"
            name="place"
            autocomplete="off"
            maxlength={100}
            label={{ text: f.place }}
            value={values.place}
            errorMessage={fieldError(t, errors, 'place')}
          />
        </fieldset>
        <Radios
          idPrefix="relation"
          name="relation"
          fieldset={{ legend: { text: f.relation } }}
          items={RESIDENT_RELATIONS.map((r) => ({ value: r, text: f.relations[r] }))}
          value={values.relation}
          errorMessage={fieldError(t, errors, 'relation')}
        />
        <fieldset class="utrecht-form-fieldset kring-fieldset" aria-describedby="contact-hint">
          <legend class="utrecht-form-fieldset__legend" safe>
            {f.contactLegend}
          </legend>
          <p class="utrecht-form-field-description" id="contact-hint" safe>
            {f.contactHint}
          </p>
          <TextInput
            id="name"
            name="name"
            autocomplete="off"
            maxlength={200}
            label={{ text: f.name }}
            value={values.name}
            errorMessage={fieldError(t, errors, 'name')}
          />
          <TextInput
            id="phone"
            name="phone"
            type="tel"
            autocomplete="off"
            maxlength={30}
            label={{ text: f.phone }}
            value={values.phone}
            errorMessage={fieldError(t, errors, 'phone')}
          />
          <TextInput
            id="email"
            name="email"
            type="email"
            autocomplete="off"
            maxlength={254}
            label={{ text: f.email }}
            value={values.email}
            errorMessage={fieldError(t, errors, 'email')}
          />
        </fieldset>
        <div class="kring-honeypot" aria-hidden="true">
          <label for="website" safe>
            {f.honeypot}
          </label>
          <input type="text" id="website" name="website" tabindex="-1" autocomplete="off" value="" />
        </div>
        <Button text={f.submit} preventDoubleClick />
      </form>
    </Page>
  );
}

/** The receipt code, shown once. */
export function ReceiptPage({
  p,
  code,
  kind,
}: {
  p: ResidentPageProps;
  code: string;
  kind: 'advice' | 'report';
}): JSX.Element {
  const r = p.ctx.t.reports.resident.receipt;
  return (
    <Page p={p} title={r.title}>
      <h1 class="utrecht-heading-1" safe>
        {r.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {r.lead(r.kinds[kind])}
      </p>
      <h2 class="utrecht-heading-2" id="code-label" safe>
        {r.codeLabel}
      </h2>
      <p class="utrecht-paragraph">
        <code class="kring-receipt-code" data-testid="receipt-code" safe>
          {code}
        </code>
      </p>
      <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
        {r.keep}
      </p>
      <p class="utrecht-paragraph" safe>
        {r.shared}
      </p>
      <form method="post" action={localePath(p.ctx.locale, RESIDENT_PATHS.status)} class="kring-form">
        <CsrfField token={p.csrf} />
        <input type="hidden" name="code" value={code} />
        <Button text={r.statusButton} appearance="secondary" />
      </form>
    </Page>
  );
}

/** Enter the receipt code (POST: the code never appears in a URL or a log). */
export function StatusLookupPage({
  p,
  error,
  value,
}: {
  p: ResidentPageProps;
  error?: string | undefined;
  value?: string;
}): JSX.Element {
  const s = p.ctx.t.reports.resident.status;
  const errors: FormErrors = error ? { code: error } : {};
  return (
    <Page p={p} title={s.title} errors={errors}>
      <h1 class="utrecht-heading-1" safe>
        {s.title}
      </h1>
      <form method="post" action={localePath(p.ctx.locale, RESIDENT_PATHS.status)} novalidate class="kring-form">
        <CsrfField token={p.csrf} />
        <TextInput
          id="code"
          name="code"
          autocomplete="off"
          spellcheck={false}
          maxlength={60}
          label={{ text: s.code }}
          hint={{ text: s.lead }}
          value={value}
          errorMessage={fieldError(p.ctx.t, errors, 'code')}
        />
        <Button text={s.submit} />
      </form>
    </Page>
  );
}

/** The status, the advice, and the intake's questions with their answer forms. */
export function StatusPage({
  p,
  code,
  view,
  notice,
  errors,
  values,
}: {
  p: ResidentPageProps;
  code: string;
  view: ResidentView;
  notice?: string | undefined;
  errors: FormErrors;
  values: Values;
}): JSX.Element {
  const t = p.ctx.t;
  const s = t.reports.resident.status;
  const kind = t.reports.resident.receipt.kinds[view.kind];
  const title = s.heading(kind, view.number);
  return (
    <Page p={p} title={title} errors={errors}>
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph kring-caption" safe>
        {s.received(formatDate(p.ctx.locale, view.receivedAt))}
      </p>
      <p class="utrecht-paragraph kring-status" data-testid="resident-status">
        <strong safe>{s.statuses[view.status]}</strong>
      </p>
      {view.canAnswer && view.questions.some((q) => q.answer === null) ? (
        <p class="utrecht-paragraph kring-callout kring-callout--warning" data-testid="question-waiting" safe>
          {s.questionWaiting}
        </p>
      ) : (
        ''
      )}
      {view.status === 'done' ? (
        <p class="utrecht-paragraph" safe>
          {s.doneNote}
        </p>
      ) : (
        ''
      )}
      {view.advice ? (
        <section class="kring-callout" aria-labelledby="advies">
          <h2 class="utrecht-heading-2 kring-callout__heading" id="advies" safe>
            {s.advice}
          </h2>
          <p class="utrecht-paragraph kring-pre-line" data-testid="resident-advice" safe>
            {view.advice}
          </p>
        </section>
      ) : (
        ''
      )}
      <h2 class="utrecht-heading-2" safe>
        {s.questions}
      </h2>
      {view.questions.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {s.noQuestions}
        </p>
      ) : (
        <ol class="kring-events">
          {view.questions.map((q, i) => (
            <li>
              <p class="utrecht-paragraph">
                <strong safe>{q.text}</strong>
              </p>
              <p class="utrecht-paragraph kring-caption" safe>
                {s.asked(formatDateTime(p.ctx.locale, q.askedAt))}
              </p>
              {q.answer !== null ? (
                <p class="utrecht-paragraph">
                  <strong safe>{`${s.yourAnswer}: `}</strong>
                  <span safe>{q.answer}</span>
                </p>
              ) : view.canAnswer ? (
                <form
                  method="post"
                  action={localePath(p.ctx.locale, RESIDENT_PATHS.answer)}
                  novalidate
                  class="kring-form"
                >
                  <CsrfField token={p.csrf} />
                  <input type="hidden" name="code" value={code} />
                  <input type="hidden" name="question" value={q.id} />
                  <Textarea
                    id={`answer-${i + 1}`}
                    name="answer"
                    rows={3}
                    maxlength={2000}
                    label={{ text: s.answer }}
                    value={values.question === q.id ? values.answer : ''}
                    errorMessage={values.question === q.id ? fieldError(t, errors, `answer-${i + 1}`) : undefined}
                  />
                  <Button text={s.answerSubmit} preventDoubleClick />
                </form>
              ) : (
                ''
              )}
            </li>
          ))}
        </ol>
      )}
      <p class="utrecht-paragraph kring-caption" safe>
        {s.closeHint}
      </p>
    </Page>
  );
}
