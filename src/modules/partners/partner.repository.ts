// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory's queries (ADR 0036): the published partners a filter finds (counted in SQL,
 * one page read), every partner for the editors, one partner, and the writes. Only the module's own
 * table.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Page } from '#src/core/paging.ts';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { PartnerInput } from './partner.schemas.ts';
import type { PartnerAudience, PartnersTables, PartnerType } from './partner.table.ts';
import { likePattern, type PartnerFilter } from './partner-search.ts';

const own = tablesOf<PartnersTables>();

/** A partner as the services and views see it. */
export interface Partner {
  readonly id: string;
  readonly name: string;
  readonly type: PartnerType;
  readonly audiences: readonly PartnerAudience[];
  readonly descriptionNl: string;
  readonly descriptionEn: string;
  readonly phone: string;
  readonly email: string;
  readonly website: string;
  readonly street: string;
  readonly postcode: string;
  readonly city: string;
  readonly hasSafeguardingLead: boolean;
  readonly hasConfidentialContact: boolean;
  readonly published: boolean;
  readonly updatedAt: Date;
}

const COLUMNS = [
  'id',
  'name',
  'type',
  'audiences',
  'description_nl as descriptionNl',
  'description_en as descriptionEn',
  'phone',
  'email',
  'website',
  'street',
  'postcode',
  'city',
  'has_safeguarding_lead as hasSafeguardingLead',
  'has_confidential_contact as hasConfidentialContact',
  'published',
  'updated_at as updatedAt',
] as const;

type Eb = ExpressionBuilder<PartnersTables, 'network_partner'>;

/** The conditions of a filter: published, every word somewhere, the kind, the audience, the contact person. */
function matching(eb: Eb, filter: PartnerFilter) {
  const conditions: Expression<SqlBool>[] = [eb('published', '=', true)];
  for (const term of filter.terms) {
    const pattern = likePattern(term);
    // ILIKE with an explicit escape character: the pattern's own `\` escapes `%`, `_` and `\`.
    conditions.push(
      eb.or(
        (['name', 'description_nl', 'description_en', 'city'] as const).map(
          (column) => sql<boolean>`${sql.ref(column)} ilike ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  if (filter.type) conditions.push(eb('type', '=', filter.type));
  if (filter.audience) conditions.push(sql<boolean>`${filter.audience} = any(audiences)`);
  if (filter.contact === 'safeguardingLead') conditions.push(eb('has_safeguarding_lead', '=', true));
  if (filter.contact === 'confidentialContact') conditions.push(eb('has_confidential_contact', '=', true));
  return eb.and(conditions);
}

/** How many published partners a filter finds. */
export async function countPublished(db: Handle, filter: PartnerFilter): Promise<number> {
  const row = await own(db)
    .selectFrom('network_partner')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => matching(eb, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of the published partners a filter finds, by name. */
export function listPublished(db: Handle, filter: PartnerFilter, page: Page): Promise<Partner[]> {
  return own(db)
    .selectFrom('network_partner')
    .select(COLUMNS)
    .where((eb) => matching(eb, filter))
    .orderBy('name')
    .orderBy('id')
    .limit(page.size)
    .offset(page.offset)
    .execute();
}

/** How many partners there are, published or not. */
export async function countAll(db: Handle): Promise<number> {
  const row = await own(db)
    .selectFrom('network_partner')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of every partner, by name (the editors' list). */
export function listAll(db: Handle, page: Page): Promise<Partner[]> {
  return own(db)
    .selectFrom('network_partner')
    .select(COLUMNS)
    .orderBy('name')
    .orderBy('id')
    .limit(page.size)
    .offset(page.offset)
    .execute();
}

/** One partner, published or not. */
export function findPartner(db: Handle, id: string): Promise<Partner | undefined> {
  return own(db).selectFrom('network_partner').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

function row(input: PartnerInput) {
  return {
    name: input.name,
    type: input.type,
    audiences: [...input.audiences],
    description_nl: input.descriptionNl,
    description_en: input.descriptionEn,
    phone: input.phone,
    email: input.email,
    website: input.webAddress,
    street: input.street,
    postcode: input.postcode.toUpperCase(),
    city: input.city,
    has_safeguarding_lead: input.hasSafeguardingLead,
    has_confidential_contact: input.hasConfidentialContact,
    published: input.published,
  };
}

/** Adds a partner; returns its id. */
export async function insertPartner(
  trx: TransactionHandle,
  input: PartnerInput,
  by: string | null,
  now: Date,
): Promise<string> {
  const created = await own(trx)
    .insertInto('network_partner')
    .values({ ...row(input), created_by: by, created_at: now, updated_by: by, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

/** Replaces a partner's values; false when there is no such partner. */
export async function updatePartner(
  trx: TransactionHandle,
  id: string,
  input: PartnerInput,
  by: string,
  now: Date,
): Promise<boolean> {
  const result = await own(trx)
    .updateTable('network_partner')
    .set({ ...row(input), updated_by: by, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a partner; false when there was none. */
export async function deletePartner(trx: TransactionHandle, id: string): Promise<boolean> {
  const result = await own(trx).deleteFrom('network_partner').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
