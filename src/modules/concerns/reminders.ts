// SPDX-License-Identifier: EUPL-1.2
/**
 * Reminders of the concern dossier (issue 4), run every 15 minutes by a scheduled job and callable
 * directly (tests pass a fixed `now`):
 *
 * - a consultation request unanswered at its due time (five working days after the request) → one
 *   e-mail to the aandachtsfunctionaris it was addressed to, or, when none was chosen (or that person
 *   is disabled or no longer a safeguarding lead there), to every active safeguarding lead of the
 *   concern's organisation;
 * - a concern in `helping` whose check date (Amsterdam calendar) has come → one e-mail to its author
 *   (while still an active member of the organisation) and to the organisation's safeguarding leads.
 *
 * Each reminder is claimed (`reminded_at` / `check_reminded_at` set), mailed and audited in its own
 * transaction, so two Kring processes never both send it. The mails go out inside that transaction,
 * before the audit row and the commit: a failed send rolls the claim back and the next run tries
 * again (at least once rather than at most once; a missed reminder is the worse failure). Each send
 * is bounded in time, because on PGlite the open transaction holds the only database session.
 *
 * The e-mails carry no content (mailer.ts): no names, no person data, no ids; only that something
 * waits in Kring and a link to the overview.
 */
import type { Kysely, Transaction } from 'kysely';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Database } from '#src/db/database.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import { recordAuditEvent } from '#src/modules/audit/record-audit-event.ts';
import type { Mailer } from '#src/modules/mail/index.ts';

/** The queue (and schedule) name of the reminder job. */
export const REMINDER_JOB = 'concern-reminders';

/** Every 15 minutes. */
export const REMINDER_CRON = '*/15 * * * *';

/** How long one e-mail may take before the reminder is given up until the next run. */
export const REMINDER_SEND_TIMEOUT_MS = 10_000;

/**
 * The reminder e-mails (to move to the translation files): Dutch, with a short English line. Only
 * the link varies; it never carries an id.
 */
export const REMINDER_MAIL = {
  consultation: {
    mailSubject: 'Kring: er wacht een consultatievraag op antwoord',
    mailText: (link: string) =>
      `Er wacht in Kring een consultatievraag op uw antwoord.\n\nBekijk het overzicht na het inloggen:\n${link}\n\n` +
      `A consultation request is waiting for your answer in Kring: ${link}`,
  },
  checkDateLead: {
    mailSubject: 'Kring: een afgesproken controledatum is bereikt',
    mailText: (link: string) =>
      `In Kring is de afgesproken controledatum van een zorg bereikt. Kijk na het inloggen of de hulp werkt:\n${link}\n\n` +
      `A check date agreed for a concern has been reached in Kring: ${link}`,
  },
  checkDateAuthor: {
    mailSubject: 'Kring: een afgesproken controledatum is bereikt',
    mailText: (link: string) =>
      `In Kring is de afgesproken controledatum bereikt van een zorg die u heeft gemeld. Kijk na het inloggen of de hulp werkt:\n${link}\n\n` +
      `A check date agreed for a concern you raised has been reached in Kring: ${link}`,
  },
} as const;

/** Where the reminders report what they did (pino, `app.log`). */
export interface ReminderLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** What runReminders needs. */
export interface ReminderDeps {
  readonly db: Kysely<Database>;
  /** The time of this run (the clock, injected). */
  readonly now: Date;
  readonly mailer: Mailer;
  /** Kring's public address, without a trailing slash (config.publicUrl). */
  readonly publicUrl: string;
  /** The audit chain's HMAC key (ServiceKeys.auditKey). */
  readonly auditKey: string;
  readonly log?: ReminderLog | undefined;
}

/** How many reminders a run sent (reminders, not e-mails). */
export interface ReminderCounts {
  readonly consultations: number;
  readonly checkDates: number;
}

interface Recipient {
  readonly id: string;
  readonly email: string;
}

type Trx = Transaction<Database>;

/** Active safeguarding leads of an organisation, optionally only one of them. */
function activeLeads(trx: Trx, organisationId: string, onlyUserId?: string): Promise<Recipient[]> {
  let query = trx
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email'])
    .distinct()
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', '=', 'safeguardingLead')
    .where('u.disabled_at', 'is', null);
  if (onlyUserId) query = query.where('u.id', '=', onlyUserId);
  return query.orderBy('u.email').execute();
}

/** A user, if active and (in any role) still a member of the organisation. */
async function activeMember(trx: Trx, organisationId: string, userId: string): Promise<Recipient | undefined> {
  return trx
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email'])
    .where('m.organisation_id', '=', organisationId)
    .where('u.id', '=', userId)
    .where('u.disabled_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
}

/** Sends one e-mail, or throws when it fails or takes too long. */
async function sendBounded(mailer: Mailer, message: { to: string; subject: string; text: string }): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('e-mail took too long')), REMINDER_SEND_TIMEOUT_MS);
  });
  try {
    await Promise.race([mailer.send(message), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One reminder in its own transaction: claim it, work out the mails, send them, audit, commit.
 * @returns `sent`; `skipped` (claimed by someone else meanwhile, or nobody to send to); `failed` (rolled
 *   back: the mail could not be sent, so the next run tries again)
 */
export async function remindOnce(
  deps: ReminderDeps,
  object: {
    readonly type: 'consultation_request' | 'concern' | 'vt_report';
    readonly id: string;
    readonly organisationId: string;
    /** The audit row's type and purpose (a concern's reminder by default). */
    readonly audit?: { readonly type: string; readonly purpose: string };
  },
  claim: (trx: Trx) => Promise<boolean>,
  mails: (trx: Trx) => Promise<Array<{ to: string; subject: string; text: string }>>,
): Promise<'sent' | 'skipped' | 'failed'> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      if (!(await claim(trx))) return 'skipped';
      const messages = await mails(trx);
      for (const message of messages) await sendBounded(deps.mailer, message);
      if (messages.length === 0) {
        deps.log?.warn({ objectType: object.type, objectId: object.id }, 'reminder has no one to go to');
      }
      await recordAuditEvent(
        trx,
        deps.auditKey,
        {
          type: object.audit?.type ?? 'concern.reminder',
          action: 'E',
          purpose: object.audit?.purpose ?? 'care',
          outcome: messages.length > 0 ? 'success' : 'failure',
          userId: null,
          organisationId: object.organisationId,
          objectType: object.type,
          objectId: object.id,
        },
        deps.now,
      );
      return messages.length > 0 ? 'sent' : 'skipped';
    });
  } catch (err) {
    // Rolled back: the reminder stays due and the next run tries again. No address, no text.
    deps.log?.warn(
      { objectType: object.type, objectId: object.id, err: { message: (err as Error).message } },
      'reminder not sent; trying again next run',
    );
    return 'failed';
  }
}

/**
 * Sends the reminders that are due at `deps.now` and marks them sent.
 * @param deps database, clock, mailer, public URL, audit key
 * @returns how many consultation reminders and check-date reminders were sent
 */
export async function runReminders(deps: ReminderDeps): Promise<ReminderCounts> {
  const { db, now } = deps;
  const overview = `${deps.publicUrl}/zorgen/overzicht`;
  const mine = `${deps.publicUrl}/zorgen`;

  let consultations = 0;
  let checkDates = 0;
  const done = (): ReminderCounts => {
    if (consultations + checkDates > 0) deps.log?.info({ consultations, checkDates }, 'reminders sent');
    return { consultations, checkDates };
  };

  // After a failed send the run stops: the mail server is probably down, and on PGlite every
  // attempt holds the only database session for up to REMINDER_SEND_TIMEOUT_MS.
  const dueRequests = await db
    .selectFrom('consultation_request as r')
    .innerJoin('concern as c', 'c.id', 'r.concern_id')
    .select(['r.id', 'r.lead_id', 'c.organisation_id'])
    .where('r.answered_at', 'is', null)
    .where('r.reminded_at', 'is', null)
    .where('r.due_at', '<=', now)
    // A closed concern needs no consultation any more.
    .where('c.status', '!=', 'closed')
    .orderBy('r.due_at')
    .execute();

  for (const request of dueRequests) {
    const result = await remindOnce(
      deps,
      { type: 'consultation_request', id: request.id, organisationId: request.organisation_id },
      async (trx) =>
        (await trx
          .updateTable('consultation_request')
          .set({ reminded_at: now })
          .where('id', '=', request.id)
          .where('reminded_at', 'is', null)
          .where('answered_at', 'is', null)
          .returning('id')
          .executeTakeFirst()) !== undefined,
      async (trx) => {
        let leads = request.lead_id ? await activeLeads(trx, request.organisation_id, request.lead_id) : [];
        if (leads.length === 0) leads = await activeLeads(trx, request.organisation_id);
        const { mailSubject, mailText } = REMINDER_MAIL.consultation;
        return leads.map((lead) => ({ to: lead.email, subject: mailSubject, text: mailText(overview) }));
      },
    );
    if (result === 'failed') return done();
    if (result === 'sent') consultations++;
  }

  const today = amsterdamIsoDate(now);
  const dueChecks = await db
    .selectFrom('concern')
    .select(['id', 'organisation_id', 'author_id'])
    .where('status', '=', 'helping')
    .where('check_date', 'is not', null)
    .where('check_date', '<=', today)
    .where('check_reminded_at', 'is', null)
    .orderBy('check_date')
    .execute();

  for (const concern of dueChecks) {
    const result = await remindOnce(
      deps,
      { type: 'concern', id: concern.id, organisationId: concern.organisation_id },
      async (trx) =>
        (await trx
          .updateTable('concern')
          .set({ check_reminded_at: now })
          .where('id', '=', concern.id)
          .where('status', '=', 'helping')
          .where('check_reminded_at', 'is', null)
          .returning('id')
          .executeTakeFirst()) !== undefined,
      async (trx) => {
        const author = await activeMember(trx, concern.organisation_id, concern.author_id);
        const leads = (await activeLeads(trx, concern.organisation_id)).filter((l) => l.id !== author?.id);
        const forAuthor = REMINDER_MAIL.checkDateAuthor;
        const forLead = REMINDER_MAIL.checkDateLead;
        return [
          ...(author ? [{ to: author.email, subject: forAuthor.mailSubject, text: forAuthor.mailText(mine) }] : []),
          ...leads.map((lead) => ({ to: lead.email, subject: forLead.mailSubject, text: forLead.mailText(overview) })),
        ];
      },
    );
    if (result === 'failed') break;
    if (result === 'sent') checkDates++;
  }
  return done();
}

/**
 * Schedules the reminders every 15 minutes and works the job.
 * @param queue the job queue (before or after its start())
 * @param deps called at each run, so `now` is that run's time
 */
export async function registerReminderJob(queue: JobQueue, deps: () => ReminderDeps): Promise<void> {
  await queue.schedule(REMINDER_JOB, REMINDER_CRON);
  await queue.work(REMINDER_JOB, async () => {
    await runReminders(deps());
  });
}
