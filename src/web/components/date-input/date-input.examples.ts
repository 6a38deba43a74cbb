// SPDX-License-Identifier: EUPL-1.2
/** Examples of DateInput. */
import type { DateInputParams } from './date-input.tsx';

const labels = { day: 'Dag', month: 'Maand', year: 'Jaar' };

export const dateInputExamples: ReadonlyArray<{ name: string; params: DateInputParams }> = [
  {
    name: 'geboortedatum',
    params: {
      id: 'ex-geboren',
      namePrefix: 'geboren',
      fieldset: { legend: { text: 'Geboortedatum' } },
      hint: { text: 'Bijvoorbeeld 3 3 2012' },
      labels,
      autocompletePrefix: 'bday',
    },
  },
  {
    name: 'met fout in de maand',
    params: {
      id: 'ex-datum',
      namePrefix: 'datum',
      fieldset: { legend: { text: 'Datum van de observatie' } },
      labels,
      values: { day: '12', month: '13', year: '2026' },
      errorParts: ['month'],
      errorMessage: { text: 'De maand moet een getal van 1 tot en met 12 zijn', visuallyHiddenText: 'Fout:' },
    },
  },
];
