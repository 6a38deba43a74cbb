// SPDX-License-Identifier: EUPL-1.2
/** What the form pages of a concern share: their props, the texts of the concern, the boxes of a date. */
import type { DateParts } from '#src/web/form-values.ts';
import type { FormErrors, StaffPageContext } from '#src/web/staff.tsx';
import type { ConcernView } from '../concern.service.ts';
import { type SubjectTexts, subjectTexts } from '../subject-texts.ts';

export type Values = Readonly<Record<string, string>>;

/** The props every form page gets. */
export interface FormProps {
  readonly p: StaffPageContext;
  readonly view: ConcernView;
  readonly values: Values;
  readonly errors: FormErrors;
}

/** The texts of this concern: by whom it is about and its sector (ADR 0028). */
export function textsOf(p: StaffPageContext, view: ConcernView): SubjectTexts {
  return subjectTexts(p.t, p.locale, view.concern.person.ageGroup, view.concern.sector);
}

/** The labels of the three boxes of a date. */
export function dateLabels(p: StaffPageContext) {
  return { day: p.t.components.dateDay, month: p.t.components.dateMonth, year: p.t.components.dateYear };
}

/** The three boxes of the date `prefix` as typed. */
export function dateValues(values: Values, prefix: string): DateParts {
  return {
    day: values[`${prefix}-day`] ?? '',
    month: values[`${prefix}-month`] ?? '',
    year: values[`${prefix}-year`] ?? '',
  };
}
