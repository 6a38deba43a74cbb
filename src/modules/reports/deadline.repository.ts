// SPDX-License-Identifier: EUPL-1.2
/** The queries of the intake's deadline reminders (deadline-reminders.ts). */
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { ReportsTables } from './report.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ReportsTables>();

/** A report (or advice request) whose deadline passed. */
export interface OverdueReport {
  readonly id: string;
  readonly veiligThuisId: string;
  readonly assignedTo: string | null;
}

/**
 * Overdue as the inbox says it (workflow.ts isOverdue): a report not yet assessed, an advice request
 * not yet answered, after its due date; only those not reminded of yet, oldest first.
 * @param today the Amsterdam calendar date
 */
export async function overdueUnreminded(db: Db, today: string): Promise<OverdueReport[]> {
  const rows = await own(db)
    .selectFrom('vt_report')
    .select(['id', 'veilig_thuis_id', 'assigned_to'])
    .where('due_reminded_at', 'is', null)
    .where('due_on', '<', today)
    .where((eb) =>
      eb.or([eb('status', '=', 'received'), eb.and([eb('kind', '=', 'report'), eb('status', '=', 'assessing')])]),
    )
    .orderBy('due_on')
    .execute();
  return rows.map((r) => ({ id: r.id, veiligThuisId: r.veilig_thuis_id, assignedTo: r.assigned_to }));
}

/** Claims a report's deadline reminder; false when it was assessed or claimed meanwhile. */
export async function claimDeadlineReminder(trx: Trx, reportId: string, now: Date): Promise<boolean> {
  const row = await own(trx)
    .updateTable('vt_report')
    .set({ due_reminded_at: now })
    .where('id', '=', reportId)
    .where('due_reminded_at', 'is', null)
    .where('status', 'in', ['received', 'assessing'])
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
