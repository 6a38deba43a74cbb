// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may see and work on a report to Veilig Thuis (issue 5, docs/authorization.md "Object rules
 * (reports)"): the intake workers of the Veilig Thuis that received it, and nobody else. Whoever
 * cannot see it gets `hide` (404), so an id reveals nothing. Which step may be taken now is the
 * intake's transition table (workflow.ts).
 */
import { type Actor, can, type Policy, sameOrganisation } from '#src/core/authz.ts';

/** A report as the policy sees it. */
export interface ReportResource {
  readonly veiligThuisId: string;
}

/** Whether the actor works in the intake of the Veilig Thuis that received the report. */
export function seesReport(actor: Actor, report: ReportResource): boolean {
  return can(actor, 'reports:intake') && sameOrganisation(actor, report.veiligThuisId);
}

/** The report policy: the intake sees and works; everyone else: not found. */
export const reportPolicy: Policy<'view' | 'work', ReportResource> = {
  view: (actor, r) => (seesReport(actor, r) ? 'allow' : 'hide'),
  work: (actor, r) => (seesReport(actor, r) ? 'allow' : 'hide'),
};
