// SPDX-License-Identifier: EUPL-1.2
/**
 * The reminders on the test database with a fixed clock and the in-memory outbox: who gets mail and
 * when, once only, without content, and always with an audit row.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '#src/core/roles.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import { verifyAuditLog } from '#src/modules/audit/record-audit-event.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { insertMembership, insertUser } from '#src/modules/identity/identity.repository.ts';
import { createMailer, type Mailer } from '#src/modules/mail/index.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { createTestDatabase } from '#test/setup.ts';
import { REMINDER_CRON, REMINDER_JOB, type ReminderDeps, registerReminderJob, runReminders } from './reminders.ts';
import type { ConcernStatus } from './workflow.ts';

/** The reminder mails in Dutch (the language of an account that chose none). */
const REMINDER_MAIL = messages('nl').concerns.reminderMail;

const AUDIT_KEY = 'test-audit-key-0123456789abcdef0123';
const PUBLIC_URL = 'https://kring.example.nl';
/** In every name of the fixtures, so a name in a mail is found whatever the name. */
const CANARY = 'NAME-CANARY-91c2';
const PERSON_NAME = `Jantje ${CANARY}`;
/** Tuesday 1 December 2026, 11:00 in Amsterdam. */
const NOW = new Date('2026-12-01T10:00:00Z');
const HOUR = 60 * 60 * 1000;

const LEAD = 'lead.a@example.nl';
const LEAD2 = 'lead2.a@example.nl';
const AUTHOR = 'professional.a@example.nl';

/** The users of the fixtures: e-mail → organisation, role, disabled. */
const USERS: Record<string, { org: 'A' | 'B'; role: Role; disabled?: boolean }> = {
  [LEAD]: { org: 'A', role: 'safeguardingLead' },
  [LEAD2]: { org: 'A', role: 'safeguardingLead' },
  'disabled.lead.a@example.nl': { org: 'A', role: 'safeguardingLead', disabled: true },
  [AUTHOR]: { org: 'A', role: 'professional' },
  'coordinator.a@example.nl': { org: 'A', role: 'coordinator' },
  'lead.b@example.nl': { org: 'B', role: 'safeguardingLead' },
};
const OVERVIEW = `${PUBLIC_URL}/zorgen/overzicht`;
const MINE = `${PUBLIC_URL}/zorgen`;

let handle: DatabaseHandle;
let mailer: Mailer;
let orgs: Record<'A' | 'B', string>;
let userIds: Record<string, string>;
let personId: string;

beforeEach(async () => {
  handle = await createTestDatabase();
  mailer = createMailer({ smtpUrl: undefined, from: 'kring@example.nl' }, { warn() {} });
  ({ orgs, userIds } = await handle.db.transaction().execute(async (trx) => {
    const orgs = {
      A: (await insertOrganisation(trx, { name: `School A ${CANARY}`, type: 'school', now: NOW }))!,
      B: (await insertOrganisation(trx, { name: `School B ${CANARY}`, type: 'school', now: NOW }))!,
    };
    const userIds: Record<string, string> = {};
    for (const [email, u] of Object.entries(USERS)) {
      const id = await insertUser(trx, { email, displayName: `${u.role} ${CANARY}`, passwordHash: 'x', now: NOW });
      await insertMembership(trx, { userId: id, organisationId: orgs[u.org], role: u.role, now: NOW });
      if (u.disabled) await trx.updateTable('app_user').set({ disabled_at: NOW }).where('id', '=', id).execute();
      userIds[email] = id;
    }
    return { orgs, userIds };
  }));
  personId = (
    await handle.db
      .insertInto('person')
      .values({ organisation_id: orgs.A, full_name: PERSON_NAME, age_group: 'child', created_at: NOW })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterEach(async () => handle.close());

function deps(overrides: Partial<ReminderDeps> = {}): ReminderDeps {
  return { db: handle.db, now: NOW, mailer, publicUrl: PUBLIC_URL, auditKey: AUDIT_KEY, ...overrides };
}

async function insertConcern(status: ConcernStatus, checkDate: string | null = null): Promise<string> {
  const row = await handle.db
    .insertInto('concern')
    .values({
      organisation_id: orgs.A,
      person_id: personId,
      author_id: userIds[AUTHOR]!,
      status,
      sector: 'education',
      opened_at: new Date(NOW.getTime() - 30 * 24 * HOUR),
      updated_at: NOW,
      check_date: checkDate,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertRequest(
  concernId: string,
  r: { dueAt: Date; leadId?: string | null; answeredAt?: Date | null },
): Promise<string> {
  const row = await handle.db
    .insertInto('consultation_request')
    .values({
      concern_id: concernId,
      requested_by: userIds[AUTHOR]!,
      lead_id: r.leadId ?? null,
      requested_at: new Date(r.dueAt.getTime() - 7 * 24 * HOUR),
      due_at: r.dueAt,
      answered_at: r.answeredAt ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function reminderAudits() {
  return handle.db
    .selectFrom('audit_event')
    .selectAll()
    .where('event_type_code', '=', 'concern.reminder')
    .orderBy('id')
    .execute();
}

/** The addresses in the outbox, sorted. */
function recipients(): string[] {
  return mailer.outbox!.map((m) => m.to).sort();
}

describe('runReminders: consultation requests', () => {
  it.each([
    { name: 'due, no lead chosen → every active lead', due: -HOUR, lead: null, answered: false, to: [LEAD, LEAD2] },
    { name: 'due exactly now → mailed', due: 0, lead: null, answered: false, to: [LEAD, LEAD2] },
    { name: 'not yet due → nothing', due: HOUR, lead: null, answered: false, to: [] },
    { name: 'answered → nothing', due: -HOUR, lead: null, answered: true, to: [] },
    { name: 'concern closed → nothing', due: -HOUR, lead: 'closed', answered: false, to: [] },
    { name: 'lead chosen → only that lead', due: -HOUR, lead: 'lead2', answered: false, to: [LEAD2] },
    {
      name: 'chosen lead disabled → every active lead',
      due: -HOUR,
      lead: 'disabled',
      answered: false,
      to: [LEAD, LEAD2],
    },
  ] as const)('$name', async ({ due, lead, answered, to }) => {
    const concernId = await insertConcern(lead === 'closed' ? 'closed' : 'consultation');
    const leadId =
      lead === 'lead2' ? userIds[LEAD2]! : lead === 'disabled' ? userIds['disabled.lead.a@example.nl']! : null;
    const requestId = await insertRequest(concernId, {
      dueAt: new Date(NOW.getTime() + due),
      leadId,
      answeredAt: answered ? NOW : null,
    });

    const first = await runReminders(deps());
    expect(first).toEqual({ consultations: to.length > 0 ? 1 : 0, checkDates: 0 });
    expect(recipients()).toEqual([...to].sort());
    for (const mail of mailer.outbox!) {
      expect(mail.subject).toBe(REMINDER_MAIL.consultation.subject);
      expect(mail.text).toContain(OVERVIEW);
    }

    const row = await handle.db
      .selectFrom('consultation_request')
      .select('reminded_at')
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(row.reminded_at && new Date(row.reminded_at).toISOString()).toBe(to.length > 0 ? NOW.toISOString() : null);

    // Once only: another run sends nothing more.
    const second = await runReminders(deps());
    expect(second).toEqual({ consultations: 0, checkDates: 0 });
    expect(mailer.outbox).toHaveLength(to.length);

    const audits = await reminderAudits();
    expect(audits).toHaveLength(to.length > 0 ? 1 : 0);
    if (to.length > 0) {
      expect(audits[0]).toMatchObject({
        event_action_code: 'E',
        event_outcome_indicator: 0,
        purpose_of_use: 'care',
        user_id: null,
        organisation_id: orgs.A,
        participant_object_type_code: 'consultation_request',
        participant_object_id: requestId,
      });
    }
  });
});

describe('runReminders: check dates', () => {
  it.each([
    { name: 'check date today → author and leads', status: 'helping', checkDate: '2026-12-01', mailed: true },
    { name: 'check date passed → author and leads', status: 'helping', checkDate: '2026-11-20', mailed: true },
    { name: 'check date tomorrow → nothing', status: 'helping', checkDate: '2026-12-02', mailed: false },
    { name: 'no check date → nothing', status: 'helping', checkDate: null, mailed: false },
    { name: 'not helping → nothing', status: 'closed', checkDate: '2026-11-20', mailed: false },
  ] as const)('$name', async ({ status, checkDate, mailed }) => {
    const concernId = await insertConcern(status, checkDate);

    expect(await runReminders(deps())).toEqual({ consultations: 0, checkDates: mailed ? 1 : 0 });
    expect(recipients()).toEqual(mailed ? [AUTHOR, LEAD, LEAD2].sort() : []);
    if (mailed) {
      const byAddress = new Map(mailer.outbox!.map((m) => [m.to, m]));
      expect(byAddress.get(AUTHOR)).toMatchObject({
        subject: REMINDER_MAIL.checkDateAuthor.subject,
        text: REMINDER_MAIL.checkDateAuthor.text(MINE),
      });
      expect(byAddress.get(LEAD)).toMatchObject({
        subject: REMINDER_MAIL.checkDateLead.subject,
        text: REMINDER_MAIL.checkDateLead.text(OVERVIEW),
      });
    }

    expect(await runReminders(deps())).toEqual({ consultations: 0, checkDates: 0 });
    const audits = await reminderAudits();
    expect(audits.map((a) => [a.participant_object_type_code, a.participant_object_id])).toEqual(
      mailed ? [['concern', concernId]] : [],
    );
  });

  it('reads the check date in the Amsterdam calendar (00:30 on 2 December is already the 2nd)', async () => {
    await insertConcern('helping', '2026-12-02');
    const justAfterMidnight = new Date('2026-12-01T23:30:00Z');
    expect(await runReminders(deps({ now: new Date('2026-12-01T22:59:00Z') }))).toMatchObject({ checkDates: 0 });
    expect(await runReminders(deps({ now: justAfterMidnight }))).toMatchObject({ checkDates: 1 });
  });

  it('mails an author who is also a lead once, and skips an author who left the organisation', async () => {
    const concernId = await insertConcern('helping', '2026-12-01');
    await handle.db.updateTable('concern').set({ author_id: userIds[LEAD]! }).where('id', '=', concernId).execute();
    const second = await insertConcern('helping', '2026-12-01');
    await handle.db
      .deleteFrom('membership')
      .where('user_id', '=', userIds[AUTHOR]!)
      .where('organisation_id', '=', orgs.A)
      .execute();

    expect(await runReminders(deps())).toEqual({ consultations: 0, checkDates: 2 });
    // First concern: the author-lead once (author text) and the other lead; second: only the leads.
    expect(recipients()).toEqual([LEAD, LEAD, LEAD2, LEAD2].sort());
    expect(mailer.outbox!.filter((m) => m.text === REMINDER_MAIL.checkDateAuthor.text(MINE))).toHaveLength(1);
    expect((await reminderAudits()).map((a) => a.participant_object_id).sort()).toEqual([concernId, second].sort());
  });
});

describe('runReminders: content, audit and failures', () => {
  it('mails no name, no person data and no id; every reminder has an audit row and the chain verifies', async () => {
    const consultationConcern = await insertConcern('consultation');
    const requestId = await insertRequest(consultationConcern, { dueAt: new Date(NOW.getTime() - HOUR) });
    const helpingConcern = await insertConcern('helping', '2026-11-30');

    expect(await runReminders(deps())).toEqual({ consultations: 1, checkDates: 1 });
    expect(mailer.outbox!.length).toBeGreaterThan(0);
    const forbidden = [PERSON_NAME, 'Jantje', CANARY, personId, consultationConcern, helpingConcern, requestId, orgs.A];
    for (const mail of mailer.outbox!) {
      for (const secret of forbidden) {
        expect(mail.subject).not.toContain(secret);
        expect(mail.text).not.toContain(secret);
      }
      expect(mail.text).toMatch(/^[^\n]*Kring/);
      expect(mail.text).toMatch(/in Kring: https:\/\/kring\.example\.nl\/zorgen/);
    }

    const audits = await reminderAudits();
    expect(audits.map((a) => a.participant_object_type_code).sort()).toEqual(['concern', 'consultation_request']);
    expect(await verifyAuditLog(handle.db, AUDIT_KEY)).toMatchObject({ ok: true });
  });

  it('leaves reminders due when the mail cannot be sent, stops trying for this run, and sends them on the next', async () => {
    const concernId = await insertConcern('consultation');
    const first = await insertRequest(concernId, { dueAt: new Date(NOW.getTime() - 2 * HOUR) });
    await insertRequest(concernId, { dueAt: new Date(NOW.getTime() - HOUR) });
    await insertConcern('helping', '2026-11-30');
    const warn = vi.fn();
    const send = vi.fn(async () => Promise.reject(new Error('smtp down')));
    const broken: Mailer = { outbox: undefined, close: async () => undefined, send };

    expect(await runReminders(deps({ mailer: broken, log: { warn, info() {} } }))).toEqual({
      consultations: 0,
      checkDates: 0,
    });
    expect(send).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      { objectType: 'consultation_request', objectId: first, err: { message: 'smtp down' } },
      expect.any(String),
    );
    expect(await reminderAudits()).toEqual([]);
    const unmarked = await handle.db
      .selectFrom('consultation_request')
      .select('id')
      .where('reminded_at', 'is', null)
      .execute();
    expect(unmarked).toHaveLength(2);

    expect(await runReminders(deps())).toEqual({ consultations: 2, checkDates: 1 });
    expect(await reminderAudits()).toHaveLength(3);
  });

  it('marks and audits a reminder with nobody to send to as a failure, once', async () => {
    await handle.db
      .updateTable('app_user')
      .set({ disabled_at: NOW })
      .where('id', 'in', [userIds[LEAD]!, userIds[LEAD2]!])
      .execute();
    const concernId = await insertConcern('consultation');
    await insertRequest(concernId, { dueAt: new Date(NOW.getTime() - HOUR) });

    expect(await runReminders(deps())).toEqual({ consultations: 0, checkDates: 0 });
    expect(await runReminders(deps())).toEqual({ consultations: 0, checkDates: 0 });
    expect(mailer.outbox).toEqual([]);
    const audits = await reminderAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]!.event_outcome_indicator).toBe(8);
  });

  it('leaves organisation B alone', async () => {
    const concernId = await insertConcern('consultation');
    await insertRequest(concernId, { dueAt: new Date(NOW.getTime() - HOUR) });
    await runReminders(deps());
    expect(recipients().some((to) => to.endsWith('.b@example.nl'))).toBe(false);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from consultation_request`.execute(handle.db);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('registerReminderJob', () => {
  it('schedules the job every 15 minutes and runs the reminders when it is worked', async () => {
    const concernId = await insertConcern('consultation');
    await insertRequest(concernId, { dueAt: new Date(NOW.getTime() - HOUR) });
    let worker: ((data: object) => Promise<void>) | undefined;
    const queue = {
      schedule: vi.fn(async () => undefined),
      work: vi.fn(async (_name: string, handler: (data: object) => Promise<void>) => {
        worker = handler;
      }),
    } as unknown as JobQueue;

    const makeDeps = vi.fn(() => deps());
    await registerReminderJob(queue, makeDeps);
    expect(REMINDER_CRON).toBe('*/15 * * * *');
    expect(queue.schedule).toHaveBeenCalledWith(REMINDER_JOB, REMINDER_CRON);
    expect(queue.work).toHaveBeenCalledWith(REMINDER_JOB, expect.any(Function));
    expect(makeDeps).not.toHaveBeenCalled();

    await worker!({});
    expect(makeDeps).toHaveBeenCalledTimes(1);
    expect(recipients()).toEqual([LEAD, LEAD2].sort());
  });
});
