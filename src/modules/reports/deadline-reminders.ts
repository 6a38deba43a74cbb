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
import { colleagues } from '#src/modules/concerns/concern.repository.ts';
import { type ReminderDeps, remindOnce } from '#src/modules/concerns/reminders.ts';
import { messages } from '#src/web/i18n/messages.ts';

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
  const mail = messages('nl').reports.deadlineMail;
  const link = `${deps.publicUrl}/veilig-thuis`;
  // Overdue as the inbox says it (workflow.ts isOverdue): a report not yet assessed, an advice request
  // not yet answered, after its due date.
  const overdue = await db
    .selectFrom('vt_report')
    .select(['id', 'veilig_thuis_id', 'assigned_to'])
    .where('due_reminded_at', 'is', null)
    .where('due_on', '<', today)
    .where((eb) =>
      eb.or([eb('status', '=', 'received'), eb.and([eb('kind', '=', 'report'), eb('status', '=', 'assessing')])]),
    )
    .orderBy('due_on')
    .execute();

  let reminded = 0;
  for (const report of overdue) {
    const result = await remindOnce(
      deps,
      {
        type: 'vt_report',
        id: report.id,
        organisationId: report.veilig_thuis_id,
        audit: { type: 'report.reminder', purpose: 'safety' },
      },
      async (trx) =>
        (await trx
          .updateTable('vt_report')
          .set({ due_reminded_at: now })
          .where('id', '=', report.id)
          .where('due_reminded_at', 'is', null)
          .where('status', 'in', ['received', 'assessing'])
          .returning('id')
          .executeTakeFirst()) !== undefined,
      async (trx) => {
        const workers = await colleagues(trx, report.veilig_thuis_id, ['intakeWorker']);
        const assigned = workers.filter((w) => w.id === report.assigned_to);
        return (assigned.length > 0 ? assigned : workers).map((w) => ({
          to: w.email,
          subject: mail.subject,
          text: mail.text(link),
        }));
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
