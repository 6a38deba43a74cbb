// SPDX-License-Identifier: EUPL-1.2
/** The resident's form: advice or report. Only the description is required. */
import { Button, Radios, Textarea, TextInput } from '#src/web/components/index.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { CsrfField, type FormErrors, fieldError } from '#src/web/staff.tsx';
import { RESIDENT_AGE_GROUPS, RESIDENT_RELATIONS } from '../snapshot.ts';
import { Page, RESIDENT_PATHS, type ResidentPageProps } from './resident-page.tsx';

type Values = Readonly<Record<string, string>>;

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
