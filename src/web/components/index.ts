// SPDX-License-Identifier: EUPL-1.2
/** The form components and their examples, in one place for pages, the preview page and tests. */
import { toHtml } from '../html.ts';
import { bodyMapExamples } from './body-map/body-map.examples.ts';
import { BodyMap } from './body-map/body-map.tsx';
import { buttonExamples } from './button/button.examples.ts';
import { Button } from './button/button.tsx';
import { checkboxesExamples } from './checkboxes/checkboxes.examples.ts';
import { Checkboxes } from './checkboxes/checkboxes.tsx';
import { dateInputExamples } from './date-input/date-input.examples.ts';
import { DateInput } from './date-input/date-input.tsx';
import { errorSummaryExamples } from './error-summary/error-summary.examples.ts';
import { ErrorSummary } from './error-summary/error-summary.tsx';
import { paginationExamples } from './pagination/pagination.examples.ts';
import { Pagination } from './pagination/pagination.tsx';
import { radiosExamples } from './radios/radios.examples.ts';
import { Radios } from './radios/radios.tsx';
import { selectExamples } from './select/select.examples.ts';
import { Select } from './select/select.tsx';
import { tableExamples } from './table/table.examples.ts';
import { Table } from './table/table.tsx';
import { textInputExamples } from './text-input/text-input.examples.ts';
import { TextInput } from './text-input/text-input.tsx';
import { textareaExamples } from './textarea/textarea.examples.ts';
import { Textarea } from './textarea/textarea.tsx';

export type { PaginationTexts } from './pagination/pagination.tsx';
export { BodyMap, Button, Checkboxes, DateInput, ErrorSummary, Pagination, Radios, Select, Table, Textarea, TextInput };

/** One component with its examples, rendered by the preview page and checked by the tests. */
export interface ComponentExamples {
  readonly component: string;
  readonly examples: ReadonlyArray<{ readonly name: string; readonly html: () => string }>;
}

function entries<P>(
  component: string,
  render: (p: P) => JSX.Element,
  list: ReadonlyArray<{ name: string; params: P }>,
): ComponentExamples {
  return { component, examples: list.map((e) => ({ name: e.name, html: () => toHtml(render(e.params)) })) };
}

/** Every component's examples. */
export const COMPONENT_EXAMPLES: readonly ComponentExamples[] = [
  entries('error-summary', ErrorSummary, errorSummaryExamples),
  entries('text-input', TextInput, textInputExamples),
  entries('textarea', Textarea, textareaExamples),
  entries('radios', Radios, radiosExamples),
  entries('checkboxes', Checkboxes, checkboxesExamples),
  entries('date-input', DateInput, dateInputExamples),
  entries('button', Button, buttonExamples),
  entries('table', Table, tableExamples),
  entries('select', Select, selectExamples),
  entries('pagination', Pagination, paginationExamples),
  entries('body-map', BodyMap, bodyMapExamples),
];
