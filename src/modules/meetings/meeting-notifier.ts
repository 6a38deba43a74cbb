// SPDX-License-Identifier: EUPL-1.2
/**
 * The registrations' e-mails (ADR 0038): the confirmation (a place, or the waiting list) with the
 * cancel link, and the message to whoever moves up from the waiting list. In the registration's
 * language, on the mail queue in the caller's transaction: a registration that fails sends nothing.
 * The cancel link's token is in the e-mail only; the database holds its hash.
 */
import type { JobQueue } from '#src/jobs/queue.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { amsterdamDateTime } from './meeting-rules.ts';
import type { MeetingNotifier, RegistrationMail } from './registration.service.ts';

/**
 * The public path of a cancel link (under `/en` for English). The token goes in the query string,
 * which the request log leaves out (as the password reset's and the invitation's codes).
 */
export function cancelPath(locale: 'nl' | 'en', token: string): string {
  return `${locale === 'en' ? '/en' : ''}/bijeenkomsten/afmelden?code=${token}`;
}

/** The meeting's day in words, in Amsterdam: `maandag 16 november 2026`. */
export function meetingDay(moment: Date, locale: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(moment);
}

function parts(mail: RegistrationMail) {
  const words = messages(mail.locale).meetings.mail;
  const when = words.when(
    meetingDay(mail.meeting.startsAt, mail.locale),
    amsterdamDateTime(mail.meeting.startsAt).time,
    amsterdamDateTime(mail.meeting.endsAt).time,
  );
  return { words, when, where: `${mail.meeting.placeName}, ${mail.meeting.placeAddress}` };
}

/**
 * A notifier that queues the e-mails on the mail queue.
 * @param publicUrl the site's public address, without a trailing slash
 * @param mailJob the queue the mail job (`{ to, subject, text }`) goes on
 */
export function meetingMailNotifier(queue: JobQueue, publicUrl: string, mailJob: string): MeetingNotifier {
  return {
    async registered(trx, mail, status, token) {
      const { words, when, where } = parts(mail);
      const cancel = `${publicUrl}${cancelPath(mail.locale, token)}`;
      const title = mail.meeting.title;
      await queue.enqueue(trx, mailJob, {
        to: [mail.email],
        subject: status === 'confirmed' ? words.confirmedSubject(title) : words.waitingSubject(title),
        text:
          status === 'confirmed'
            ? words.confirmedText(mail.name, title, when, where, cancel)
            : words.waitingText(mail.name, title, when, where, cancel),
      });
    },
    async movedUp(trx, mail) {
      const { words, when, where } = parts(mail);
      await queue.enqueue(trx, mailJob, {
        to: [mail.email],
        subject: words.movedUpSubject(mail.meeting.title),
        text: words.movedUpText(mail.name, mail.meeting.title, when, where),
      });
    },
  };
}
