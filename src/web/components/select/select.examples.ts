// SPDX-License-Identifier: EUPL-1.2
/** Examples of the select, for the preview page and the component tests. */
import type { SelectParams } from './select.tsx';

const items = [
  { value: 'a', text: 'Mark Jansen' },
  { value: 'b', text: 'Fatima el Amrani' },
];

export const selectExamples: ReadonlyArray<{ name: string; params: SelectParams }> = [
  {
    name: 'default',
    params: {
      id: 'colleague',
      name: 'colleague',
      label: { text: 'Collega' },
      items,
      placeholderText: 'Kies een collega',
    },
  },
  {
    name: 'with error',
    params: {
      id: 'colleague-error',
      name: 'colleague',
      label: { text: 'Collega' },
      items,
      placeholderText: 'Kies een collega',
      errorMessage: { text: 'Kies een collega uit de lijst' },
    },
  },
  {
    name: 'chosen',
    params: { id: 'colleague-chosen', name: 'colleague', label: { text: 'Collega' }, items, value: 'b' },
  },
];
