// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interfaces of reports to Veilig Thuis (migration 2026_11_28_09_00_00_create_reports). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { AssessmentOutcome, ReportKind, ReportSource, ReportStatus } from './workflow.ts';

type Timestamp = ColumnType<Date, Date, Date>;
type OptionalTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;

export interface VtReportTable {
  id: Generated<string>;
  number: ColumnType<number, never, never>;
  veilig_thuis_id: string;
  kind: ReportKind;
  source: ReportSource;
  status: ReportStatus;
  outcome: AssessmentOutcome | null;
  acute_by_reporter: boolean;
  acute: boolean | null;
  received_at: Timestamp;
  due_on: string;
  assigned_to: string | null;
  triaged_at: OptionalTimestamp;
  assessed_at: OptionalTimestamp;
  closed_at: OptionalTimestamp;
  due_reminded_at: OptionalTimestamp;
  concern_id: string | null;
  reporter_organisation_id: string | null;
  reporter_user_id: string | null;
  receipt_hash: string | null;
  snapshot: JSONColumnType<Record<string, unknown>, string, string>;
  updated_at: Timestamp;
}

export interface VtReporterTable {
  report_id: string;
  name: string;
  role: string;
  organisation_name: string;
  phone: string;
  email: string;
  stays_unknown: boolean;
  stays_unknown_reason: string;
}

export interface VtReportSubjectTable {
  id: Generated<string>;
  report_id: string;
  veilig_thuis_id: string;
  name_key: string | null;
  date_of_birth: string | null;
  address_key: string | null;
}

export interface VtReportEventTable {
  id: Generated<string>;
  report_id: string;
  seq: number;
  kind: string;
  author_id: string | null;
  created_at: Timestamp;
  data: JSONColumnType<Record<string, unknown>, string, string>;
}

/** Veilig Thuis's tables: what the reports module's repositories may query (src/db/handle.ts). */
export interface ReportsTables {
  vt_report: VtReportTable;
  vt_reporter: VtReporterTable;
  vt_report_subject: VtReportSubjectTable;
  vt_report_event: VtReportEventTable;
}
