// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake's deadline (issue 5): when the safety assessment of a report (or the answer to an advice
 * request) is overdue — the fifth working day after receipt has passed — the intake hears it once, by
 * a content-free e-mail: the worker it is assigned to (while an active intake worker of that Veilig
 * Thuis), otherwise every active intake worker there. Run every 15 minutes by a scheduled job;
 * claimed, mailed and audited in one transaction like the concern reminders (reminders.ts).
 */
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { JobQueue } from '#src/jobs/queue.ts';
import { activeRecipients } from '#src/modules/identity/index.ts';
import { type ReminderDeps, remindOnce } from '#src/modules/mail/index.ts';
import { messages } from '#src/web/i18n/messages.ts';
import * as repo from './deadline.repository.ts';

/** The queue (and schedule) name of the deadline job. */
export const DEADLINE_JOB = 'report-deadlines';

/** Every 15 minutes. */
export const DEADLINE_CRON = '*/15 * * * *';

/**
 * Reminds the intake of every overdue report not reminded before.
 * @returns how many reports were reminded of
 */
export async function runDeadlineReminders(deps: ReminderDeps): Promise<number> {
  const { db, now } = deps;
  const today = amsterdamIsoDate(now);
  const link = `${deps.publicUrl}/veilig-thuis`;
  const overdue = await repo.overdueUnreminded(db, today);

  let reminded = 0;
  for (const report of overdue) {
    const result = await remindOnce(
      deps,
      {
        type: 'vt_report',
        id: report.id,
        organisationId: report.veiligThuisId,
        audit: { type: 'report.reminder', purpose: 'safety' },
      },
      (trx) => repo.claimDeadlineReminder(trx, report.id, now),
      async (trx) => {
        const workers = await activeRecipients(trx, {
          organisationId: report.veiligThuisId,
          role: 'intakeWorker',
          order: 'name',
        });
        const assigned = workers.filter((w) => w.id === report.assignedTo);
        return (assigned.length > 0 ? assigned : workers).map((w) => {
          const mail = messages(w.locale).reports.deadlineMail;
          return { to: w.email, subject: mail.subject, text: mail.text(link) };
        });
      },
    );
    if (result === 'failed') break;
    if (result === 'sent') reminded++;
  }
  if (reminded > 0) deps.log?.info({ reports: reminded }, 'deadline reminders sent');
  return reminded;
}

/**
 * Schedules the deadline reminders every 15 minutes and works the job.
 * @param deps called at each run, so `now` is that run's time
 */
export async function registerDeadlineJob(queue: JobQueue, deps: () => ReminderDeps): Promise<void> {
  await queue.schedule(DEADLINE_JOB, DEADLINE_CRON);
  await queue.work(DEADLINE_JOB, async () => {
    await runDeadlineReminders(deps());
  });
}
