// SPDX-License-Identifier: EUPL-1.2
/**
 * The match e-mail (issue 14): when a registration creates a match, every professional involved
 * (the one registering and each other signal's registering professional, while an active member of
 * their organisation) gets a content-free e-mail in the language of their account: no name, no BSN,
 * no date of birth, no organisation; only that someone else is involved, and a link to The Circle.
 * The mails go on the job queue in the registration's transaction, so a failed registration sends
 * nothing.
 */
import type { JobQueue } from '#src/jobs/queue.ts';
import { activeMembersAmong, type Recipient, recipientsByRole } from '#src/modules/identity/index.ts';
import { messages } from '#src/web/i18n/messages.ts';
import type { CircleNotifier } from './circle.service.ts';

/**
 * A notifier that queues one e-mail per professional on the mail queue.
 * @param mailJob the queue the mail job (`{ to, subject, text }`) goes on
 */
export function circleMailNotifier(queue: JobQueue, publicUrl: string, mailJob: string): CircleNotifier {
  return {
    async matched(trx, recipients) {
      // Who is still an active member, in one query (a bulk registration's match tells hundreds).
      const active = new Map(
        (await activeMembersAmong(trx, recipients)).map((p) => [`${p.id}/${p.organisationId}`, p]),
      );
      const people = recipients.flatMap((r) => active.get(`${r.userId}/${r.organisationId}`) ?? []);
      await queue.enqueueMany(
        trx,
        mailJob,
        people.map((person) => {
          const mail = messages(person.locale).circle.mail;
          return {
            to: [person.email],
            subject: mail.subject,
            text: mail.text(`${publicUrl}${person.locale === 'en' ? '/en' : ''}/kring`),
          };
        }),
      );
    },
    async teamNotice(trx, kind, teamId, recipients, options) {
      const people: Recipient[] = (await activeMembersAmong(trx, recipients)).sort((x, y) =>
        x.email.localeCompare(y.email),
      );
      if (options?.municipality) {
        people.push(...(await recipientsByRole(trx, { organisationType: 'municipality', role: 'coordinator' })));
      }
      const seen = new Set<string>();
      for (const person of people) {
        if (seen.has(person.email)) continue;
        seen.add(person.email);
        const mail = messages(person.locale).circleTeam.mail;
        const prefix = `${publicUrl}${person.locale === 'en' ? '/en' : ''}`;
        // The municipality's coordinator sees the overview; the professionals their team's page.
        const isMember = recipients.some((r) => r.userId === person.id);
        const link = isMember ? `${prefix}/kring/samenwerking/${teamId}` : `${prefix}/kring/overzicht`;
        await queue.enqueue(trx, mailJob, {
          to: [person.email],
          subject: kind === 'proposed' ? mail.proposedSubject : mail.noContactSubject,
          text: kind === 'proposed' ? mail.proposedText(link) : mail.noContactText(link),
        });
      }
    },
  };
}
