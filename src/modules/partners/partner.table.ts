// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interface of the network's partner directory (migration 2026_12_07_07_15_55, ADR 0036). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

/** The kinds of partner organisation, in the order the directory's filter offers them. */
export const PARTNER_TYPES = [
  'veiligThuis',
  'socialTeam',
  'school',
  'childcare',
  'youthCare',
  'publicHealth',
  'police',
  'sportsClub',
  'homeCare',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** For whom a partner works. */
export const PARTNER_AUDIENCES = ['children', 'adults', 'olderPeople'] as const;
export type PartnerAudience = (typeof PARTNER_AUDIENCES)[number];

export interface NetworkPartnerTable {
  id: Generated<string>;
  name: string;
  type: PartnerType;
  audiences: PartnerAudience[];
  description_nl: string;
  description_en: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  website: Generated<string>;
  street: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  /** It has an aandachtsfunctionaris (the meldcode's safeguarding lead). */
  has_safeguarding_lead: Generated<boolean>;
  /** It has a confidential contact person (vertrouwenscontactpersoon). */
  has_confidential_contact: Generated<boolean>;
  published: Generated<boolean>;
  created_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: Timestamp;
}

/** The partners module's tables: the only ones its repositories may query. */
export interface PartnersTables {
  network_partner: NetworkPartnerTable;
}
