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
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import { activeRecipients, type Recipient } from '#src/modules/identity/index.ts';
import { type ReminderDeps, remindOnce } from '#src/modules/mail/index.ts';
import { messages } from '#src/web/i18n/messages.ts';
import * as repo from './reminder.repository.ts';

/** The queue (and schedule) name of the reminder job. */
export const REMINDER_JOB = 'concern-reminders';

/** Every 15 minutes. */
export const REMINDER_CRON = '*/15 * * * *';

export type { ReminderDeps };

/** How many reminders a run sent (reminders, not e-mails). */
export interface ReminderCounts {
  readonly consultations: number;
  readonly checkDates: number;
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
  const dueRequests = await repo.dueConsultationReminders(db, now);

  for (const request of dueRequests) {
    const result = await remindOnce(
      deps,
      { type: 'consultation_request', id: request.id, organisationId: request.organisationId },
      (trx) => repo.claimConsultationReminder(trx, request.id, now),
      async (trx) => {
        let leads = request.leadId ? await leadsOf(trx, request.organisationId, request.leadId) : [];
        if (leads.length === 0) leads = await leadsOf(trx, request.organisationId);
        return leads.map((lead) => {
          const mail = messages(lead.locale).concerns.reminderMail.consultation;
          return { to: lead.email, subject: mail.subject, text: mail.text(overview) };
        });
      },
    );
    if (result === 'failed') return done();
    if (result === 'sent') consultations++;
  }

  const today = amsterdamIsoDate(now);
  const dueChecks = await repo.dueCheckReminders(db, today);

  for (const concern of dueChecks) {
    const result = await remindOnce(
      deps,
      { type: 'concern', id: concern.id, organisationId: concern.organisationId },
      (trx) => repo.claimCheckReminder(trx, concern.id, now),
      async (trx) => {
        const author = (
          await activeRecipients(trx, {
            organisationId: concern.organisationId,
            userId: concern.authorId,
            order: 'email',
          })
        )[0];
        const leads = (await leadsOf(trx, concern.organisationId)).filter((l) => l.id !== author?.id);
        const mailTo = (person: Recipient, kind: 'checkDateAuthor' | 'checkDateLead', link: string) => {
          const mail = messages(person.locale).concerns.reminderMail[kind];
          return { to: person.email, subject: mail.subject, text: mail.text(link) };
        };
        return [
          ...(author ? [mailTo(author, 'checkDateAuthor', mine)] : []),
          ...leads.map((lead) => mailTo(lead, 'checkDateLead', overview)),
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

/** The active safeguarding leads of an organisation (or only one of them), by address. */
function leadsOf(trx: Parameters<typeof activeRecipients>[0], organisationId: string, userId?: string) {
  return activeRecipients(trx, {
    organisationId,
    role: 'safeguardingLead',
    order: 'email',
    ...(userId ? { userId } : {}),
  });
}
