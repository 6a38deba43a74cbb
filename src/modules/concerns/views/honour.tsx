// SPDX-License-Identifier: EUPL-1.2
/**
 * Honour-related violence on the concern's pages (ADR 0027): the required question (on opening, with
 * a first signal, and later on the concern page) and the warning of the expert route at the top of
 * the concern page. A volunteer reads plain words.
 */
import { Button, Radios } from '#src/web/components/index.ts';
import { Form, type FormErrors, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import type { ConcernView } from '../concern.service.ts';
import { answersOpenTo, type HonourRisk } from '../honour-route.ts';
import { concernPath } from './parts.tsx';

/**
 * The question as radios: the field `honourRisk`, with plain-language examples in the hint.
 * @param answers the answers to offer (all three when the question was not asked yet)
 */
export function HonourRiskRadios({
  p,
  volunteer,
  value,
  errors,
  answers = ['yes', 'no', 'unknown'],
}: {
  p: StaffPageContext;
  volunteer: boolean;
  value: string | undefined;
  errors: FormErrors;
  answers?: readonly HonourRisk[];
}): JSX.Element {
  const h = p.t.concerns.honour;
  return (
    <Radios
      idPrefix="honourRisk"
      name="honourRisk"
      fieldset={{ legend: { text: volunteer ? h.volunteerQuestion : h.question } }}
      hint={{ text: volunteer ? h.volunteerHint : h.hint }}
      items={answers.map((a) => ({
        value: a,
        text: h.answers[a],
        ...(a === 'no' ? {} : { hint: { text: h.answerHint } }),
      }))}
      value={value}
      errorMessage={fieldError(p.t, errors, 'honourRisk')}
    />
  );
}

/**
 * The warning of the expert route, at the top of the concern page: why, Veilig Thuis first, no
 * conversation with the family, and (for a professional) the way to report or ask advice now.
 */
export function HonourWarning({ p, view }: { p: StaffPageContext; view: ConcernView }): JSX.Element {
  if (view.route !== 'expert') return '';
  const h = p.t.concerns.honour;
  const name = view.concern.person.fullName;
  if (view.readerIsVolunteer) {
    return (
      <section
        class="kring-callout kring-callout--warning"
        aria-labelledby="eergerelateerd-geweld"
        data-testid="honour-warning"
      >
        <h2 class="utrecht-heading-2 kring-callout__title" id="eergerelateerd-geweld" safe>
          {h.volunteerWarningTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {h.volunteerWarningBody(name)}
        </p>
        <p class="utrecht-paragraph" safe>
          {h.danger}
        </p>
      </section>
    );
  }
  const has = (a: ConcernView['actions'][number]) => view.actions.includes(a);
  const path = (rest: string) => concernPath(p.locale, view.concern.id, rest);
  const links: Array<{ href: string; text: string }> = [];
  if (has('decideReport')) links.push({ href: path('/besluit?besluit=melden'), text: h.report });
  else if (has('fileReport') && !view.reportFiled) links.push({ href: path('/melden'), text: h.report });
  if (!view.veiligThuisAdvice) {
    if (has('requestAdvice')) links.push({ href: path('/advies-vragen'), text: h.askAdvice });
    if (has('recordAdvice')) links.push({ href: path('/consultatie#advies'), text: h.recordAdvice });
  }
  return (
    <section
      class="kring-callout kring-callout--warning"
      aria-labelledby="eergerelateerd-geweld"
      data-testid="honour-warning"
    >
      <h2 class="utrecht-heading-2 kring-callout__title" id="eergerelateerd-geweld" safe>
        {h.warningTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {view.concern.honourRisk === 'yes' || view.concern.honourRisk === 'unknown' ? h.whyAnswered : h.whyTicked}
      </p>
      <p class="utrecht-paragraph" safe>
        {view.veiligThuisAdvice ? h.afterAdvice : h.warningBody(name)}
      </p>
      <p class="utrecht-paragraph" safe>
        {h.danger}
      </p>
      {links.length > 0 ? (
        <ul class="kring-actions">
          {links.map((l, i) => (
            <li>
              <Button text={l.text} href={l.href} appearance={i === 0 ? 'primary' : 'secondary'} />
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
    </section>
  );
}

/**
 * The question on the concern page, while it can still be answered: prominent when it was not asked
 * yet (a concern from before the question, or one opened from a household), folded away after "no".
 */
export function HonourQuestionForm({
  p,
  view,
  values,
  errors,
}: {
  p: StaffPageContext;
  view: ConcernView;
  values: Readonly<Record<string, string>>;
  errors: FormErrors;
}): JSX.Element {
  const answers = answersOpenTo(view.concern.honourRisk);
  if (!view.can.addEntry || answers.length === 0) return '';
  const h = p.t.concerns.honour;
  const form = (
    <Form p={p} action={concernPath(p.locale, view.concern.id, '/eergerelateerd-geweld')}>
      <HonourRiskRadios
        p={p}
        volunteer={view.readerIsVolunteer}
        value={values.honourRisk}
        errors={errors}
        answers={answers}
      />
      <Button
        text={h.submit}
        appearance={view.concern.honourRisk === null ? 'primary' : 'secondary'}
        preventDoubleClick
      />
    </Form>
  );
  if (view.concern.honourRisk === null || errors.honourRisk) {
    return (
      <section class="kring-callout" aria-labelledby="vraag-eergerelateerd-geweld" data-testid="honour-question">
        <h2 class="utrecht-heading-2 kring-callout__title" id="vraag-eergerelateerd-geweld" safe>
          {h.laterTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {view.concern.honourRisk === null ? h.notAsked : h.answeredNo}
        </p>
        {form}
      </section>
    );
  }
  return (
    <details class="kring-details" data-testid="honour-question">
      <summary safe>{h.laterTitle}</summary>
      <p class="utrecht-paragraph" safe>
        {h.answeredNo}
      </p>
      {form}
    </details>
  );
}
