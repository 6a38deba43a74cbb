// SPDX-License-Identifier: EUPL-1.2
/**
 * The forms towards Veilig Thuis (issue 5): the report (melding) in step 5, with the observations,
 * household members, afwegingskader and the reporter's details the reporter chooses to send; and the
 * request for anonymous advice, which names nobody.
 */

import { Button, Checkboxes, Radios, Textarea, TextInput } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { Form, type FormErrors, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import { QUESTIONS } from '../afwegingskader.ts';
import type { ConcernView } from '../concern.service.ts';
import { NOT_INFORMED_GROUNDS } from '../entries.ts';
import type { ReportDraft } from '../report-to-vt.service.ts';
import { subjectTexts } from '../subject-texts.ts';
import { entryLines } from './entry-text.ts';
import { ConcernFrame, concernPath } from './parts.tsx';

type Values = Readonly<Record<string, string>>;

/** A long text shortened for a hint. */
function shorten(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The report to Veilig Thuis. */
export function ReportPage({
  p,
  draft,
  values,
  errors,
  reporter,
}: {
  p: StaffPageContext;
  draft: ReportDraft;
  values: Values;
  errors: FormErrors;
  /** The signed-in reporter, as Veilig Thuis will see them. */
  reporter: { readonly name: string; readonly organisationName: string; readonly email: string };
}): JSX.Element {
  const r = p.t.reports.file;
  const c = p.t.concerns;
  const { concern } = draft;
  const person = concern.person;
  const questions = subjectTexts(p.t, p.locale, person.ageGroup, concern.sector).questions;
  const list = (name: string) => (values[name] ? values[name].split(',') : []);
  return (
    <ConcernFrame p={p} concernId={concern.id} personName={person.fullName} title={r.title} errors={errors}>
      {draft.veiligThuis === null ? (
        <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
          {r.noVeiligThuis}
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph" safe>
            {r.intro(draft.veiligThuis.name)}
          </p>
          <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
            {r.callIfAcute}
          </p>
          <Form p={p} action={concernPath(p.locale, concern.id, '/melden')}>
            <h2 class="utrecht-heading-2" safe>
              {r.subject}
            </h2>
            <p class="utrecht-paragraph" safe>
              {[
                person.fullName,
                c.ageGroupsShort[person.ageGroup],
                person.dateOfBirth ? p.t.reports.report.born(formatDate(p.locale, person.dateOfBirth)) : '',
              ]
                .filter(Boolean)
                .join(', ')}
            </p>
            {draft.observations.length === 0 ? (
              <p class="utrecht-paragraph kring-callout kring-callout--warning" id="observations" safe>
                {r.noObservations}
              </p>
            ) : (
              <Checkboxes
                idPrefix="observations"
                name="observations"
                fieldset={{ legend: { text: r.observations } }}
                hint={{ text: r.observationsHint }}
                items={draft.observations.map((o) => ({
                  value: o.id,
                  text: `${c.entries.number(o.seq)}: ${c.entries.kinds[o.kind]}`,
                  hint: { text: shorten(entryLines(p.t, p.locale, o).join(' · ')) },
                }))}
                values={list('observations')}
                errorMessage={fieldError(p.t, errors, 'observations')}
              />
            )}
            {draft.household.length === 0 ? (
              <p class="utrecht-paragraph" safe>
                {r.noHousehold}
              </p>
            ) : (
              <Checkboxes
                idPrefix="household"
                name="household"
                fieldset={{ legend: { text: r.household } }}
                hint={{ text: r.householdHint }}
                items={draft.household.map((m) => ({
                  value: m.id,
                  text: [m.name, m.relation, m.ageYears === null ? '' : c.age(m.ageYears)].filter(Boolean).join(', '),
                }))}
                values={list('household')}
              />
            )}
            <h2 class="utrecht-heading-3" safe>
              {r.weighing}
            </h2>
            {draft.weighing ? (
              <ul class="utrecht-unordered-list">
                {QUESTIONS.filter((q) => draft.weighing!.answers[q] !== undefined).map((q) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {`${c.entries.answer(q, draft.weighing!.answers[q] === true)} – ${questions[q]}`}
                  </li>
                ))}
                <li class="utrecht-unordered-list__item" safe>
                  {c.weighing.outcomes[draft.weighing.outcome]}
                </li>
              </ul>
            ) : (
              <p class="utrecht-paragraph" safe>
                {r.noWeighing}
              </p>
            )}
            {draft.decision ? (
              <p class="utrecht-paragraph" safe>
                {r.alsoSent}
              </p>
            ) : (
              ''
            )}
            <Radios
              idPrefix="acute"
              name="acute"
              fieldset={{ legend: { text: r.acute } }}
              hint={{ text: r.acuteHint }}
              items={[
                { value: 'yes', text: r.acuteYes },
                { value: 'no', text: r.acuteNo },
              ]}
              value={values.acute}
              errorMessage={fieldError(p.t, errors, 'acute')}
            />
            <Textarea
              id="helpGiven"
              name="helpGiven"
              rows={4}
              maxlength={5000}
              label={{ text: r.helpGiven }}
              hint={{ text: r.helpGivenHint }}
              value={values.helpGiven}
              errorMessage={fieldError(p.t, errors, 'helpGiven')}
            />
            <Radios
              idPrefix="informed"
              name="informed"
              fieldset={{ legend: { text: r.informed } }}
              hint={{ text: r.informedHint }}
              items={[
                { value: 'yes', text: r.informedYes },
                { value: 'no', text: r.informedNo },
              ]}
              value={values.informed}
              errorMessage={fieldError(p.t, errors, 'informed')}
            />
            <Radios
              idPrefix="notInformedGround"
              name="notInformedGround"
              fieldset={{ legend: { text: r.notInformedGround } }}
              hint={{ text: r.notInformedHint }}
              items={NOT_INFORMED_GROUNDS.map((g) => ({ value: g, text: r.notInformedGrounds[g] }))}
              value={values.notInformedGround}
              errorMessage={fieldError(p.t, errors, 'notInformedGround')}
            />
            <Textarea
              id="notInformedExplanation"
              name="notInformedExplanation"
              rows={3}
              maxlength={2000}
              label={{ text: r.notInformedExplanation }}
              hint={{ text: r.notInformedExplanationHint }}
              value={values.notInformedExplanation}
              errorMessage={fieldError(p.t, errors, 'notInformedExplanation')}
            />
            <h2 class="utrecht-heading-2" safe>
              {r.reporterTitle}
            </h2>
            <p class="utrecht-paragraph" safe>
              {r.reporterIntro(reporter.name, reporter.organisationName, reporter.email)}
            </p>
            <TextInput
              id="role"
              name="role"
              maxlength={200}
              label={{ text: r.role }}
              hint={{ text: r.roleHint }}
              value={values.role}
              errorMessage={fieldError(p.t, errors, 'role')}
            />
            <TextInput
              id="phone"
              name="phone"
              type="tel"
              autocomplete="tel"
              maxlength={30}
              label={{ text: r.phone }}
              value={values.phone}
              errorMessage={fieldError(p.t, errors, 'phone')}
            />
            <Checkboxes
              idPrefix="staysUnknown"
              name="staysUnknown"
              fieldset={{ legend: { text: r.staysUnknown } }}
              hint={{ text: r.staysUnknownHint }}
              items={[{ value: 'yes', text: r.staysUnknownItem }]}
              values={values.staysUnknown ? [values.staysUnknown] : []}
            />
            <Textarea
              id="staysUnknownReason"
              name="staysUnknownReason"
              rows={3}
              maxlength={2000}
              label={{ text: r.staysUnknownReason }}
              hint={{ text: r.staysUnknownReasonHint }}
              value={values.staysUnknownReason}
              errorMessage={fieldError(p.t, errors, 'staysUnknownReason')}
            />
            <Button text={r.submit} preventDoubleClick />
          </Form>
        </>
      )}
    </ConcernFrame>
  );
}

/** The request for anonymous advice. */
export function AdvicePage({
  p,
  view,
  veiligThuisName,
  values,
  errors,
}: {
  p: StaffPageContext;
  view: ConcernView;
  veiligThuisName: string | null;
  values: Values;
  errors: FormErrors;
}): JSX.Element {
  const a = p.t.reports.advice;
  const id = view.concern.id;
  return (
    <ConcernFrame p={p} concernId={id} personName={view.concern.person.fullName} title={a.title} errors={errors}>
      {veiligThuisName === null ? (
        <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
          {p.t.reports.file.noVeiligThuis}
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph" safe>
            {a.intro(veiligThuisName)}
          </p>
          <p class="utrecht-paragraph" safe>
            {a.sends}
          </p>
          <Form p={p} action={concernPath(p.locale, id, '/advies-vragen')}>
            <Textarea
              id="situation"
              name="situation"
              rows={6}
              maxlength={5000}
              label={{ text: a.situation }}
              hint={{ text: a.situationHint }}
              value={values.situation}
              errorMessage={fieldError(p.t, errors, 'situation')}
            />
            <Textarea
              id="question"
              name="question"
              rows={3}
              maxlength={2000}
              label={{ text: a.question }}
              value={values.question}
              errorMessage={fieldError(p.t, errors, 'question')}
            />
            <TextInput
              id="role"
              name="role"
              maxlength={200}
              label={{ text: a.role }}
              value={values.role}
              errorMessage={fieldError(p.t, errors, 'role')}
            />
            <TextInput
              id="phone"
              name="phone"
              type="tel"
              autocomplete="tel"
              maxlength={30}
              label={{ text: a.phone }}
              hint={{ text: a.phoneHint }}
              value={values.phone}
              errorMessage={fieldError(p.t, errors, 'phone')}
            />
            <Button text={a.submit} preventDoubleClick />
          </Form>
        </>
      )}
    </ConcernFrame>
  );
}
