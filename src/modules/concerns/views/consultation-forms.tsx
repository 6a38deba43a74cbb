// SPDX-License-Identifier: EUPL-1.2
/** Step 2 of the meldcode: consultation (an aandachtsfunctionaris, or anonymous advice). */

import type { Colleague } from '#src/modules/identity/index.ts';
import { Button, Radios, Textarea, TextInput } from '#src/web/components/index.ts';
import { Form, fieldError } from '#src/web/staff.tsx';
import { ADVISERS } from '../entries.ts';
import type { FormProps } from './form-parts.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

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
