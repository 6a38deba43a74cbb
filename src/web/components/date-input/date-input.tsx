// SPDX-License-Identifier: EUPL-1.2
/**
 * Date input: three numeric fields (day, month, year) in a fieldset, as GOV.UK advises for dates a
 * person knows (a date of birth). The error summary links to the first field in error.
 */
import { type ErrorMessageParams, Fieldset, type HintParams, type LegendParams } from '../form-field/form-field.tsx';

export interface DateInputParams {
  /** Id of the group; the day field is `${id}-day`. */
  readonly id: string;
  /** Field names are `${namePrefix}-day`, `-month`, `-year`. */
  readonly namePrefix: string;
  readonly fieldset: { readonly legend: LegendParams };
  readonly hint?: HintParams;
  readonly errorMessage?: ErrorMessageParams;
  readonly values?: { readonly day?: string; readonly month?: string; readonly year?: string };
  /** Which parts are wrong (all three when the error is about the whole date). */
  readonly errorParts?: ReadonlyArray<'day' | 'month' | 'year'>;
  readonly labels: { readonly day: string; readonly month: string; readonly year: string };
  readonly autocompletePrefix?: 'bday';
}

export function DateInput(p: DateInputParams): JSX.Element {
  const invalid = Boolean(p.errorMessage);
  const wrong = new Set(p.errorParts ?? (invalid ? ['day', 'month', 'year'] : []));
  const part = (name: 'day' | 'month' | 'year', maxlength: number): JSX.Element => (
    <div class={`kring-date-input__item kring-date-input__item--${name}`}>
      <label class="utrecht-form-label" for={`${p.id}-${name}`} safe>
        {p.labels[name]}
      </label>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric${wrong.has(name) ? ' utrecht-textbox--invalid' : ''}`}
        id={`${p.id}-${name}`}
        name={`${p.namePrefix}-${name}`}
        type="text"
        inputmode="numeric"
        maxlength={String(maxlength)}
        value={p.values?.[name]}
        autocomplete={p.autocompletePrefix ? `${p.autocompletePrefix}-${name}` : undefined}
        aria-invalid={wrong.has(name) ? 'true' : undefined}
      />
    </div>
  );
  return (
    <Fieldset id={p.id} legend={p.fieldset.legend} hint={p.hint} errorMessage={p.errorMessage}>
      <div class="kring-date-input" id={p.id}>
        {part('day', 2)}
        {part('month', 2)}
        {part('year', 4)}
      </div>
    </Fieldset>
  );
}
