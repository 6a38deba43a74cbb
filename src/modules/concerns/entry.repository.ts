// SPDX-License-Identifier: EUPL-1.2
/**
 * Queries of the concern dossier's entries: appending one under the concern's row lock, reading them,
 * and the facts over all of them. Every function takes the transaction it runs in.
 */
import { sql } from 'kysely';
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import { displayNames } from '#src/modules/identity/index.ts';
import type { ConcernsTables } from './concern.table.ts';
import type { EntryData } from './entries.ts';
import type { EntryKind } from './workflow.ts';

type Db = Handle;
type Trx = TransactionHandle;
/** This module's tables: the only ones its queries may name. */
const own = tablesOf<ConcernsTables>();

/**
 * Appends an entry: the next number under the concern's row lock, and the concern's count and
 * update time moved on. The caller holds the lock (findConcern with forUpdate).
 */
export async function appendEntry(
  trx: Trx,
  e: {
    concernId: string;
    authorId: string;
    entry: EntryData;
    occurredAt: Date | null;
    /** Whether `occurredAt` carries a time of day someone gave (else only its date counts). */
    occurredTimeKnown?: boolean;
    correctsId: string | null;
    now: Date;
  },
): Promise<{ id: string; seq: number }> {
  const counted = await own(trx)
    .updateTable('concern')
    .set((eb) => ({ entry_count: eb('entry_count', '+', 1), updated_at: e.now }))
    .where('id', '=', e.concernId)
    .returning('entry_count')
    .executeTakeFirstOrThrow();
  const row = await own(trx)
    .insertInto('concern_entry')
    .values({
      concern_id: e.concernId,
      seq: counted.entry_count,
      kind: e.entry.kind,
      author_id: e.authorId,
      created_at: e.now,
      occurred_at: e.occurredAt,
      occurred_time_known: e.occurredTimeKnown ?? false,
      corrects_id: e.correctsId,
      data: JSON.stringify(e.entry.data),
    })
    .returning(['id', 'seq'])
    .executeTakeFirstOrThrow();
  return row;
}

/** An entry as the dossier shows it. */
export type EntryRow = EntryData & {
  readonly id: string;
  readonly concernId: string;
  readonly seq: number;
  readonly authorId: string;
  readonly authorName: string;
  readonly createdAt: Date;
  readonly occurredAt: Date | null;
  readonly occurredTimeKnown: boolean;
  readonly correctsId: string | null;
  /** The number of the entry this one corrects. */
  readonly correctsSeq: number | null;
  /** The number of the latest entry that corrects this one. */
  readonly correctedBySeq: number | null;
};

/** An entry as listEntries reads it from the JSON document (times as ISO 8601 strings). */
interface EntryJson {
  readonly id: string;
  readonly concern_id: string;
  readonly seq: number;
  readonly kind: EntryKind;
  readonly author_id: string;
  readonly created_at: string;
  readonly occurred_at: string | null;
  readonly occurred_time_known: boolean;
  readonly corrects_id: string | null;
  readonly corrects_seq: number | null;
  readonly corrected_by_seq: number | null;
  readonly data: EntryData['data'];
}

/**
 * The entries of some concerns, oldest first (by time, then number); with `latest`, only the last
 * that many of them; with `kinds`, only those kinds. Each entry carries the numbers of the entry it
 * corrects and of its latest correction, so a page that shows part of a dossier links both ways.
 *
 * They come back as one JSON document rather than one row per entry: the PGlite driver decodes every
 * column of every row on its own (a buffer copy and a text decode each), which for a dossier of 200
 * entries cost more than the query; one JSON.parse is a fraction of that.
 */
export async function listEntries(
  db: Db | Trx,
  concernIds: readonly string[],
  options: {
    readonly latest?: number;
    readonly kinds?: readonly EntryKind[];
    /** With `latest`: also every entry of these kinds, however old (one query for a page and its body map). */
    readonly alsoKinds?: readonly EntryKind[];
  } = {},
): Promise<EntryRow[]> {
  if (concernIds.length === 0) return [];
  let chosen = own(db).selectFrom('concern_entry as e').selectAll('e').where('e.concern_id', 'in', concernIds);
  if (options.kinds) chosen = chosen.where('e.kind', 'in', options.kinds as EntryKind[]);
  if (options.latest !== undefined) {
    const latest = own(db)
      .selectFrom('concern_entry as l')
      .select('l.id')
      .where('l.concern_id', 'in', concernIds)
      .orderBy('l.seq', 'desc')
      .limit(options.latest);
    const also = options.alsoKinds ?? [];
    chosen = chosen.where((eb) =>
      also.length > 0
        ? eb.or([eb('e.id', 'in', latest), eb('e.kind', 'in', also as EntryKind[])])
        : eb('e.id', 'in', latest),
    );
  }
  const { entries } = await own(db)
    .selectFrom(chosen.as('e'))
    .select(
      sql<string>`coalesce(json_agg(json_build_object(
        'id', e.id,
        'concern_id', e.concern_id,
        'seq', e.seq,
        'kind', e.kind,
        'author_id', e.author_id,
        'created_at', e.created_at,
        'occurred_at', e.occurred_at,
        'occurred_time_known', e.occurred_time_known,
        'corrects_id', e.corrects_id,
        'corrects_seq', (select c.seq from concern_entry c where c.id = e.corrects_id),
        'corrected_by_seq', (select max(c.seq) from concern_entry c where c.corrects_id = e.id),
        'data', e.data
      ) order by e.created_at, e.seq), '[]')::text`.as('entries'),
    )
    .executeTakeFirstOrThrow();
  const rows = JSON.parse(entries) as EntryJson[];
  // The authors' names are identity's: asked through its entry, not joined.
  const names = await displayNames(
    db,
    rows.map((r) => r.author_id),
  );
  return rows.map(
    (r) =>
      ({
        id: r.id,
        concernId: r.concern_id,
        seq: r.seq,
        kind: r.kind,
        data: r.data,
        authorId: r.author_id,
        authorName: names.get(r.author_id) ?? '',
        createdAt: new Date(r.created_at),
        occurredAt: r.occurred_at === null ? null : new Date(r.occurred_at),
        occurredTimeKnown: r.occurred_time_known,
        correctsId: r.corrects_id,
        correctsSeq: r.corrects_seq,
        correctedBySeq: r.corrected_by_seq,
      }) as EntryRow,
  );
}

/** What a concern's page needs to know from all its entries, without reading them all. */
export interface EntryFacts {
  /** The latest outcome, of the afwegingskader or of a help review (question 5), if there is one. */
  readonly outcome: string | null;
  /** Whether an observation ticked one of these sign categories. */
  readonly ticked: boolean;
  readonly hasKindcheck: boolean;
  readonly hasCarerCheck: boolean;
  /** Whether anonymous advice of Veilig Thuis was recorded. */
  readonly veiligThuisAdvice: boolean;
  /** Whether the report was filed after the latest decision to report (or failed help). */
  readonly reportFiled: boolean;
}

/**
 * Facts over all entries of a concern in one query.
 * @param categories the sign categories that count for `ticked`
 */
export async function entryFacts(db: Db | Trx, concernId: string, categories: readonly string[]): Promise<EntryFacts> {
  const list = categories.length > 0 ? categories : ['-'];
  const row = await own(db)
    .selectNoFrom([
      // The latest outcome: of the afwegingskader, or of question 5 at the check date (a help review
      // answers it again: the help worked, or it did not and the concern goes to a report).
      sql<string | null>`(select case when e.kind = 'weighing' then e.data->>'outcome'
          when (e.data->>'succeeded')::boolean then 'closeWithAgreements' else 'reportHelpFailed' end
        from concern_entry e where e.concern_id = ${concernId} and e.kind in ('weighing', 'helpReview')
        order by e.seq desc limit 1)`.as('outcome'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'observation' and (e.data->'categories') ?| array[${sql.join(list)}]::text[])`.as('ticked'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'kindcheck')`.as('has_kindcheck'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'carerCheck')`.as('has_carer_check'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId}
        and e.kind = 'advice' and e.data->>'adviser' = 'veiligThuis')`.as('vt_advice'),
      sql<boolean>`exists(select 1 from concern_entry e where e.concern_id = ${concernId} and e.kind = 'reported'
        and e.seq > coalesce((select max(d.seq) from concern_entry d where d.concern_id = ${concernId}
          and d.kind in ('decision', 'helpReview')), 0))`.as('report_filed'),
    ])
    .executeTakeFirstOrThrow();
  return {
    outcome: row.outcome,
    ticked: row.ticked,
    hasKindcheck: row.has_kindcheck,
    hasCarerCheck: row.has_carer_check,
    veiligThuisAdvice: row.vt_advice,
    reportFiled: row.report_filed,
  };
}
