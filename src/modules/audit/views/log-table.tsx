// SPDX-License-Identifier: EUPL-1.2
/** The table of audit rows both audit-log pages show (NLDS utrecht-table). */

/** One row: the time, who (pre-rendered: a link or a name) and the other cells as text. */
export interface LogTableRow {
  readonly time: string;
  /** Pre-rendered HTML (escaped by the page). */
  readonly who: JSX.Element;
  readonly cells: readonly string[];
}

/** The parameters of the table. */
export interface LogTableParams {
  readonly caption: string;
  /** Shown instead of the table when there are no rows. */
  readonly none: string;
  /** The column headers: time, who, then one per cell. */
  readonly headers: readonly string[];
  readonly rows: readonly LogTableRow[];
}

/** The audit rows as a table, or a sentence when there are none. */
export function LogTable(p: LogTableParams): JSX.Element {
  if (p.rows.length === 0) {
    return (
      <p class="utrecht-paragraph" data-testid="audit-none" safe>
        {p.none}
      </p>
    );
  }
  return (
    <table class="utrecht-table kring-table" data-testid="audit-table">
      <caption class="utrecht-table__caption" safe>
        {p.caption}
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {p.headers.map((h) => (
            <th class="utrecht-table__header-cell" scope="col" safe>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {p.rows.map((r) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell" safe>
              {r.time}
            </td>
            <td class="utrecht-table__cell">{r.who as 'safe'}</td>
            {r.cells.map((c) => (
              <td class="utrecht-table__cell" safe>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
