// SPDX-License-Identifier: EUPL-1.2
/** The pages of signing in: password, code, enrolment, recovery codes, organisation choice, step-up, reset. */
import { Button, Radios, TextInput } from '#src/web/components/index.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import {
  CsrfField,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  Notice,
  type StaffPageContext,
} from '#src/web/staff.tsx';

/** A one-form page: title, intro, errors, the form and what follows it. */
export function FormPage(props: {
  p: StaffPageContext;
  title: string;
  intro?: string;
  notice?: string;
  errors?: FormErrors;
  action: string;
  submit: string;
  children?: JSX.Element | JSX.Element[];
  after?: JSX.Element;
  before?: JSX.Element;
}): JSX.Element {
  const { p } = props;
  const errors = props.errors ?? {};
  return (
    <Layout ctx={p.ctx} title={props.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <div class="kring-narrow">
        <FormErrorSummary t={p.t} errors={errors} />
        <Notice text={props.notice} />
        <h1 class="utrecht-heading-1" safe>
          {props.title}
        </h1>
        {props.intro ? (
          <p class="utrecht-paragraph" safe>
            {props.intro}
          </p>
        ) : (
          ''
        )}
        {(props.before ?? '') as 'safe'}
        <form method="post" action={localePath(p.locale, props.action)} novalidate class="kring-form">
          <CsrfField token={p.csrf} />
          {props.children as 'safe'}
          <Button text={props.submit} preventDoubleClick />
        </form>
        {(props.after ?? '') as 'safe'}
      </div>
    </Layout>
  );
}

/** The sign-in page. */
export function SignInPage({
  p,
  email,
  back,
  errors,
  notice,
}: {
  p: StaffPageContext;
  email: string;
  back: string;
  errors: FormErrors;
  notice?: string;
}): JSX.Element {
  const s = p.t.staff.signIn;
  return (
    <FormPage
      p={p}
      title={s.title}
      intro={s.intro}
      notice={notice}
      errors={errors}
      action="/inloggen"
      submit={s.submit}
      after={
        <>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={localePath(p.locale, '/wachtwoord-vergeten')} safe>
              {s.forgot}
            </a>
          </p>
          <p class="utrecht-paragraph">
            <span safe>{s.publicNote}</span>{' '}
            <a class="utrecht-link" href={localePath(p.locale, '/wat-kan-ik-doen')} safe>
              {s.publicLink}
            </a>
          </p>
        </>
      }
    >
      <input type="hidden" name="terug" value={back} />
      <TextInput
        id="email"
        name="email"
        type="email"
        autocomplete="username"
        spellcheck={false}
        label={{ text: s.email }}
        value={email}
        errorMessage={fieldError(p.t, errors, 'email')}
      />
      <TextInput
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        label={{ text: s.password }}
        errorMessage={fieldError(p.t, errors, 'password')}
      />
    </FormPage>
  );
}

/** The code page (sign-in second factor, or step-up). */
export function CodePage({
  p,
  title,
  intro,
  action,
  back,
  errors,
}: {
  p: StaffPageContext;
  title: string;
  intro: string;
  action: string;
  back: string;
  errors: FormErrors;
}): JSX.Element {
  const s = p.t.staff.signIn;
  return (
    <FormPage p={p} title={title} intro={intro} errors={errors} action={action} submit={s.confirm}>
      <input type="hidden" name="terug" value={back} />
      <TextInput
        id="code"
        name="code"
        autocomplete="one-time-code"
        spellcheck={false}
        maxlength={20}
        classes="kring-input--code"
        label={{ text: s.code }}
        hint={{ text: s.codeHint }}
        errorMessage={fieldError(p.t, errors, 'code')}
        autofocus
      />
    </FormPage>
  );
}

/** The enrolment page: QR code, the key as text, and the first code. */
export function EnrolPage({
  p,
  qrSvg,
  secret,
  back,
  errors,
}: {
  p: StaffPageContext;
  qrSvg: string;
  secret: string;
  back: string;
  errors: FormErrors;
}): JSX.Element {
  const s = p.t.staff.signIn;
  const grouped = secret.match(/.{1,4}/g)?.join(' ') ?? secret;
  return (
    <FormPage
      p={p}
      title={s.enrolTitle}
      intro={s.enrolIntro}
      errors={errors}
      action="/inloggen/instellen"
      submit={s.confirm}
      before={
        <>
          <ol class="utrecht-ordered-list">
            <li class="utrecht-ordered-list__item" safe>
              {s.enrolStep1}
            </li>
            <li class="utrecht-ordered-list__item" safe>
              {s.enrolStep2}
            </li>
            <li class="utrecht-ordered-list__item" safe>
              {s.enrolStep3}
            </li>
          </ol>
          <div class="kring-qr" role="img" aria-label={s.qrAlt}>
            {qrSvg as 'safe'}
          </div>
          <p class="utrecht-paragraph">
            <span safe>{s.enrolManual}</span>{' '}
            <code class="kring-secret" data-testid="totp-secret" safe>
              {grouped}
            </code>
          </p>
        </>
      }
    >
      <input type="hidden" name="terug" value={back} />
      <TextInput
        id="code"
        name="code"
        autocomplete="one-time-code"
        inputmode="numeric"
        spellcheck={false}
        maxlength={10}
        classes="kring-input--code"
        label={{ text: s.code }}
        errorMessage={fieldError(p.t, errors, 'code')}
      />
    </FormPage>
  );
}

/** The recovery codes, shown once after enrolment. */
export function RecoveryCodesPage({
  p,
  codes,
  next,
}: {
  p: StaffPageContext;
  codes: readonly string[];
  next: string;
}): JSX.Element {
  const s = p.t.staff.signIn;
  return (
    <Layout ctx={p.ctx} title={s.recoveryTitle} staff={p.staff} nav={p.nav}>
      <div class="kring-narrow">
        <h1 class="utrecht-heading-1" safe>
          {s.recoveryTitle}
        </h1>
        <p class="utrecht-paragraph" safe>
          {s.recoveryIntro}
        </p>
        <ul class="kring-recovery-codes" data-testid="recovery-codes">
          {codes.map((c) => (
            <li>
              <code safe>{c}</code>
            </li>
          ))}
        </ul>
        <p class="utrecht-paragraph">
          <a class="utrecht-button utrecht-button--primary-action kring-button-link" href={next} safe>
            {s.recoveryContinue}
          </a>
        </p>
      </div>
    </Layout>
  );
}

/** Choosing the organisation to act for. */
export function ChooseOrganisationPage({
  p,
  memberships,
  back,
  errors,
}: {
  p: StaffPageContext;
  memberships: ReadonlyArray<{ id: string; organisationName: string; role: string }>;
  back: string;
  errors: FormErrors;
}): JSX.Element {
  const s = p.t.staff.signIn;
  if (memberships.length === 0) {
    return (
      <Layout ctx={p.ctx} title={s.noOrganisationTitle} staff={p.staff} nav={p.nav}>
        <h1 class="utrecht-heading-1" safe>
          {s.noOrganisationTitle}
        </h1>
        <p class="utrecht-paragraph" safe>
          {s.noOrganisationBody}
        </p>
        <form method="post" action={localePath(p.locale, '/uitloggen')}>
          <CsrfField token={p.csrf} />
          <Button text={p.t.staff.nav.signOut} appearance="secondary" />
        </form>
      </Layout>
    );
  }
  return (
    <FormPage
      p={p}
      title={s.chooseTitle}
      intro={s.chooseIntro}
      errors={errors}
      action="/kies-organisatie"
      submit={s.chooseSubmit}
    >
      <input type="hidden" name="terug" value={back} />
      <Radios
        idPrefix="membership"
        name="membership"
        fieldset={{ legend: { text: s.chooseLegend } }}
        items={memberships.map((m) => ({ value: m.id, text: m.organisationName, hint: { text: m.role } }))}
        errorMessage={fieldError(p.t, errors, 'membership')}
      />
    </FormPage>
  );
}

/** A page with a title and a message (expired links, confirmations). */
export function MessagePage({
  p,
  title,
  body,
  link,
}: {
  p: StaffPageContext;
  title: string;
  body: string;
  link?: { href: string; text: string };
}): JSX.Element {
  return (
    <Layout ctx={p.ctx} title={title} staff={p.staff} nav={p.nav}>
      <div class="kring-narrow">
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {body}
        </p>
        {link ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={link.href} safe>
              {link.text}
            </a>
          </p>
        ) : (
          ''
        )}
      </div>
    </Layout>
  );
}
