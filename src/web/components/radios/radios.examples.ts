// SPDX-License-Identifier: EUPL-1.2
/** Examples of Radios. */
import type { RadiosParams } from './radios.tsx';

export const radiosExamples: ReadonlyArray<{ name: string; params: RadiosParams }> = [
  {
    name: 'standaard',
    params: {
      idPrefix: 'ex-gevaar',
      name: 'gevaar',
      fieldset: { legend: { text: 'Is iemand nu in gevaar?' } },
      items: [
        { value: 'ja', text: 'Ja' },
        { value: 'nee', text: 'Nee' },
      ],
    },
  },
  {
    name: 'met hints, keuze en fout',
    params: {
      idPrefix: 'ex-besluit',
      name: 'besluit',
      fieldset: { legend: { text: 'Wat besluit u?' } },
      hint: { text: 'Kies één mogelijkheid.' },
      errorMessage: { text: 'Kies wat u besluit', visuallyHiddenText: 'Fout:' },
      items: [
        { value: 'melden', text: 'Melden bij Veilig Thuis', hint: { text: 'Ook als u zelf blijft helpen.' } },
        { value: 'hulp', text: 'Hulp bieden of organiseren' },
        { value: 'afsluiten', text: 'Afsluiten' },
      ],
      value: 'hulp',
    },
  },
];
