// SPDX-License-Identifier: EUPL-1.2
/**
 * Sending e-mail (issue 3). With KRING_SMTP_URL, through nodemailer over SMTP with a connection pool;
 * without it (development and test only; production refuses to start) into an in-memory outbox that
 * the development page /ontwikkeling/post shows.
 *
 * Rule: an e-mail never carries case content, only that something awaits and a link to Kring
 * (notifications are read on phones, shared screens and forwarded). Mail is sent after the
 * transaction that caused it has committed; a failed send is logged without the address or content.
 */
import nodemailer from 'nodemailer';
import { safeErrorMessage } from '#src/log.ts';

/** One e-mail. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** A sent (or outboxed) e-mail, for the development outbox. */
export interface OutboxEntry extends MailMessage {
  readonly sentAt: Date;
}

/** Sends e-mail. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** The development outbox, newest first; undefined when mail goes out over SMTP. */
  readonly outbox: readonly OutboxEntry[] | undefined;
  close(): Promise<void>;
}

const OUTBOX_SIZE = 50;

/**
 * Creates the mailer for a configuration.
 * @param mail the mail settings
 * @param log where failures are reported
 */
export function createMailer(
  mail: { readonly smtpUrl: string | undefined; readonly from: string },
  log: { warn(obj: object, msg: string): void },
): Mailer {
  if (!mail.smtpUrl) {
    const outbox: OutboxEntry[] = [];
    return {
      outbox,
      async send(message) {
        outbox.unshift({ ...message, sentAt: new Date() });
        outbox.length = Math.min(outbox.length, OUTBOX_SIZE);
      },
      async close() {},
    };
  }
  const transport = nodemailer.createTransport({ url: mail.smtpUrl, pool: true } as never);
  return {
    outbox: undefined,
    async send(message) {
      try {
        await transport.sendMail({ from: mail.from, to: message.to, subject: message.subject, text: message.text });
      } catch (err) {
        // Never the address or the text: only that a mail failed (ADR 0009).
        log.warn({ err: { message: safeErrorMessage(err) } }, 'e-mail could not be sent');
        throw err;
      }
    },
    async close() {
      transport.close();
    },
  };
}
