// SPDX-License-Identifier: EUPL-1.2
/**
 * Every migration, in the order it was written: append a new one at the end (`npm run
 * migration:new -- <name>` does both). The runner applies them in this order, and a test refuses a
 * list that does not sort as written: a migration named (dated) before one that databases may
 * already have run would be refused by those databases as out of order (docs/architecture.md,
 * "Migrations").
 */
export const MIGRATION_ORDER: readonly string[] = [
  '2026_11_25_19_00_00_create_kring_meta',
  '2026_11_25_21_00_00_create_audit_event',
  '2026_11_26_09_00_00_create_identity',
  '2026_11_27_09_00_00_create_concerns',
  '2026_11_28_09_00_00_create_reports',
  '2026_11_28_10_00_00_add_report_deadline_reminder',
  '2026_12_06_20_10_00_add_second_factor_lockout',
  '2026_12_06_21_00_00_add_audit_target_organisation',
  '2026_12_06_22_00_00_add_concern_honour_risk',
  '2026_12_06_22_10_00_add_home_care',
  '2026_12_07_00_58_15_add_mail_language',
  '2026_12_07_03_03_33_add_circle',
  '2026_12_07_04_01_15_link_circle_signal_to_concern',
  '2026_12_07_04_45_00_add_circle_api_clients',
  '2026_12_07_06_14_03_add_circle_coordination',
  '2026_12_07_06_14_13_seal_audit_chain_later',
  '2026_12_07_07_11_31_add_editor_role',
  '2026_12_07_07_14_44_add_news',
  '2026_12_07_07_15_55_add_network_partners',
  '2026_12_07_13_37_55_add_meetings',
];
