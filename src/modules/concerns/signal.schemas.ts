// SPDX-License-Identifier: EUPL-1.2
/**
 * The signals of step 1 as addEntry stores them (an observation, the person's own words, a
 * counter-sign, an injury on the body map, a note, an attachment's description) and when they
 * happened: the rules the pages check the forms with and the service checks its input with.
 */
import { z } from 'zod';
import { SIGN_CATEGORY_IDS } from '#src/content/meldcode-content.ts';
import { choice, EVERY_TIME, pastDate, pastMoment, text } from '#src/core/field-rules.ts';
import { BODY_REGION_IDS, BODY_SIDES, BODY_VIEWBOX } from '#src/web/components/body-map/body-regions.ts';
import { LONG, SHORT } from './concern.schemas.ts';
import { INJURY_COLOURS, INJURY_KINDS } from './entries.ts';

/** Where the information came from; a third party is named (`source`). */
const sourceKind = choice(['self', 'other'], 'sourceKind');

/** The source is named when the information came from someone else. */
function sourceNamed(value: { sourceKind: string; source: string }, ctx: z.RefinementCtx) {
  if (value.sourceKind === 'other' && !value.source)
    ctx.addIssue({ code: 'custom', message: 'source', path: ['source'] });
}

/** An observation: what was seen or heard, apart from what it may mean. */
export const observationData = z
  .object({
    facts: text(LONG, 'facts'),
    interpretation: text(2000),
    sourceKind,
    source: text(SHORT),
    categories: z.array(choice(SIGN_CATEGORY_IDS, 'categories')).max(SIGN_CATEGORY_IDS.length, { error: 'categories' }),
    signListVersion: z.string().max(50),
  })
  .superRefine(sourceNamed, EVERY_TIME);

/** The person's own words. */
export const quoteData = z
  .object({ words: text(LONG, 'words'), context: text(2000), sourceKind, source: text(SHORT) })
  .superRefine(sourceNamed, EVERY_TIME);

/** A counter-sign: what speaks against the concern. */
export const counterSignData = z
  .object({ facts: text(LONG, 'counterFacts'), sourceKind, source: text(SHORT) })
  .superRefine(sourceNamed, EVERY_TIME);

/** An injury on the body map; the point (x, y) is optional (the picture needs JavaScript). */
export const injuryData = z.object({
  side: choice(BODY_SIDES, 'side'),
  region: choice(BODY_REGION_IDS, 'region'),
  x: z.number().min(0).max(BODY_VIEWBOX.width).nullable(),
  y: z.number().min(0).max(BODY_VIEWBOX.height).nullable(),
  injuryKind: choice(INJURY_KINDS, 'injuryKind'),
  sizeCm: z.number({ error: 'size' }).min(0, { error: 'size' }).max(200, { error: 'size' }).nullable(),
  colour: choice(INJURY_COLOURS, 'colour'),
  explanation: text(2000),
});

/** A note in the dossier. */
export const noteData = z.object({ text: text(LONG, 'notes') });

/** What an attachment shows (may be empty). */
export const attachmentDescription = text(1000);

/**
 * When a signal happened, as the form has it: a real date, not in the future.
 * @param now the moment it is recorded
 */
export function signalDate(now: Date) {
  return pastDate('date', now);
}

/** When a signal happened, as the service stores it: its day not after today (key `date`). */
export function occurredAt(now: Date) {
  return pastMoment('date', now);
}
