// SPDX-License-Identifier: EUPL-1.2
/**
 * The writes and small reads of the meldcode's steps besides the entries themselves: the concern's
 * status, household members and their own concerns, consultation requests, colleagues added to a
 * concern, and attachment rows. The service decides; these only run the queries.
 */
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { ConcernsTables } from './concern.table.ts';
import type { ConcernStatus } from './workflow.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ConcernsTables>();

/** Sets a concern's status, and with it when it was updated or closed and its check date when given. */
export async function setConcernStatus(
  trx: Trx,
  id: string,
  change: { status: ConcernStatus; now: Date; checkDate?: string | null | undefined },
): Promise<void> {
  await own(trx)
    .updateTable('concern')
    .set({
      status: change.status,
      updated_at: change.now,
      closed_at: change.status === 'closed' ? change.now : null,
      ...(change.checkDate !== undefined ? { check_date: change.checkDate, check_reminded_at: null } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Puts a new concern straight into consultation (a volunteer's concern goes to the aandachtsfunctionaris). */
export async function markInConsultation(trx: Trx, id: string): Promise<void> {
  await own(trx).updateTable('concern').set({ status: 'consultation' }).where('id', '=', id).execute();
}

/** Whether an entry belongs to a concern (a correction may only correct its own concern's entries). */
export async function entryOfConcern(trx: Trx, entryId: string, concernId: string): Promise<boolean> {
  const row = await own(trx)
    .selectFrom('concern_entry')
    .select('id')
    .where('id', '=', entryId)
    .where('concern_id', '=', concernId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The ids of the organisation's concerns about a person, oldest first. */
export async function concernIdsOfPerson(db: Db | Trx, personId: string, organisationId: string): Promise<string[]> {
  const rows = await own(db)
    .selectFrom('concern')
    .select('id')
    .where('person_id', '=', personId)
    .where('organisation_id', '=', organisationId)
    .orderBy('opened_at')
    .execute();
  return rows.map((r) => r.id);
}

/** A household member as written. */
export interface NewHouseholdMember {
  readonly personId: string;
  readonly name: string;
  readonly relation: string;
  readonly dateOfBirth: string | null;
  readonly ageYears: number | null;
  readonly createdBy: string;
  readonly now: Date;
}

/** Adds a member to a person's household; returns its id. */
export async function insertHouseholdMember(trx: Trx, m: NewHouseholdMember): Promise<string> {
  const row = await own(trx)
    .insertInto('household_member')
    .values({
      person_id: m.personId,
      name: m.name,
      relation: m.relation,
      date_of_birth: m.dateOfBirth,
      age_years: m.ageYears,
      linked_person_id: null,
      created_by: m.createdBy,
      created_at: m.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A household member of a person, locked for the rest of the transaction; undefined when not theirs. */
export function lockHouseholdMember(trx: Trx, memberId: string, personId: string) {
  return own(trx)
    .selectFrom('household_member')
    .selectAll()
    .where('id', '=', memberId)
    .where('person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();
}

/** Links a household member to the person their own concern is about. */
export async function linkHouseholdMember(trx: Trx, memberId: string, personId: string): Promise<void> {
  await own(trx)
    .updateTable('household_member')
    .set({ linked_person_id: personId })
    .where('id', '=', memberId)
    .execute();
}

/** Records a consultation request; returns its id. */
export async function insertConsultationRequest(
  trx: Trx,
  r: { concernId: string; requestedBy: string; leadId: string | null; now: Date; dueAt: Date },
): Promise<string> {
  const row = await own(trx)
    .insertInto('consultation_request')
    .values({
      concern_id: r.concernId,
      requested_by: r.requestedBy,
      lead_id: r.leadId,
      requested_at: r.now,
      due_at: r.dueAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks the oldest unanswered consultation request of a concern answered; its id, or null when none waits. */
export async function answerOldestOpenRequest(trx: Trx, concernId: string, now: Date): Promise<string | null> {
  const open = await own(trx)
    .selectFrom('consultation_request')
    .select('id')
    .where('concern_id', '=', concernId)
    .where('answered_at', 'is', null)
    .orderBy('requested_at')
    .limit(1)
    .executeTakeFirst();
  if (!open) return null;
  await own(trx).updateTable('consultation_request').set({ answered_at: now }).where('id', '=', open.id).execute();
  return open.id;
}

/** Adds a colleague to a concern. */
export async function insertConcernMember(
  trx: Trx,
  m: { concernId: string; userId: string; addedBy: string; now: Date },
): Promise<void> {
  await own(trx)
    .insertInto('concern_member')
    .values({ concern_id: m.concernId, user_id: m.userId, added_by: m.addedBy, added_at: m.now })
    .execute();
}

/** An attachment's row (its file is in the attachment store). */
export interface NewAttachment {
  readonly id: string;
  readonly concernId: string;
  readonly entryId: string;
  readonly storedId: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly displayName: string;
  readonly now: Date;
}

/** Records an attachment. */
export async function insertAttachment(trx: Trx, a: NewAttachment): Promise<void> {
  await own(trx)
    .insertInto('concern_attachment')
    .values({
      id: a.id,
      concern_id: a.concernId,
      entry_id: a.entryId,
      stored_id: a.storedId,
      media_type: a.mediaType,
      size: a.size,
      sha256: a.sha256,
      display_name: a.displayName,
      created_at: a.now,
    })
    .execute();
}
