// SPDX-License-Identifier: EUPL-1.2
/**
 * One reminder e-mail, sent at least once and never twice: claimed, mailed and audited in one
 * transaction (the concern reminders and the intake's deadline use it). The mails go out inside the
 * transaction, before the audit row and the commit: a failed send rolls the claim back and the next
 * run tries again (at least once rather than at most once; a missed reminder is the worse failure).
 * Each send is bounded in time, because on PGlite the open transaction holds the only database
 * session.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/database.ts';
import { recordAuditEvent } from '#src/modules/audit/index.ts';
import type { Mailer } from './mailer.ts';

type Trx = Transaction<Database>;

/** How long one e-mail may take before the reminder is given up until the next run. */
export const REMINDER_SEND_TIMEOUT_MS = 10_000;

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
