// SPDX-License-Identifier: EUPL-1.2
/**
 * The `Database` interface: every table Kring has, aggregated from the modules' `*.table.ts` files.
 * Kysely types every query against it.
 */
import type { AuditEventTable } from '#src/modules/audit/audit.table.ts';
import type {
  CircleKeyStateTable,
  CircleSignalParentTable,
  CircleSignalTable,
  CircleSignalTombstoneTable,
} from '#src/modules/circle/circle.table.ts';
import type {
  ConcernAttachmentTable,
  ConcernEntryTable,
  ConcernMemberTable,
  ConcernTable,
  ConsultationRequestTable,
  HouseholdMemberTable,
  PersonTable,
} from '#src/modules/concerns/concern.table.ts';
import type {
  AppUserTable,
  InvitationTable,
  MembershipTable,
  OrganisationTable,
  PasswordResetTable,
  RecoveryCodeTable,
  UserSessionTable,
} from '#src/modules/identity/identity.table.ts';
import type {
  VtReportEventTable,
  VtReporterTable,
  VtReportSubjectTable,
  VtReportTable,
} from '#src/modules/reports/report.table.ts';
import type { KringMetaTable } from './meta.table.ts';

export interface Database {
  audit_event: AuditEventTable;
  kring_meta: KringMetaTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
  recovery_code: RecoveryCodeTable;
  invitation: InvitationTable;
  password_reset: PasswordResetTable;
  person: PersonTable;
  concern: ConcernTable;
  concern_member: ConcernMemberTable;
  household_member: HouseholdMemberTable;
  concern_entry: ConcernEntryTable;
  consultation_request: ConsultationRequestTable;
  concern_attachment: ConcernAttachmentTable;
  vt_report: VtReportTable;
  vt_reporter: VtReporterTable;
  vt_report_subject: VtReportSubjectTable;
  vt_report_event: VtReportEventTable;
  circle_signal: CircleSignalTable;
  circle_signal_parent: CircleSignalParentTable;
  circle_signal_tombstone: CircleSignalTombstoneTable;
  circle_key_state: CircleKeyStateTable;
}
