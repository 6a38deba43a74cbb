// SPDX-License-Identifier: EUPL-1.2
/** English texts of the concern dossier (to be translated; same shape as concerns.nl.ts). */
import { concernsNl } from './concerns.nl.ts';

export const concernsEn: typeof concernsNl = concernsNl;
