// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interfaces of the network's meetings (migration 2026_12_07_13_37_55, ADR 0038). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

/** Who registers: a resident, a volunteer or a professional. */
export const REGISTRATION_ROLES = ['resident', 'volunteer', 'professional'] as const;
export type RegistrationRole = (typeof REGISTRATION_ROLES)[number];

/** A registration has a place, or waits for one. */
export type RegistrationStatus = 'confirmed' | 'waiting';

export interface MeetingTable {
  id: Generated<string>;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place_name: string;
  place_address: string;
  /** The agenda's items, in order, plain text. */
  agenda: string[];
  capacity: number;
  published: boolean;
  announcement_article_id: string | null;
  retrospective_article_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingRegistrationTable {
  id: Generated<string>;
  /** The order of registering (the waiting list's order). */
  seq: ColumnType<string, never, never>;
  meeting_id: string;
  name: string;
  organisation: string;
  /** Lower case. */
  email: string;
  role: RegistrationRole;
  status: RegistrationStatus;
  /** SHA-256 (hex) of the cancel link's token. */
  cancel_hash: string;
  /** The language of the registration's e-mails. */
  locale: 'nl' | 'en';
  created_at: Timestamp;
}

export interface MeetingActionTable {
  id: Generated<string>;
  /** The order of recording. */
  seq: ColumnType<string, never, never>;
  meeting_id: string;
  description: string;
  owner: string;
  /** ISO date. */
  due_on: string | null;
  done: boolean;
  created_at: Timestamp;
}

/** The meetings module's tables. */
export interface MeetingsTables {
  meeting: MeetingTable;
  meeting_registration: MeetingRegistrationTable;
  meeting_action: MeetingActionTable;
}
