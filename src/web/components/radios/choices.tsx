// SPDX-License-Identifier: EUPL-1.2
/**
 * Radios and checkboxes share one structure: a fieldset with a legend, a hint, an error and a list of
 * choices, each with its own label and optional hint (GOV.UK radios/checkboxes API, NLDS classes).
 */
import { type ErrorMessageParams, Fieldset, type HintParams, type LegendParams } from '../form-field/form-field.tsx';

/** One choice. */
export interface ChoiceItem {
  readonly value: string;
  readonly text: string;
  readonly hint?: HintParams;
}

/** Parameters common to radios and checkboxes. */
export interface ChoicesParams {
  /** Prefix of the ids; the first item gets exactly this id (the error summary links to it). */
  readonly idPrefix: string;
  readonly name: string;
  readonly fieldset: { readonly legend: LegendParams };
  readonly hint?: HintParams;
  readonly errorMessage?: ErrorMessageParams;
  readonly items: readonly ChoiceItem[];
}

export function Choices(p: ChoicesParams & { type: 'radio' | 'checkbox'; checked: ReadonlySet<string> }): JSX.Element {
  const invalid = Boolean(p.errorMessage);
  const kind = p.type === 'radio' ? 'radio-button' : 'checkbox';
  return (
    <Fieldset id={p.idPrefix} legend={p.fieldset.legend} hint={p.hint} errorMessage={p.errorMessage}>
      {p.items.map((item, i) => {
        const id = i === 0 ? p.idPrefix : `${p.idPrefix}-${i + 1}`;
        return (
          <div class="kring-choice">
            <input
              class={`utrecht-${kind} utrecht-${kind}--html-input${invalid && p.type === 'radio' ? ' utrecht-radio-button--invalid' : ''}`}
              type={p.type}
              id={id}
              name={p.name}
              value={item.value}
              checked={p.checked.has(item.value)}
              aria-describedby={item.hint ? `${id}-hint` : undefined}
            />
            <label
              class={`utrecht-form-label utrecht-form-label--${p.type === 'radio' ? 'radio' : 'checkbox'}`}
              for={id}
            >
              <span safe>{item.text}</span>
              {item.hint ? (
                <span class="kring-choice__hint" id={`${id}-hint`} safe>
                  {item.hint.text}
                </span>
              ) : (
                ''
              )}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}
