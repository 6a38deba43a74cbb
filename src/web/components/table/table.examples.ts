// SPDX-License-Identifier: EUPL-1.2
/** Examples of Table. */
import type { TableParams } from './table.tsx';

export const tableExamples: ReadonlyArray<{ name: string; params: TableParams }> = [
  {
    name: 'standaard',
    params: {
      caption: 'Organisaties',
      headers: ['Naam', 'Soort', 'Leden'],
      rows: [
        ['Basisschool De Regenboog', 'School', { text: '12', numeric: true }],
        ['Sportvereniging <Harderwijk> & "co"', 'Sportvereniging', { text: '3', numeric: true }],
      ],
    },
  },
  {
    name: 'met link en lege kopcel',
    params: {
      caption: 'Gebruikers',
      captionHidden: true,
      headers: ['Naam', 'Rol', ''],
      rows: [[{ html: '<a class="utrecht-link" href="#gebruiker">Sanne de Leerkracht</a>' }, 'Professional', '']],
    },
  },
];
