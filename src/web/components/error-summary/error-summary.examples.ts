// SPDX-License-Identifier: EUPL-1.2
/** Examples of ErrorSummary. */
import type { ErrorSummaryParams } from './error-summary.tsx';

export const errorSummaryExamples: ReadonlyArray<{ name: string; params: ErrorSummaryParams }> = [
  {
    name: 'twee fouten',
    params: {
      titleText: 'Er is een probleem',
      errorList: [
        { text: 'Vul een e-mailadres in zoals naam@voorbeeld.nl', href: '#ex-email' },
        { text: 'De maand moet een getal van 1 tot en met 12 zijn', href: '#ex-datum-month' },
      ],
    },
  },
];
