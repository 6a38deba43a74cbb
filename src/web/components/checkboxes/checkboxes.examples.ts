// SPDX-License-Identifier: EUPL-1.2
/** Examples of Checkboxes. */
import type { CheckboxesParams } from './checkboxes.tsx';

export const checkboxesExamples: ReadonlyArray<{ name: string; params: CheckboxesParams }> = [
  {
    name: 'met bewaarde keuzes',
    params: {
      idPrefix: 'ex-signalen',
      name: 'signalen',
      fieldset: { legend: { text: 'Welke signalen ziet u?' } },
      hint: { text: 'Kies alles wat past. Eén signaal is geen bewijs.' },
      items: [
        { value: 'teruggetrokken', text: 'Stil en teruggetrokken' },
        { value: 'schrikt', text: 'Schrikt bij aanraking' },
        { value: 'letsel', text: 'Vaak letsel', hint: { text: 'Op plekken waar je niet snel valt.' } },
      ],
      values: ['teruggetrokken', 'letsel'],
    },
  },
  {
    name: 'met fout',
    params: {
      idPrefix: 'ex-akkoord',
      name: 'akkoord',
      fieldset: { legend: { text: 'Bevestiging' } },
      errorMessage: { text: 'Bevestig dat u dit heeft gelezen', visuallyHiddenText: 'Fout:' },
      items: [{ value: 'ja', text: 'Ik heb dit gelezen' }],
    },
  },
];
