// SPDX-License-Identifier: EUPL-1.2
/**
 * Every entry one adds to a dossier directly (signal.schemas.ts, household.schemas.ts) as one schema:
 * what addEntry parses before it writes.
 */
import { z } from 'zod';
import { carerCheckData, kindcheckData } from './household.schemas.ts';
import { counterSignData, injuryData, noteData, observationData, quoteData } from './signal.schemas.ts';

/** A direct entry: its kind and its data. */
export const directEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('observation'), data: observationData }),
  z.object({ kind: z.literal('quote'), data: quoteData }),
  z.object({ kind: z.literal('counterSign'), data: counterSignData }),
  z.object({ kind: z.literal('injury'), data: injuryData }),
  z.object({ kind: z.literal('note'), data: noteData }),
  z.object({ kind: z.literal('kindcheck'), data: kindcheckData }),
  z.object({ kind: z.literal('carerCheck'), data: carerCheckData }),
]);
