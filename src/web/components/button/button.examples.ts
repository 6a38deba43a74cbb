// SPDX-License-Identifier: EUPL-1.2
/** Examples of Button: documentation, the dev preview page and test fixtures at once. */
import type { ButtonParams } from './button.tsx';

export const buttonExamples: ReadonlyArray<{ name: string; params: ButtonParams }> = [
  { name: 'primair', params: { text: 'Opslaan en verder' } },
  { name: 'secundair', params: { text: 'Annuleren', appearance: 'secondary', type: 'button' } },
  { name: 'dubbel klikken voorkomen', params: { text: 'Versturen', preventDoubleClick: true } },
  { name: 'als link', params: { text: 'Naar het overzicht', href: '/' } },
];
