// SPDX-License-Identifier: EUPL-1.2
/** The table of audit rows both audit-log pages show. */
import { Table } from '#src/web/components/index.ts';

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
  /** The link to the next (older) page of rows, when there is one. */
  readonly more?: { readonly href: string; readonly text: string } | undefined;
}

/** The audit rows as a table with a link to older rows, or a sentence when there are none. */
export function LogTable(p: LogTableParams): JSX.Element {
  if (p.rows.length === 0) {
    return (
      <p class="utrecht-paragraph" data-testid="audit-none" safe>
        {p.none}
      </p>
    );
  }
  return (
    <>
      <Table
        testId="audit-table"
        caption={p.caption}
        headers={p.headers}
        rows={p.rows.map((r) => [r.time, { html: r.who }, ...r.cells])}
      />
      {p.more ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={p.more.href} safe>
            {p.more.text}
          </a>
        </p>
      ) : (
        ''
      )}
    </>
  );
}
