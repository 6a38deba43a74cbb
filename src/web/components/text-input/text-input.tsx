// SPDX-License-Identifier: EUPL-1.2
/**
 * Text input (GOV.UK text input API, NLDS utrecht-textbox). The label sits outside the input; no
 * placeholder; hint and error are tied to the input with aria-describedby.
 */
import {
  describedBy,
  type ErrorMessageParams,
  Field,
  type HintParams,
  type LabelParams,
} from '../form-field/form-field.tsx';

export interface TextInputParams {
  readonly id: string;
  readonly name: string;
  readonly label: LabelParams;
  readonly hint?: HintParams;
  readonly errorMessage?: ErrorMessageParams;
  /** The value typed before (kept after a failed submit). */
  readonly value?: string;
  readonly type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search';
  readonly autocomplete?: string;
  readonly inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  readonly spellcheck?: boolean;
  readonly maxlength?: number;
  /** Marks the field as optional in its label, e.g. "(niet verplicht)". */
  readonly optionalText?: string;
  /**
   * Focus the field when the page opens: only on a page whose one task is this field (the sign-in
   * code), never on a page with an error summary (that takes the focus).
   */
  readonly autofocus?: boolean;
  readonly classes?: string;
}

export function TextInput(p: TextInputParams): JSX.Element {
  const invalid = Boolean(p.errorMessage);
  return (
    <Field id={p.id} label={p.label} optionalText={p.optionalText} hint={p.hint} errorMessage={p.errorMessage}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input utrecht-form-field__input${invalid ? ' utrecht-textbox--invalid' : ''}${p.classes ? ` ${p.classes}` : ''}`}
        id={p.id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        spellcheck={p.spellcheck === undefined ? undefined : String(p.spellcheck)}
        maxlength={p.maxlength === undefined ? undefined : String(p.maxlength)}
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
        aria-invalid={invalid ? 'true' : undefined}
        autofocus={p.autofocus && !invalid ? true : undefined}
      />
    </Field>
  );
}
