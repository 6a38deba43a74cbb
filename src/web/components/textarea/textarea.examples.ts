// SPDX-License-Identifier: EUPL-1.2
/** Examples of Textarea. */
import type { TextareaParams } from './textarea.tsx';

export const textareaExamples: ReadonlyArray<{ name: string; params: TextareaParams }> = [
  {
    name: 'standaard',
    params: {
      id: 'ex-wat',
      name: 'wat',
      label: { text: 'Wat heeft u gezien of gehoord?' },
      hint: { text: 'Schrijf alleen op wat u zelf zag of hoorde: wie, wat, wanneer en waar.' },
    },
  },
  {
    name: 'met fout en bewaarde tekst',
    params: {
      id: 'ex-toelichting',
      name: 'toelichting',
      label: { text: 'Toelichting' },
      value: 'Tekst </textarea><b>vet</b>',
      errorMessage: { text: 'Gebruik ten hoogste 2000 tekens', visuallyHiddenText: 'Fout:' },
    },
  },
];
