// SPDX-License-Identifier: EUPL-1.2
/**
 * The reports module's public entry: reports and advice requests received by Veilig Thuis, and its
 * intake. The module reads the concern's vocabulary (concerns' entry); concerns hand it reports
 * through the `VeiligThuisInbox` port that app.ts fills with `receiveReport`.
 */

export { type IncomingReport, receiveReport } from './intake.service.ts';
export { reportObjectOwners } from './object-owner.repository.ts';
export { DEMO_RECEIPT_CODE } from './reports.seed.ts';
export type {
  ProfessionalAdviceSnapshot,
  ProfessionalReportSnapshot,
  ReportSnapshot,
  SnapshotEntry,
} from './snapshot.ts';
export { type AssessmentFact, assessmentFacts } from './statistics.repository.ts';
