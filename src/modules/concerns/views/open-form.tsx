// SPDX-License-Identifier: EUPL-1.2
/** Opening a concern: who it is about. */
import { AGE_GROUPS } from '#src/modules/concerns/workflow.ts';
import { Button, DateInput, Radios, TextInput } from '#src/web/components/index.ts';
import type { DateParts } from '#src/web/form-values.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import {
  CsrfField,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  type StaffPageContext,
} from '#src/web/staff.tsx';
import { HonourRiskRadios } from './honour.tsx';

/** What the open form keeps after an error. */
export interface OpenValues {
  readonly fullName: string;
  readonly dateOfBirth: DateParts;
  readonly ageGroup: string;
  readonly honourRisk: string;
}

/** Opening a concern: who it is about. */
export function OpenConcernPage({
  p,
  values,
  errors,
  volunteer,
}: {
  p: StaffPageContext;
  values: OpenValues;
  errors: FormErrors;
  volunteer: boolean;
}): JSX.Element {
  const o = p.t.concerns.open;
  return (
    <Layout ctx={p.ctx} title={o.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={localePath(p.locale, '/zorgen')} safe>
          {p.t.concerns.backToList}
        </a>
      </p>
      <FormErrorSummary t={p.t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {o.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {o.intro}
      </p>
      {volunteer ? (
        <p class="utrecht-paragraph kring-callout" safe>
          {o.volunteerNote}
        </p>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
        {p.t.concerns.urgent}
      </p>
      <form method="post" action={localePath(p.locale, '/zorgen/nieuw')} novalidate class="kring-form">
        <CsrfField token={p.csrf} />
        <TextInput
          id="fullName"
          name="fullName"
          autocomplete="off"
          maxlength={200}
          label={{ text: o.fullName }}
          hint={{ text: o.fullNameHint }}
          value={values.fullName}
          errorMessage={fieldError(p.t, errors, 'fullName')}
        />
        <DateInput
          id="dateOfBirth"
          namePrefix="dateOfBirth"
          fieldset={{ legend: { text: `${o.dateOfBirth} ${p.t.common.optional}` } }}
          hint={{ text: o.dateOfBirthHint }}
          labels={{ day: p.t.components.dateDay, month: p.t.components.dateMonth, year: p.t.components.dateYear }}
          values={values.dateOfBirth}
          errorMessage={fieldError(p.t, errors, 'dateOfBirth')}
        />
        <Radios
          idPrefix="ageGroup"
          name="ageGroup"
          fieldset={{ legend: { text: o.ageGroup } }}
          items={AGE_GROUPS.map((g) => ({ value: g, text: p.t.concerns.ageGroups[g] }))}
          value={values.ageGroup}
          errorMessage={fieldError(p.t, errors, 'ageGroup')}
        />
        <HonourRiskRadios p={p} volunteer={volunteer} value={values.honourRisk} errors={errors} />
        <Button text={o.submit} preventDoubleClick />
      </form>
    </Layout>
  );
}
