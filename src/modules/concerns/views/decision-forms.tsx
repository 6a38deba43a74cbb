// SPDX-License-Identifier: EUPL-1.2
/** Step 5 of the meldcode: the decision, the review of help, reopening a concern. */
import { Button, Checkboxes, DateInput, Radios, Textarea } from '#src/web/components/index.ts';
import { Form, fieldError } from '#src/web/staff.tsx';
import { dateLabels, dateValues, type FormProps, textsOf } from './form-parts.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

/** Step 5: the decision the afwegingskader allows; or, while helping, question 5; or reopening. */
export function DecisionPage({
  p,
  view,
  values,
  errors,
  decisions,
}: FormProps & { decisions: readonly ('report' | 'help' | 'close')[] }): JSX.Element {
  const d = p.t.concerns.decision;
  const id = view.concern.id;
  const texts = textsOf(p, view);
  const has = (a: string) => view.actions.includes(a as never);
  const mayKeepHelping = view.outcome === 'reportUnsafe' || view.outcome === 'help';
  // Outside step 5 only closing is possible: a page about closing, without the help's check date.
  const closing = decisions.length === 1 && decisions[0] === 'close' && view.concern.status !== 'deciding';
  const asksCheckDate = decisions.includes('help') || (mayKeepHelping && decisions.includes('report'));
  // The expert route of honour-related violence: a report before step 5, without telling the family.
  const honour = view.route === 'expert' && decisions.includes('report');
  const h = p.t.concerns.honour;
  return (
    <ConcernFrame
      p={p}
      concernId={id}
      personName={view.concern.person.fullName}
      title={closing ? p.t.concerns.concern.close : d.title}
      errors={errors}
    >
      {view.outcome ? (
        <div class="kring-callout">
          <p class="utrecht-paragraph" safe>
            {p.t.concerns.weighing.outcomes[view.outcome]}
          </p>
        </div>
      ) : (
        ''
      )}
      {decisions.length > 0 ? (
        <Form p={p} action={concernPath(p.locale, id, '/besluit')}>
          <p class="utrecht-paragraph" safe>
            {closing ? d.closeIntro : honour && view.concern.status !== 'deciding' ? h.reportIntro : d.intro}
          </p>
          <Radios
            idPrefix="decision"
            name="decision"
            fieldset={{ legend: { text: d.decision } }}
            items={decisions.map((k) => ({ value: k, text: d.decisions[k] }))}
            value={values.decision ?? (decisions.length === 1 ? decisions[0] : undefined)}
            errorMessage={fieldError(p.t, errors, 'decision')}
          />
          <Textarea
            id="reasons"
            name="reasons"
            rows={5}
            maxlength={5000}
            label={{ text: d.reasons }}
            value={values.reasons}
            errorMessage={fieldError(p.t, errors, 'reasons')}
          />
          {honour ? (
            <p class="utrecht-paragraph kring-callout kring-callout--warning" data-testid="honour-informed" safe>
              {h.notInformed}
            </p>
          ) : (
            ''
          )}
          {decisions.includes('report') ? (
            <Radios
              idPrefix="informed"
              name="informed"
              fieldset={{ legend: { text: texts.informed } }}
              hint={{ text: texts.informedHint }}
              items={[
                { value: 'yes', text: d.informedYes },
                { value: 'no', text: d.informedNo },
              ]}
              value={values.informed}
              errorMessage={fieldError(p.t, errors, 'informed')}
            />
          ) : (
            ''
          )}
          {mayKeepHelping && decisions.includes('report') ? (
            <Checkboxes
              idPrefix="keepHelping"
              name="keepHelping"
              fieldset={{ legend: { text: d.keepHelpingLegend } }}
              items={[{ value: 'yes', text: d.keepHelping }]}
              values={values.keepHelping ? [values.keepHelping] : []}
            />
          ) : (
            ''
          )}
          {asksCheckDate ? (
            <DateInput
              id="checkDate"
              namePrefix="checkDate"
              fieldset={{ legend: { text: d.checkDate } }}
              hint={{ text: d.checkDateHint }}
              labels={dateLabels(p)}
              values={dateValues(values, 'checkDate')}
              errorMessage={fieldError(p.t, errors, 'checkDate')}
            />
          ) : (
            ''
          )}
          <Button text={closing ? p.t.concerns.concern.close : d.submit} preventDoubleClick />
        </Form>
      ) : view.outcome === null && view.concern.status === 'deciding' ? (
        <p class="utrecht-paragraph" safe>
          {d.needsWeighing}
        </p>
      ) : (
        ''
      )}
      {has('helpSucceeded') ? (
        <Form p={p} action={concernPath(p.locale, id, '/hulp')}>
          <Radios
            idPrefix="succeeded"
            name="succeeded"
            fieldset={{ legend: { text: d.reviewQuestion } }}
            items={[
              { value: 'yes', text: d.reviewYes },
              { value: 'no', text: d.reviewNo },
            ]}
            value={values.succeeded}
            errorMessage={fieldError(p.t, errors, 'succeeded')}
          />
          <Textarea
            id="notes"
            name="notes"
            rows={4}
            maxlength={5000}
            label={{ text: d.reviewNotes }}
            value={values.notes}
            errorMessage={fieldError(p.t, errors, 'notes')}
          />
          <Button text={d.reviewSubmit} preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
      {view.concern.status === 'report' ? (
        <p class="utrecht-paragraph kring-callout" safe>
          {d.reportNext}
        </p>
      ) : (
        ''
      )}
      {has('reopen') ? (
        <Form p={p} action={concernPath(p.locale, id, '/heropenen')}>
          <Textarea
            id="reason"
            name="reason"
            rows={3}
            maxlength={2000}
            label={{ text: d.reopenReason }}
            value={values.reason}
            errorMessage={fieldError(p.t, errors, 'reason')}
          />
          <Button text={d.reopenSubmit} appearance="secondary" preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
    </ConcernFrame>
  );
}
