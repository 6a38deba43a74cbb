// SPDX-License-Identifier: EUPL-1.2
/** Step 3 of the meldcode: the conversation with the person, or why it is skipped. */
import { Button, DateInput, Radios, Textarea, TextInput } from '#src/web/components/index.ts';
import { Form, fieldError } from '#src/web/staff.tsx';
import { SKIP_REASONS } from '../entries.ts';
import { dateLabels, dateValues, type FormProps } from './form-parts.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

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
