// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier's facts for the statistics (issue 15, ADR 0039): one row per concern opened in
 * a period, with only what a statistic counts — who it is about (child, adult, older person), the
 * organisation, the month, the first category of its first observation, whether it ended in a
 * report and/or help, and when each meldcode step was completed. No name, no id, no text leaves.
 */
import { sql } from 'kysely';
import { type Handle, tablesOf } from '#src/db/handle.ts';
import type { ConcernsTables } from './concern.table.ts';
import type { AgeGroup } from './workflow.ts';

const own = tablesOf<ConcernsTables>();

/** The entry kinds that complete each step of the meldcode (the first such entry counts). */
export const STEP_DONE_KINDS = [
  // Step 1, signals mapped: consultation asked or held, or advice asked.
  ['consultationRequested', 'consultation', 'advice'],
  // Step 2, consultation held (with a colleague, the aandachtsfunctionaris or Veilig Thuis).
  ['consultation', 'advice'],
  // Step 3, the conversation with the person (or why it was skipped).
  ['conversation', 'conversationSkipped'],
  // Step 4, the afwegingskader weighed.
  ['weighing'],
  // Step 5, the decision.
  ['decision'],
] as const;

/** One concern as the statistics see it. */
export interface ConcernFact {
  readonly organisationId: string;
  readonly ageGroup: AgeGroup;
  readonly openedAt: Date;
  /** The first category of the first observation; null when no observation has one. */
  readonly category: string | null;
  readonly reported: boolean;
  readonly helped: boolean;
  /** When each step (1–5) was completed, or null. */
  readonly stepsDoneAt: readonly (Date | null)[];
}

const stepDone = (kinds: readonly string[]) =>
  sql<Date | null>`(select min(e.created_at) from concern_entry e where e.concern_id = c.id and e.kind in (${sql.join(kinds)}))`;

/**
 * The concerns opened in [from, to).
 * @param db the connection
 * @param from the first instant
 * @param to the instant after the last
 */
export async function concernFacts(db: Handle, from: Date, to: Date): Promise<ConcernFact[]> {
  const rows = await own(db)
    .selectFrom('concern as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select([
      'c.organisation_id',
      'p.age_group',
      'c.opened_at',
      sql<string | null>`(select e.data->'categories'->>0 from concern_entry e
        where e.concern_id = c.id and e.kind = 'observation' and jsonb_array_length(e.data->'categories') > 0
        order by e.seq limit 1)`.as('category'),
      sql<boolean>`exists (select 1 from concern_entry e where e.concern_id = c.id
        and (e.kind = 'reported' or (e.kind = 'decision' and e.data->>'decision' = 'report')))`.as('reported'),
      sql<boolean>`exists (select 1 from concern_entry e where e.concern_id = c.id and e.kind = 'decision'
        and (e.data->>'decision' = 'help' or e.data->>'keepHelping' = 'true'))`.as('helped'),
      stepDone(STEP_DONE_KINDS[0]).as('step1'),
      stepDone(STEP_DONE_KINDS[1]).as('step2'),
      stepDone(STEP_DONE_KINDS[2]).as('step3'),
      stepDone(STEP_DONE_KINDS[3]).as('step4'),
      stepDone(STEP_DONE_KINDS[4]).as('step5'),
    ])
    .where('c.opened_at', '>=', from)
    .where('c.opened_at', '<', to)
    .execute();
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    ageGroup: r.age_group,
    openedAt: r.opened_at,
    category: r.category,
    reported: r.reported,
    helped: r.helped,
    stepsDoneAt: [r.step1, r.step2, r.step3, r.step4, r.step5].map(date),
  }));
}
