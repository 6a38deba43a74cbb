// SPDX-License-Identifier: EUPL-1.2
/**
 * Content-free e-mail about concerns, through the job queue: the mail job is put on the queue in the
 * same transaction as the change it is about, so a failed write sends nothing, and a mail server
 * that is down delays the mail instead of failing the request (pg-boss retries). The text names no
 * person and no concern: only that something waits in Kring, and a link to sign in.
 */
import type { JobQueue } from '#src/jobs/queue.ts';
import { mailLocales } from '#src/modules/identity/index.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import type { ConcernNotice, ConcernNotifier } from './concern.service.ts';

/** The queue of outgoing mail. */
export const MAIL_JOB = 'mail-send';

/** A mail job: recipients, subject and text (already content-free). */
export interface MailJob {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/** Where each notice's link goes (a list, never a dossier or report: the link says nothing either). */
const NOTICE_PATHS: Readonly<Record<ConcernNotice['kind'], string>> = {
  consultationRequested: '/zorgen/overzicht',
  volunteerConcern: '/zorgen/overzicht',
  feedbackWaiting: '/zorgen',
  adviceWaiting: '/zorgen',
  acuteReport: '/veilig-thuis',
};

/**
 * The mail of a notice in a language, opening with the organisation it is about: an
 * aandachtsfunctionaris of a school and a sports club reads which one to sign in for.
 * @param locale the recipient's language of e-mail (their account's choice)
 */
export function noticeMail(notice: ConcernNotice, publicUrl: string, locale: Locale): Omit<MailJob, 'to'> {
  const m = messages(locale).concerns.mail;
  const mail = m[notice.kind];
  return {
    subject: mail.subject,
    text: `${m.organisation(notice.organisationName)}\n\n${mail.text(`${publicUrl}${NOTICE_PATHS[notice.kind]}`)}`,
  };
}

/** Notices as mail jobs on the queue, in the caller's transaction, each in its recipient's language. */
export function queueNotifier(queue: JobQueue, publicUrl: string): ConcernNotifier {
  return {
    async notify(trx, notice) {
      const locales = await mailLocales(
        trx,
        notice.to.map((person) => person.email),
      );
      for (const person of notice.to) {
        const mail = noticeMail(notice, publicUrl, locales.get(person.email) ?? 'nl');
        await queue.enqueue<MailJob>(trx, MAIL_JOB, { to: [person.email], ...mail });
      }
    },
  };
}

/** Sends the queued mail. */
export async function registerMailJob(queue: JobQueue, mailer: Mailer): Promise<void> {
  await queue.work<MailJob>(MAIL_JOB, async (job) => {
    for (const to of job.to) await mailer.send({ to, subject: job.subject, text: job.text });
  });
}
