// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory's service on the database (issue 15, ADR 0036): deny by default (nobody
 * signed in, a professional, a school's editor: refused, nothing written); the municipality's editor
 * and administrator keep the directory, each write with its audit row in the same transaction; the
 * public reads only published partners, paged; bad input and unknown ids are refused.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ForbiddenError } from '#src/core/authz.ts';
import { ValidationError } from '#src/core/errors.ts';
import { DeniedObjectError, HiddenObjectError } from '#src/core/refusal.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import {
  createPartner,
  deletePartner,
  editorDirectory,
  mayAddPartner,
  partnerForEditor,
  publicDirectory,
  updatePartner,
} from '#src/modules/partners/partner.service.ts';
import { partnerFilter } from '#src/modules/partners/partner-search.ts';
import { contextFor, createMember, refusalOf } from '#test/fixtures/circle.ts';
import { createTestDatabase } from '#test/setup.ts';

let handle: DatabaseHandle;
let db: Kysely<Database>;
let petra: Actor;
let municipalityAdmin: Actor;
let professional: Actor;
let schoolEditor: Actor;

const MUNICIPALITY = { name: 'Gemeente Harderwijk', type: 'municipality' as const };
const SCHOOL = { name: 'Veluwe College', type: 'school' as const };

function partner(name: string, over: Record<string, unknown> = {}) {
  return {
    name,
    type: 'socialTeam',
    audiences: ['children'],
    descriptionNl: 'Hulp dichtbij.',
    descriptionEn: '',
    phone: '0341 12 34 56',
    email: '',
    webAddress: '',
    street: '',
    postcode: '',
    city: '',
    hasSafeguardingLead: false,
    hasConfidentialContact: false,
    published: true,
    ...over,
  };
}

async function auditRows(id: string) {
  return db
    .selectFrom('audit_event')
    .select(['event_type_code', 'event_action_code', 'user_id', 'organisation_id', 'purpose_of_use'])
    .where('participant_object_type_code', '=', 'network_partner')
    .where('participant_object_id', '=', id)
    .orderBy('id')
    .execute();
}

async function count(): Promise<number> {
  return (await db.selectFrom('network_partner').select('id').execute()).length;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  petra = await createMember(db, MUNICIPALITY, { name: 'Petra', role: 'editor' });
  municipalityAdmin = await createMember(db, MUNICIPALITY, { name: 'Beheerder', role: 'administrator' });
  professional = await createMember(db, SCHOOL, { name: 'Femke', role: 'professional' });
  schoolEditor = await createMember(db, SCHOOL, { name: 'Redacteur School', role: 'editor' });
}, 60_000);
afterAll(() => handle.close());

describe('deny by default', () => {
  it('refuses nobody signed in, a professional and a school’s editor every write and the editors’ list', async () => {
    const id = await createPartner(contextFor(db, petra), partner('Wijkteam'));
    const before = await auditRows(id);
    expect(await refusalOf(() => createPartner(contextFor(db, null), partner('X')))).toBeInstanceOf(ForbiddenError);
    expect(await refusalOf(() => updatePartner(contextFor(db, null), id, partner('X')))).toBeInstanceOf(ForbiddenError);
    for (const actor of [professional, schoolEditor]) {
      const ctx = contextFor(db, actor);
      for (const run of [
        () => createPartner(ctx, partner('Overgenomen')),
        () => updatePartner(ctx, id, partner('Overgenomen')),
        () => deletePartner(ctx, id),
        () => editorDirectory(ctx, 1),
        () => partnerForEditor(ctx, id),
        async () => mayAddPartner(ctx),
      ]) {
        const refusal = await refusalOf(run);
        expect(refusal).toBeInstanceOf(DeniedObjectError);
        expect((refusal as DeniedObjectError).target.type).toBe('network_partner');
      }
    }
    // Refused before any input is read: even a bad form is a refusal, not a validation error.
    expect(await refusalOf(() => createPartner(contextFor(db, professional), {}))).toBeInstanceOf(DeniedObjectError);
    expect(await count()).toBe(1);
    expect((await partnerForEditor(contextFor(db, petra), id)).name).toBe('Wijkteam');
    expect(await auditRows(id)).toEqual(before);
    await deletePartner(contextFor(db, petra), id);
  });
});

describe('the editors', () => {
  it('add, change and remove a partner, each write with its audit row', async () => {
    const id = await createPartner(contextFor(db, petra), partner('Sportclub', { type: 'sportsClub' }));
    await updatePartner(contextFor(db, municipalityAdmin), id, partner('Sportclub Ermelo', { published: false }));
    const changed = await partnerForEditor(contextFor(db, petra), id);
    expect(changed).toMatchObject({ name: 'Sportclub Ermelo', type: 'socialTeam', published: false });
    await deletePartner(contextFor(db, petra), id);
    expect(await refusalOf(() => partnerForEditor(contextFor(db, petra), id))).toBeInstanceOf(HiddenObjectError);
    const rows = await auditRows(id);
    expect(rows).toEqual([
      {
        event_type_code: 'network.partner.create',
        event_action_code: 'C',
        user_id: petra.userId,
        organisation_id: petra.organisationId,
        purpose_of_use: 'network',
      },
      {
        event_type_code: 'network.partner.update',
        event_action_code: 'U',
        user_id: municipalityAdmin.userId,
        organisation_id: municipalityAdmin.organisationId,
        purpose_of_use: 'network',
      },
      {
        event_type_code: 'network.partner.delete',
        event_action_code: 'D',
        user_id: petra.userId,
        organisation_id: petra.organisationId,
        purpose_of_use: 'network',
      },
    ]);
  });

  it('get the fields’ keys for bad input, and nothing is written', async () => {
    const id = await createPartner(contextFor(db, petra), partner('Jeugdhulp'));
    const refusal = await refusalOf(() =>
      updatePartner(contextFor(db, petra), id, partner('', { webAddress: 'javascript:alert(1)', audiences: [] })),
    );
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).fields).toEqual({
      name: 'partnerName',
      audiences: 'partnerAudiences',
      webAddress: 'partnerWebsite',
    });
    expect((await partnerForEditor(contextFor(db, petra), id)).name).toBe('Jeugdhulp');
    expect(await auditRows(id)).toHaveLength(1);
    await deletePartner(contextFor(db, petra), id);
  });

  it('get 404 for an id that is not there or no id at all', async () => {
    const ctx = contextFor(db, petra);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-id', "'; drop table network_partner; --"]) {
      expect(await refusalOf(() => partnerForEditor(ctx, id))).toBeInstanceOf(HiddenObjectError);
      expect(await refusalOf(() => updatePartner(ctx, id, partner('X')))).toBeInstanceOf(HiddenObjectError);
      expect(await refusalOf(() => deletePartner(ctx, id))).toBeInstanceOf(HiddenObjectError);
    }
  });
});

describe('the public directory', () => {
  it('shows only published partners, by name, paged, to anyone', async () => {
    const ctx = contextFor(db, petra);
    const ids: string[] = [];
    for (let i = 1; i <= 27; i += 1) {
      ids.push(await createPartner(ctx, partner(`Partner ${String(i).padStart(2, '0')}`)));
    }
    ids.push(await createPartner(ctx, partner('Partner 00 verborgen', { published: false })));
    const anyone = contextFor(db, null);
    const first = await publicDirectory(anyone, partnerFilter({}), 1);
    expect(first.page).toMatchObject({ number: 1, count: 2, total: 27 });
    expect(first.partners.map((p) => p.name).slice(0, 2)).toEqual(['Partner 01', 'Partner 02']);
    const last = await publicDirectory(anyone, partnerFilter({}), 99);
    expect(last.page.number).toBe(2);
    expect(last.partners.map((p) => p.name)).toEqual(['Partner 26', 'Partner 27']);
    const search = await publicDirectory(anyone, partnerFilter({ zoek: 'verborgen' }), 1);
    expect(search.page.total).toBe(0);
    // The editors see the hidden one too.
    expect((await editorDirectory(ctx, 1)).page.total).toBe(28);
    for (const id of ids) await deletePartner(ctx, id);
  });
});
