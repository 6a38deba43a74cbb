// SPDX-License-Identifier: EUPL-1.2
/** Checkboxes: pick any number. */
import { Choices, type ChoicesParams } from '../radios/choices.tsx';

export interface CheckboxesParams extends ChoicesParams {
  /** The values chosen before (kept after a failed submit). */
  readonly values?: readonly string[];
}

export function Checkboxes(p: CheckboxesParams): JSX.Element {
  return <Choices {...p} type="checkbox" checked={new Set(p.values ?? [])} />;
}
