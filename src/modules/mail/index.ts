// SPDX-License-Identifier: EUPL-1.2
/** The mail module's public entry: sending content-free e-mail over SMTP (or to the development outbox). */
export { createMailer, type Mailer, type MailMessage, type OutboxEntry } from './mailer.ts';
