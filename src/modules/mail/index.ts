// SPDX-License-Identifier: EUPL-1.2
/** The mail module's public entry: sending content-free e-mail over SMTP (or to the development outbox). */
export { createMailer, type Mailer, type MailMessage, type OutboxEntry } from './mailer.ts';
export {
  REMINDER_SEND_TIMEOUT_MS,
  type ReminderDeps,
  type ReminderLog,
  remindOnce,
} from './remind-once.ts';
