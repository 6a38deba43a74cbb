// SPDX-License-Identifier: EUPL-1.2
/**
 * What the intake and the resident's services share: the transaction type, the audit row of a step
 * on a report, and the 409 of a step the report's transition table does not allow now. Internal to
 * the reports module.
 */
import type { Transaction } from 'kysely';
import type { RequestContext } from '#src/core/context.ts';
import { ConflictError } from '#src/core/errors.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';

/** A transaction on Kring's database. */
export type Trx = Transaction<Database>;

/** Records the audit row of a step on a report, in the step's transaction. */
export function auditReport(
  trx: Trx,
  ctx: RequestContext,
  reportId: string,
  type: string,
  action: 'C' | 'R' | 'U',
  purpose = 'safety',
): Promise<void> {
  return audit(trx, ctx, {
    type,
    action,
    purpose,
    outcome: 'success',
    subject: { kind: 'report', id: reportId },
    objectType: 'report',
    objectId: reportId,
  });
}

/** A step on a report that its transition table does not allow now (409, REPORT_STEP_NOT_ALLOWED). */
export function reportStepNotAllowed(): ConflictError {
  return new ConflictError('Report step not allowed now', 'REPORT_STEP_NOT_ALLOWED');
}
