// SPDX-License-Identifier: EUPL-1.2
/**
 * Table (GOV.UK table API, NLDS utrecht-table classes): a caption, column headers and rows of cells.
 * A cell is text (escaped), `{ text, numeric }` (aligned as a number) or `{ html }`: markup the page
 * rendered itself (a link, a small form). An empty header renders as an empty cell, for a column of
 * row actions.
 */

/** One cell. */
export type TableCell = string | { readonly text: string; readonly numeric?: boolean } | { readonly html: JSX.Element };

export interface TableParams {
  /** The table's name for assistive technology; visually hidden when `captionHidden`. */
  readonly caption?: string;
  readonly captionHidden?: boolean;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly TableCell[]>;
  /** A data-testid for tests. */
  readonly testId?: string;
}

function Cell({ cell }: { cell: TableCell }): JSX.Element {
  if (typeof cell === 'string') {
    return (
      <td class="utrecht-table__cell" safe>
        {cell}
      </td>
    );
  }
  if ('html' in cell) return <td class="utrecht-table__cell">{cell.html as 'safe'}</td>;
  return (
    <td class={`utrecht-table__cell${cell.numeric ? ' utrecht-table__cell--numeric' : ''}`} safe>
      {cell.text}
    </td>
  );
}

export function Table(p: TableParams): JSX.Element {
  return (
    <table class="utrecht-table kring-table" data-testid={p.testId}>
      {p.caption ? (
        <caption class={`utrecht-table__caption${p.captionHidden ? ' kring-visually-hidden' : ''}`} safe>
          {p.caption}
        </caption>
      ) : (
        ''
      )}
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {p.headers.map((h) =>
            h ? (
              <th class="utrecht-table__header-cell" scope="col" safe>
                {h}
              </th>
            ) : (
              <td class="utrecht-table__header-cell" />
            ),
          )}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {p.rows.map((row) => (
          <tr class="utrecht-table__row">
            {row.map((cell) => (
              <Cell cell={cell} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
