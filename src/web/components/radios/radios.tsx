// SPDX-License-Identifier: EUPL-1.2
/** Radios: pick exactly one. */
import { Choices, type ChoicesParams } from './choices.tsx';

export interface RadiosParams extends ChoicesParams {
  /** The value chosen before (kept after a failed submit). */
  readonly value?: string;
}

export function Radios(p: RadiosParams): JSX.Element {
  return <Choices {...p} type="radio" checked={new Set(p.value === undefined ? [] : [p.value])} />;
}
