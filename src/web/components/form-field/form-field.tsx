// SPDX-License-Identifier: EUPL-1.2
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
