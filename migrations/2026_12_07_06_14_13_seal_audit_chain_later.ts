// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * The audit chain sealed after the fact for the hot paths (ADR 0034). A row may now be written
 * without its hashes, in the transaction of its action, and be chained ("sealed") later by one sealer
 * at a time; `chain_seq` is its place in the chain (the order the verifier walks), set when it is
 * chained. Rows written before this migration are chained in id order: their `chain_seq` is their id.
 *
 * The append-only trigger now lets exactly one kind of UPDATE through: sealing, i.e. setting
 * `chain_seq`, `prev_hash` and `hash` on a row that has none of them, with every other column left as
 * it was. DELETE and TRUNCATE are refused as before, and a sealed row can no longer be changed at all.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_event').addColumn('chain_seq', 'bigint').execute();
  await sql`alter table audit_event alter column prev_hash drop not null`.execute(db);
  await sql`alter table audit_event alter column hash drop not null`.execute(db);
  await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(db);
  await sql`update audit_event set chain_seq = id`.execute(db);
  await sql`alter table audit_event enable trigger audit_event_no_update_delete`.execute(db);
  await sql`
    alter table audit_event add constraint audit_event_sealed_or_pending check (
      (chain_seq is null and prev_hash is null and hash is null)
      or (chain_seq is not null and prev_hash is not null and hash is not null))`.execute(db);
  await db.schema.createIndex('audit_event_chain_seq_unique').on('audit_event').column('chain_seq').unique().execute();
  // The sealer's queue: the rows still to chain, in id order.
  await db.schema
    .createIndex('audit_event_pending_idx')
    .on('audit_event')
    .column('id')
    .where(sql.ref('chain_seq'), 'is', null)
    .execute();
  await sql`
    create or replace function audit_event_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
        and (to_jsonb(new) - 'chain_seq' - 'prev_hash' - 'hash') = (to_jsonb(old) - 'chain_seq' - 'prev_hash' - 'hash')
      then
        return new;
      end if;
      raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function audit_event_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await db.schema.dropIndex('audit_event_pending_idx').execute();
  await db.schema.dropIndex('audit_event_chain_seq_unique').execute();
  await sql`alter table audit_event drop constraint audit_event_sealed_or_pending`.execute(db);
  await db.schema.alterTable('audit_event').dropColumn('chain_seq').execute();
}
