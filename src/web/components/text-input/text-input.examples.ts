// SPDX-License-Identifier: EUPL-1.2
/** Examples of TextInput. */
import type { TextInputParams } from './text-input.tsx';

export const textInputExamples: ReadonlyArray<{ name: string; params: TextInputParams }> = [
  { name: 'standaard', params: { id: 'ex-naam', name: 'naam', label: { text: 'Naam' } } },
  {
    name: 'met hint en niet verplicht',
    params: {
      id: 'ex-telefoon',
      name: 'telefoon',
      type: 'tel',
      autocomplete: 'tel',
      label: { text: 'Telefoonnummer' },
      hint: { text: 'Zodat we u kunnen terugbellen.' },
      optionalText: '(niet verplicht)',
    },
  },
  {
    name: 'met fout en bewaarde waarde',
    params: {
      id: 'ex-email',
      name: 'email',
      type: 'email',
      label: { text: 'E-mailadres' },
      value: 'sanne@school',
      errorMessage: { text: 'Vul een e-mailadres in zoals naam@voorbeeld.nl', visuallyHiddenText: 'Fout:' },
    },
  },
  {
    name: 'waarde met tekens',
    params: { id: 'ex-tekens', name: 'tekens', label: { text: 'Vrije tekst' }, value: '"><script>alert(1)</script>' },
  },
];
