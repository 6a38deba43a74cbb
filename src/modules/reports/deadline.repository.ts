// SPDX-License-Identifier: EUPL-1.2
/** The queries of the intake's deadline reminders (deadline-reminders.ts). */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/database.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

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
  const rows = await db
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
  const row = await trx
    .updateTable('vt_report')
    .set({ due_reminded_at: now })
    .where('id', '=', reportId)
    .where('due_reminded_at', 'is', null)
    .where('status', 'in', ['received', 'assessing'])
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The active intake workers of a Veilig Thuis (id, address, language of e-mail), by name. */
export function activeIntakeWorkers(
  trx: Trx,
  veiligThuisId: string,
): Promise<Array<{ id: string; email: string; locale: 'nl' | 'en' }>> {
  return trx
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.mail_locale as locale'])
    .where('m.organisation_id', '=', veiligThuisId)
    .where('m.role', '=', 'intakeWorker')
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
}
