// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit log's day filter is the service's rule (issue 13): a caller that skips the page gets the
 * keys of audit-log.schemas.ts as a ValidationError, and nothing is read (no `audit.read` row).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '#src/core/errors.ts';
import { readAuditLog } from '#src/modules/privacy/privacy.service.ts';
import { contextFor, createMember, type Member } from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: Member;

beforeAll(async () => {
  t = await createTestApp();
  officer = await createMember(t.app, 'privacyOfficer');
}, 60_000);
afterAll(() => t.close());

/** The number of `audit.read` rows. */
async function reads(): Promise<number> {
  const row = await t.database.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('event_type_code', '=', 'audit.read')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('readAuditLog refuses what the log’s filter refuses', () => {
  it('a day that is no day, and 31 November', async () => {
    const before = await reads();
    const refused = await readAuditLog(contextFor(t.app, officer), { from: 'gisteren', until: '2026-11-31' }).then(
      () => 'accepted',
      (err: unknown) => (err instanceof ValidationError ? { ...err.fields } : String(err)),
    );
    expect(refused).toEqual({ from: 'auditDate', until: 'auditDate' });
    expect(await reads()).toBe(before);
    await readAuditLog(contextFor(t.app, officer), { from: '2026-11-01', until: ' ' });
    expect(await reads()).toBe(before + 1);
  });
});
