// SPDX-License-Identifier: EUPL-1.2
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SealedAuditEventRow } from './audit.table.ts';
import { ChainVerifier, chainHash, GENESIS } from './audit-chain.ts';

const KEY = 'k'.repeat(32);

function chain(n: number): SealedAuditEventRow[] {
  const rows: SealedAuditEventRow[] = [];
  let prev = GENESIS;
  for (let i = 1; i <= n; i++) {
    const fields = {
      event_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      event_date_time: new Date(Date.UTC(2026, 10, 25, 12, 0, i, 123)),
      event_action_code: 'R' as const,
      event_type_code: 'concern.read',
      event_outcome_indicator: 0 as const,
      user_id: `user-${i}`,
      role_id_code: 'professional',
      organisation_id: 'org-a',
      on_behalf_of_user_id: null,
      purpose_of_use: 'care',
      network_access_point_id: 'web',
      participant_object_type_code: 'concern',
      participant_object_id: `c-${i}`,
      data_subject_pseudonym: 'p-1',
      request_id: `r-${i}`,
      target_organisation_id: null,
    };
    const hash = chainHash(KEY, prev, fields);
    rows.push({ id: String(i), ...fields, chain_seq: String(i), prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

function verify(rows: SealedAuditEventRow[], key = KEY) {
  const v = new ChainVerifier(key);
  v.add(rows.slice(0, 3));
  v.add(rows.slice(3));
  return v.result();
}

describe('the audit hash chain', () => {
  it('an untouched chain verifies, across batches', () => {
    expect(verify(chain(10))).toMatchObject({ ok: true, checked: 10 });
    expect(verify([])).toMatchObject({ ok: true, checked: 0, lastHash: GENESIS });
  });

  it.each([
    ['a changed user', (r: SealedAuditEventRow[]) => (r[4]!.user_id = 'someone-else'), '5', 'content'],
    ['a changed time', (r: SealedAuditEventRow[]) => (r[6]!.event_date_time = new Date(0)), '7', 'content'],
    ['a changed outcome', (r: SealedAuditEventRow[]) => (r[0]!.event_outcome_indicator = 4), '1', 'content'],
    ['a deleted row', (r: SealedAuditEventRow[]) => r.splice(3, 1), '5', 'link'],
    ['two rows swapped', (r: SealedAuditEventRow[]) => r.splice(2, 2, r[3]!, r[2]!), '4', 'link'],
    [
      'a forged row without the key',
      (r: SealedAuditEventRow[]) => (r[5]!.hash = chainHash('x'.repeat(32), r[5]!.prev_hash, r[5]!)),
      '6',
      'content',
    ],
  ])('%s is detected at the right row', (_name, tamper, brokenAt, reason) => {
    const rows = chain(10);
    tamper(rows);
    expect(verify(rows)).toMatchObject({ ok: false, brokenAt, reason });
  });

  it('a wrong key fails at the first row', () => {
    expect(verify(chain(3), 'z'.repeat(32))).toMatchObject({ ok: false, brokenAt: '1' });
  });
});

describe('the target organisation (ADR 0024)', () => {
  /** A refusal row as recordAuditEvent writes it, with the target's organisation set. */
  function refusalChain(): SealedAuditEventRow[] {
    const rows = chain(3);
    const fields = {
      ...rows[2]!,
      event_type_code: 'object.denied',
      event_outcome_indicator: 4 as const,
      target_organisation_id: 'org-b',
    };
    const { id: _id, prev_hash: _prev, hash: _hash, ...chained } = fields;
    rows.push({ ...fields, id: '4', prev_hash: rows[2]!.hash, hash: chainHash(KEY, rows[2]!.hash, chained) });
    return rows;
  }

  it('a row written before the column existed still verifies: its hash is over the 15 fields alone', () => {
    // The hash as the first version of the chain computed it, written out here by hand.
    const legacy = {
      event_id: '00000000-0000-4000-8000-000000000001',
      event_date_time: new Date('2026-11-25T12:00:01.123Z'),
      event_action_code: 'R' as const,
      event_type_code: 'concern.read',
      event_outcome_indicator: 0 as const,
      user_id: 'user-1',
      role_id_code: 'professional',
      organisation_id: 'org-a',
      on_behalf_of_user_id: null,
      purpose_of_use: 'care',
      network_access_point_id: 'web',
      participant_object_type_code: 'concern',
      participant_object_id: 'c-1',
      data_subject_pseudonym: 'p-1',
      request_id: 'r-1',
    };
    const text = `${GENESIS}\n["00000000-0000-4000-8000-000000000001","2026-11-25T12:00:01.123Z","R","concern.read",0,"user-1","professional","org-a",null,"care","web","concern","c-1","p-1","r-1"]`;
    const hash = createHmac('sha256', KEY).update(text).digest('hex');
    const row: SealedAuditEventRow = {
      id: '1',
      ...legacy,
      target_organisation_id: null,
      chain_seq: '1',
      prev_hash: GENESIS,
      hash,
    };
    expect(verify([row])).toMatchObject({ ok: true, checked: 1 });
  });

  it('covers the target organisation when set: changing or clearing it breaks the chain there', () => {
    expect(verify(refusalChain())).toMatchObject({ ok: true, checked: 4 });
    const changed = refusalChain();
    changed[3]!.target_organisation_id = 'org-c';
    expect(verify(changed)).toMatchObject({ ok: false, brokenAt: '4', reason: 'content' });
    const cleared = refusalChain();
    cleared[3]!.target_organisation_id = null;
    expect(verify(cleared)).toMatchObject({ ok: false, brokenAt: '4', reason: 'content' });
    const added = chain(3);
    added[1]!.target_organisation_id = 'org-b';
    expect(verify(added)).toMatchObject({ ok: false, brokenAt: '2', reason: 'content' });
  });
});
