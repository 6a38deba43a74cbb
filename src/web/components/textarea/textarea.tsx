// SPDX-License-Identifier: EUPL-1.2
/** Textarea (GOV.UK textarea API, NLDS utrecht-textarea). */
import {
  describedBy,
  type ErrorMessageParams,
  Field,
  type HintParams,
  type LabelParams,
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
  return (
    <Field id={p.id} label={p.label} optionalText={p.optionalText} hint={p.hint} errorMessage={p.errorMessage}>
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
    </Field>
  );
}
