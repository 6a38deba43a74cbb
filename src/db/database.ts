// SPDX-License-Identifier: EUPL-1.2
/**
 * The `Database` interface: every table Kring has, the union of the modules' own tables (each
 * module's `*.table.ts`). Services and transactions hold a handle on all of it; a module's
 * repositories see only their own tables (src/db/handle.ts).
 */
import type { AuditTables } from '#src/modules/audit/audit.table.ts';
import type { CircleTables } from '#src/modules/circle/circle.table.ts';
import type { ConcernsTables } from '#src/modules/concerns/concern.table.ts';
import type { IdentityTables } from '#src/modules/identity/identity.table.ts';
import type { MeetingsTables } from '#src/modules/meetings/meeting.table.ts';
import type { NewsTables } from '#src/modules/news/news.table.ts';
import type { PartnersTables } from '#src/modules/partners/partner.table.ts';
import type { ReportsTables } from '#src/modules/reports/report.table.ts';
import type { KringMetaTable } from './meta.table.ts';

export interface Database
  extends AuditTables,
    IdentityTables,
    ConcernsTables,
    ReportsTables,
    CircleTables,
    PartnersTables,
    MeetingsTables,
    NewsTables {
  kring_meta: KringMetaTable;
}
