// SPDX-License-Identifier: EUPL-1.2
/** The owner of a report, for the audit rows of refused access (ADR 0024): the Veilig Thuis that received it. */
import { tablesOf } from '#src/db/handle.ts';
import type { ObjectOwners } from '#src/modules/audit/index.ts';
import type { ReportsTables } from './report.table.ts';

/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ReportsTables>();

export const reportObjectOwners: ObjectOwners = {
  report: async (db, id) => {
    const row = await own(db).selectFrom('vt_report').select('veilig_thuis_id').where('id', '=', id).executeTakeFirst();
    return row && { organisationId: row.veilig_thuis_id, subject: { kind: 'report', id } };
  },
};
