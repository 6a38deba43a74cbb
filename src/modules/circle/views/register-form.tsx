// SPDX-License-Identifier: EUPL-1.2
/**
 * The form that registers a young person in the circle (issue 14). The BSN fields are never filled
 * in by the server: after a failed submit they come back empty, with an error that says so, so the
 * number is in no page after it was sent. Everything else typed comes back as typed.
 */
import { Button, DateInput, Radios, TextInput } from '#src/web/components/index.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import {
  Form,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  type StaffPageContext,
} from '#src/web/staff.tsx';

export type Values = Readonly<Record<string, string>>;

/** The choices of one informing question: informed, or later for a listed reason, or not needed. */
function InformingRadios({
  p,
  id,
  legend,
  hint,
  values,
  errors,
}: {
  p: StaffPageContext;
  id: 'parentsInforming' | 'youngPersonInforming';
  legend: string;
  hint: string;
  values: Values;
  errors: FormErrors;
}): JSX.Element {
  const r = p.t.circle.register;
  return (
    <Radios
      idPrefix={id}
      name={id}
      fieldset={{ legend: { text: legend } }}
      hint={{ text: hint }}
      items={[
        { value: 'informed', text: r.informed },
        { value: 'notReasonablyPossible', text: r.postponedBecause.notReasonablyPossible },
        { value: 'notInInterest', text: r.postponedBecause.notInInterest },
        { value: 'notApplicable', text: r.notApplicable },
      ]}
      value={values[id]}
      errorMessage={fieldError(p.t, errors, id)}
    />
  );
}

/** The registration form. */
export function RegisterPage({
  p,
  values,
  errors,
}: {
  p: StaffPageContext;
  values: Values;
  errors: FormErrors;
}): JSX.Element {
  const r = p.t.circle.register;
  const c = p.t.components;
  return (
    <Layout ctx={p.ctx} title={r.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={localePath(p.locale, '/kring')} safe>
          {p.t.circle.match.back}
        </a>
      </p>
      <FormErrorSummary t={p.t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {r.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {r.intro}
      </p>
      <Form p={p} action={localePath(p.locale, '/kring/aanmelden')}>
        <input type="hidden" name="zorg" value={values.zorg ?? ''} />
        <TextInput
          id="bsn"
          name="bsn"
          label={{ text: r.bsn }}
          hint={{ text: r.bsnHint }}
          inputmode="numeric"
          autocomplete="off"
          spellcheck={false}
          maxlength={20}
          value=""
          errorMessage={fieldError(p.t, errors, 'bsn')}
          classes="kring-input--width-10"
        />
        <DateInput
          id="dateOfBirth"
          namePrefix="dateOfBirth"
          fieldset={{ legend: { text: r.dateOfBirth } }}
          hint={{ text: r.dateOfBirthHint }}
          labels={{ day: c.dateDay, month: c.dateMonth, year: c.dateYear }}
          values={{
            day: values['dateOfBirth-day'] ?? '',
            month: values['dateOfBirth-month'] ?? '',
            year: values['dateOfBirth-year'] ?? '',
          }}
          errorMessage={fieldError(p.t, errors, 'dateOfBirth')}
        />
        <fieldset class="utrecht-form-fieldset kring-fieldset">
          <legend class="utrecht-form-fieldset__legend" safe>
            {r.parents}
          </legend>
          <p class="utrecht-form-field-description" safe>
            {r.parentsHint}
          </p>
          {(['parentBsn1', 'parentBsn2'] as const).map((id, i) => (
            <TextInput
              id={id}
              name={id}
              label={{ text: i === 0 ? r.parent1 : r.parent2 }}
              inputmode="numeric"
              autocomplete="off"
              spellcheck={false}
              maxlength={20}
              value=""
              errorMessage={fieldError(p.t, errors, id)}
              classes="kring-input--width-10"
            />
          ))}
        </fieldset>
        <fieldset class="utrecht-form-fieldset kring-fieldset">
          <legend class="utrecht-form-fieldset__legend" safe>
            {r.contact}
          </legend>
          <p class="utrecht-form-field-description" safe>
            {r.contactHint}
          </p>
          <TextInput
            id="contactName"
            name="contactName"
            label={{ text: r.contactName }}
            autocomplete="name"
            maxlength={200}
            value={values.contactName}
            errorMessage={fieldError(p.t, errors, 'contactName')}
          />
          <TextInput
            id="contactRole"
            name="contactRole"
            label={{ text: r.contactRole }}
            autocomplete="organization-title"
            maxlength={200}
            value={values.contactRole}
            errorMessage={fieldError(p.t, errors, 'contactRole')}
          />
          <TextInput
            id="contactPhone"
            name="contactPhone"
            type="tel"
            label={{ text: r.contactPhone }}
            autocomplete="tel"
            maxlength={200}
            value={values.contactPhone}
            errorMessage={fieldError(p.t, errors, 'contactPhone')}
          />
          <TextInput
            id="contactEmail"
            name="contactEmail"
            type="email"
            label={{ text: r.contactEmail }}
            autocomplete="email"
            spellcheck={false}
            maxlength={200}
            value={values.contactEmail}
            errorMessage={fieldError(p.t, errors, 'contactEmail')}
          />
        </fieldset>
        <InformingRadios
          p={p}
          id="parentsInforming"
          legend={r.informingParents}
          hint={r.informingParentsHint}
          values={values}
          errors={errors}
        />
        <InformingRadios
          p={p}
          id="youngPersonInforming"
          legend={r.informingYoungPerson}
          hint={r.informingYoungPersonHint}
          values={values}
          errors={errors}
        />
        <Button text={r.submit} preventDoubleClick />
      </Form>
    </Layout>
  );
}
