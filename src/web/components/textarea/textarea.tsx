// SPDX-License-Identifier: EUPL-1.2
/** Textarea (GOV.UK textarea API, NLDS utrecht-textarea). */
import {
  describedBy,
  ErrorMessage,
  type ErrorMessageParams,
  Hint,
  type HintParams,
  type LabelParams,
  labelText,
} from '../form-field/form-field.tsx';

export interface TextareaParams {
  readonly id: string;
  readonly name: string;
  readonly label: LabelParams;
  readonly hint?: HintParams;
  readonly errorMessage?: ErrorMessageParams;
  readonly value?: string;
  readonly rows?: number;
  readonly maxlength?: number;
  readonly spellcheck?: boolean;
  readonly optionalText?: string;
}

export function Textarea(p: TextareaParams): JSX.Element {
  const invalid = Boolean(p.errorMessage);
  const label = (
    <label class="utrecht-form-label utrecht-form-field__label" for={p.id} safe>
      {labelText(p.label, p.optionalText)}
    </label>
  );
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${invalid ? ' utrecht-form-field--invalid' : ''}`}>
      {p.label.isPageHeading ? <h1 class="utrecht-heading-1 kring-label-heading">{label}</h1> : label}
      <Hint id={p.id} hint={p.hint} />
      <ErrorMessage id={p.id} error={p.errorMessage} />
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea utrecht-form-field__input${invalid ? ' utrecht-textarea--invalid' : ''}`}
        id={p.id}
        name={p.name}
        rows={String(p.rows ?? 5)}
        maxlength={p.maxlength === undefined ? undefined : String(p.maxlength)}
        spellcheck={p.spellcheck === undefined ? undefined : String(p.spellcheck)}
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
        aria-invalid={invalid ? 'true' : undefined}
        safe
      >
        {p.value ?? ''}
      </textarea>
    </div>
  );
}
