// SPDX-License-Identifier: EUPL-1.2
/** Steps 4 and 5 of the meldcode: the afwegingskader, one question per page, and its outcome. */
import { Button, Radios, Textarea } from '#src/web/components/index.ts';
import { Form, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import { type Answers, nextStep, type Outcome, QUESTIONS, type Question, REPORTING_NORM } from '../afwegingskader.ts';
import { type FormProps, textsOf, type Values } from './form-parts.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

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

/** The question numbers as keys of form fields. */
export type QuestionField = `q${Question}`;
