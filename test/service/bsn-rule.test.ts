// SPDX-License-Identifier: EUPL-1.2
/**
 * The BSN rule is the services', not only the forms' (issue 13): a caller that skips the page still
 * cannot put a BSN into a resident's report, a resident's answer or an advice request, and nothing
 * is stored. 111222333 passes the 11-proef (9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import type { ConcernNotifier } from '#src/modules/concerns/concern.service.ts';
import { requestAdvice } from '#src/modules/concerns/report-to-vt.service.ts';
import { answerQuestion, submitResidentReport } from '#src/modules/reports/resident.service.ts';
import {
  contextFor,
  createConcern,
  createMember,
  createOrganisation,
  reportRoute,
  residentContext as residentContextOf,
} from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

const BSN = '111.222.333';
const VEILIG_THUIS = 'Veilig Thuis Test';
const quiet: ConcernNotifier = { notify: async () => undefined };
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp();
  await createOrganisation(t.app, { name: VEILIG_THUIS, type: 'veiligThuis' });
}, 60_000);
afterAll(() => t.close());

/** A resident's context: no actor, as the public route has. */
function residentContext(): RequestContext {
  return residentContextOf(t.app);
}

async function reportCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom('vt_report')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The fields a ValidationError names, or what else was thrown. */
async function refusedFields(run: () => Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await run();
    return 'accepted';
  } catch (err) {
    return err instanceof ValidationError ? { ...(err.fields ?? {}) } : String(err);
  }
}

const resident = (over: Partial<{ whatHappened: string; names: string; street: string }>) => ({
  kind: 'report' as const,
  snapshot: {
    type: 'resident' as const,
    whatHappened: over.whatHappened ?? 'Ik hoor ’s nachts geschreeuw bij de buren.',
    when: '',
    ageGroup: 'child' as const,
    names: over.names ?? '',
    address: { street: over.street ?? '', postcode: '', place: '' },
    relation: 'neighbour' as const,
  },
  contact: { name: '', phone: '', email: '' },
});

describe('the BSN rule in the services', () => {
  it('refuses a resident’s report with a BSN in any field, and stores nothing', async () => {
    const before = await reportCount();
    expect(
      await refusedFields(() =>
        submitResidentReport(residentContext(), resident({ names: `Sem ${BSN}` }), VEILIG_THUIS, quiet),
      ),
    ).toEqual({ names: 'bsn' });
    expect(
      await refusedFields(() =>
        submitResidentReport(
          residentContext(),
          resident({ whatHappened: `bsn ${BSN}`, street: BSN }),
          VEILIG_THUIS,
          quiet,
        ),
      ),
    ).toEqual({ whatHappened: 'bsn', street: 'bsn' });
    expect(await reportCount()).toBe(before);
    // Without one it is received.
    const { code } = await submitResidentReport(residentContext(), resident({}), VEILIG_THUIS, quiet);
    expect(code).toBeTruthy();
    expect(await reportCount()).toBe(before + 1);
  });

  it('refuses a resident’s answer with a BSN', async () => {
    expect(
      await refusedFields(() => answerQuestion(residentContext(), 'KR1NG-NOPE', 'q', `Zijn BSN is ${BSN}`)),
    ).toEqual({
      answer: 'bsn',
    });
  });

  it('refuses an advice request with a BSN, and sends nothing', async () => {
    const teacher = await createMember(t.app, 'professional');
    const ctx = contextFor(t.app, teacher);
    const { id } = await createConcern(t.app, { by: teacher, notifier: quiet });
    const before = await reportCount();
    const route = reportRoute(t.app, { veiligThuisName: VEILIG_THUIS, notifier: quiet });
    expect(
      await refusedFields(() =>
        requestAdvice(
          ctx,
          id,
          { situation: `Kind met BSN ${BSN}`, question: 'Wat nu?', role: 'Docent', phone: '' },
          route,
        ),
      ),
    ).toEqual({ situation: 'bsn' });
    expect(await reportCount()).toBe(before);
  });
});

describe('the resident’s other rules in the service (resident-report.schemas.ts)', () => {
  it('refuses a report without a description, with a postcode and relation that are none, and stores nothing', async () => {
    const before = await reportCount();
    const input = resident({ whatHappened: ' ' });
    expect(
      await refusedFields(() =>
        submitResidentReport(
          residentContext(),
          {
            ...input,
            snapshot: {
              ...input.snapshot,
              address: { street: '', postcode: 'abcd', place: '' },
              relation: 'enemy' as 'neighbour',
            },
          },
          VEILIG_THUIS,
          quiet,
        ),
      ),
    ).toEqual({ whatHappened: 'whatHappened', postcode: 'postcode', relation: 'residentRelation' });
    expect(await reportCount()).toBe(before);
  });

  it('refuses an empty answer before looking for the report', async () => {
    expect(await refusedFields(() => answerQuestion(residentContext(), 'KR1NG-NOPE', 'q', '  '))).toEqual({
      answer: 'answer',
    });
  });
});
