// SPDX-License-Identifier: EUPL-1.2
/**
 * The forms of the steps the report's transition table allows now (issue 5): triage, advice, the
 * decision (after the safety assessment or an investigation), a question to the resident, the end of
 * monitoring, and assigning.
 */
import { Button, Radios, Select, Textarea, TextInput } from '#src/web/components/index.ts';
import { Form, type FormErrors, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import type { ReportView } from '../intake.service.ts';
import { ASSESSMENT_OUTCOMES, INVESTIGATION_OUTCOMES } from '../workflow.ts';
import { reportPath } from './report-parts.tsx';

/** The step forms of a report's page, beside what the reporter sent. */
export function StepForms({
  p,
  view,
  values,
  errors,
  actorId,
}: {
  p: StaffPageContext;
  view: ReportView;
  values: Readonly<Record<string, string>>;
  errors: FormErrors;
  /** The intake worker looking (proposed as the one to take it at triage). */
  actorId: string;
}): JSX.Element {
  const t = p.t;
  const rt = t.reports;
  const r = rt.report;
  const { report } = view;
  const has = (a: string) => view.actions.includes(a as never);
  const path = (rest: string) => reportPath(p.locale, report.id, rest);
  const workerItems = view.intakeWorkers.map((w) => ({ value: w.id, text: w.name }));
  const concluding = report.status === 'investigating';
  const outcomes = concluding ? INVESTIGATION_OUTCOMES : ASSESSMENT_OUTCOMES;
  return (
    <div class="kring-report__work">
      {has('triage') ? (
        <section aria-labelledby="triage">
          <h2 class="utrecht-heading-2" id="triage" safe>
            {r.triageTitle}
          </h2>
          <Form p={p} action={path('/triage')}>
            <Radios
              idPrefix="acute"
              name="acute"
              fieldset={{ legend: { text: r.triageAcute } }}
              items={[
                { value: 'yes', text: r.triageAcuteYes },
                { value: 'no', text: r.triageAcuteNo },
              ]}
              value={values.acute}
              errorMessage={fieldError(t, errors, 'acute')}
            />
            <Select
              id="assignTo"
              name="assignTo"
              label={{ text: r.assignTo }}
              placeholderText={r.assignToNone}
              items={workerItems}
              value={values.assignTo ?? actorId}
              errorMessage={fieldError(t, errors, 'assignTo')}
            />
            <Button text={r.triageSubmit} preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
      {has('giveAdvice') ? (
        <section aria-labelledby="advies">
          <h2 class="utrecht-heading-2" id="advies" safe>
            {r.adviceTitle}
          </h2>
          <Form p={p} action={path('/advies')}>
            <Textarea
              id="advice"
              name="advice"
              rows={6}
              maxlength={5000}
              label={{ text: r.adviceText }}
              hint={{ text: report.source === 'resident' ? r.adviceHintResident : r.adviceHintProfessional }}
              value={values.advice}
              errorMessage={fieldError(t, errors, 'advice')}
            />
            <Button text={r.adviceSubmit} preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
      {has('assess') || has('conclude') ? (
        <section aria-labelledby="besluit">
          <h2 class="utrecht-heading-2" id="besluit" safe>
            {concluding ? r.concludeTitle : r.decideTitle}
          </h2>
          <Form p={p} action={path('/besluit')}>
            <Radios
              idPrefix="outcome"
              name="outcome"
              fieldset={{ legend: { text: r.outcome } }}
              items={outcomes.map((o) => ({ value: o, text: rt.outcomes[o] }))}
              value={values.outcome}
              errorMessage={fieldError(t, errors, 'outcome')}
            />
            <TextInput
              id="handedOverTo"
              name="handedOverTo"
              maxlength={300}
              label={{ text: r.handedOverTo }}
              hint={{ text: r.handedOverToHint }}
              value={values.handedOverTo}
              errorMessage={fieldError(t, errors, 'handedOverTo')}
            />
            <Textarea
              id="safetyConditions"
              name="safetyConditions"
              rows={4}
              maxlength={5000}
              label={{ text: r.safetyConditions }}
              hint={{ text: r.safetyConditionsHint }}
              value={values.safetyConditions}
              errorMessage={fieldError(t, errors, 'safetyConditions')}
            />
            <Textarea
              id="reasons"
              name="reasons"
              rows={4}
              maxlength={5000}
              label={{ text: r.reasons }}
              value={values.reasons}
              errorMessage={fieldError(t, errors, 'reasons')}
            />
            {view.feedbackRequired ? (
              <Textarea
                id="feedback"
                name="feedback"
                rows={6}
                maxlength={5000}
                label={{ text: r.feedback }}
                hint={{ text: r.feedbackHint }}
                value={values.feedback}
                errorMessage={fieldError(t, errors, 'feedback')}
              />
            ) : (
              ''
            )}
            <Button text={r.decideSubmit} preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
      {has('ask') ? (
        <section aria-labelledby="vraag">
          <h2 class="utrecht-heading-2" id="vraag" safe>
            {r.askTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {r.askIntro}
          </p>
          <Form p={p} action={path('/vraag')}>
            <Textarea
              id="question"
              name="question"
              rows={3}
              maxlength={2000}
              label={{ text: r.askText }}
              value={values.question}
              errorMessage={fieldError(t, errors, 'question')}
            />
            <Button text={r.askSubmit} appearance="secondary" preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
      {has('endMonitoring') ? (
        <section aria-labelledby="monitoring">
          <h2 class="utrecht-heading-2" id="monitoring" safe>
            {r.endTitle}
          </h2>
          <Form p={p} action={path('/monitoring-beeindigen')}>
            <Textarea
              id="endReasons"
              name="endReasons"
              rows={3}
              maxlength={5000}
              label={{ text: r.endReasons }}
              value={values.endReasons}
              errorMessage={fieldError(t, errors, 'endReasons')}
            />
            <Button text={r.endSubmit} preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
      {has('assign') && !has('triage') ? (
        <section aria-labelledby="toewijzen">
          <h2 class="utrecht-heading-2" id="toewijzen" safe>
            {r.assignTitle}
          </h2>
          <Form p={p} action={path('/toewijzen')}>
            <Select
              id="assignee"
              name="assignee"
              label={{ text: r.assignTo }}
              placeholderText={r.assignChoose}
              items={workerItems}
              value={values.assignee ?? report.assignedTo ?? ''}
              errorMessage={fieldError(t, errors, 'assignee')}
            />
            <Button text={r.assignSubmit} appearance="secondary" preventDoubleClick />
          </Form>
        </section>
      ) : (
        ''
      )}
    </div>
  );
}
