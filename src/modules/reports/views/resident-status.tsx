// SPDX-License-Identifier: EUPL-1.2
/**
 * After sending: the receipt code (shown once), entering the code, and the status with the advice and
 * the intake's questions with their answer forms.
 */
import { Button, Textarea, TextInput } from '#src/web/components/index.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { CsrfField, type FormErrors, fieldError, Notice } from '#src/web/staff.tsx';
import type { ResidentView } from '../resident.service.ts';
import { Page, RESIDENT_PATHS, type ResidentPageProps } from './resident-page.tsx';

type Values = Readonly<Record<string, string>>;

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
