// SPDX-License-Identifier: EUPL-1.2
/**
 * Error summary (GOV.UK pattern): at the top of the form, a titled box listing every error as a
 * link to its field. It takes focus on load (through the enhancement script) so screen readers hear
 * it first; without JavaScript it is still the first thing in the form.
 */

export interface ErrorSummaryItem {
  readonly text: string;
  /** `#field-id` of the field in error. */
  readonly href: string;
}

export interface ErrorSummaryParams {
  readonly titleText: string;
  readonly errorList: readonly ErrorSummaryItem[];
}

export function ErrorSummary(p: ErrorSummaryParams): JSX.Element {
  if (p.errorList.length === 0) return '';
  return (
    <div
      class="kring-error-summary"
      data-module="kring-error-summary"
      tabindex="-1"
      aria-labelledby="error-summary-title"
      role="alert"
    >
      <h2 class="utrecht-heading-2 kring-error-summary__title" id="error-summary-title" safe>
        {p.titleText}
      </h2>
      <ul class="kring-error-summary__list">
        {p.errorList.map((e) => (
          <li>
            <a href={e.href} safe>
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
