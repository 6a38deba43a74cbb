// SPDX-License-Identifier: EUPL-1.2
import type { Children } from '@kitajs/html';
/**
 * Parts shared by the form components: the hint, the error message and the ids that tie them to
 * their control through aria-describedby. GOV.UK's rules: the error message sits above the control,
 * starts with a visually hidden "Fout:", and the control points to both hint and error.
 */

/** Text shown under a label or legend. */
export interface HintParams {
  readonly text: string;
}

/** The error next to a field; `text` is already translated. */
export interface ErrorMessageParams {
  readonly text: string;
  /** Visually hidden prefix, e.g. "Fout:". Defaults to nothing. */
  readonly visuallyHiddenText?: string;
}

/** A label; `isPageHeading` wraps it in an h1 (a one-question page). */
export interface LabelParams {
  readonly text: string;
  readonly isPageHeading?: boolean;
}

/** The ids of a control's hint and error, and the aria-describedby value made from them. */
export function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Hint({ id, hint }: { id: string; hint: HintParams | undefined }): JSX.Element {
  if (!hint) return '';
  return (
    <div class="utrecht-form-field-description utrecht-form-field__description" id={`${id}-hint`} safe>
      {hint.text}
    </div>
  );
}

export function ErrorMessage({ id, error }: { id: string; error: ErrorMessageParams | undefined }): JSX.Element {
  if (!error) return '';
  return (
    <p class="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-error`}>
      {error.visuallyHiddenText ? (
        <span class="kring-visually-hidden" safe>
          {`${error.visuallyHiddenText} `}
        </span>
      ) : (
        ''
      )}
      <span safe>{error.text}</span>
    </p>
  );
}

/** The label text with an "optional" marker (NLDS: mark optional fields in text). */
export function labelText(label: LabelParams, optionalText: string | undefined): string {
  return optionalText ? `${label.text} ${optionalText}` : label.text;
}

/** The legend of a group of controls; `isPageHeading` wraps it in an h1 (a one-question page). */
export interface LegendParams {
  readonly text: string;
  readonly isPageHeading?: boolean;
}

/**
 * The frame of a field with one control: label (in an h1 on a one-question page), hint and error,
 * then the control. Marks the whole field invalid when there is an error.
 */
export function Field(p: {
  id: string;
  label: LabelParams;
  optionalText?: string | undefined;
  hint?: HintParams | undefined;
  errorMessage?: ErrorMessageParams | undefined;
  children: Children;
}): JSX.Element {
  const label = (
    <label class="utrecht-form-label utrecht-form-field__label" for={p.id} safe>
      {labelText(p.label, p.optionalText)}
    </label>
  );
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${p.errorMessage ? ' utrecht-form-field--invalid' : ''}`}>
      {p.label.isPageHeading ? <h1 class="utrecht-heading-1 kring-label-heading">{label}</h1> : label}
      <Hint id={p.id} hint={p.hint} />
      <ErrorMessage id={p.id} error={p.errorMessage} />
      {p.children as 'safe'}
    </div>
  );
}

/**
 * The frame of a group of controls (radios, checkboxes, a date): fieldset with legend, hint and
 * error, then the controls; the fieldset is described by the hint and the error.
 */
export function Fieldset(p: {
  id: string;
  legend: LegendParams;
  hint?: HintParams | undefined;
  errorMessage?: ErrorMessageParams | undefined;
  children: Children;
}): JSX.Element {
  const invalid = Boolean(p.errorMessage);
  return (
    <div
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? ' utrecht-form-fieldset--invalid utrecht-form-field--invalid' : ''}`}
    >
      <fieldset
        class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
      >
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {p.legend.isPageHeading ? (
            <h1 class="utrecht-heading-1 kring-label-heading" safe>
              {p.legend.text}
            </h1>
          ) : (
            <span safe>{p.legend.text}</span>
          )}
        </legend>
        <Hint id={p.id} hint={p.hint} />
        <ErrorMessage id={p.id} error={p.errorMessage} />
        {p.children as 'safe'}
      </fieldset>
    </div>
  );
}
