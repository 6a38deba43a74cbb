// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interfaces of the identity module (migration 2026_11_26_09_00_00_create_identity). */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { OrganisationType, Role } from '#src/core/roles.ts';

type Timestamp = ColumnType<Date, Date, Date>;
type OptionalTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  type: OrganisationType;
  created_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  totp_secret: string | null;
  totp_enrolled_at: OptionalTimestamp;
  /** bigint comes back as a string from pg; compare with Number(). */
  totp_last_step: ColumnType<string | null, number | null | undefined, number | null>;
  failed_sign_ins: Generated<number>;
  locked_until: OptionalTimestamp;
  /** Wrong second-factor codes in a row, across sign-ins (migration 2026_12_06_20_10_00). */
  failed_codes: Generated<number>;
  /** Until when the second factor refuses every code after too many wrong ones. */
  codes_locked_until: OptionalTimestamp;
  disabled_at: OptionalTimestamp;
  /** The language of the e-mail Kring sends this person (migration 2026_12_07_00_58_15). */
  mail_locale: ColumnType<'nl' | 'en', 'nl' | 'en' | undefined, 'nl' | 'en'>;
  created_at: Timestamp;
}

export interface MembershipTable {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  role: Role;
  created_at: Timestamp;
}

export type SessionStage = 'secondFactor' | 'enrol' | 'active';

export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  stage: SessionStage;
  membership_id: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  factor_at: OptionalTimestamp;
  code_attempts: Generated<number>;
}

export interface RecoveryCodeTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: OptionalTimestamp;
}

export interface InvitationTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  display_name: string;
  organisation_id: string;
  role: Role;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: OptionalTimestamp;
  revoked_at: OptionalTimestamp;
}

export interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: OptionalTimestamp;
}

export type AppUserRow = Selectable<AppUserTable>;
export type UserSessionRow = Selectable<UserSessionTable>;

/** Identity's tables: what the identity module's repositories may query (src/db/handle.ts). */
export interface IdentityTables {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
  recovery_code: RecoveryCodeTable;
  invitation: InvitationTable;
  password_reset: PasswordResetTable;
}
