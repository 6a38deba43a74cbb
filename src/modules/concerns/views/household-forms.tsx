// SPDX-License-Identifier: EUPL-1.2
/** The household of the person, with the kindcheck and the carer check (mantelzorgcheck) of step 1. */
import { Button, Radios, Textarea, TextInput } from '#src/web/components/index.ts';
import { CsrfField, Form, type FormErrors, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import { CARE_ARRANGEMENTS, CARER_ANSWERS } from '../entries.ts';
import type { HouseholdRow } from '../list.repository.ts';
import { type FormProps, textsOf, type Values } from './form-parts.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

/**
 * The household, opening a concern per member, and the checks of step 1 that apply to the person:
 * the kindcheck (a child, an adult), the carer check (an adult, an older person; docs/domain.md §1.8).
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
 * The carer check (mantelzorgcheck, docs/domain.md §1.8): is the person cared for by a mantelzorger who
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
