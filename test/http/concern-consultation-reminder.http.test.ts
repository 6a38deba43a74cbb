// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation reminder over HTTP: one content-free e-mail once five working days have passed,
 * none before.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '#src/core/working-days.ts';
import { runReminders } from '#src/modules/concerns/reminders.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { canary, fixtureEmail } from '#test/agent.ts';
import { auditCount, clock, open, signedIn, t, useFreshAppPerTest } from './concern-attachments.ts';

useFreshAppPerTest();

/** The reminder mails in Dutch (the language of an account that chose none). */
const REMINDER_MAIL = messages('nl').concerns.reminderMail;

// --- Reminder ------------------------------------------------------------------------------------

describe('consultation reminder', () => {
  /** The first Monday, 10:00 UTC, at least a week from now whose next seven days hold no holiday. */
  function quietMonday(): Date {
    const day = new Date();
    day.setUTCHours(10, 0, 0, 0);
    day.setUTCDate(day.getUTCDate() + 7);
    for (;;) {
      day.setUTCDate(day.getUTCDate() + 1);
      const plusWeek = new Date(day.getTime() + 7 * 86_400_000);
      if (day.getUTCDay() === 1 && addWorkingDays(day, 5).getTime() === plusWeek.getTime()) return day;
    }
  }

  it('sends one content-free e-mail once five working days have passed, and none before', async () => {
    const DAY = 86_400_000;
    const monday = quietMonday();
    clock.advance(monday.getTime() - clock.now().getTime());
    try {
      const teacher = await signedIn('professional');
      const id = await open(teacher);
      const ask = await teacher.post(`/zorgen/${id}/consultatie/vragen`, { lead: 'any' });
      expect(ask.statusCode, ask.body).toBe(303);
      const request = await t.database.db
        .selectFrom('consultation_request')
        .select(['id', 'requested_at', 'due_at'])
        .where('concern_id', '=', id)
        .executeTakeFirstOrThrow();
      const requestedAt = new Date(request.requested_at);

      const outbox = t.app.kring.mailer.outbox!;
      const reminders = () => outbox.filter((m) => m.subject === REMINDER_MAIL.consultation.subject);
      const run = (now: Date) =>
        runReminders({
          db: t.database.db,
          now,
          mailer: t.app.kring.mailer,
          publicUrl: t.app.kring.config.publicUrl,
          auditKey: t.app.kring.keys.auditKey,
        });

      // Not yet: the same day, the next days, the weekend, and a minute before the fifth working day ends.
      for (const days of [0, 1, 2, 4, 5, 6]) {
        expect(await run(new Date(requestedAt.getTime() + days * DAY))).toEqual({ consultations: 0, checkDates: 0 });
      }
      expect(await run(new Date(new Date(request.due_at).getTime() - 60_000))).toEqual({
        consultations: 0,
        checkDates: 0,
      });
      expect(reminders()).toEqual([]);

      // Eight calendar days later: one reminder, to the lead, without content; and only once.
      const later = new Date(requestedAt.getTime() + 8 * DAY);
      expect(await run(later)).toEqual({ consultations: 1, checkDates: 0 });
      expect(await run(new Date(later.getTime() + DAY))).toEqual({ consultations: 0, checkDates: 0 });
      expect(reminders()).toHaveLength(1);
      const mail = reminders()[0]!;
      expect(mail.to).toBe(fixtureEmail('A', 'safeguardingLead'));
      expect(mail.text).toBe(REMINDER_MAIL.consultation.text(`${t.app.kring.config.publicUrl}/zorgen/overzicht`));
      for (const secret of ['Tara', 'Bakker', id, request.id, canary('A')]) {
        expect(mail.subject).not.toContain(secret);
        expect(mail.text).not.toContain(secret);
      }
      expect(await auditCount('concern.reminder', request.id)).toBe(1);
    } finally {
      clock.advance(-(clock.now().getTime() - Date.now()));
    }
  });
});
