// SPDX-License-Identifier: EUPL-1.2
/**
 * The queries of the concern reminders (reminders.ts): what is due, claiming a reminder so that two
 * processes never both send it, and who it goes to.
 */
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { ConcernsTables } from './concern.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ConcernsTables>();

/** A consultation request whose answer is overdue and that was not reminded of yet. */
export interface DueConsultation {
  readonly id: string;
  readonly leadId: string | null;
  readonly organisationId: string;
}

/** The consultation requests due at `now`, unanswered and not reminded of, of open concerns; oldest first. */
export async function dueConsultationReminders(db: Db, now: Date): Promise<DueConsultation[]> {
  const rows = await own(db)
    .selectFrom('consultation_request as r')
    .innerJoin('concern as c', 'c.id', 'r.concern_id')
    .select(['r.id', 'r.lead_id', 'c.organisation_id'])
    .where('r.answered_at', 'is', null)
    .where('r.reminded_at', 'is', null)
    .where('r.due_at', '<=', now)
    // A closed concern needs no consultation any more.
    .where('c.status', '!=', 'closed')
    .orderBy('r.due_at')
    .execute();
  return rows.map((r) => ({ id: r.id, leadId: r.lead_id, organisationId: r.organisation_id }));
}

/** Claims the reminder of a consultation request; false when it was answered or claimed meanwhile. */
export async function claimConsultationReminder(trx: Trx, requestId: string, now: Date): Promise<boolean> {
  const row = await own(trx)
    .updateTable('consultation_request')
    .set({ reminded_at: now })
    .where('id', '=', requestId)
    .where('reminded_at', 'is', null)
    .where('answered_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A concern whose agreed check date has come. */
export interface DueCheck {
  readonly id: string;
  readonly organisationId: string;
  readonly authorId: string;
}

/** Concerns in `helping` whose check date is on or before `today` (Amsterdam), not reminded of yet. */
export async function dueCheckReminders(db: Db, today: string): Promise<DueCheck[]> {
  const rows = await own(db)
    .selectFrom('concern')
    .select(['id', 'organisation_id', 'author_id'])
    .where('status', '=', 'helping')
    .where('check_date', 'is not', null)
    .where('check_date', '<=', today)
    .where('check_reminded_at', 'is', null)
    .orderBy('check_date')
    .execute();
  return rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, authorId: r.author_id }));
}

/** Claims the check-date reminder of a concern; false when it left `helping` or was claimed meanwhile. */
export async function claimCheckReminder(trx: Trx, concernId: string, now: Date): Promise<boolean> {
  const row = await own(trx)
    .updateTable('concern')
    .set({ check_reminded_at: now })
    .where('id', '=', concernId)
    .where('status', '=', 'helping')
    .where('check_reminded_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
