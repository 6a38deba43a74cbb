// SPDX-License-Identifier: EUPL-1.2
/**
 * Pagination (the GOV.UK pattern; Kring's classes on NLDS links): where one is in a list ("Pagina 2
 * van 7"), a link to the previous and the next page, and the page numbers around the current one
 * with the first and the last. Plain links, so it works without JavaScript; `aria-current="page"`
 * marks the page shown. A list of one page gets none. Texts come from the caller (the message files).
 */

/** The texts of the pagination (`messages(locale).components.pagination`). */
export interface PaginationTexts {
  /** The `<nav>`'s name, for a page with more than one `<nav>`. */
  readonly label: string;
  readonly previous: string;
  readonly next: string;
  /** A page number's name for assistive technology ("Pagina 3"). */
  readonly page: (n: number) => string;
  /** Where one is: "Pagina 2 van 7". */
  readonly status: (n: number, count: number) => string;
}

export interface PaginationParams {
  /** The page shown, from 1. */
  readonly page: number;
  /** The number of pages. */
  readonly count: number;
  /** The address of a page. */
  readonly href: (page: number) => string;
  readonly texts: PaginationTexts;
  /** A data-testid for tests. */
  readonly testId?: string;
}

/** The page numbers to show: all up to 7; otherwise the first, the last and the current ±1, gaps as 0. */
export function pageNumbers(page: number, count: number): number[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = [...new Set([1, page - 1, page, page + 1, count])].filter((n) => n >= 1 && n <= count);
  shown.sort((a, b) => a - b);
  const out: number[] = [];
  for (const n of shown) {
    const last = out.at(-1);
    if (last !== undefined && n - last === 2) out.push(last + 1);
    else if (last !== undefined && n - last > 2) out.push(0);
    out.push(n);
  }
  return out;
}

export function Pagination(p: PaginationParams): JSX.Element {
  if (p.count <= 1) return '';
  const t = p.texts;
  return (
    <nav class="kring-pagination" aria-label={t.label} data-testid={p.testId}>
      <p class="utrecht-paragraph kring-pagination__status" safe>
        {t.status(p.page, p.count)}
      </p>
      <ul class="kring-pagination__list">
        {p.page > 1 ? (
          <li class="kring-pagination__item kring-pagination__item--previous">
            <a class="utrecht-link kring-pagination__link" href={p.href(p.page - 1)} rel="prev" safe>
              {t.previous}
            </a>
          </li>
        ) : (
          ''
        )}
        {pageNumbers(p.page, p.count).map((n) =>
          n === 0 ? (
            <li class="kring-pagination__item kring-pagination__item--gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li class={`kring-pagination__item${n === p.page ? ' kring-pagination__item--current' : ''}`}>
              <a
                class="utrecht-link kring-pagination__link"
                href={p.href(n)}
                aria-label={t.page(n)}
                aria-current={n === p.page ? 'page' : undefined}
                safe
              >
                {String(n)}
              </a>
            </li>
          ),
        )}
        {p.page < p.count ? (
          <li class="kring-pagination__item kring-pagination__item--next">
            <a class="utrecht-link kring-pagination__link" href={p.href(p.page + 1)} rel="next" safe>
              {t.next}
            </a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}
