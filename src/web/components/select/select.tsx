// SPDX-License-Identifier: EUPL-1.2
/**
 * Select (GOV.UK select API, NLDS utrecht-select): a label outside the control, hint and error tied
 * with aria-describedby, and an optional empty first option ("Kies …") so nothing is chosen silently.
 */
import {
  describedBy,
  type ErrorMessageParams,
  Field,
  type HintParams,
  type LabelParams,
} from '../form-field/form-field.tsx';

/** One option. */
export interface SelectItem {
  readonly value: string;
  readonly text: string;
}

export interface SelectParams {
  readonly id: string;
  readonly name: string;
  readonly label: LabelParams;
  readonly hint?: HintParams;
  readonly errorMessage?: ErrorMessageParams;
  readonly items: readonly SelectItem[];
  /** The first, empty option's text (nothing chosen yet). */
  readonly placeholderText?: string;
  /** The chosen value (kept after a failed submit). */
  readonly value?: string;
  readonly optionalText?: string;
}

export function Select(p: SelectParams): JSX.Element {
  const invalid = Boolean(p.errorMessage);
  return (
    <Field id={p.id} label={p.label} optionalText={p.optionalText} hint={p.hint} errorMessage={p.errorMessage}>
      <select
        class={`utrecht-select utrecht-select--html-select utrecht-form-field__input${invalid ? ' utrecht-select--invalid' : ''}`}
        id={p.id}
        name={p.name}
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
        aria-invalid={invalid ? 'true' : undefined}
      >
        {p.placeholderText !== undefined ? (
          <option value="" safe>
            {p.placeholderText}
          </option>
        ) : (
          ''
        )}
        {p.items.map((item) => (
          <option value={item.value} selected={item.value === p.value} safe>
            {item.text}
          </option>
        ))}
      </select>
    </Field>
  );
}
