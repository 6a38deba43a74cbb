// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit kernel's public entry (NEN 7513): every module writes its audit rows through `audit()` in
 * its own transaction; refused access is recorded here; the chain is verified here. The kernel
 * imports no other module.
 */
export { type AuditLogCheck, verifyAuditTrail } from './anchor.ts';
export type { AuditEventRow } from './audit.table.ts';
export { type AuditInput, audit, auditMany, type SubjectKind, subjectPseudonym } from './audit.ts';
export { AuditSealer, sealAuditLog } from './audit-sealer.ts';
export { type AuditEventInput, recordAuditEvent, verifyAuditLog } from './record-audit-event.ts';
export {
  OBJECT_DENIED,
  type ObjectOwners,
  type Owner,
  type OwnerLookup,
  recordObjectRefusal,
  recordRouteRefusal,
  routeParamType,
} from './refusals.ts';
