// SPDX-License-Identifier: EUPL-1.2
/**
 * Date input: three numeric fields (day, month, year) in a fieldset, as GOV.UK advises for dates a
 * person knows (a date of birth). The error summary links to the first field in error.
 */
import {
  describedBy,
  ErrorMessage,
  type ErrorMessageParams,
  Hint,
  type HintParams,
} from '../form-field/form-field.tsx';

export interface DateInputParams {
  /** Id of the group; the day field is `${id}-day`. */
  readonly id: string;
  /** Field names are `${namePrefix}-day`, `-month`, `-year`. */
  readonly namePrefix: string;
  readonly fieldset: { readonly legend: { readonly text: string; readonly isPageHeading?: boolean } };
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
    <div
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? ' utrecht-form-fieldset--invalid utrecht-form-field--invalid' : ''}`}
    >
      <fieldset
        class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
      >
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {p.fieldset.legend.isPageHeading ? (
            <h1 class="utrecht-heading-1 kring-label-heading" safe>
              {p.fieldset.legend.text}
            </h1>
          ) : (
            <span safe>{p.fieldset.legend.text}</span>
          )}
        </legend>
        <Hint id={p.id} hint={p.hint} />
        <ErrorMessage id={p.id} error={p.errorMessage} />
        <div class="kring-date-input" id={p.id}>
          {part('day', 2)}
          {part('month', 2)}
          {part('year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
