// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of the administration's forms are admin.service.ts's too (issue 13): a caller that skips
 * the page gets the same keys as ValidationError (admin.schemas.ts), and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '#src/core/errors.ts';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { changeRole, createOrganisation, invite } from '#src/modules/identity/admin.service.ts';
import { contextFor, createMember, type Member, createOrganisation as newOrganisation } from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let municipalAdmin: Member;
let schoolAdmin: Member;
let teacher: Member;

beforeAll(async () => {
  t = await createTestApp();
  municipalAdmin = await createMember(t.app, 'administrator', {
    organisation: await newOrganisation(t.app, { type: 'municipality' }),
  });
  schoolAdmin = await createMember(t.app, 'administrator');
  teacher = await createMember(t.app, 'professional', { organisation: schoolAdmin.organisation });
}, 60_000);
afterAll(() => t.close());

/** The fields a ValidationError names, or what else happened. */
async function refusedFields(run: () => Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await run();
    return 'accepted';
  } catch (err) {
    return err instanceof ValidationError ? { ...(err.fields ?? {}) } : String(err);
  }
}

/** The number of rows of a table (to show nothing was stored). */
async function count(table: 'organisation' | 'invitation'): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const noMail = { send: async () => undefined } as unknown as Parameters<typeof invite>[2];
const mail = () => ({ subject: 'Uitnodiging', text: 'Welkom' });

describe('the administration refuses what its forms refuse', () => {
  it('createOrganisation: no name, a name of 201 characters, a kind not on the list', async () => {
    const ctx = contextFor(t.app, municipalAdmin);
    const before = await count('organisation');
    expect(
      await refusedFields(() => createOrganisation(ctx, { name: '  ', type: 'castle' as OrganisationType })),
    ).toEqual({ name: 'organisationName', type: 'organisationType' });
    expect(await refusedFields(() => createOrganisation(ctx, { name: 'x'.repeat(201), type: 'school' }))).toEqual({
      name: 'organisationNameTooLong:200',
    });
    expect(await count('organisation')).toBe(before);
  });

  it('invite: no name, an address that is none, a role not on the list', async () => {
    const ctx = contextFor(t.app, schoolAdmin);
    const before = await count('invitation');
    expect(
      await refusedFields(() =>
        invite(
          ctx,
          { displayName: '', email: 'anna', organisationId: schoolAdmin.organisation.id, role: 'king' as Role },
          noMail,
          mail,
        ),
      ),
    ).toEqual({ displayName: 'personName', email: 'accountEmailShape', role: 'chooseRole' });
    expect(await count('invitation')).toBe(before);
  });

  it('changeRole: a role not on the list', async () => {
    const ctx = contextFor(t.app, schoolAdmin);
    expect(await refusedFields(() => changeRole(ctx, teacher.membershipId, 'king' as Role))).toEqual({
      role: 'chooseRole',
    });
    const row = await t.database.db
      .selectFrom('membership')
      .select('role')
      .where('id', '=', teacher.membershipId)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('professional');
  });
});
