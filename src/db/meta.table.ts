// SPDX-License-Identifier: EUPL-1.2
import type { ColumnType } from 'kysely';

/** Key-value facts about this installation (for example when demo data was seeded). */
export interface KringMetaTable {
  key: string;
  value: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
