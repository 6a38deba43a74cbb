// SPDX-License-Identifier: EUPL-1.2
/**
 * Veilig Thuis's facts for the statistics (issue 15, ADR 0039): one row per report received in a
 * period, with only when it was received, when its safety assessment was due (5 working days) and
 * when it was done. No name, no content.
 */
import { type Handle, tablesOf } from '#src/db/handle.ts';
import type { ReportsTables } from './report.table.ts';

const own = tablesOf<ReportsTables>();

/** One report as the statistics see it. */
export interface AssessmentFact {
  readonly receivedAt: Date;
  /** The Amsterdam date by which the safety assessment was due (ISO). */
  readonly dueOn: string;
  readonly assessedAt: Date | null;
}

/**
 * The reports (not the advice requests) received in [from, to).
 * @param db the connection
 * @param from the first instant
 * @param to the instant after the last
 */
export async function assessmentFacts(db: Handle, from: Date, to: Date): Promise<AssessmentFact[]> {
  const rows = await own(db)
    .selectFrom('vt_report')
    .select(['received_at', 'due_on', 'assessed_at'])
    .where('kind', '=', 'report')
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .execute();
  return rows.map((r) => ({ receivedAt: r.received_at, dueOn: r.due_on, assessedAt: r.assessed_at }));
}
