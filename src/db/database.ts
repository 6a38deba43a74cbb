// SPDX-License-Identifier: EUPL-1.2
/**
 * The `Database` interface: every table Kring has, aggregated from the modules' `*.table.ts` files.
 * Kysely types every query against it.
 */
import type { AuditEventTable } from '#src/modules/audit/audit.table.ts';
import type { KringMetaTable } from './meta.table.ts';

export interface Database {
  audit_event: AuditEventTable;
  kring_meta: KringMetaTable;
}
